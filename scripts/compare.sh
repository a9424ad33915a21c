#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make compare BASE=<results dir> NEW=<results dir>: for every arch-kernel
# present in both (their "latest" runs), or for two run directories given
# directly, what changed. Exit 1 if anything regressed. Comparing results
# directories also writes NEW/compare.tsv: "make report RESULTS=<NEW>"
# then marks the regressions and fixes in its matrix.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
tool=${DCC_COMPARE:-$DCC_TOP/host/build/dcc-compare}
[ -x "$tool" ] || die "host tool $tool missing: run 'make host'"
[ -n "${BASE:-}" ] && [ -n "${NEW:-}" ] || die "give BASE=<results dir> NEW=<results dir>"
for d in "$BASE" "$NEW"; do
	[ -d "$d" ] || die "$d does not exist: give a results directory (RESULTS of an earlier run)"
done
if [ -f "$BASE/env.txt" ] && [ -f "$NEW/env.txt" ]; then
	exec "$tool" "$BASE" "$NEW"
fi
rc=0
pairs=0
tsv=$NEW/compare.tsv
printf '# base: %s\n' "$(cd "$BASE" && pwd)" >"$tsv.tmp" ||
	die "cannot write $tsv: NEW must be a writable results directory"
for b in "$BASE"/*/latest; do
	[ -d "$b" ] || continue
	name=$(basename "$(dirname "$b")")
	n=$NEW/$name/latest
	[ -d "$n" ] || continue
	pairs=$((pairs + 1))
	# Marks are keyed by the run's real directory: a later run, once
	# "latest", carries none of them.
	"$tool" --tsv "$tsv.tmp" "$(readlink -f "$n")" "$b" "$n" || rc=$?
	echo
done
[ "$pairs" -gt 0 ] || { rm -f "$tsv.tmp"; die "no arch-kernel run in both $BASE and $NEW"; }
mv "$tsv.tmp" "$tsv"
exit "$rc"
