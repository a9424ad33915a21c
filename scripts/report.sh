#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make report: the cross-arch matrix over the latest run of every arch and
# kernel (and negative control) under RESULTS, as text on stdout and as
# report.txt/.md/.html in RESULTS/report/.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
results_root=${RESULTS:-$DCC_TOP/results}
tool=${DCC_REPORT:-$DCC_TOP/host/build/dcc-report}
[ -x "$tool" ] || die "host tool $tool missing: run 'make host'"
[ -d "$results_root" ] || die "no results in $results_root: run 'make conformance' (or 'make matrix') first"

runs=()
# Every kernel series with results (newest first), then its variants.
mapfile -t series < <(for d in "$results_root"/*-[0-9]*.[0-9]*/latest; do
	[ -d "$d" ] || continue
	d=${d%/latest}
	echo "${d##*/}"
done | sed -n 's/^[a-z0-9_]*-\([0-9][0-9]*\.[0-9][0-9]*\).*/\1/p' | sort -u -r -V)
for variant in "" -debug -builtin; do
	for v in "${series[@]}"; do
		for a in $DCC_ARCHES; do
			[ -d "$results_root/$a-$v$variant/latest" ] && runs+=("$results_root/$a-$v$variant/latest")
		done
	done
done
# Board kernels booted on QEMU's model of their board (make board), after
# the QEMU virt runs, in the arches' order.
for a in $DCC_ARCHES; do
	for v in "${series[@]}"; do
		while read -r b; do
			for variant in "" -builtin; do
				d=$results_root/$a-$v$variant-$b/latest
				[ -d "$d" ] && runs+=("$d")
			done
		done < <(DCC_ARCH_DIR=$(dcc_arch_dir "$a") dcc_boards)
	done
done
# LAVA runs converted by lava-jobs/convert.py (make lava-convert, make lava-run).
for d in "$results_root"/lava-*/latest; do
	[ -d "$d" ] && runs+=("$d")
done
# The suite's runs of each negative control (its selftest boot is not a run
# of the suite: RESULTS/negative-<name>/selftest/).
for d in "$results_root"/negative-*/suite/*/latest; do
	[ -d "$d" ] && runs+=("$d")
done
[ ${#runs[@]} -gt 0 ] || die "no runs under $results_root: run 'make conformance' (or 'make matrix') first"

tested_by=${TESTED_BY:-}
if [ -z "$tested_by" ]; then
	name=$(git -C "$DCC_TOP" config user.name 2>/dev/null || true)
	mail=$(git -C "$DCC_TOP" config user.email 2>/dev/null || true)
	[ -n "$name" ] && [ -n "$mail" ] && tested_by="$name <$mail>"
fi
# The latest make bench figures, if any, as a section of their own.
# Then the per-call cost of every arch and kernel measured (bench-across.sh).
mkdir -p "$results_root/report"
bench=()
bench_text=$results_root/report/.bench.txt
{
	[ ! -f "$results_root/bench/latest/bench.txt" ] || cat "$results_root/bench/latest/bench.txt"
	across=$("$DCC_TOP/scripts/bench-across.sh" "$results_root/bench")
	[ -z "$across" ] || printf '\n%s\n' "$across"
} >"$bench_text"
[ ! -s "$bench_text" ] || bench=(--bench "$bench_text")
# The page's bar chart of those figures, each case's contract clauses (the
# catalogue), and the marks of the last "make compare NEW=<this RESULTS>".
bench_tsv=$results_root/report/.bench.tsv
"$DCC_TOP/scripts/bench-across.sh" --tsv "$results_root/bench" >"$bench_tsv"
[ ! -s "$bench_tsv" ] || bench+=(--bench-tsv "$bench_tsv")
catalogue=$results_root/report/.catalogue.tsv
python3 "$DCC_TOP/scripts/catalogue.py" list >"$catalogue" ||
	die "scripts/catalogue.py list failed: the conformance/ sources do not parse"
bench+=(--catalogue "$catalogue")
[ ! -f "$results_root/compare.tsv" ] || bench+=(--compare "$results_root/compare.tsv")
"$tool" --out "$results_root/report" --tested-by "$tested_by" "${bench[@]}" \
	--reproducer "make setup matrix report   # in a clone of this suite; one arch: make setup conformance ARCH=<arch> KVER=<$(dcc_packaged_series | sed 's/ /|/g')>" \
	"${runs[@]}"
rm -f "$bench_text" "$bench_tsv" "$catalogue"
note "report written to $results_root/report/ (report.txt, report.md, report.html)"
# SCREENSHOT=1: the top of the page as headless Chromium shows it.
if [ "${SCREENSHOT:-}" = 1 ]; then
	browser=$(command -v chromium || command -v chromium-browser || true)
	[ -n "$browser" ] || die "SCREENSHOT=1 needs chromium: apt-get install chromium (make setup installs it)"
	png=$results_root/report/report.png
	rm -f "$png"
	"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1800,2000 \
		--screenshot="$png" "file://$(cd "$results_root/report" && pwd)/report.html" >/dev/null 2>&1 || true
	[ -s "$png" ] || die "chromium wrote no screenshot of $results_root/report/report.html"
	note "screenshot: $png"
fi
