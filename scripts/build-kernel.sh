#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Stage 2: build the kernel image (and Module.symvers for the M= build).
# A no-op when nothing changed: Kbuild decides, we never force a relink.
# Usage: build-kernel.sh ARCH
set -euo pipefail
. "$(dirname "$0")/lib.sh"
dcc_context "$1"

log=$BUILD_DIR/dcc-build.log
jobs=${JOBS:-$(nproc)}
start=$(date +%s)

# Kbuild's no-op make walks and re-checks the whole tree (6-8 s). Skip it
# only when it provably has nothing to do: the same make command line,
# compiler and .config as the last build that succeeded, its image still
# there, and no file or directory of the source tree, nor the .config,
# newer than that build's start (make's own rule, newer than the target,
# applied to everything; a deleted or renamed file changes its directory).
# Anything else, or DCC_KBUILD=always: Kbuild decides.
stamp=$BUILD_DIR/.dcc-kernel-built
# A board kernel (BOARD=) also builds the board's DTB from the same tree.
targets=("$KIMAGE_TARGET" modules ${BOARD_DTB:+"$BOARD_DTB"})
dtb=$(dcc_board_dtb)
want=$(printf '%s\n' "${KMAKE[*]}" "$("$DCC_CC" --version 2>/dev/null | head -n 1)" \
	"$(sha256sum <"$BUILD_DIR/.config")" "$KIMAGE_TARGET${BOARD_DTB:+ $BOARD_DTB}")
if [ "${DCC_KBUILD:-}" != always ] && [ -f "$stamp" ] && [ -f "$BUILD_DIR/$KIMAGE" ] &&
	{ [ -z "$dtb" ] || [ -f "$dtb" ]; } && [ "$(cat "$stamp")" = "$want" ]; then
	newer=$(find "$KSRC_DIR" "$BUILD_DIR/.config" -newer "$stamp" -print -quit)
	if [ -z "$newer" ]; then
		note "[$DCC_ARCH] kernel $KERNEL_VERSION unchanged since its last build (same .config and toolchain, nothing newer in $KSRC_DIR): kernel make skipped"
		exit 0
	fi
	# Kbuild decides; say why it has to (V=1 for the whole walk).
	[ -z "${V:-}" ] || note "[$DCC_ARCH] $newer is newer than the last build: Kbuild walks the tree"
	echo "$newer" >"$BUILD_DIR/.dcc-kernel-newer"
fi
# The compressor of the kernel image (x86 bzImage: arch-x86/kconfig picks
# LZ4) runs on the host: missing, it would fail deep in the build.
comp=$(sed -n 's/^CONFIG_KERNEL_\(GZIP\|BZIP2\|LZMA\|XZ\|LZO\|LZ4\|ZSTD\)=y$/\1/p' "$BUILD_DIR/.config")
case "$comp" in
GZIP) tool=gzip pkg=gzip ;; BZIP2) tool=bzip2 pkg=bzip2 ;; LZMA) tool=lzma pkg=xz-utils ;;
XZ) tool=xz pkg=xz-utils ;; LZO) tool=lzop pkg=lzop ;; LZ4) tool=lz4 pkg=lz4 ;; ZSTD) tool=zstd pkg=zstd ;;
*) tool= ;;
esac
[ -z "$tool" ] || command -v "$tool" >/dev/null ||
	die "[$DCC_ARCH] $tool not found, and the kernel image is $comp-compressed (CONFIG_KERNEL_$comp): apt-get install $pkg (or run 'make setup')"
rm -f "$stamp"
# The build's start: what changes from now on is newer than the stamp.
touch "$stamp.start"
if [ -n "${V:-}" ]; then
	"${KMAKE[@]}" -j"$jobs" "${targets[@]}" 2>&1 | tee "$log"
	rc=${PIPESTATUS[0]}
else
	"${KMAKE[@]}" -j"$jobs" "${targets[@]}" >"$log" 2>&1 &
	pid=$!
	# Progress for long builds: one line every 30 s with the objects done.
	while kill -0 "$pid" 2>/dev/null; do
		for _ in $(seq 30); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 1
		done
		kill -0 "$pid" 2>/dev/null || break
		n=$(grep -c '^  CC ' "$log" || true)
		note "[$DCC_ARCH] kernel build: $n objects compiled, $(($(date +%s) - start)) s"
	done
	rc=0
	wait "$pid" || rc=$?
fi
if [ "$rc" != 0 ]; then
	grep -E 'error:|Error [0-9]+|Terminated' "$log" | head -n 20 >&2 || tail -n 20 "$log" >&2
	die "[$DCC_ARCH] kernel build failed (full log: $log)"
fi
[ -f "$BUILD_DIR/$KIMAGE" ] || die "[$DCC_ARCH] build produced no $KIMAGE (log: $log)"
[ -z "$dtb" ] || [ -f "$dtb" ] || die "[$DCC_ARCH] build produced no ${dtb#"$BUILD_DIR"/} for BOARD=$BOARD (log: $log)"
echo "$want" >"$stamp"
touch -r "$stamp.start" "$stamp"
rm -f "$stamp.start"
note "[$DCC_ARCH] kernel $KERNEL_VERSION ready ($(($(date +%s) - start)) s): $BUILD_DIR/$KIMAGE"
