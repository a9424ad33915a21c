#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The main job for one arch: config -> kernel -> module -> guest -> run/parse.
# Usage: conformance.sh ARCH
set -euo pipefail
here=$(dirname "$0")
"$here/config.sh" "$1"
"$here/build-kernel.sh" "$1"
"$here/build-module.sh" "$1"
"$here/initramfs.sh" "$1"
"$here/run-guest.sh" "$1"
