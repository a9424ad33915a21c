#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Stage 3: build the conformance and victim modules out of tree (M=) against
# the kernel of stage 2. The sources are laid out in a per-build copy, so
# three arches can build from one checkout and the checkout stays clean;
# unchanged files keep their mtime, so an unchanged module is not rebuilt.
# Usage: build-module.sh ARCH
set -euo pipefail
. "$(dirname "$0")/lib.sh"
dcc_context "$1"

# PAYLOAD=builtin: the kernel build made the suite and its modules.
[ "$(dcc_payload)" = module ] || exit 0

modpost=()
if [ -n "${DCC_COMPILE_ONLY:-}" ]; then
	# Compile check against a prepared, unbuilt tree: no Module.symvers.
	modpost=(KBUILD_MODPOST_WARN=1)
else
	[ -f "$BUILD_DIR/Module.symvers" ] ||
		die "[$DCC_ARCH] no kernel build in $BUILD_DIR: run 'make ARCH=$DCC_ARCH kernel' first"
fi
mod=$BUILD_DIR/dcc-module
mkdir -p "$mod/include"

# sync SRC DST: copy only when the content differs.
sync_file() {
	cmp -s "$1" "$2" 2>/dev/null || cp "$1" "$2"
}
for f in "$DCC_TOP"/conformance/*.c "$DCC_TOP"/conformance/*.h "$DCC_TOP"/conformance/Kbuild; do
	sync_file "$f" "$mod/${f##*/}"
done
for f in "$DCC_TOP"/common/*.h; do
	sync_file "$f" "$mod/include/${f##*/}"
done
sync_file "$DCC_ARCH_DIR/dcc_arch.h" "$mod/include/dcc_arch.h"
sync_file "$DCC_ARCH_DIR/dcc_tramp.S" "$mod/dcc_tramp.S"
sync_file "$DCC_ARCH_DIR/dcc_arch.c" "$mod/dcc_arch.c"
sync_file "$DCC_ARCH_DIR/dcc_bench_tramp.S" "$mod/dcc_bench_tramp.S"

log=$BUILD_DIR/dcc-module.log
if ! "${KMAKE[@]}" -j"${JOBS:-$(nproc)}" M="$mod" "${modpost[@]}" modules >"$log" 2>&1; then
	cat "$log" >&2
	die "[$DCC_ARCH] conformance module build failed (log: $log)"
fi
[ -n "${V:-}" ] && cat "$log"
# Warnings are defects: the module must build clean on every arch.
# Drop what was built, or the next (incremental) build would compile
# nothing, print no warning and pass.
if grep -E 'warning:' "$log" >&2; then
	rm -f "$mod"/*.o "$mod"/*.ko
	die "[$DCC_ARCH] conformance module built with warnings (log: $log)"
fi
exit 0
