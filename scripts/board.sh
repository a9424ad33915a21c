#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make board: the board kernels. For each board (BOARD=, default every
# board of ARCH, or of every arch): configure (the board's fragment over the
# suite's, every line checked), build the kernel and the board's DTB from
# the same tree, the module and the initramfs (what `make lava-jobs`
# stages); check that the DTB is the board's and that the kernel drives its
# console (scripts/board-dtb-check.py); then, where QEMU models the board,
# boot the suite on that model and judge it like every run. A board QEMU
# does not model is built and checked, and its job is left to a lab.
# Usage: board.sh [BOARD...]
set -euo pipefail
here=$(dirname "$0")
. "$here/lib.sh"

boards=("$@")
if [ ${#boards[@]} -eq 0 ]; then
	arches=$DCC_ARCHES
	[ -z "${ARCH:-}" ] || arches=$(dcc_arch_normalise "$ARCH") || exit 2
	for a in $arches; do
		mapfile -t -O "${#boards[@]}" boards < <(DCC_ARCH_DIR=$(dcc_arch_dir "$a") dcc_boards)
	done
fi
[ ${#boards[@]} -gt 0 ] || die "no board for ARCH=${ARCH:-}: the boards are $(for a in $DCC_ARCHES; do DCC_ARCH_DIR=$(dcc_arch_dir "$a") dcc_boards; done | paste -sd ' ' -)"

# one_board BOARD: every stage for one board; 0 if each held.
one_board() {
	local arch dtb check
	arch=${ARCH:-$(sed -n 's/^arch: *//p' "$DCC_TOP/lava-jobs/targets/$1.yaml" 2>/dev/null)}
	[ -n "$arch" ] || die "BOARD=$1 is not a board: use BOARD=$(for a in $DCC_ARCHES; do DCC_ARCH_DIR=$(dcc_arch_dir "$a") dcc_boards; done | paste -sd '|' -)"
	export BOARD=$1
	dcc_context "$arch"
	"$here/config.sh" "$arch"
	"$here/build-kernel.sh" "$arch"
	"$here/build-module.sh" "$arch"
	"$here/initramfs.sh" "$arch"
	dtb=$(dcc_board_dtb)
	if [ -n "$dtb" ]; then
		[ -n "${BOARD_COMPATIBLE:-}" ] ||
			die "[$DCC_ARCH] BOARD=$BOARD has a DTB but no BOARD_COMPATIBLE: set it in ${DCC_ARCH_DIR#"$DCC_TOP"/}/boards/$BOARD.conf"
		check=$BUILD_DIR/dcc-dtb-check.txt
		note "[$DCC_ARCH] BOARD=$BOARD: checking ${dtb#"$BUILD_DIR"/} against the board and the kernel"
		if ! /usr/bin/python3 "$DCC_TOP/scripts/board-dtb-check.py" "$dtb" "$BUILD_DIR/vmlinux" \
			"$BOARD_CONSOLE" "$BOARD_COMPATIBLE" >"$check"; then
			cat "$check" >&2
			echo "dcc: error: [$DCC_ARCH] BOARD=$BOARD: the DTB or the kernel does not fit the board (full check: $check); fix ${DCC_ARCH_DIR#"$DCC_TOP"/}/boards/$BOARD.config" >&2
			return 1
		fi
		cat "$check" >&2
	fi
	if [ -z "$QEMU_ARGS" ]; then
		note "[$DCC_ARCH] BOARD=$BOARD: built and checked; QEMU does not model this board, so only a lab boots it ('make lava-jobs')"
		return 0
	fi
	"$here/run-guest.sh" "$arch"
}

rc=0
for b in "${boards[@]}"; do
	(one_board "$b") || rc=1
done
exit "$rc"
