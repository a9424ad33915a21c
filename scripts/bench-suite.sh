#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make bench, part 2: how fast the suite itself is, on this machine.
#
# Per arch and run, from a scratch copy of this checkout (the checkout and
# the normal build directories are never touched):
#   dcc cold       make ARCH=<arch> conformance, stage by stage, in an empty
#                  build directory with an empty ccache (CCACHE_DIR)
#   dcc warm       one line of the test module changed, the same again
#   kunit.py cold  the same suite through tools/testing/kunit/kunit.py run
#                  (scripts/kunit.sh, with a cache of its own under the
#                  scratch folder), empty build directory and ccache
#   kunit.py warm  the same one-line change, kunit.py run again
# Wall seconds, median over RUNS; the machine is noisy, so the ratio
# kunit.py/dcc of one run is the figure to compare. BENCH_COLD=N: cold
# builds in the first N runs only (default: every run; 0: none, the warm
# runs then start from the build dirs of the last benchmark).
# Writes OUT/suite.tsv (every measurement) and OUT/suite.txt.
# Usage: bench-suite.sh OUT RUNS ARCH...
set -euo pipefail
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/bench-lib.sh"
out=$1 runs=$2
shift 2
cold=${BENCH_COLD:-$runs}
ktap=$DCC_TOP/host/build/dcc-ktap
[ -x "$ktap" ] || die "host tool $ktap missing: run 'make host'"
scratch=${BENCH_SCRATCH:-$DCC_CACHE/bench}
src=$scratch/src
mkdir -p "$scratch" || die "cannot create $scratch: set BENCH_SCRATCH to a writable place"
rm -rf "$src" "$scratch/results"
mkdir -p "$src"
tar -C "$DCC_TOP" --exclude=./results --exclude=./host/build --exclude=./.git -cf - . |
	tar -C "$src" -xf - || die "cannot copy $DCC_TOP to $src"
edited=$src/conformance/dcc_suite_direct.c
# kunit.sh runs with a cache of its own: it is given the tree itself.
ksrc=${KSRC:-$DCC_CACHE/src/linux-source-${KVER:-6.12}}
[ -f "$ksrc/Makefile" ] || die "no kernel tree at $ksrc: run 'make setup' (or set KSRC=)"
cp "$edited" "$scratch/pristine.c"
tsv=$out/suite.tsv
printf 'arch\ttool\tmode\trun\tstage\tseconds\n' >"$tsv"
logs=$out/suite
mkdir -p "$logs"

# edit TAG: the one-line change to the test module, a new one every time.
edit() {
	cp "$scratch/pristine.c" "$edited"
	echo "static const char dcc_bench_edit[] __used = \"$1\";" >>"$edited"
}

# record ARCH TOOL MODE RUN STAGE MS: a row of the run in progress; only a
# run that succeeded reaches suite.tsv (see measure).
rows=$logs/rows.tmp
record() {
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" \
		"$(awk -v ms="$6" 'BEGIN { printf "%.1f", ms / 1000 }')" >>"$rows"
}

now() { date +%s%3N; }

# dcc_run ARCH MODE RUN: the five stages of make conformance, each timed.
dcc_run() {
	local arch=$1 mode=$2 run=$3 t s rc=0 total=0 log run_dir boot q p
	log=$logs/$arch-dcc-$mode-$run.log
	for s in config build-kernel build-module initramfs run-guest; do
		t=$(now)
		O=$scratch/build/dcc-$arch CCACHE_DIR=$scratch/ccache/dcc-$arch RESULTS=$scratch/results \
			DCC_KTAP=$ktap "$src/scripts/$s.sh" "$arch" >>"$log" 2>&1 || rc=$?
		t=$(($(now) - t))
		total=$((total + t))
		case $s in
		config) record "$arch" dcc "$mode" "$run" config "$t" ;;
		build-kernel) record "$arch" dcc "$mode" "$run" kernel "$t" ;;
		build-module) record "$arch" dcc "$mode" "$run" module "$t" ;;
		initramfs) record "$arch" dcc "$mode" "$run" initramfs "$t" ;;
		run-guest)
			# QEMU's wall time, split where the kernel starts /init
			# (kernel boot, by the guest clock), and the parse, as
			# run-guest.sh timed them.
			run_dir=$(latest_run "$arch" '')
			boot=$(awk -F'[][]' '/Run \/init as init process/ && $2 ~ /^ *[0-9.]+$/ {
				printf "%d", $2 * 1000; exit }' "$run_dir/console.log" 2>/dev/null || true)
			q=$(awk -F'\t' '$1 == "qemu_ms" { print $2 }' "$run_dir/timing.tsv" 2>/dev/null || true)
			p=$(awk -F'\t' '$1 == "parse_ms" { print $2 }' "$run_dir/timing.tsv" 2>/dev/null || true)
			if [ -z "$q" ] || [ -z "$p" ] || [ -z "$boot" ]; then
				note "[$arch] dcc $mode run $run: no timing.tsv or /init line in $run_dir"
				rc=1
			fi
			record "$arch" dcc "$mode" "$run" boot "${boot:-0}"
			record "$arch" dcc "$mode" "$run" run "$((${q:-0} - ${boot:-0}))"
			record "$arch" dcc "$mode" "$run" parse "${p:-0}"
			;;
		esac
		[ "$rc" = 0 ] || break
	done
	record "$arch" dcc "$mode" "$run" total "$total"
	[ "$rc" = 0 ] || { note "[$arch] dcc $mode run $run failed at $s (log: $log)"; return 1; }
}

# latest_run ARCH SUFFIX: the newest run directory of ARCH in the scratch
# results ("" for make conformance, -kunit for kunit.sh). Each run starts
# with no results, so an older run is never taken for this one.
latest_run() {
	local d
	for d in "$scratch/results/$1"-*"$2"/latest; do
		case "$d" in *-kunit/latest) [ -n "$2" ] || continue ;; esac
		readlink -f "$d"
		return 0
	done
	echo /nonexistent
}

# kunit_run ARCH MODE RUN: scripts/kunit.sh, with kunit.py's own split.
kunit_run() {
	local arch=$1 mode=$2 run=$3 t rc=0 log d
	log=$logs/$arch-kunit-$mode-$run.log
	t=$(now)
	# A cache of its own: the suite is installed into a tree copy there,
	# and kunit.py builds there, never in the ones make kunit uses.
	DCC_CACHE=$scratch/cache-$arch KSRC=$ksrc CCACHE_DIR=$scratch/ccache/kunit-$arch \
		RESULTS=$scratch/results DCC_KTAP=$ktap "$src/scripts/kunit.sh" "$arch" >"$log" 2>&1 || rc=$?
	t=$(($(now) - t))
	d=$(latest_run "$arch" -kunit)
	# "Elapsed time: 1.2s total, 0.3s configuring, 0.5s building, 0.4s running"
	awk -v a="$arch" -v m="$mode" -v r="$run" -v wall="$t" '
		/Elapsed time:/ {
			for (i = 1; i <= NF; i++) {
				v = $i; sub(/s,?$/, "", v)
				if ($(i + 1) ~ /^configuring/) c = v
				if ($(i + 1) ~ /^building/) b = v
				if ($(i + 1) ~ /^running/) u = v
				if ($(i + 1) ~ /^total/) tot = v
			}
		}
		END {
			if (tot == "") exit 1
			printf "%s\tkunit.py\t%s\t%s\tsetup\t%.1f\n", a, m, r, wall / 1000 - tot
			printf "%s\tkunit.py\t%s\t%s\tconfig\t%.1f\n", a, m, r, c
			printf "%s\tkunit.py\t%s\t%s\tkernel\t%.1f\n", a, m, r, b
			printf "%s\tkunit.py\t%s\t%s\trun\t%.1f\n", a, m, r, u
		}' "$d/kunit.log" >>"$tsv" 2>/dev/null ||
		note "[$arch] kunit.py printed no elapsed times (log: $d/kunit.log)"
	record "$arch" kunit.py "$mode" "$run" total "$t"
	[ "$rc" = 0 ] || { note "[$arch] kunit.py $mode run $run failed (log: $log)"; return 1; }
}

# one_run TOOL ARCH MODE RUN: dcc_run or kunit_run, from empty scratch
# results; its rows reach suite.tsv if it succeeded, else one "failed" row.
one_run() {
	local rc=0
	: >"$rows"
	rm -rf "$scratch/results"
	if [ "$1" = dcc ]; then
		dcc_run "${@:2}" || rc=1
	else
		kunit_run "${@:2}" || rc=1
	fi
	cp -r "$scratch/results/." "$logs/results-$2-$1-$3-$4" 2>/dev/null || true
	if [ "$rc" = 0 ]; then
		cat "$rows" >>"$tsv"
	else
		printf '%s\t%s\t%s\t%s\tfailed\t0\n' "$2" "$([ "$1" = dcc ] && echo dcc || echo kunit.py)" "$3" "$4" >>"$tsv"
	fi
	return "$rc"
}

# measure TOOL ARCH RUN: run RUN of TOOL (dcc or kunit): cold in the first
# BENCH_COLD runs, then warm; each time a new one-line change.
measure() {
	local tool=$1 arch=$2 i=$3 rc=0 label=dcc vmlinux before
	[ "$tool" = dcc ] || label=kunit.py
	if [ "$i" -le "$cold" ]; then
		note "[$arch] suite speed, run $i of $runs: $label cold (empty build dir and ccache)"
		if [ "$tool" = dcc ]; then
			rm -rf "$scratch/build/dcc-$arch" "$scratch/ccache/dcc-$arch"
		else
			rm -rf "$scratch/cache-$arch/kunit" "$scratch/ccache/kunit-$arch"
		fi
		edit "$tool-cold-$i"
		one_run "$tool" "$arch" cold "$i" || rc=1
	fi
	note "[$arch] suite speed, run $i of $runs: $label warm (one line of the test module changed)"
	vmlinux=$scratch/build/dcc-$arch/vmlinux
	before=$(stat -c %Y "$vmlinux" 2>/dev/null || echo none)
	edit "$tool-warm-$i"
	one_run "$tool" "$arch" warm "$i" || rc=1
	# Only dcc can keep vmlinux: kunit.py builds the suite into it.
	[ "$tool" != dcc ] || [ "$before" = "$(stat -c %Y "$vmlinux" 2>/dev/null || echo none)" ] ||
		printf '%s\tdcc\twarm\t%s\tvmlinux-relinked\t1\n' "$arch" "$i" >>"$tsv"
	return "$rc"
}

rc=0
for arch in "$@"; do
	for i in $(seq "$runs"); do
		measure dcc "$arch" "$i" || rc=1
		measure kunit "$arch" "$i" || rc=1
	done
done
# Nothing of the scratch copy outlives the benchmark but its build dirs
# and caches (BENCH_COLD=0 reuses them); the logs are under OUT.
rm -rf "$src" "$scratch/results" "$rows"

bench_suite_table "$tsv" >"$out/suite.txt"
exit "$rc"
