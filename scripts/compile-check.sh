#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Build check: configure a kernel (any KVER/KSRC), prepare it for external
# modules without building it, and compile the conformance module against
# it. Proves the compat layer builds on that kernel's API, warning-free.
# Usage: compile-check.sh ARCH
set -euo pipefail
here=$(dirname "$0")
. "$here/lib.sh"
"$here/config.sh" "$1"
dcc_context "$1"
log=$BUILD_DIR/dcc-prepare.log
note "[$DCC_ARCH] preparing Linux $KERNEL_VERSION for an external module build"
"${KMAKE[@]}" -j"${JOBS:-$(nproc)}" modules_prepare >"$log" 2>&1 || {
	tail -n 20 "$log" >&2
	die "[$DCC_ARCH] modules_prepare failed (log: $log)"
}
DCC_COMPILE_ONLY=1 "$here/build-module.sh" "$1"
note "[$DCC_ARCH] conformance module compiles against Linux $KERNEL_VERSION"
