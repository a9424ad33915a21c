#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Stage 4: the guest. A static /init built with the kernel's own nolibc
# (Debian bookworm has no riscv64 userland) and the modules, packed with the
# kernel's gen_init_cpio (no root needed). Usage: initramfs.sh ARCH
# DCC_GUEST=NAME (scripts/bench.sh) packs MODULES into NAME.cpio instead of
# initramfs.cpio, without the modules only the suite loads. --init: only
# the /init (conformance.sh builds it beside the kernel).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
init_only=0
if [ "${1:-}" = --init ]; then
	init_only=1
	shift
fi
dcc_context "$1"

out=$BUILD_DIR/dcc-guest
mkdir -p "$out"

# The guest /init, static on the kernel tree's nolibc and UAPI headers. It
# needs no configured or built kernel, so one /init serves every build
# directory of an arch, tree and compiler: $DCC_CACHE/guest/<arch>-<key>,
# the key a hash of the content (never the times) of everything it is
# built from: init.c, the compiler, nolibc, and what headers_install
# reads (the UAPI headers, the syscall tables and the scripts that turn
# them into headers).
init_inputs() {
	local p
	for p in Makefile include/uapi "arch/$KARCH/include/uapi" "arch/$KARCH/entry/syscalls" \
		"arch/$KARCH/kernel/syscalls" "arch/$KARCH/kernel/Makefile.syscalls" \
		scripts/syscall.tbl scripts/syscallhdr.sh scripts/syscalltbl.sh scripts/syscallnr.sh \
		scripts/headers_install.sh scripts/unifdef.c scripts/Makefile.headersinst \
		scripts/Makefile.asm-generic scripts/Makefile.asm-headers tools/include/nolibc; do
		[ ! -e "$KSRC_DIR/$p" ] || echo "$p"
	done
}
init_key=$({
	cat "$DCC_TOP/guest/init.c"
	command -v "${DCC_CROSS}gcc"
	"${DCC_CROSS}gcc" --version | head -n 1
	echo "$KARCH $KERNEL_VERSION"
	mapfile -t inputs < <(init_inputs)
	(cd "$KSRC_DIR" && find "${inputs[@]}" -type f -print0 | sort -z | xargs -0 sha256sum)
} | sha256sum | cut -c1-16)
guest_cache=$DCC_CACHE/guest
init_dir=$guest_cache/$DCC_ARCH-$init_key
init=$init_dir/init
if [ ! -x "$init" ]; then
	mkdir -p "$guest_cache" || die "cannot create $guest_cache: set DCC_CACHE to a writable place"
	# Built aside and renamed into place: a run beside this one (another
	# build directory of the arch) finds it whole or not at all.
	tmp=$(mktemp -d "$guest_cache/.$DCC_ARCH-$init_key.XXXXXX")
	chmod 755 "$tmp"
	note "[$DCC_ARCH] building the guest /init (UAPI headers of $KSRC_DIR, nolibc) in $init_dir"
	# headers_install reads no .config: a build directory of its own.
	hmake=("${KMAKE[@]/#O=*/O=$tmp/obj}")
	"${hmake[@]}" headers_install INSTALL_HDR_PATH="$tmp/sysroot" >"$tmp/headers.log" 2>&1 ||
		die "[$DCC_ARCH] headers_install failed (log: $tmp/headers.log)"
	# nolibc needs no libc but -lgcc for the compiler's helpers.
	"${DCC_CROSS}gcc" -static -nostdlib -Os -Wall -Wextra -Wno-unused-parameter \
		-fno-asynchronous-unwind-tables -fno-ident -s \
		-I "$tmp/sysroot/include" -I "$KSRC_DIR/tools/include/nolibc" -include nolibc.h \
		-o "$tmp/init" "$DCC_TOP/guest/init.c" -lgcc 2>"$tmp/init.log" || {
		cat "$tmp/init.log" >&2
		die "[$DCC_ARCH] building the guest /init failed (log: $tmp/init.log)"
	}
	if [ -s "$tmp/init.log" ]; then
		cat "$tmp/init.log" >&2
		die "[$DCC_ARCH] the guest /init built with warnings (log: $tmp/init.log)"
	fi
	rm -rf "$tmp/obj" "$tmp/sysroot"
	# Another run may have got there first: its /init is the same.
	mv -T "$tmp" "$init_dir" 2>/dev/null || rm -rf "$tmp"
fi
[ -x "$init" ] || die "[$DCC_ARCH] no guest /init at $init"
echo "$init" >"$out/init.path"
[ "$init_only" = 0 ] || exit 0

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
