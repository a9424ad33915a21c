#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make bench, part 2: how fast the suite itself is, on this machine.
#
# Per arch and run, from a scratch copy of this checkout (the checkout and
# the normal build directories are never touched):
#   dcc cold       make ARCH=<arch> conformance (its stages timed), in an empty
#                  build directory with an empty ccache (CCACHE_DIR) and no
#                  cached guest /init
#   dcc warm       one line of the test module changed, the same again
#   kunit.py cold  the same suite through tools/testing/kunit/kunit.py run
#                  (scripts/kunit.sh, with a cache of its own under the
#                  scratch folder), empty build directory and ccache
#   kunit.py warm  the same one-line change, kunit.py run again
#   suite          warm, the edited suite alone: a new one-line change,
#                  dcc with cases=dcc_direct, kunit.py with its filter
#                  dcc_direct (a developer's loop on one suite)
#   kernel         a line added to kernel/trace/ftrace.c, in each tool's
#                  own tree, then dcc and kunit.py again (rebuild + run)
# and, after every arch, all of them at once: make conformance over the
# arches asked for, one line of the test module changed ("all" rows).
# Both tools build a hard-linked copy of the kernel tree under the scratch
# folder (KSRC, or KVER's tree): the kernel-side edit replaces the file in
# that copy, never in the tree.
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
# The suite of that file, for the "suite" runs.
edited_suite=dcc_direct
tree=${KSRC:-$DCC_CACHE/src/linux-source-${KVER:-6.12}}
[ -f "$tree/Makefile" ] || die "no kernel tree at $tree: run 'make setup' (or set KSRC=)"
tree=$(cd "$tree" && pwd)
# The tree both tools build from: a hard-linked copy (kunit.sh copies it
# once more to install the suite).
ksrc=$scratch/ksrc
if [ "$(cat "$ksrc/.dcc-bench-tree" 2>/dev/null)" != "$tree" ]; then
	note "suite speed: a linked copy of $tree in $ksrc"
	dcc_linked_copy "$tree" "$ksrc" .dcc-bench-tree
	echo "$tree" >"$ksrc/.dcc-bench-tree"
fi
ktraced=kernel/trace/ftrace.c
# kedit TREE TAG: the one-line kernel change, in TREE's own copy of the
# file (a new file, so the linked tree keeps its own): TAG "" restores it.
kedit() {
	rm -f "$1/$ktraced"
	cp "$tree/$ktraced" "$1/$ktraced"
	[ -z "$2" ] || echo "static const char dcc_bench_kedit[] __used = \"$2\";" >>"$1/$ktraced"
}
kedit "$ksrc" ""
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

# dcc_env CMD...: CMD as make conformance runs it here, its build dirs,
# ccache and results in the scratch folder, on the scratch tree.
# In a "suite" run (suite_only set), only the edited suite runs.
dcc_env() {
	DCC_CACHE=$scratch/cache-dcc KSRC=$ksrc CCACHE_DIR=$scratch/ccache/dcc \
		RESULTS=$scratch/results DCC_KTAP=$ktap \
		CMDLINE="${CMDLINE:-}${suite_only:+ dcc_conformance.cases=$edited_suite}" "$@"
}
suite_only=

# dcc_vmlinux ARCH: the scratch build's vmlinux of ARCH.
dcc_vmlinux() {
	local v
	for v in "$scratch/cache-dcc/build/"*-"$1"-*/vmlinux; do
		[ -f "$v" ] && echo "$v" && return 0
	done
	echo /nonexistent
}

# dcc_run ARCH MODE RUN: make conformance's job (conformance.sh), its
# stages timed by the job itself (DCC_STAGE_TIMES): what the user runs,
# the /init built beside the kernel included.
dcc_run() {
	local arch=$1 mode=$2 run=$3 t rc=0 log times run_dir boot q p h s ms
	log=$logs/$arch-dcc-$mode-$run.log
	times=$logs/$arch-dcc-$mode-$run.stages
	: >"$times"
	t=$(now)
	DCC_STAGE_TIMES=$times dcc_env "$src/scripts/conformance.sh" "$arch" >>"$log" 2>&1 || rc=$?
	t=$(($(now) - t))
	while IFS=$'\t' read -r s ms; do
		case $s in
		run)
			# QEMU's wall time, split where the kernel starts /init
			# (kernel boot, by the guest clock), and the parse, as
			# run-guest.sh timed them.
			run_dir=$(latest_run "$arch" '')
			boot=$(awk -F'[][]' '/Run \/init as init process/ && $2 ~ /^ *[0-9.]+$/ {
				printf "%d", $2 * 1000; exit }' "$run_dir/console.log" 2>/dev/null || true)
			q=$(awk -F'\t' '$1 == "qemu_ms" { print $2 }' "$run_dir/timing.tsv" 2>/dev/null || true)
			p=$(awk -F'\t' '$1 == "parse_ms" { print $2 }' "$run_dir/timing.tsv" 2>/dev/null || true)
			h=$(awk -F'\t' '$1 == "hung_boot_ms" { print $2 }' "$run_dir/timing.tsv" 2>/dev/null || true)
			# A boot booted again (the known riscv hang): its time
			# counts as boot, and the log says so.
			[ -z "$h" ] || note "[$arch] dcc $mode run $run: the first boot hung and was booted again ($h ms, counted as boot)" 2>&1 |
				tee -a "$logs/booted-twice" >&2
			if [ -z "$q" ] || [ -z "$p" ] || [ -z "$boot" ]; then
				note "[$arch] dcc $mode run $run: no timing.tsv or /init line in $run_dir"
				rc=1
			fi
			record "$arch" dcc "$mode" "$run" boot "$((${boot:-0} + ${h:-0}))"
			record "$arch" dcc "$mode" "$run" run "$((${q:-0} - ${boot:-0}))"
			record "$arch" dcc "$mode" "$run" parse "${p:-0}"
			;;
		*) record "$arch" dcc "$mode" "$run" "$s" "$ms" ;;
		esac
	done <"$times"
	record "$arch" dcc "$mode" "$run" total "$t"
	[ "$rc" = 0 ] || { note "[$arch] dcc $mode run $run failed after stage $(tail -n 1 "$times" | cut -f 1) (log: $log)"; return 1; }
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
		RESULTS=$scratch/results DCC_KTAP=$ktap KUNIT_FILTER=${suite_only:+$edited_suite} \
		"$src/scripts/kunit.sh" "$arch" >"$log" 2>&1 || rc=$?
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
			# Cold is cold: the guest /init is built again too.
			rm -rf "$scratch/cache-dcc/build/"*-"$arch"-* "$scratch/cache-dcc/guest/$arch-"* \
				"$scratch/ccache/dcc"
		else
			rm -rf "$scratch/cache-$arch/kunit" "$scratch/ccache/kunit-$arch"
		fi
		edit "$tool-cold-$i"
		one_run "$tool" "$arch" cold "$i" || rc=1
	fi
	note "[$arch] suite speed, run $i of $runs: $label warm (one line of the test module changed)"
	vmlinux=$(dcc_vmlinux "$arch")
	before=$(stat -c %Y "$vmlinux" 2>/dev/null || echo none)
	edit "$tool-warm-$i"
	one_run "$tool" "$arch" warm "$i" || rc=1
	# Only dcc can keep vmlinux: kunit.py builds the suite into it.
	[ "$tool" != dcc ] || [ "$before" = "$(stat -c %Y "$vmlinux" 2>/dev/null || echo none)" ] ||
		printf '%s\tdcc\twarm\t%s\tvmlinux-relinked\t1\n' "$arch" "$i" >>"$tsv"
	return "$rc"
}

# measure_suite TOOL ARCH RUN: warm, a new one-line change, and only the
# edited suite run: dcc's cases=, kunit.py's own filter.
measure_suite() {
	local tool=$1 arch=$2 i=$3 rc=0 label=dcc vmlinux before
	[ "$tool" = dcc ] || label=kunit.py
	note "[$arch] suite speed, run $i of $runs: $label warm, the edited suite ($edited_suite) alone"
	vmlinux=$(dcc_vmlinux "$arch")
	before=$(stat -c %Y "$vmlinux" 2>/dev/null || echo none)
	edit "$tool-suite-$i"
	suite_only=1
	one_run "$tool" "$arch" suite "$i" || rc=1
	suite_only=
	[ "$tool" != dcc ] || [ "$before" = "$(stat -c %Y "$vmlinux" 2>/dev/null || echo none)" ] ||
		printf '%s\tdcc\twarm\t%s\tvmlinux-relinked\t1\n' "$arch" "$i" >>"$tsv"
	return "$rc"
}

# measure_kernel TOOL ARCH RUN: a line added to kernel/trace/ftrace.c in
# the tree TOOL builds from (kunit.sh's is its own copy of the scratch
# tree), then TOOL again: Kbuild rebuilds that file and relinks.
measure_kernel() {
	local tool=$1 arch=$2 i=$3 t d label=dcc
	[ "$tool" = dcc ] || label=kunit.py
	t=$ksrc
	if [ "$tool" = kunit ]; then
		t=
		for d in "$scratch/cache-$arch/src/intree/"*/; do
			[ -f "$d$ktraced" ] && t=${d%/} && break
		done
		if [ -z "$t" ]; then
			note "[$arch] kunit.py has no tree copy in $scratch/cache-$arch/src/intree"
			printf '%s\tkunit.py\tkernel\t%s\tfailed\t0\n' "$arch" "$i" >>"$tsv"
			return 1
		fi
	fi
	note "[$arch] suite speed, run $i of $runs: $label after a line added to $ktraced"
	kedit "$t" "$tool-$arch-$i"
	one_run "$tool" "$arch" kernel "$i" || return 1
	[ "$tool" = dcc ] || return 0
	# Warm means the build dir is the tree's: the edit is undone and the
	# kernel rebuilt, unmeasured, so that no later warm run (this arch's
	# or all arches at once) relinks for it.
	kedit "$ksrc" ""
	settle "$arch" "$logs/$arch-dcc-kernel-$i-undo.log"
}

# settle ARCH LOG: dcc's kernel of ARCH rebuilt from the scratch tree as it
# is, unmeasured (LOG): what a warm run starts from.
settle() {
	if ! { dcc_env "$src/scripts/config.sh" "$1" && dcc_env "$src/scripts/build-kernel.sh" "$1"; } \
		>"$2" 2>&1; then
		note "[$1] rebuilding the kernel failed (log: $2)"
		return 1
	fi
}

# measure_all RUN: make conformance over every arch asked for, at once,
# after a new one-line change of the test module (warm: each arch's build
# dir is the one its own runs left).
measure_all() {
	local i=$1 t rc=0 a before=() k=0 log=$logs/all-dcc-warm-$1.log
	shift
	note "suite speed, run $i of $runs: all of $* at once (make conformance, warm)"
	for a; do
		before+=("$(stat -c %Y "$(dcc_vmlinux "$a")" 2>/dev/null || echo none)")
	done
	edit "all-warm-$i"
	rm -rf "$scratch/results"
	t=$(now)
	dcc_env "$src/scripts/conformance-all.sh" "$@" >"$log" 2>&1 || rc=$?
	t=$(($(now) - t))
	cp -r "$scratch/results/." "$logs/results-all-dcc-warm-$i" 2>/dev/null || true
	if [ "$rc" != 0 ]; then
		note "all arches at once, run $i, failed (log: $log)"
		printf 'all\tdcc\twarm\t%s\tfailed\t0\n' "$i" >>"$tsv"
		return 1
	fi
	: >"$rows"
	record all dcc warm "$i" total "$t"
	cat "$rows" >>"$tsv"
	for a; do
		[ "${before[$k]}" = "$(stat -c %Y "$(dcc_vmlinux "$a")" 2>/dev/null || echo none)" ] ||
			printf 'all\tdcc\twarm\t%s\tvmlinux-relinked\t1\n' "$i" >>"$tsv"
		k=$((k + 1))
	done
}

rc=0
for arch in "$@"; do
	# No cold run: the build dir an earlier benchmark left may predate the
	# tree (its last kernel-side edit undone), so it is brought up to date
	# first, unmeasured.
	[ "$cold" != 0 ] || settle "$arch" "$logs/$arch-dcc-settle.log" || rc=1
	for i in $(seq "$runs"); do
		measure dcc "$arch" "$i" || rc=1
		measure kunit "$arch" "$i" || rc=1
		measure_suite dcc "$arch" "$i" || rc=1
		measure_suite kunit "$arch" "$i" || rc=1
		measure_kernel dcc "$arch" "$i" || rc=1
		measure_kernel kunit "$arch" "$i" || rc=1
	done
done
if [ $# -gt 1 ]; then
	# Every kernel-side edit and its undo gave the shared tree's file a
	# new time stamp: each arch's kernel is brought up to it, unmeasured,
	# so that the warm runs below relink nothing.
	for arch in "$@"; do
		settle "$arch" "$logs/$arch-dcc-settle-all.log" || rc=1
	done
	for i in $(seq "$runs"); do
		measure_all "$i" "$@" || rc=1
	done
fi
# The scratch tree as it was: its kernel file restored.
kedit "$ksrc" ""
# Nothing of the scratch copy outlives the benchmark but its build dirs
# and caches (BENCH_COLD=0 reuses them); the logs are under OUT.
rm -rf "$src" "$scratch/results" "$rows"

{
	bench_suite_table "$tsv"
	# A run whose boot was booted again (the known riscv boot hang): its
	# figure holds both boots; say which.
	[ ! -s "$logs/booted-twice" ] || sed 's/^dcc: /note: /' "$logs/booted-twice"
} >"$out/suite.txt"
exit "$rc"
