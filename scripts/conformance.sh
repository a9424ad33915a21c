#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The main job for one arch: config -> kernel -> module -> guest -> run/parse.
# The guest /init needs no built kernel: it is built beside the kernel
# (cold, that hides its 5-10 s of headers_install; warm, it is cached).
# DCC_STAGE_TIMES=FILE: each stage's wall milliseconds appended to FILE
# ("stage<TAB>ms"; make bench).
# Usage: conformance.sh ARCH
set -euo pipefail
here=$(dirname "$0")
# Held for all the stages (they inherit it): no other run of this
# configuration rebuilds the module or the initramfs between them.
. "$here/lib.sh"
dcc_context "$1"
[ -z "${DCC_STAGE_TIMES:-}" ] || : 2>/dev/null >>"$DCC_STAGE_TIMES" ||
	die "DCC_STAGE_TIMES=$DCC_STAGE_TIMES cannot be written: name a writable file (or unset it)"

# stage NAME CMD...: CMD, timed into DCC_STAGE_TIMES; CMD's status.
stage() {
	local name=$1 t rc=0
	shift
	t=$(date +%s%3N)
	"$@" || rc=$?
	[ -z "${DCC_STAGE_TIMES:-}" ] || printf '%s\t%s\n' "$name" "$(($(date +%s%3N) - t))" >>"$DCC_STAGE_TIMES"
	return "$rc"
}

stage config "$here/config.sh" "$1"
"$here/initramfs.sh" --init "$1" &
init_pid=$!
rc=0
stage kernel "$here/build-kernel.sh" "$1" || rc=$?
# The kernel's verdict first; the /init's own error is printed either way.
init_rc=0
t=$(date +%s%3N)
wait "$init_pid" || init_rc=$?
[ -z "${DCC_STAGE_TIMES:-}" ] || printf '%s\t%s\n' init-wait "$(($(date +%s%3N) - t))" >>"$DCC_STAGE_TIMES"
[ "$rc" = 0 ] || exit "$rc"
[ "$init_rc" = 0 ] || exit "$init_rc"
stage module "$here/build-module.sh" "$1"
stage initramfs "$here/initramfs.sh" "$1"
stage run "$here/run-guest.sh" "$1"
