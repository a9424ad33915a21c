#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make bench's arithmetic and tables (scripts/bench-lib.sh) on fixtures: a
# real riscv benchmark console, consoles that must be refused, runs that
# agree and runs that do not, suite timings with a known median, and the
# report's bench section (host/dcc-report --bench, sanitized build).
# Figures are checked, never wall times.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$here/../..
# shellcheck source=scripts/bench-lib.sh
. "$top/scripts/bench-lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }
# expect NAME CMD...: CMD must succeed.
expect() {
	local name=$1
	shift
	if "$@"; then ok "$name"; else bad "$name"; fi
}

# 1. A real console (riscv, Linux 6.12, QEMU 7.2 -icount shift=0): 100
# instructions per tick; untraced (9000 - 3000) * 100 / 100000 = 6.00.
bench_percall_parse riscv 1 <"$here/riscv-6.12.console" >"$tmp/riscv.tsv"
expect "parse: ticks per instruction" grep -qxP 'riscv\t1\t#ticks\t100' "$tmp/riscv.tsv"
expect "parse: untraced" grep -qxP 'riscv\t1\tuntraced\t6.00' "$tmp/riscv.tsv"
expect "parse: direct" grep -qxP 'riscv\t1\tdirect\t7.00' "$tmp/riscv.tsv"
expect "parse: ops" grep -qxP 'riscv\t1\tops\t207.00' "$tmp/riscv.tsv"
expect "parse: n/a with its reason" \
	grep -qxP 'riscv\t1\tkprobe\tn/a\tregister_kprobe at the entry: error -22' "$tmp/riscv.tsv"
expect "parse: site bytes" grep -qxP 'riscv\t1\t#site\t97a20000e782e2f4\t1300000013000000' "$tmp/riscv.tsv"

# 2. Consoles to refuse: no calibration; a counter that does not count
# instructions (without -icount the ratio is anything).
grep -v 'dcc-bench: spin' "$here/riscv-6.12.console" >"$tmp/no-spin.console"
if bench_percall_parse riscv 1 <"$tmp/no-spin.console" >/dev/null 2>"$tmp/err"; then
	bad "parse refuses a console without calibration"
else
	expect "parse refuses a console without calibration" grep -q "no calibration line" "$tmp/err"
fi
# Without -icount: a 10 MHz counter, 2e7 instructions in 65432 ticks.
sed 's/spin n=10000000 ticks=200000/spin n=10000000 ticks=65432/' "$here/riscv-6.12.console" >"$tmp/noicount.console"
if bench_percall_parse riscv 1 <"$tmp/noicount.console" >/dev/null 2>"$tmp/err"; then
	bad "parse refuses a counter that is not an instruction count"
else
	expect "parse refuses a counter that is not an instruction count" \
		grep -qF "does not count instructions (305.6608 per tick, 100 expected at 10000000 Hz)" "$tmp/err"
fi

grep -v 'dcc-bench: empty' "$here/riscv-6.12.console" >"$tmp/no-empty.console"
if bench_percall_parse riscv 1 <"$tmp/no-empty.console" >/dev/null 2>"$tmp/err"; then
	bad "parse refuses a console without the loop overhead"
else
	expect "parse refuses a console without the loop overhead" grep -q "no loop-overhead line" "$tmp/err"
fi

# 3. Across boots: identical figures, and one boot that differs (the
# median is the middle figure; the row says "no").
{
	bench_percall_parse riscv 1 <"$here/riscv-6.12.console"
	bench_percall_parse riscv 2 <"$here/riscv-6.12.console"
	sed 's/path=ops n=100000 ticks=210001/path=ops n=100000 ticks=210101/' "$here/riscv-6.12.console" |
		bench_percall_parse riscv 3
} >"$tmp/runs.tsv"
bench_percall_runs riscv <"$tmp/runs.tsv" >"$tmp/summary.tsv"
expect "runs: identical path" grep -qxP 'riscv\tdirect\t7.00\tyes\t7.00,7.00,7.00\t' "$tmp/summary.tsv"
expect "runs: a differing boot is flagged" grep -qxP 'riscv\tops\t207.00\tno\t207.00,207.00,207.10\t' "$tmp/summary.tsv"
expect "runs: n/a stays n/a" grep -qP '^riscv\tkprobe\tn/a\tyes\t' "$tmp/summary.tsv"

# 4. The table: ratios, the floor, the differing boot, 72 columns.
printf 'riscv\tticks\t100\nriscv\tkernel\t6.12.117\nriscv\tnop_tramp\t1\nriscv\tsuite_tramp\t27\n' >"$tmp/static.tsv"
printf 'riscv\tsite_on\t2\tauipc t0,0xa; jalr t0,-178(t0)\nriscv\tsite_off\t2\tnop; nop\n' >>"$tmp/static.tsv"
{
	printf 'arch\tpath\tinsns_per_call\tidentical\truns\tnote\n'
	cat "$tmp/summary.tsv"
	printf 'arm64\t-\t-\t-\t-\tbuild failed\n'
} >"$tmp/percall.tsv"
bench_percall_table "$tmp/static.tsv" "$tmp/percall.tsv" 100000 3 >"$tmp/percall.txt"
cat "$tmp/percall.txt"
expect "table: ratio to untraced" grep -qE '^direct +7\.00 \(1\.17x\) +- *$' "$tmp/percall.txt"
expect "table: differing figure marked" grep -qE '^ops +207\.00 \(34\.50x\) !' "$tmp/percall.txt"
expect "table: boots not identical" grep -qE '^identical boots +NO' "$tmp/percall.txt"
expect "table: floor" grep -qF 'riscv: direct floor 7.00, measured 7.00 (+0.00)' "$tmp/percall.txt"
expect "table: floor breakdown" grep -qF '  floor = untraced - 2 + 2 + 1' "$tmp/percall.txt"
# A series whose lone direct call goes through the CALL_OPS fast path
# (riscv 7.x): the floor adds its instructions.
{ cat "$tmp/static.tsv"; printf 'riscv\tfastpath\t4\n'; } >"$tmp/static-fastpath.tsv"
bench_percall_table "$tmp/static-fastpath.tsv" "$tmp/percall.tsv" 100000 3 >"$tmp/fastpath.txt"
expect "table: floor with the fast path" grep -qF 'riscv: direct floor 11.00, measured 7.00 (-4.00)' \
	"$tmp/fastpath.txt"
expect "table: fast path in the breakdown" grep -qF '  floor = untraced - 2 + 2 + fast path 4 + 1' \
	"$tmp/fastpath.txt"
expect "table: an arch without figures says why" grep -qF 'arm64: no figures: build failed' "$tmp/percall.txt"
expect "table: 72 columns" awk 'length > 72 { exit 1 }' "$tmp/percall.txt"
# A kernel that refuses the direct call: no floor, no attached site.
sed 's/riscv\tdirect\t7.00\tyes\t7.00,7.00,7.00\t/riscv\tdirect\tn\/a\tyes\tn\/a\tregister_ftrace_direct: error -19/' \
	"$tmp/percall.tsv" >"$tmp/percall-nodirect.tsv"
bench_percall_table "$tmp/static.tsv" "$tmp/percall-nodirect.tsv" 100000 3 >"$tmp/nodirect.txt"
if grep -q 'direct floor\|patch site' "$tmp/nodirect.txt"; then
	bad "table: no floor without a direct call"
else
	expect "table: no floor without a direct call" \
		grep -qF 'n/a: riscv direct: register_ftrace_direct: error -19' "$tmp/nodirect.txt"
fi

# 5. Suite timings: medians (3, 1, 2 -> 2), the kunit.py/dcc ratio, the
# slowest stage and a warm run that relinked vmlinux.
{
	printf 'arch\ttool\tmode\trun\tstage\tseconds\n'
	for r in 1:3 2:1 3:2; do
		printf 'x86_64\tdcc\twarm\t%s\tmodule\t%s.0\n' "${r%:*}" "${r#*:}"
		printf 'x86_64\tdcc\twarm\t%s\trun\t1.5\n' "${r%:*}"
		printf 'x86_64\tdcc\twarm\t%s\tinit-wait\t0.%s\n' "${r%:*}" "${r#*:}"
		printf 'x86_64\tdcc\twarm\t%s\ttotal\t%s.0\n' "${r%:*}" "$((${r#*:} * 5))"
		printf 'x86_64\tkunit.py\twarm\t%s\ttotal\t%s.0\n' "${r%:*}" "$((${r#*:} * 20))"
		printf 'x86_64\tkunit.py\twarm\t%s\tkernel\t%s.0\n' "${r%:*}" "$((${r#*:} * 6))"
	done
	printf 'x86_64\tdcc\twarm\t2\tvmlinux-relinked\t1\n'
	printf 'x86_64\tkunit.py\tcold\t1\tfailed\t0\n'
	# The one-file kernel change (medians 40 and 80) and all arches at
	# once (median 28).
	for r in 1:30 2:50 3:40; do
		printf 'x86_64\tdcc\tkernel\t%s\tkernel\t20.0\n' "${r%:*}"
		printf 'x86_64\tdcc\tkernel\t%s\ttotal\t%s.0\n' "${r%:*}" "${r#*:}"
		printf 'x86_64\tkunit.py\tkernel\t%s\ttotal\t80.0\n' "${r%:*}"
	done
	for t in 28 25 31; do
		printf 'all\tdcc\twarm\t1\ttotal\t%s.0\n' "$t"
	done
	# The edited suite alone: dcc 4 (median of 3, 4, 6), kunit.py 7.
	for r in 1:3 2:4 3:6; do
		printf 'x86_64\tdcc\tsuite\t%s\trun\t1.5\n' "${r%:*}"
		printf 'x86_64\tdcc\tsuite\t%s\ttotal\t%s.0\n' "${r%:*}" "${r#*:}"
		printf 'x86_64\tkunit.py\tsuite\t%s\ttotal\t7.0\n' "${r%:*}"
	done
} >"$tmp/suite.tsv"
bench_suite_table "$tmp/suite.tsv" >"$tmp/suite.txt"
cat "$tmp/suite.txt"
expect "suite: runs" grep -qE '^runs +0 +3 +0 +3$' "$tmp/suite.txt"
expect "suite: median" grep -qE '^module +- +2\.0 +- +-$' "$tmp/suite.txt"
expect "suite: the wait for the /init built beside the kernel" grep -qE '^init-wait +- +0\.2 +- +-$' "$tmp/suite.txt"
expect "suite: slowest stage" grep -qE '^slowest +- +module +- +kernel$' "$tmp/suite.txt"
expect "suite: ratio" grep -qxF 'x86_64 warm: kunit.py takes 4.0x the time of dcc' "$tmp/suite.txt"
expect "suite: building-only ratio" grep -qxF 'x86_64 warm, building only: kunit.py takes 5.5x the time of dcc' "$tmp/suite.txt"
expect "suite: relink reported" grep -qxF 'x86_64 dcc warm: vmlinux relinked: YES (it must not be)' "$tmp/suite.txt"
expect "suite: a failed run is named, not counted" \
	grep -qxF 'x86_64 failed, not counted: kunit.py cold run 1, see suite/' "$tmp/suite.txt"
expect "suite: kernel-side change, dcc/kunit.py" grep -qE '^x86_64 +40\.0 +80\.0 +0\.50 +20\.0$' "$tmp/suite.txt"
expect "suite: all arches at once" grep -qF 'module changed): 28.0 s, the median of 3; vmlinux relinked: no' "$tmp/suite.txt"
expect "suite: warm goal" grep -qxF 'x86_64 warm: dcc/kunit.py 0.25, met' "$tmp/suite.txt"
expect "suite: the edited suite alone" grep -qE '^x86_64 +4\.0 +7\.0 +0\.57 +1\.5$' "$tmp/suite.txt"
expect "suite: the edited suite's goal" grep -qxF 'x86_64 warm, the edited suite alone: dcc/kunit.py 0.57, NOT met' "$tmp/suite.txt"
expect "suite: all-arches goal" grep -qxF 'all arches at once: 28.0 s, met' "$tmp/suite.txt"
expect "suite: no block for all arches" awk '/^all +dcc cold/ { exit 1 }' "$tmp/suite.txt"
expect "suite: 72 columns" awk 'length > 72 { exit 1 }' "$tmp/suite.txt"

# 6. The report's bench section, from the fixture table.
make -s --no-print-directory -C "$top/tests/host" ../../host/build/san/dcc-report >/dev/null || exit 2
report=$top/host/build/san/dcc-report
cat "$tmp/percall.txt" "$tmp/suite.txt" >"$tmp/bench.txt"
mkdir -p "$tmp/out"
# dcc-report writes results.json & co into each run: a copy, not the fixture.
cp -rL "$top/tests/report/riscv-pass" "$tmp/riscv-pass"
if "$report" --out "$tmp/out" --bench "$tmp/bench.txt" "$tmp/riscv-pass" >/dev/null 2>"$tmp/err"; then
	expect "report.txt has the bench section" grep -q '^Benchmarks (make bench):' "$tmp/out/report.txt"
	expect "report.md has the bench section" grep -q '^## Benchmarks (make bench)' "$tmp/out/report.md"
	expect "report.html has the bench section, escaped" grep -q '<pre id="benchtext">Per-call cost' "$tmp/out/report.html"
	expect "report.txt within 72 columns" awk 'length > 72 { exit 1 }' "$tmp/out/report.txt"
else
	bad "report --bench: $(cat "$tmp/err")"
fi
if "$report" --out "$tmp/out" --bench /nonexistent/bench.txt "$tmp/riscv-pass" >/dev/null 2>"$tmp/err"; then
	bad "report refuses a missing --bench file"
else
	expect "report refuses a missing --bench file" grep -q '^dcc: error: cannot read /nonexistent/bench.txt' "$tmp/err"
fi

# 7. Across kernels (scripts/bench-across.sh): three bench runs, the newest
# of each arch and series wins, rows in version order (6.12 after 6.9),
# not-measured cells are "-", and one series alone gives no table.
b=$tmp/across
fixture_run() { # STAMP ARCH KERNEL PATH=INSNS...
	local d=$b/$1 arch=$2 kernel=$3 kv
	shift 3
	mkdir -p "$d/percall"
	[ -f "$d/percall.tsv" ] || printf 'arch\tpath\tinsns_per_call\tidentical\truns\tnote\n' >"$d/percall.tsv"
	echo "$kernel" >"$d/percall/$arch-kernel"
	for kv; do
		printf '%s\t%s\t%s\tyes\t-\t\n' "$arch" "${kv%=*}" "${kv#*=}" >>"$d/percall.tsv"
	done
}
fixture_run 20261201T000000Z riscv 6.12.1 untraced=6.00 direct=7.00
expect "across: one series, no table" test -z "$("$top/scripts/bench-across.sh" "$b")"
fixture_run 20261202T000000Z riscv 6.12.9 untraced=6.00 direct=8.00 kprobe=n/a
fixture_run 20261202T000000Z x86_64 6.9.3 untraced=5.00 direct=6.00
fixture_run 20261203T000000Z riscv 7.3.4 untraced=6.00 direct=11.00 ops=55.00
fixture_run 20261203T000000Z x86_64 6.12.2 untraced=7.00 direct=9.00
ln -s 20261203T000000Z "$b/latest"
"$top/scripts/bench-across.sh" "$b" >"$tmp/across.txt"
cat "$tmp/across.txt"
expect "across: the newest run of a series wins" \
	grep -qE '^riscv 6\.12\.9 +6 +8 +- +- +- +-$' "$tmp/across.txt"
# shellcheck disable=SC2016 # $1 is bash -c's own
expect "across: the older run of that series is gone" bash -c '! grep -qF "6.12.1 " "$1"' _ "$tmp/across.txt"
expect "across: series in version order" \
	test "$(grep -oE '^(riscv|x86_64) [0-9.]+' "$tmp/across.txt" | paste -sd ,)" = "riscv 6.12.9,riscv 7.3.4,x86_64 6.9.3,x86_64 6.12.2"
expect "across: each row names its run" grep -qxF '  riscv 7.3.4: bench/20261203T000000Z' "$tmp/across.txt"
expect "across: 72 columns" awk 'length > 72 { exit 1 }' "$tmp/across.txt"

echo "bench: $pass passed, $fail failed"
[ "$fail" = 0 ]
