#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The main job for one arch: config -> kernel -> module -> guest -> run/parse.
# Usage: conformance.sh ARCH
set -euo pipefail
here=$(dirname "$0")
# Held for all the stages (they inherit it): no other run of this
# configuration rebuilds the module or the initramfs between them.
. "$here/lib.sh"
dcc_context "$1"
"$here/config.sh" "$1"
"$here/build-kernel.sh" "$1"
"$here/build-module.sh" "$1"
"$here/initramfs.sh" "$1"
"$here/run-guest.sh" "$1"
