#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make bench: figures, never verdicts (benchmarks are not tests).
#
# percall  What one call of a traced function costs on each arch, in
#          instructions: conformance/dcc_percall.c (dcc_bench.ko) timed in a
#          guest under QEMU "-icount shift=0 -smp 1", where the guest clock
#          advances one nanosecond per instruction. Every figure is the same
#          on every run; a run that differs is reported, not averaged away.
# suite    How fast the suite itself is: "make ARCH=<arch> conformance" cold
#          (empty build directory and ccache) and warm (only the test module
#          edited), next to the same change through the kernel's kunit.py,
#          stage by stage (scripts/bench-suite.sh).
#
# Knobs: ARCH (default all three), BENCH (percall, suite or "percall suite"),
# BENCH_RUNS (runs per figure, default 3), BENCH_COLD (cold builds per arch
# in "suite", default BENCH_RUNS; 0 skips them), BENCH_CALLS (calls timed
# per path), RESULTS.
# Writes RESULTS/bench/<stamp>/ (bench.txt, percall.tsv, suite.tsv and the
# raw console logs) and points RESULTS/bench/latest at it.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

what=${BENCH:-percall suite}
for w in $what; do
	case "$w" in
	percall | suite) ;;
	*) die "BENCH=$BENCH is unknown: use BENCH=percall, BENCH=suite or BENCH=\"percall suite\"" ;;
	esac
done
runs=${BENCH_RUNS:-3}
case "$runs" in
'' | *[!0-9]* | 0) die "BENCH_RUNS=$runs is not a positive number of runs" ;;
esac
calls=${BENCH_CALLS:-100000}
case "$calls" in
'' | *[!0-9]* | 0) die "BENCH_CALLS=$calls is not a positive number of calls" ;;
esac
case "${BENCH_COLD:-0}" in
'' | *[!0-9]*) die "BENCH_COLD=$BENCH_COLD is not a number of cold builds per arch (0 skips them)" ;;
esac
arches=()
for a in ${ARCH:-$DCC_ARCHES}; do
	arches+=("$(dcc_arch_normalise "$a")") || exit 2
done
[ -z "${PAYLOAD:-}" ] || [ "$PAYLOAD" = module ] ||
	die "PAYLOAD=$PAYLOAD: make bench times the module payload only; drop PAYLOAD="

results_root=${RESULTS:-$DCC_TOP/results}
out=$results_root/bench/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out" || die "RESULTS=$results_root is not writable: choose another directory with RESULTS="
{
	echo "date=$(date -u +%Y-%m-%dT%H:%MZ)"
	echo "host=$(uname -n), $(nproc) cpus, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
	echo "cpu=$(sed -n 's/^model name\t*: //p' /proc/cpuinfo | head -n 1)"
	echo "os=$(. /etc/os-release && echo "$PRETTY_NAME")"
	echo "gcc=$(gcc --version | head -n 1)"
	# Each arch's own QEMU (arch.conf, or QEMU=), by version.
	echo "qemu=$(for a in "${arches[@]}"; do
		(dcc_load_arch "$a" && echo "$a $("$QEMU" --version 2>/dev/null |
			sed -n 's/^QEMU emulator version \([^ ]*\).*/\1/p')")
	done | paste -sd ',' - | sed 's/,/, /g')"
	echo "runs=$runs"
	echo "calls=$calls"
} >"$out/env.txt"

rc=0
for w in $what; do
	case "$w" in
	percall)
		"$DCC_TOP/scripts/bench-percall.sh" "$out" "$runs" "$calls" "${arches[@]}" || rc=1
		;;
	suite)
		"$DCC_TOP/scripts/bench-suite.sh" "$out" "$runs" "${arches[@]}" || rc=1
		;;
	esac
done
{
	# One line each, cut to the report's 72 columns.
	echo "dcc bench, $(sed -n 's/^date=//p' "$out/env.txt")"
	for k in host cpu os gcc qemu; do
		echo "$k: $(sed -n "s/^$k=//p" "$out/env.txt")" | cut -c1-72
	done
	for f in percall.txt suite.txt; do
		[ -f "$out/$f" ] && echo && cat "$out/$f"
	done
} >"$out/bench.txt"
ln -sfn "$(basename "$out")" "$results_root/bench/latest"
cat "$out/bench.txt"
note "bench figures and raw logs: $out"
exit "$rc"
