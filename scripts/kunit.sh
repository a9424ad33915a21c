#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The suite under the kernel's own KUnit runner: install it into a
# hard-linked copy of the tree (as PAYLOAD=builtin does), then
#   tools/testing/kunit/kunit.py run --arch=<arch> \
#     --kunitconfig=lib/dcc_conformance/.kunitconfig
# with its build directory under the cache. kunit.py configures, builds,
# boots QEMU without an initramfs and parses the KTAP itself; its verdict
# is ours. Its log and JSON, the console and our results.tsv (with the
# reasons of SKIPs) go to RESULTS/<arch>-<series>-kunit/.
# Usage: kunit.sh ARCH
set -euo pipefail
. "$(dirname "$0")/lib.sh"
PAYLOAD=builtin
# The arch's TIMEOUT is for our tinyconfig guest; kunit.py's is its own.
user_timeout=${TIMEOUT:-}
dcc_check_knobs
case "${KUNIT_FILTER:-}" in
*[!A-Za-z0-9_.*]*) die "KUNIT_FILTER=$KUNIT_FILTER is not a kunit.py filter: use suite or suite.case names, with * as a wildcard" ;;
esac
dcc_load_arch "$1"
dcc_find_ksrc
dcc_check_toolchain
# It reads the console with the arch's table: without it a run that failed
# only the expected failures would be reported as failed.
ktap_tool=${DCC_KTAP:-$DCC_TOP/host/build/dcc-ktap}
[ -x "$ktap_tool" ] || die "host tool $ktap_tool missing: run 'make host' ('make kunit' builds it)"

command -v "$QEMU" >/dev/null ||
	die "$QEMU not found: apt-get install $QEMU_PACKAGE (or run 'make setup')"
kunit=$KSRC_DIR/tools/testing/kunit/kunit.py
[ -f "$kunit" ] || die "$kunit missing: KSRC must be a full kernel tree"
# The compiler as for our own builds (dcc_llvm: clang where the arch's
# series needs it).
llvm=$(dcc_llvm)
if [ -n "$llvm" ]; then
	cc=$(dcc_clang "$llvm")
else
	cc=${DCC_CROSS}gcc
fi
command -v ccache >/dev/null && cc="ccache $cc"
build=$DCC_CACHE/kunit/$KSERIES-$DCC_ARCH-$({
	echo "$KSRC_DIR $DCC_CROSS${llvm:+ $llvm}"
	cat "$DCC_TOP/conformance/.kunitconfig"
} | sha256sum | cut -c1-10)
mkdir -p "$build" || die "cannot create $build: set DCC_CACHE to a writable place"
# Kconfig defaults plus the kunitconfig: modules off, so the cases that
# load one SKIP; no initramfs, so those that need the helper SKIP too.
timeout=${user_timeout:-900}
case "$timeout" in
'' | *[!0-9]*) die "TIMEOUT=$timeout is not a number of seconds" ;;
esac
args=(run --arch="$DCC_ARCH" --build_dir="$build" --jobs="${JOBS:-$(nproc)}"
	--kunitconfig="$KSRC_DIR/lib/dcc_conformance/.kunitconfig"
	--timeout="$timeout" --make_options "CC=$cc")
[ -z "$llvm" ] || args+=(--make_options "LLVM=$llvm")
[ -z "$DCC_CROSS" ] || args+=(--cross_compile="$DCC_CROSS")
# Extra kernel arguments reach the suite as on a board (cases=...).
for a in ${CMDLINE:-}; do
	args+=(--kernel_args "$a")
done
# KUNIT_FILTER=GLOB: kunit.py's own filter (suite[.case] glob): only what
# it matches runs (make bench: the edited suite alone).
[ -z "${KUNIT_FILTER:-}" ] || args+=("$KUNIT_FILTER")

results_root=${RESULTS:-$DCC_TOP/results}
out=$results_root/$DCC_ARCH-$KSERIES-kunit/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out" || die "RESULTS=$results_root is not writable: choose another directory with RESULTS="
args+=(--json="$out/results.json")
printf '%q ' python3 "$kunit" "${args[@]}" >"$out/kunit-cmd.txt"
echo >>"$out/kunit-cmd.txt"

note "[$DCC_ARCH] kunit.py run in $KSRC_DIR (build dir $build; log $out/kunit.log)"
start=$(date +%s)
rc=0
# kunit.py must not leave __pycache__ in the tree; its make must not see ours.
(
	unset MAKEFLAGS MFLAGS MAKELEVEL ARCH
	cd "$KSRC_DIR" && PYTHONDONTWRITEBYTECODE=1 python3 "$kunit" "${args[@]}"
) >"$out/kunit.log" 2>&1 || rc=$?
echo "$(($(date +%s) - start))" >"$out/seconds"
ln -sfn "$(basename "$out")" "$(dirname "$out")/latest"
# kunit.py's own result lines and verdict.
grep -E '^\[[0-9:]+\] +(\[(PASSED|FAILED|SKIPPED|CRASHED)\]|Testing complete|Elapsed time|ERROR)' \
	"$out/kunit.log" | sed 's/^\[[0-9:]*\] //' | tee "$out/summary.txt" || true
# kunit.py keeps the raw console as test.log; our parser adds the reasons
# of the SKIPs kunit.py does not print, and results.tsv for comparisons.
if [ "$build/test.log" -nt "$out/kunit-cmd.txt" ]; then
	cp "$build/test.log" "$out/console.log"
	cp "$DCC_ARCH_DIR/expect.tsv" "$out/expect.tsv"
	judged=0
	"$ktap_tool" --label "$DCC_ARCH" --start-marker dcc-start --ktap "$out/ktap.txt" \
		--expect "$out/expect.tsv" --series "$SERIES" --payload kunit \
		--results "$out/results.tsv" "$out/console.log" >"$out/dcc-ktap.txt" || judged=$?
	awk -F'\t' '$2 == "SKIP" { print "  SKIP " $1 ": " $3 }' "$out/results.tsv"
fi
# kunit.py counts the known failures of expect.tsv (XFAIL) as failures:
# when it ran the suite to the end, the verdict is dcc's reading of the
# same console with the arch's table, and both are printed.
if [ "$rc" != 0 ] && [ "${judged:-1}" = 0 ] && grep -q 'Testing complete' "$out/kunit.log"; then
	note "[$DCC_ARCH] kunit.py failed only the expected failures of $DCC_ARCH_DIR/expect.tsv: $(tail -n 1 "$out/dcc-ktap.txt")"
	rc=0
fi
if [ "$rc" != 0 ]; then
	tail -n 30 "$out/kunit.log" >&2
	die "[$DCC_ARCH] kunit.py failed (status $rc; log $out/kunit.log)"
fi
note "[$DCC_ARCH] kunit.py passed in $(cat "$out/seconds") s: $out"
