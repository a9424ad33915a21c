#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Stage 4: the guest. A static /init built with the kernel's own nolibc
# (Debian bookworm has no riscv64 userland) and the modules, packed with the
# kernel's gen_init_cpio (no root needed). Usage: initramfs.sh ARCH
# DCC_GUEST=NAME (scripts/bench.sh) packs MODULES into NAME.cpio instead of
# initramfs.cpio, without the modules only the suite loads.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
dcc_context "$1"

out=$BUILD_DIR/dcc-guest
mkdir -p "$out"
sysroot=$BUILD_DIR/dcc-uapi

# tree_key DIR...: what a build from DIR... depends on, as one line: the
# newest modification time and the number of files under them (a file
# changed, added or removed changes it).
tree_key() {
	find "$@" -printf '%T@\n' 2>/dev/null | sort -n | awk '{ n++; t = $1 } END { print n + 0, t }'
}

# UAPI headers for nolibc, installed into the build dir, again whenever
# the tree's UAPI headers changed (keyed, never stale).
uapi_key=$(echo "$KSRC_DIR $KERNEL_VERSION $KARCH $(tree_key "$KSRC_DIR/include/uapi" \
	"$KSRC_DIR/arch/$KARCH/include/uapi")" | sha256sum | cut -c1-16)
if [ ! -f "$sysroot/include/linux/reboot.h" ] || [ "$(cat "$sysroot/.dcc-key" 2>/dev/null)" != "$uapi_key" ]; then
	note "[$DCC_ARCH] installing UAPI headers for the guest /init"
	rm -rf "$sysroot"
	"${KMAKE[@]}" headers_install INSTALL_HDR_PATH="$sysroot" >"$out/headers.log" 2>&1 ||
		die "[$DCC_ARCH] headers_install failed (log: $out/headers.log)"
	echo "$uapi_key" >"$sysroot/.dcc-key"
fi

# The guest /init, rebuilt whenever its source, nolibc, the UAPI headers
# or the compiler changed.
init=$out/init
init_key=$({
	cat "$DCC_TOP/guest/init.c"
	"${DCC_CROSS}gcc" --version | head -n 1
	echo "$uapi_key $(tree_key "$KSRC_DIR/tools/include/nolibc")"
} | sha256sum | cut -c1-16)
if [ ! -x "$init" ] || [ "$(cat "$out/init.key" 2>/dev/null)" != "$init_key" ]; then
	rm -f "$out/init.key"
	# nolibc needs no libc but -lgcc for the compiler's helpers.
	"${DCC_CROSS}gcc" -static -nostdlib -Os -Wall -Wextra -Wno-unused-parameter \
		-fno-asynchronous-unwind-tables -fno-ident -s \
		-I "$sysroot/include" -I "$KSRC_DIR/tools/include/nolibc" -include nolibc.h \
		-o "$init" "$DCC_TOP/guest/init.c" -lgcc 2>"$out/init.log" || {
		cat "$out/init.log" >&2
		die "[$DCC_ARCH] building the guest /init failed"
	}
	if [ -s "$out/init.log" ]; then
		cat "$out/init.log" >&2
		die "[$DCC_ARCH] the guest /init built with warnings"
	fi
	echo "$init_key" >"$out/init.key"
fi

mod=$BUILD_DIR/dcc-module
# Loaded by /init in this order; the extra ones only by the suite itself.
modules=${MODULES-dcc_victim dcc_conformance}
if [ "$(dcc_payload)" = builtin ]; then
	# The suite ran during boot; /init only prints its sentinel, and the
	# helper loads the extra modules, built with the kernel.
	mod=$BUILD_DIR/lib/dcc_conformance
	modules=${MODULES:-}
fi
extra_modules="dcc_victim_mod"
# Built only where the kernel has LIVEPATCH.
[ -f "$mod/dcc_livepatch.ko" ] && extra_modules="$extra_modules dcc_livepatch"
name=initramfs
if [ -n "${DCC_GUEST:-}" ]; then
	name=$DCC_GUEST
	extra_modules=
fi
list=$out/$name.list
{
	echo "dir /dev 0755 0 0"
	echo "nod /dev/console 0600 0 0 c 5 1"
	echo "dir /proc 0755 0 0"
	echo "dir /sys 0755 0 0"
	echo "dir /dcc 0755 0 0"
	echo "file /init $init 0755 0 0"
	echo "file /dcc/modules $out/$name.modules 0644 0 0"
	for m in $modules $extra_modules; do
		[ -f "$mod/$m.ko" ] || die "[$DCC_ARCH] module $m.ko was not built (looked in $mod)"
		echo "file /dcc/$m.ko $mod/$m.ko 0644 0 0"
	done
	# The kernel's own direct-call samples, where the kernel built them
	# (negative-control kernels: common/kconfig/samples.config); /init
	# runs them with "dcc.samples=1".
	if [ -z "${DCC_GUEST:-}" ] && [ -f "$BUILD_DIR/samples/ftrace/ftrace-direct.ko" ]; then
		echo "file /dcc/samples $out/samples.tsv 0644 0 0"
		grep -v '^#' "$DCC_TOP/common/kernel-samples.tsv" | cut -f 1 | while read -r s; do
			[ -f "$BUILD_DIR/samples/ftrace/$s.ko" ] || die "[$DCC_ARCH] sample $s.ko was not built"
			echo "file /dcc/$s.ko $BUILD_DIR/samples/ftrace/$s.ko 0644 0 0"
		done
		grep -v '^#' "$DCC_TOP/common/kernel-samples.tsv" >"$out/samples.tsv"
	fi
} >"$list"
printf '%s\n' $modules | grep . >"$out/$name.modules" || true
"$BUILD_DIR/usr/gen_init_cpio" "$list" >"$out/$name.cpio.tmp.$$" ||
	die "[$DCC_ARCH] gen_init_cpio failed"
mv "$out/$name.cpio.tmp.$$" "$out/$name.cpio"
