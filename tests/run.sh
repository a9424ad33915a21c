#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make check: host tests, bad-input checks, the end-to-end run on every arch,
# and the negative controls that prove the harness reports what it must.
# Ends with "N passed, N failed". Each test's output is kept under
# $CHECK_LOGS (default /tmp/dcc-check-<pid>).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 2
logs=${CHECK_LOGS:-${TMPDIR:-/tmp}/dcc-check-$$}
mkdir -p "$logs"
# The arches (arch-*/arch.conf), in their order.
arches=$(bash -c '. scripts/lib.sh && echo "$DCC_ARCHES"')
# Only the suites named in CHECKS (default: all) run.
checks=${CHECKS:-host bad-input e2e bench lava board intree negative rebuild compat v6.1 v7.3}
passed=0
failed=0
failures=()

# check NAME CMD...: run one test, keep its output, count it.
check() {
	local name=$1 log=$logs/${1//\//_}.log start
	shift
	start=$(date +%s)
	if "$@" >"$log" 2>&1; then
		passed=$((passed + 1))
		echo "PASS  $name ($(($(date +%s) - start)) s)"
	else
		failed=$((failed + 1))
		failures+=("$name")
		echo "FAIL  $name ($(($(date +%s) - start)) s), log: $log"
		tail -n 15 "$log" | sed 's/^/      | /'
		keep_runs "$log"
	fi
}

# keep_runs LOG: a failed check's run directories (console.log above all)
# are copied next to its log, which outlives the checkout they were
# written in (CI removes its clone).
keep_runs() {
	local dir dest=${1%.log}.runs
	sed -n 's/^dcc: \[[^]]*\] console log and results: //p' "$1" | sort -u |
		while read -r dir; do
			[ -d "$dir" ] || continue
			mkdir -p "$dest"
			cp -r "$dir" "$dest/$(basename "$(dirname "$dir")")-$(basename "$dir")"
		done
	[ ! -d "$dest" ] || echo "      runs kept: $dest"
}

# without_tool TOOL CMD...: CMD with a PATH of links to every program on
# this PATH but TOOL (a host that lacks it).
without_tool() {
	local d=$logs/path-without-$1 f p dirs
	rm -rf "$d" && mkdir -p "$d"
	IFS=: read -r -a dirs <<<"$PATH"
	for p in "${dirs[@]}"; do
		for f in "$p"/*; do
			[ "${f##*/}" = "$1" ] || [ ! -x "$f" ] || [ -e "$d/${f##*/}" ] || [ -L "$d/${f##*/}" ] ||
				ln -s "$f" "$d/${f##*/}"
		done
	done
	shift
	PATH=$d "$@"
}

# expect_error REGEX CMD...: CMD must fail with one "dcc: error:" line matching REGEX.
expect_error() {
	local re=$1 out rc=0
	shift
	out=$("$@" 2>&1) || rc=$?
	echo "$out"
	[ "$rc" != 0 ] || { echo "expected a failure, got exit 0"; return 1; }
	if echo "$out" | grep -q 'Traceback\|Segmentation'; then
		echo "crashed instead of a clear error"
		return 1
	fi
	echo "$out" | grep -E "^dcc: error: .*$re" >/dev/null ||
		{ echo "no 'dcc: error:' line matching /$re/"; return 1; }
}

# series_from_tree: a tree is judged by the newest known series not newer
# than its version, and filed under its own major.minor (dcc_series,
# dcc_find_ksrc); a fake 9.1 tree gets the newest facts, and says so.
series_from_tree() {
	local v want got
	for v in 9.1.0:7.3 7.3.4:7.3 7.2.13:6.12 6.15.2:6.12 6.12.118:6.12 6.6.1:6.1 6.1.192:6.1; do
		want=${v#*:}
		got=$(bash -c '. scripts/lib.sh && dcc_series "$1"' _ "${v%%:*}") || return 1
		echo "Linux ${v%%:*}: facts of $got"
		[ "$got" = "$want" ] || { echo "expected $want"; return 1; }
	done
	fake=$logs/fake-linux-9.1
	mkdir -p "$fake/scripts/kconfig"
	printf 'VERSION = 9\nPATCHLEVEL = 1\nSUBLEVEL = 0\n' >"$fake/Makefile"
	touch "$fake/Kbuild" "$fake/scripts/kconfig/merge_config.sh"
	# Not a real tree: the config stage fails, after naming the series.
	out=$(DCC_CACHE="$logs/cache-fake" make -s ARCH=x86_64 KSRC="$fake" config 2>&1)
	echo "$out"
	echo "$out" | grep -q "Linux 9.1.0: no facts for 9.1 here; using those of 7.3" || return 1
	echo "$out" | grep -q "in $logs/cache-fake/build/9.1-x86_64-" || return 1
}

# arches_from_folders: a fourth arch is one more arch-*/arch.conf.
arches_from_folders() {
	local tmp=$logs/arch-folders
	rm -rf "$tmp" && mkdir -p "$tmp/scripts" "$tmp/common" &&
		cp scripts/lib.sh "$tmp/scripts/" && cp common/kernel-sources.conf "$tmp/common/" &&
		cp -r arch-riscv arch-arm64 arch-x86 "$tmp/" || return 1
	mkdir -p "$tmp/arch-sparc"
	printf 'DCC_ARCH_NAME=sparc64\nDCC_ARCH_ALIASES="sparc64 sparc"\nDCC_ARCH_ORDER=40\n' >"$tmp/arch-sparc/arch.conf"
	got=$(bash -c '. "$1/scripts/lib.sh" && echo "$DCC_ARCHES" && dcc_arch_normalise sparc && dcc_arch_dir sparc64' _ "$tmp") || return 1
	echo "$got"
	[ "$got" = "riscv arm64 x86_64 sparc64
sparc64
$tmp/arch-sparc" ]
}

# guest_case ARCH CMDLINE EXPECT_STATUS [TIMEOUT]: an injected fault. The run
# must fail, and results.tsv must blame dcc_direct.dcc_basic with STATUS.
guest_case() {
	local arch=$1 cmdline=$2 want=$3 timeout=${4:-} res=$logs/results-$1-${2// /_} rc=0 r
	rm -rf "$res"
	make -s --no-print-directory ARCH="$arch" RESULTS="$res" CMDLINE="$cmdline" \
		${timeout:+TIMEOUT=$timeout} run || rc=$?
	[ "$rc" != 0 ] || { echo "run passed but must fail"; return 1; }
	r=$(ls -d "$res"/*/latest)/results.tsv
	cat "$r"
	awk -F'\t' -v want="$want" '$1 == "dcc_direct.dcc_basic" && $2 == want { found = 1 }
		END { exit !found }' "$r" || { echo "dcc_basic is not $want"; return 1; }
	[ -s "$(dirname "$r")/console.log" ] || { echo "console log not kept"; return 1; }
	[ -z "${WANT_REASON:-}" ] || awk -F'\t' -v re="$WANT_REASON" \
		'$1 == "dcc_direct.dcc_basic" && $3 ~ re { found = 1 } END { exit !found }' "$r" ||
		{ echo "dcc_basic's reason does not match /$WANT_REASON/"; return 1; }
}

# reason_case REGEX ARCH CMDLINE STATUS: guest_case, and dcc_basic's reason
# must match REGEX.
reason_case() {
	WANT_REASON=$1 guest_case "${@:2}"
}

# qemu_dies_case ARCH: QEMU is killed (SIGABRT) while dcc_basic runs (it
# spins, so that it is still running): a CRASH naming QEMU, not a HANG.
qemu_dies_case() {
	DCC_INJECT_QEMU=ABRT WANT_REASON="QEMU died: killed by signal SIGABRT" \
		guest_case "$1" dcc_conformance.inject=hang CRASH
}

# host_starved_case ARCH: dcc_basic runs a fixed amount of work (about half
# a second under TCG) with preemption off on every guest CPU, a grace
# period waiting for them (dcc_conformance.inject=busy), under a 3 s RCU
# stall timeout. Alone: no stall, a PASS. With the host starving QEMU's
# thread for one guest CPU for 20 s (DCC_INJECT_HOST_LOAD: a SCHED_FIFO
# busy loop on its host CPU), that CPU's work stretches past the timeout and the guest
# reports a stall; the host's samples show the wait: the run must still
# pass, the stall shown (summary.txt, observe.tsv), not judged.
# negative/riscv-stall is the other side: a CPU stuck in the guest is a
# CRASH.
host_starved_case() {
	local res=$logs/results-$1-host-starved rc=0 d load
	local cmdline="dcc_conformance.inject=busy dcc_conformance.cases=dcc_basic rcupdate.rcu_cpu_stall_timeout=3"
	for load in 0 20; do
		rm -rf "$res"
		rc=0
		DCC_INJECT_HOST_LOAD=${load#0} make -s --no-print-directory ARCH="$1" RESULTS="$res" \
			CMDLINE="$cmdline" run || rc=$?
		d=$(ls -d "$res"/*/latest)
		echo "host load ${load} s: QEMU's longest wait for a host CPU $(cat "$d/host-wait-ms") ms"
		[ "$rc" = 0 ] || { echo "the run failed ($rc)"; return 1; }
		grep -qP '^dcc_direct\.dcc_basic\tPASS' "$d/results.tsv" || { echo "dcc_basic did not pass"; return 1; }
		if [ "$load" = 0 ]; then
			! grep -q 'RCU stall' "$d/summary.txt" "$d/console.log" ||
				{ echo "a stall without host load: the injected work is too long"; return 1; }
			continue
		fi
		grep 'warning: RCU stall' "$d/summary.txt" ||
			{ echo "no RCU stall reported: the load did not starve the guest"; return 1; }
		grep -qP '\thost_starved_stall\t.*QEMU waited [0-9.]+ s of those' "$d/observe.tsv" ||
			{ echo "observe.tsv lacks the stall"; return 1; }
	done
}

# soak_case ARCH CMDLINE PASSES LINE: make soak RUNS=2 SOAK_JOBS=2 passes
# (PASSES 0: every run's outcome a pass) or fails (1: its soak.txt has
# LINE). The known riscv boot hang (QEMU 7.2, "Known platform behaviour")
# is booted again (SOAK_BOOT_RETRY=1): what is tested is the soak, not the
# emulator; a hang of any other kind still fails the run.
soak_case() {
	local res=$logs/results-$1-soak-$3 rc=0 tsv
	rm -rf "$res"
	make -s --no-print-directory ARCH="$1" RESULTS="$res" CMDLINE="$2" RUNS=2 SOAK_JOBS=2 \
		SOAK_BOOT_RETRY=1 soak || rc=1
	[ "$rc" = "$3" ] || { echo "make soak: want $([ "$3" = 0 ] && echo success || echo failure)"; return 1; }
	tsv=$(echo "$res"/*/soak-latest/soak.tsv)
	[ "$(wc -l <"$tsv")" = 2 ] || { echo "soak.tsv: want 2 runs"; return 1; }
	if [ "$3" = 0 ]; then
		awk -F'\t' '$3 !~ /^pass/ { bad = 1 } END { exit bad }' "$tsv" ||
			{ echo "soak.tsv: a run that is not a pass"; cat "$tsv"; return 1; }
		return 0
	fi
	grep -qF -- "$4" "$res"/*/soak-latest/soak.txt || { echo "soak.txt lacks '$4'"; return 1; }
}

# soak_full ARCH: make soak, 100 boots (SOAK_RUNS), two at a time. Every
# run must pass, but for the one known platform failure, which is counted
# and named: a riscv boot that hangs bringing up CPU 1 (README, "Known
# platform behaviour"; QEMU 7.2's TCG under host load, about 1 boot in 100).
soak_full() {
	local res=$logs/results-$1-soak-full d bad
	rm -rf "$res"
	make -s --no-print-directory ARCH="$1" RESULTS="$res" RUNS="${SOAK_RUNS:-100}" SOAK_JOBS=2 \
		CMDLINE=dcc_conformance.cases=dcc_basic soak || true
	d=$(ls -d "$res"/*/soak-latest) || { echo "no soak directory"; return 1; }
	cat "$d/soak.txt"
	bad=$(awk -F'\t' -v arch="$1" '$3 == "pass" { next }
		arch == "riscv" && $3 ~ /^HANG boot: .*last console line: .*smp: Bringing up secondary CPUs/ { next }
		{ n++ } END { print n + 0 }' "$d/soak.tsv")
	[ "$bad" = 0 ] || { echo "$bad runs failed otherwise than the known boot hang"; return 1; }
}

# leak_is_reported ARCH: PROFILE=debug, a 64-byte leak in dcc_basic: the run
# fails and kmemleak.scan names one leak.
leak_is_reported() {
	local res=$logs/results-leak-$1 rc=0 r
	rm -rf "$res"
	make -s --no-print-directory ARCH="$1" PROFILE=debug RESULTS="$res" \
		CMDLINE="dcc_conformance.inject=leak dcc_conformance.cases=dcc_basic" run || rc=$?
	[ "$rc" != 0 ] || { echo "run passed but must fail"; return 1; }
	r=$(ls -d "$res"/*/latest)/results.tsv
	cat "$r"
	grep -qP '^kmemleak\.scan\tFAIL\t[1-9][0-9]* objects leaked' "$r" ||
		{ echo "kmemleak.scan did not report the leak"; return 1; }
}

# cases_fail ARCH CMDLINE CASE...: the run fails, and each CASE (a case,
# or a parameter of it: suite.case.param) is FAIL in results.tsv. Proves
# a check can fail where the old code passed or skipped.
cases_fail() {
	local arch=$1 cmdline=$2 res=$logs/results-$1-${2// /_} rc=0 r c
	shift 2
	rm -rf "$res"
	make -s --no-print-directory ARCH="$arch" RESULTS="$res" CMDLINE="$cmdline" run || rc=$?
	[ "$rc" != 0 ] || { echo "run passed but must fail"; return 1; }
	r=$(ls -d "$res"/*/latest)/results.tsv
	cat "$r"
	for c in "$@"; do
		grep -qP "^\Q$c\E\tFAIL\t" "$r" || { echo "$c is not FAIL"; return 1; }
	done
}

# early_retire_case ARCH: the suite retires the trampolines as if modify
# and unregister had returned while the kernel still routed calls to them
# (dcc_conformance.inject=early-retire): modify is called after the
# callers ran into the retired A, unregister after the check. Every such
# case FAILs with a reason no expect.tsv excuses: calls begun after modify
# returned for dcc_modify_under_load (not the RACEFAIL of calls in
# flight), and for dcc_unregister_under_load a site in memory that still
# calls the trampoline (alone) or the ftrace caller (shared), not arm64's
# EMUFAIL of a site unpatched in memory. On arm64 under TCG the callers
# never enter a trampoline the site calls itself (arch-arm64/expect.tsv),
# so there only the shared variant can show the late runs.
early_retire_case() {
	local cmdline="dcc_conformance.inject=early-retire dcc_conformance.cases=dcc_modify_under_load,dcc_unregister_under_load"
	local c=dcc_lifecycle.dcc_unregister_under_load r alone=.alone n=2
	[ "$1" != arm64 ] || { alone=; n=1; }
	cases_fail "$1" "$cmdline" dcc_lifecycle.dcc_modify_under_load ${alone:+$c$alone} $c.shared || return 1
	r=$(ls -d "$logs/results-$1-${cmdline// /_}"/*/latest)/results.tsv
	awk -F'\t' '$1 == "dcc_lifecycle.dcc_modify_under_load" && $3 ~ /by calls begun after it returned/ { f = 1 }
		END { exit !f }' "$r" ||
		{ echo "dcc_modify_under_load's reason is not that of calls begun after modify returned"; return 1; }
	[ "$(awk -F'\t' -v c=$c -v alone="$alone" '
		($1 == c alone && alone != "" && $3 ~ /by calls begun after it returned, the site still calls it in memory/) ||
		($1 == c ".shared" && $3 ~ /by calls begun after it returned, with the site calling [^ ]+ in memory/)' "$r" |
		wc -l)" = "$n" ] || { echo "the reasons of dcc_unregister_under_load do not name the site still calling"; return 1; }
}

# unreached_case ARCH: register returns with the callers' site not calling
# the trampoline (dcc_conformance.inject=unreached attaches it to a
# function they never call): both variants of dcc_unregister_under_load
# FAIL with the premise's reason on every arch, never excused (arm64's
# EMUFAIL names a site that still calls the trampoline, here it does not).
unreached_case() {
	local cmdline="dcc_conformance.inject=unreached dcc_conformance.cases=dcc_unregister_under_load"
	local c=dcc_lifecycle.dcc_unregister_under_load r
	cases_fail "$1" "$cmdline" "$c.alone" "$c.shared" || return 1
	r=$(ls -d "$logs/results-$1-${cmdline// /_}"/*/latest)/results.tsv
	[ "$(awk -F'\t' '$2 == "FAIL" && $3 ~ /while the trampoline was attached, none entered it/' "$r" |
		wc -l)" = 2 ] || { echo "the reasons are not the premise's (none entered it)"; return 1; }
}

# tramp_frame_case ARCH: inject=frame hands each trampoline run a parent
# one instruction off: every case that checks the trampoline's frame on
# the shared, IPMODIFY and graph paths fails, and for that reason.
tramp_frame_case() {
	local c cases="dcc_sharing.dcc_with_ops.direct_first dcc_sharing.dcc_with_ops.ops_first
		dcc_sharing.dcc_with_fgraph dcc_lifecycle.dcc_modify_shared_ops
		dcc_lifecycle.dcc_modify_shared_ipmodify dcc_sharing.dcc_ipmodify_share.direct_first
		dcc_sharing.dcc_ipmodify_share.ipmodify_first"
	# shellcheck disable=SC2086 # the case list
	cases_fail "$1" "dcc_conformance.inject=frame dcc_conformance.cases=dcc_with_ops,dcc_with_fgraph,dcc_modify_shared_ops,dcc_modify_shared_ipmodify,dcc_ipmodify_share" \
		$cases || return 1
	for c in $cases; do
		grep -P "^\Q$c\E\tFAIL\t.*parent" \
			"$(ls -d "$logs"/results-"$1"-dcc_conformance.inject=frame*/*/latest)/results.tsv" >/dev/null ||
			{ echo "$c did not fail on the parent"; return 1; }
	done
}

# site_entry_case ARCH: inject=site takes the decoded patch site's target
# four bytes on: dcc_directness fails, on the site not calling the entry
# of the ftrace caller (it compares the offset, not only the symbol).
site_entry_case() {
	cases_fail "$1" "dcc_conformance.inject=site dcc_conformance.cases=dcc_directness" \
		dcc_direct.dcc_directness || return 1
	grep -P "^dcc_direct\.dcc_directness\tFAIL\t.*ftrace_caller\+0x0" \
		"$(ls -d "$logs"/results-"$1"-dcc_conformance.inject=site*/*/latest)/results.tsv" >/dev/null ||
		{ echo "dcc_directness did not fail on the caller's entry"; return 1; }
}

# unknown_inject_case ARCH: an inject= value that names no fault, past the
# host's check (DCC_INJECT_CMDLINE, as a hand-written command line or LAVA
# job would pass it): the module fails every case it runs, naming the
# value, rather than run as if nothing were injected.
unknown_inject_case() {
	local re="inject=early_retire is not a fault this suite injects"
	DCC_INJECT_CMDLINE=dcc_conformance.inject=early_retire cases_fail "$1" \
		"dcc_conformance.cases=dcc_basic,dcc_modify_under_load" \
		dcc_direct.dcc_basic dcc_lifecycle.dcc_modify_under_load || return 1
	[ "$(awk -F'\t' -v re="$re" '$2 == "FAIL" && $3 ~ re' \
		"$(ls -d "$logs/results-$1-dcc_conformance.cases=dcc_basic,dcc_modify_under_load"/*/latest)/results.tsv" |
		wc -l)" = 2 ] || { echo "the cases' reasons do not match /$re/"; return 1; }
}

# unknown_case_case ARCH: a cases= entry that names no suite and no case
# (a prefix of one), past the host's check (DCC_INJECT_CMDLINE): the
# module fails every case, naming the entry, rather than run the rest and
# pass without it.
unknown_case_case() {
	local re='"dcc_basi" names no suite and no case of this module' r
	DCC_INJECT_CMDLINE=dcc_conformance.cases=dcc_direct,dcc_basi cases_fail "$1" "" \
		dcc_direct.dcc_basic dcc_lifecycle.dcc_reregister || return 1
	r=$(ls -d "$logs/results-$1-"/*/latest)/results.tsv
	awk -F'\t' -v re="$re" '$2 != "FAIL" || $3 !~ re { bad = $1 } END { exit bad != "" || NR < 30 }' "$r" ||
		{ echo "not every case FAILs with /$re/"; return 1; }
}

# boot_retry_case MODE: a riscv boot held (DCC_INJECT_BOOT_STALL, a
# breakpoint of QEMU's gdbstub) at the function the kernel calls right
# after "smp: Bringing up secondary CPUs ...", where QEMU 7.2 hangs about
# once in a hundred boots under load. The breakpoint leaves CPU 0 at that
# function, not where the real hang leaves it (handle_exception+0x0,
# BOOT_RETRY_CPUS): "retry" and "twice" take the held CPUs for the hang's
# (DCC_TEST_BOOT_RETRY_CPUS); host/boot-hang-signature checks the real
# patterns on the real hangs' dumps. retry: held once, booted again,
# visibly (the summary, hung-boot/ with the first console and CPUs), and
# the run passes. twice: the second boot is a HANG (one retry, never
# more). cpus: held at the line with the real patterns, CPUs elsewhere: a
# HANG, not booted again, the summary says why. elsewhere: held at
# do_init_module, another line: a HANG, not booted again.
boot_retry_case() {
	local res=$logs/results-boot-retry-$1 rc=0 d re='smp: Bringing up secondary CPUs \.\.\.'
	local held='bringup_nonboot_cpus\+0x0$;outside vmlinux' stalls=1 at='' cpus='' regs='' timeout=20
	case $1 in
	retry) cpus=$held regs='^ scause ' timeout=180 ;;
	twice) cpus=$held regs='^ scause ' stalls=2 ;;
	elsewhere) at=do_init_module ;;
	esac
	rm -rf "$res"
	TIMEOUT=$timeout DCC_BOOT_STALL_SECONDS=5 DCC_INJECT_BOOT_STALL=$stalls DCC_INJECT_STALL_AT=$at \
		DCC_TEST_BOOT_RETRY_CPUS=$cpus DCC_TEST_BOOT_RETRY_REGS=$regs make -s --no-print-directory ARCH=riscv RESULTS="$res" \
		CMDLINE=dcc_conformance.cases=dcc_basic run >"$logs/boot-retry-$1.out" 2>&1 || rc=$?
	d=$(ls -d "$res"/*/latest) || { cat "$logs/boot-retry-$1.out"; return 1; }
	grep -v '^  SKIP ' "$d/summary.txt"
	if [ "$1" = retry ]; then
		[ "$rc" = 0 ] || { echo "the run failed (exit $rc)"; return 1; }
		grep -q "^riscv: the first boot stalled for 5 s at \".*$re\" before any case.*booted again" "$d/summary.txt" ||
			{ echo "the summary does not say the boot was booted again"; return 1; }
		grep -q "booted again" "$d/hung-boot/why.txt" || { echo "no hung-boot/why.txt"; return 1; }
		(. scripts/lib.sh && dcc_last_line "$d/hung-boot/console.log") | grep -q "$re$" ||
			{ echo "hung-boot/console.log does not end at the stalled line"; return 1; }
		grep -q "bringup_nonboot_cpus" "$d/hung-boot/hang-cpus.txt" ||
			{ echo "hung-boot/hang-cpus.txt does not name where the boot was held"; return 1; }
		grep -q "^dcc_direct.dcc_basic	PASS" "$d/results.tsv" && grep -q "dcc-init: done" "$d/console.log" ||
			{ echo "the second boot did not run the suite to its end"; return 1; }
		make -s --no-print-directory RESULTS="$res" report >"$logs/boot-retry-report.out" 2>&1 ||
			{ cat "$logs/boot-retry-report.out"; return 1; }
		grep -q "^    booted twice: the first boot stalled" "$res/report/report.txt" &&
			grep -q "<strong>Booted twice:</strong> the first boot stalled" "$res/report/report.html" ||
			{ echo "make report does not say the run booted twice"; return 1; }
		scripts/flaky.sh "$logs/boot-retry-repeat" "$d" "$d" >/dev/null &&
			grep -q "^2 of 2 runs booted twice" "$logs/boot-retry-repeat/summary.txt" ||
			{ echo "a repeat's summary does not count the runs booted twice"; return 1; }
		return 0
	fi
	[ "$rc" != 0 ] || { echo "the run passed"; return 1; }
	grep -q "^boot	HANG	" "$d/results.tsv" || { echo "no HANG of the boot"; return 1; }
	case $1 in
	twice)
		[ -d "$d/hung-boot" ] && [ "$(grep -c "^riscv: the first boot stalled" "$d/summary.txt")" = 1 ] ||
			{ echo "not exactly one retry before the HANG"; return 1; }
		(. scripts/lib.sh && dcc_last_line "$d/console.log") | grep -q "$re$" ||
			{ echo "the second boot's console does not end at the stalled line"; return 1; }
		;;
	*)
		[ ! -e "$d/hung-boot" ] && ! grep -q "^riscv: the first boot stalled" "$d/summary.txt" ||
			{ echo "booted again"; return 1; }
		;;
	esac
	[ "$1" != cpus ] || grep -q "not as the known emulator hang does, so it was not booted again: no CPU where that hang leaves one" "$d/summary.txt" ||
		{ echo "the summary does not say why it was not booted again"; return 1; }
}

# soak_no_retry_case: make soak boots once per run, with no second boot
# after the known boot hang (it counts them): a held boot, its CPUs taken
# for the hang's (DCC_TEST_BOOT_RETRY_CPUS, _REGS), is its HANG, with the stalled
# line as its last.
soak_no_retry_case() {
	local res=$logs/results-soak-no-retry d
	rm -rf "$res"
	TIMEOUT=20 DCC_BOOT_STALL_SECONDS=5 DCC_INJECT_BOOT_STALL=1 \
		DCC_TEST_BOOT_RETRY_CPUS='bringup_nonboot_cpus\+0x0$;outside vmlinux' DCC_TEST_BOOT_RETRY_REGS='^ scause ' make -s --no-print-directory \
		ARCH=riscv RESULTS="$res" RUNS=1 SOAK_JOBS=1 CMDLINE=dcc_conformance.cases=dcc_basic soak && return 1
	d=$(ls -d "$res"/*/soak-latest) || return 1
	cat "$d/soak.txt"
	grep -q "HANG boot: .*last console line: .*smp: Bringing up secondary CPUs" "$d/soak.tsv" ||
		{ echo "the soak's run is not the HANG at the stalled line"; return 1; }
	! grep -rqs "the first boot stalled" "$res" && [ -z "$(find "$res" -name hung-boot)" ] ||
		{ echo "the soak booted again"; return 1; }
}

# soak_retry_case: SOAK_BOOT_RETRY=1 boots again after the held boot (its
# CPUs taken for the hang's), and the soak counts the run as a pass booted
# twice.
soak_retry_case() {
	local res=$logs/results-soak-retry d
	rm -rf "$res"
	DCC_BOOT_STALL_SECONDS=5 DCC_INJECT_BOOT_STALL=1 SOAK_BOOT_RETRY=1 \
		DCC_TEST_BOOT_RETRY_CPUS='bringup_nonboot_cpus\+0x0$;outside vmlinux' DCC_TEST_BOOT_RETRY_REGS='^ scause ' make -s --no-print-directory \
		ARCH=riscv RESULTS="$res" RUNS=1 SOAK_JOBS=1 CMDLINE=dcc_conformance.cases=dcc_basic soak || return 1
	d=$(ls -d "$res"/*/soak-latest) || return 1
	cat "$d/soak.txt"
	grep -q "^ *1/1  pass, booted twice (the known boot hang: .*CPU [0-9]: pc [0-9a-f]* bringup_nonboot_cpus+0x0" "$d/soak.txt" ||
		{ echo "the soak does not count a pass booted twice"; return 1; }
}

# boot_hang_signature: the known riscv boot hang's patterns
# (arch-riscv/arch.conf) match the three hangs kept from the wild
# (consoles, CPUs and registers in tests/golden/riscv-*-smp-hang*), and
# nothing else: not the same console with the CPUs a gdbstub breakpoint
# leaves, nor with a CPU in handle_exception on an interrupt instead of a
# page fault, nor a hang in a case or on another line.
boot_hang_signature() {
	(. scripts/lib.sh && dcc_load_arch riscv && known_boot_hang_cases)
}
known_boot_hang_cases() {
	local g=tests/golden t f r
	for t in riscv-6.12-smp-hang riscv-6.12-smp-hang-2 riscv-7.3-smp-hang; do
		dcc_known_boot_hang "$g/$t.console" "$g/$t.cpus" "$g/$t.registers" ||
			{ echo "$t: not recognised"; return 1; }
	done
	t=$g/riscv-6.12-smp-hang
	f=$logs/held.cpus
	printf '%s\n' "CPU 0: pc ffffffff801a7774 bringup_nonboot_cpus+0x0" \
		"CPU 1: pc 0000000080009b04 outside vmlinux (a module, or firmware)" >"$f"
	! dcc_known_boot_hang "$t.console" "$f" "$t.registers" || { echo "held CPUs taken for the hang"; return 1; }
	r=$logs/interrupt.registers
	sed 's/^\( scause  *\)000000000000000c$/\18000000000000005/' "$t.registers" >"$r"
	! dcc_known_boot_hang "$t.console" "$t.cpus" "$r" || { echo "an interrupt taken for the page fault"; return 1; }
	! dcc_known_boot_hang "$g/riscv-6.12-hang.console" "$t.cpus" "$t.registers" ||
		{ echo "a hang in a case taken for the boot hang"; return 1; }
	! dcc_known_boot_hang "$g/riscv-6.12-hang-before-suite.console" "$t.cpus" "$t.registers" ||
		{ echo "a hang on another line taken for the boot hang"; return 1; }
}

# suite_selection_case ARCH: cases= naming a suite runs its cases, and a
# case besides; every other case is a SKIP "not selected by cases=".
suite_selection_case() {
	local res=$logs/results-$1-selection r want
	# The suite's cases, from the catalogue, and dcc_reregister.
	want=$(($(python3 scripts/catalogue.py list | grep -c '^dcc_direct\.') + 1))
	rm -rf "$res"
	make -s --no-print-directory ARCH="$1" RESULTS="$res" \
		CMDLINE=dcc_conformance.cases=dcc_direct,dcc_reregister run || return 1
	r=$(ls -d "$res"/*/latest)/results.tsv
	cat "$r"
	awk -F'\t' -v want="$want" '
		{ sel = $3 ~ /not selected by cases=/ }
		$1 ~ /^dcc_direct\./ || $1 == "dcc_lifecycle.dcc_reregister" {
			ran++
			if (sel) { print $1 ": not run"; bad = 1 }
			next
		}
		!sel { print $1 ": run, not asked for"; bad = 1 }
		END { if (ran != want) { print ran " cases run, not " want; bad = 1 } exit bad }' "$r"
}

# inflight_case ARCH: trampoline A holds each call up (dcc_conformance.inject=
# inflight), so a call is in it when modify to B returns: that late run is
# one in flight, counted as such (observe.tsv), and the case's failure is
# the RACEFAIL every expect.tsv names, an XFAIL; the run passes.
inflight_case() {
	local res=$logs/results-$1-inflight rc=0 d
	rm -rf "$res"
	make -s --no-print-directory ARCH="$1" RESULTS="$res" \
		CMDLINE="dcc_conformance.inject=inflight dcc_conformance.cases=dcc_modify_under_load" run || rc=$?
	d=$(ls -d "$res"/*/latest)
	cat "$d/results.tsv"
	[ "$rc" = 0 ] || { echo "run failed (exit $rc)"; return 1; }
	awk -F'\t' '$1 == "dcc_lifecycle.dcc_modify_under_load" && $2 == "XFAIL" &&
		$3 ~ /each by a call begun before it returned/ { f = 1 } END { exit !f }' "$d/results.tsv" ||
		{ echo "dcc_modify_under_load is not XFAIL for calls in flight"; return 1; }
	awk -F'\t' '$1 == "dcc_lifecycle.dcc_modify_under_load" && $2 == "late_runs_in_flight" &&
		$3 > 0 { f = 1 } END { exit !f }' "$d/observe.tsv" ||
		{ echo "no late run in flight observed"; return 1; }
}

# builtin73_cases_fail: cases_fail on Linux 7.3 with the suite built in.
builtin73_cases_fail() {
	KVER=7.3 PAYLOAD=builtin cases_fail "$@"
}

# failure_does_not_stop_others: in one make conformance, a failing first
# arch does not keep the next one from running; the status is a failure.
failure_does_not_stop_others() {
	local res=$logs/results-two-arches rc=0 a
	rm -rf "$res"
	make -s --no-print-directory ARCH="riscv x86_64" RESULTS="$res" \
		CMDLINE="dcc_conformance.inject=fail dcc_conformance.cases=dcc_basic" conformance || rc=$?
	[ "$rc" != 0 ] || { echo "make conformance passed but both arches must fail"; return 1; }
	for a in riscv x86_64; do
		grep -q "^dcc_direct.dcc_basic	FAIL" "$res/$a-6.12/latest/results.tsv" ||
			{ echo "$a did not run to a dcc_basic FAIL"; return 1; }
	done
}

# rebuild_is_module_only ARCH: after a module-only change the kernel image
# is not rebuilt and the module is.
rebuild_is_module_only() {
	local arch=$1 bdir before after
	# shellcheck disable=SC1091
	bdir=$(. scripts/lib.sh && dcc_context "$arch" && echo "$BUILD_DIR") || return 1
	before=$(stat -c %Y "$bdir/vmlinux")
	rm -f "$bdir/dcc-module/dcc_core.o"
	make -s --no-print-directory ARCH="$arch" conformance || return 1
	after=$(stat -c %Y "$bdir/vmlinux")
	[ "$before" = "$after" ] || { echo "vmlinux was relinked"; return 1; }
	[ -f "$bdir/dcc-module/dcc_core.o" ] || { echo "module not rebuilt"; return 1; }
}

# arches_at_once: "make conformance" with every arch runs them at the same
# time; each arch's results equal those of its own run in e2e/<arch> just
# before (case by case, with scripts/flaky.sh's rules: an EMUFAIL or
# RACEFAIL that shows in one run only is not a difference), each arch's
# progress lines come prefixed with it, and its verdict follows in order.
arches_at_once() {
	local res=$logs/results-at-once rc=0 a one all
	rm -rf "$res"
	# shellcheck disable=SC2086 # the arch list
	make -s --no-print-directory RESULTS="$res" ARCH="$(echo $arches)" conformance >"$logs/at-once.log" 2>&1 || rc=$?
	cat "$logs/at-once.log"
	[ "$rc" = 0 ] || { echo "make conformance failed ($rc)"; return 1; }
	grep -q '^dcc: running .* at the same time' "$logs/at-once.log" || { echo "the arches ran one after another"; return 1; }
	for a in $arches; do
		grep -q "^== $a\$" "$logs/at-once.log" || { echo "no verdict section for $a"; return 1; }
		all=$(ls -d "$res/$a"-*/latest | head -n 1)
		one=$(ls -d "results/$a"-6.12/latest)
		[ -s "$all/conformance.log" ] || { echo "$a: conformance.log not kept in $all"; return 1; }
		scripts/flaky.sh "$logs/at-once-$a" "$one" "$all" || { echo "$a: results differ from its own run"; return 1; }
	done
}

# two_cpus ARCH: the arch's guest in e2e/ARCH had the two CPUs it was
# started with: every case that observes online_cpus saw 2 (x86_64's
# "-machine pc" once brought up one: README "Known platform behaviour").
two_cpus() {
	local obs=results/$1-6.12/latest/observe.tsv
	[ -s "$obs" ] || { echo "no observations in $obs: run e2e/$1 first"; return 1; }
	awk -F'\t' '$2 == "online_cpus" { n++; if ($3 != 2) { print $1 ": online_cpus=" $3 ", not 2"; bad = 1 } }
		END { if (!n) { print "no case observed online_cpus"; bad = 1 } exit bad }' "$obs"
}

# concurrent_runs: two "make ARCH=riscv conformance" started at once on
# one configuration (one build directory, one RESULTS): both pass, each
# with a run directory of its own, and one of them says it waited for the
# other (the build directory lock) instead of rebuilding under it.
concurrent_runs() {
	local res=$logs/results-concurrent p1 p2 rc=0 n
	rm -rf "$res"
	make -s --no-print-directory ARCH=riscv RESULTS="$res" conformance >"$logs/concurrent-1.log" 2>&1 &
	p1=$!
	make -s --no-print-directory ARCH=riscv RESULTS="$res" conformance >"$logs/concurrent-2.log" 2>&1 &
	p2=$!
	wait "$p1" || rc=1
	wait "$p2" || rc=1
	[ "$rc" = 0 ] || { echo "a run failed:"; tail -n 5 "$logs"/concurrent-[12].log; return 1; }
	grep -l "in use by another run of this configuration: waiting" "$logs"/concurrent-[12].log ||
		{ echo "neither run waited for the other"; return 1; }
	n=$(find "$res"/riscv-6.12 -mindepth 1 -maxdepth 1 -type d -name '2*' | wc -l)
	[ "$n" = 2 ] || { echo "expected two run directories, found $n"; return 1; }
}

# percall_is_exact ARCH [KVER]: make bench BENCH=percall with two boots:
# every figure is the same in both, and a direct call alone costs exactly
# its floor (patch site, the CALL_OPS fast path where the arch's series
# has one, dcc_bench_tramp, back: clause directness).
percall_is_exact() {
	local res=$logs/bench-$1${2:+-$2} t
	rm -rf "$res"
	env ${2:+KVER=$2} make -s --no-print-directory bench BENCH=percall ARCH="$1" BENCH_RUNS=2 \
		RESULTS="$res" || return 1
	t=$res/bench/latest/percall.txt
	grep -qE '^identical boots +yes' "$t" || { echo "the two boots differ"; return 1; }
	grep -qE "^$1: direct floor .*, measured .* \(\+0\.00\)\$" "$t" ||
		{ echo "a direct call alone does not cost its floor"; return 1; }
}

# install_intree_scratch: make install-intree into a hard-linked copy of
# the 6.12 tree: the suite lands there, once (a second run changes nothing),
# and the tree the copy was made from is untouched.
install_intree_scratch() {
	local cache=${DCC_CACHE:-$HOME/.cache/dcc} src t out f
	src=$cache/src/linux-source-6.12
	# Next to the tree: hard links do not cross file systems.
	t=$cache/src/check-intree
	rm -rf "$t"
	cp -al "$src" "$t" || return 1
	make -s --no-print-directory install-intree KSRC="$t" || return 1
	for f in arch-riscv/dcc_tramp.S arch-x86/dcc_arch.c include/dcc_contract.h .kunitconfig; do
		[ -f "$t/lib/dcc_conformance/$f" ] || { echo "$f not installed"; return 1; }
	done
	for f in Kconfig.debug Makefile; do
		[ "$(grep -c dcc_conformance "$t/lib/$f")" = 1 ] || { echo "lib/$f not hooked once"; return 1; }
	done
	out=$(make -s --no-print-directory install-intree KSRC="$t" 2>&1) || return 1
	echo "$out"
	echo "$out" | grep -q "nothing changed" || { echo "second install changed something"; return 1; }
	[ "$(grep -c dcc_conformance "$t/lib/Kconfig.debug")" = 1 ] || { echo "hooked twice"; return 1; }
	if grep -q dcc_conformance "$src/lib/Kconfig.debug" "$src/lib/Makefile" ||
		[ -e "$src/lib/dcc_conformance" ]; then
		echo "the tree the copy was made from was modified"
		return 1
	fi
	rm -rf "$t"
}

# payloads_agree ARCH WAY SKIPS: the results of the suite run WAY (builtin:
# PAYLOAD=builtin; kunit: make kunit) equal the module payload's (the latest
# run of each under RESULTS), case by case with the reason, but for cases
# that SKIP run WAY with a reason matching SKIPS: no module, no userspace
# helper, no livepatch in kunit.py's kernel (README "Three ways to run").
# Without module-payload results (the suite run alone), it runs that first.
payloads_agree() {
	local res=${RESULTS:-$top/results} mod other skipped
	mod=$res/$1-6.12/latest/results.tsv
	other=$res/$1-6.12-$2/latest/results.tsv
	# Run alone (CHECKS=intree-full), nothing ran the module payload yet.
	[ -f "$mod" ] || make -s --no-print-directory ARCH="$1" conformance || true
	[ -f "$mod" ] || { echo "no module-payload results in $mod: run make ARCH=$1 conformance"; return 1; }
	[ -f "$other" ] || { echo "no $2 results in $other"; return 1; }
	skipped=$(awk -F'\t' -v re="$3" '$2 == "SKIP" && $3 ~ re { print $1 }' "$other")
	# shellcheck disable=SC1091
	diff <(. scripts/lib.sh && dcc_same_outcome "$1" "$mod" | grep -vwFf <(echo "${skipped:-none}")) \
		<(. scripts/lib.sh && dcc_same_outcome "$1" "$other" | grep -vwFf <(echo "${skipped:-none}")) || return 1
	echo "$1: the module payload and $2 agree on every case but: ${skipped:-none}" | paste -sd ' ' -
}

# builtin_run ARCH: the built-in payload runs and agrees with the module one.
builtin_run() {
	make -s --no-print-directory ARCH="$1" PAYLOAD=builtin conformance &&
		payloads_agree "$1" builtin "no userspace helper|no CONFIG_MODULES"
}

# kernel_make_skipped ARCH: the kernel make is skipped when the tree is
# unchanged, and Kbuild runs when a source file changed. On the built-in
# payload's own hard-linked tree copy (never the shared Debian tree):
# kernel/trace/ftrace.c is replaced by an identical copy with a fresh
# mtime (a new inode, so the original is untouched), and Kbuild must
# recompile it; then the next run skips again.
kernel_make_skipped() {
	local arch=$1 ctx tree bdir out before
	# shellcheck disable=SC1091
	ctx=$(. scripts/lib.sh && PAYLOAD=builtin dcc_context "$arch" && echo "$KSRC_DIR $BUILD_DIR") || return 1
	read -r tree bdir <<<"$ctx"
	# Twice: a build that itself rewrites a file it reads (syncconfig's
	# .config after a Kconfig changed) makes the next one walk once more.
	make -s --no-print-directory ARCH="$arch" PAYLOAD=builtin kernel >/dev/null 2>&1 || return 1
	make -s --no-print-directory ARCH="$arch" PAYLOAD=builtin kernel >/dev/null 2>&1 || return 1
	before=$(stat -c '%y %s' "$bdir/dcc-build.log" 2>/dev/null || echo none)
	out=$(make -s --no-print-directory ARCH="$arch" PAYLOAD=builtin kernel 2>&1) || return 1
	echo "$out"
	echo "$out" | grep -q 'kernel make skipped' ||
		{ echo "an unchanged tree was walked by Kbuild: $(cat "$bdir/.dcc-kernel-newer" 2>/dev/null) was newer"; return 1; }
	[ "$(stat -c '%y %s' "$bdir/dcc-build.log" 2>/dev/null || echo none)" = "$before" ] ||
		{ echo "dcc-build.log was rewritten: Kbuild ran"; return 1; }
	cp "$tree/kernel/trace/ftrace.c" "$tree/kernel/trace/ftrace.c.dcc-new"
	mv "$tree/kernel/trace/ftrace.c.dcc-new" "$tree/kernel/trace/ftrace.c"
	out=$(make -s --no-print-directory ARCH="$arch" PAYLOAD=builtin kernel 2>&1) || return 1
	echo "$out"
	! echo "$out" | grep -q 'kernel make skipped' || { echo "a changed source file was not rebuilt"; return 1; }
	grep -q 'kernel/trace/ftrace\.o' "$bdir/dcc-build.log" || { echo "Kbuild did not recompile ftrace.c"; return 1; }
	make -s --no-print-directory ARCH="$arch" PAYLOAD=builtin kernel 2>&1 | grep -q 'kernel make skipped' ||
		{ echo "not skipped again once rebuilt"; return 1; }
}

# guest_init_keyed ARCH: the guest /init is shared by the build dirs of an
# arch (here the module payload's, on the tree, and the built-in one's, on
# its linked copy), kept while nothing it is built from changed, and
# rebuilt when the content of nolibc or of a UAPI header changed (on the
# copy; its files are put back with their old times, so Kbuild has
# nothing to rebuild for them).
guest_init_keyed() {
	local arch=$1 ctx tree bdir orig mbdir p0 p1 p2 t0 f rc
	# shellcheck disable=SC1091
	ctx=$(. scripts/lib.sh && PAYLOAD=builtin dcc_context "$arch" && echo "$KSRC_DIR $BUILD_DIR") || return 1
	read -r tree bdir <<<"$ctx"
	# shellcheck disable=SC1091
	ctx=$(. scripts/lib.sh && dcc_context "$arch" && echo "$KSRC_DIR $BUILD_DIR") || return 1
	read -r orig mbdir <<<"$ctx"
	[ "$tree" != "$orig" ] || { echo "the built-in payload builds from $orig itself: no copy to edit"; return 1; }
	PAYLOAD=builtin scripts/initramfs.sh --init "$arch" >/dev/null || return 1
	p0=$(cat "$bdir/dcc-guest/init.path")
	t0=$(stat -c %y "$p0")
	scripts/initramfs.sh --init "$arch" >/dev/null || return 1
	p1=$(cat "$mbdir/dcc-guest/init.path")
	[ "$p1" = "$p0" ] || { echo "two build dirs of $arch, two /init: $p0 and $p1"; return 1; }
	[ "$(stat -c %y "$p0")" = "$t0" ] || { echo "/init rebuilt with nothing changed"; return 1; }
	for f in tools/include/nolibc/nolibc.h include/uapi/linux/reboot.h; do
		cp "$orig/$f" "$tree/$f.dcc-new"
		echo "/* dcc: guest_init_keyed */" >>"$tree/$f.dcc-new"
		mv "$tree/$f.dcc-new" "$tree/$f"
		rc=0
		PAYLOAD=builtin scripts/initramfs.sh --init "$arch" >/dev/null || rc=$?
		p2=$(cat "$bdir/dcc-guest/init.path")
		# Put back before judging: a failed check leaves the tree as it was.
		cp -p "$orig/$f" "$tree/$f.dcc-new"
		mv "$tree/$f.dcc-new" "$tree/$f"
		[ "$rc" = 0 ] || return 1
		[ "$p2" != "$p0" ] && [ -x "$p2" ] || { echo "/init not rebuilt after $f changed: stale"; return 1; }
		PAYLOAD=builtin scripts/initramfs.sh --init "$arch" >/dev/null || return 1
		[ "$(cat "$bdir/dcc-guest/init.path")" = "$p0" ] && [ "$(stat -c %y "$p0")" = "$t0" ] ||
			{ echo "$f put back: the first /init was not taken again"; return 1; }
		rm -rf "$(dirname "$p2")"
	done
}

# builtin_case ARGS...: guest_case with the suite built in.
builtin_case() {
	PAYLOAD=builtin guest_case "$@"
}

# board_case ARCH: the built-in kernel as a board without userspace boots
# it (no initramfs, kunit_shutdown=poweroff): the suite runs, the kernel
# powers off, and the cases that need the helper SKIP saying so.
board_case() {
	local out=$logs/board-$1 rc=0 c
	mkdir -p "$out"
	# shellcheck disable=SC1091
	(
		PAYLOAD=builtin
		. scripts/lib.sh && dcc_context "$1" >/dev/null &&
			dcc_qemu_cmd "$BUILD_DIR/$KIMAGE" \
				"console=$CONSOLE panic=-1 kunit_shutdown=poweroff" -smp "${QEMU_SMP:-2}" &&
			timeout -s KILL 120 "${QEMU_CMD[@]}" </dev/null >"$out/console.log" 2>&1
	) || rc=$?
	[ "$rc" = 0 ] || { echo "QEMU status $rc (137: no power-off within 120 s)"; return 1; }
	# Judged as a LAVA board job without userspace is judged: the arch's table
	# with the payload "board".
	# shellcheck disable=SC1091
	host/build/dcc-ktap --label "$1" --start-marker dcc-start --results "$out/results.tsv" \
		--expect "$(. scripts/lib.sh && dcc_arch_dir "$1")/expect.tsv" --series 6.12 --payload board \
		"$out/console.log" || return 1
	for c in dcc_lifecycle.dcc_module_lifecycle dcc_sharing.dcc_with_fgraph; do
		grep -qP "^$c\tSKIP\tno userspace helper" "$out/results.tsv" ||
			{ echo "$c does not SKIP for want of a helper"; return 1; }
	done
}

# board_agrees BOARD: make board builds the board's kernel and DTB (every
# fragment line checked), checks the DTB against the board and the kernel,
# boots the suite on QEMU's model of the board, and its results equal the
# QEMU virt run of the same arch and series (e2e/<arch>, just before),
# case by case with dcc_same_outcome's rules. What may differ is observed,
# not judged: the board's CPU count (online_cpus).
board_agrees() {
	local b=$1 arch out virt run
	arch=$(sed -n 's/^arch: *//p' "lava-jobs/targets/$b.yaml")
	out=$(make -s --no-print-directory board BOARD="$b" 2>&1) || { echo "$out"; return 1; }
	echo "$out"
	echo "$out" | grep -q "^  ok   root compatible" || [ "$arch" = x86_64 ] ||
		{ echo "no DTB check in the output"; return 1; }
	run=$(echo "$out" | sed -n 's/^dcc: \[[^]]*\] console log and results: //p' | tail -n 1)
	virt=results/$arch-6.12/latest
	[ -f "$run/results.tsv" ] && [ -f "$virt/results.tsv" ] ||
		{ echo "missing $run/results.tsv or $virt/results.tsv"; return 1; }
	# shellcheck disable=SC1091
	diff <(. scripts/lib.sh && dcc_same_outcome "$arch" "$virt/results.tsv" | cut -f1,2) \
		<(. scripts/lib.sh && dcc_same_outcome "$arch" "$run/results.tsv" | cut -f1,2) || return 1
	echo "$(wc -l <"$run/results.tsv") cases, same status: $b on QEMU $(sed -n 's/^machine=//p' "$run/env.txt") and $(readlink -f "$virt")"
	grep -h online_cpus "$run/observe.tsv" | sort -u
}

# board_built BOARD: a board QEMU does not model: make board builds its
# kernel and DTB and checks them, and says that only a lab boots it.
board_built() {
	local out
	out=$(make -s --no-print-directory board BOARD="$1" 2>&1) || { echo "$out"; return 1; }
	echo "$out"
	echo "$out" | grep -q "driver in vmlinux matches" || { echo "no DTB check"; return 1; }
	echo "$out" | grep -q "QEMU does not model this board, so only a lab boots it" ||
		{ echo "no word on where it boots"; return 1; }
}

# dtb_check_fails: the DTB check can fail. The HiFive Unleashed DTB
# against the riscv virt kernel (no SiFive UART or PRCI driver) and under
# another board's compatible string: both refused, naming what is wrong;
# a file that is no DTB, or one cut short, is one "dcc: error:" line.
dtb_check_fails() {
	local board virt dtb out
	board=$(BOARD=hifive-unleashed-a00 bash -c '. scripts/lib.sh && dcc_context riscv >/dev/null 2>&1 && dcc_board_dtb')
	virt=$(bash -c '. scripts/lib.sh && dcc_context riscv >/dev/null 2>&1 && echo "$BUILD_DIR"')
	dtb=$board
	[ -f "$dtb" ] && [ -f "$virt/vmlinux" ] || { echo "build BOARD=hifive-unleashed-a00 and the riscv kernel first"; return 1; }
	out=$(/usr/bin/python3 scripts/board-dtb-check.py "$dtb" "$virt/vmlinux" ttySIF0 sifive,hifive-unleashed-a00) && return 1
	echo "$out"
	echo "$out" | grep -q "FAIL console /soc/serial@10010000 (sifive,fu540-c000-uart, sifive,uart0): no built-in driver" || return 1
	echo "$out" | grep -q "FAIL clock provider /soc/clock-controller@10000000" || return 1
	out=$(/usr/bin/python3 scripts/board-dtb-check.py "$dtb" "$virt/vmlinux" ttySIF1 starfive,visionfive-v1) && return 1
	echo "$out"
	echo "$out" | grep -q "FAIL root compatible .* names starfive,visionfive-v1" || return 1
	echo "$out" | grep -q "FAIL console ttySIF1 is stdout-path's alias serial0" || return 1
	expect_error "is not a device tree blob" /usr/bin/python3 scripts/board-dtb-check.py \
		README.md "$virt/vmlinux" ttySIF0 sifive,hifive-unleashed-a00 || return 1
	head -c 1000 "$dtb" >"$logs/cut.dtb"
	expect_error "cut.dtb is not a device tree blob" /usr/bin/python3 scripts/board-dtb-check.py \
		"$logs/cut.dtb" "$virt/vmlinux" ttySIF0 sifive,hifive-unleashed-a00
}

# frame_warning_fails ARCH: the debug-profile compile (after
# compat/ARCH-6.12-debug prepared its kernel) fails on a frame over the
# limit: with the limit lowered to 512 bytes, a KASAN frame crosses it
# and the module is refused with the compiler's frame-size warning.
frame_warning_fails() {
	local out
	out=$(expect_error "conformance module built with warnings" env KCFLAGS=-Wframe-larger-than=512 \
		PROFILE=debug DCC_COMPILE_ONLY=1 scripts/build-module.sh "$1") || { echo "$out"; return 1; }
	echo "$out"
	echo "$out" | grep -q "frame size of [0-9]* bytes is larger than 512 bytes" ||
		{ echo "refused, but not for a frame-size warning"; return 1; }
}

# style_catches: tests/style/run.sh fails, naming the problem, on a
# kernel file with a trailing blank and an undescribed kernel-doc
# parameter, and on a backport patch (folded headers kept) adding a line
# with a trailing blank.
style_catches() {
	local d=$logs/style out p
	rm -rf "$d" && mkdir -p "$d"
	sed -e '0,/^#include/s//#include <linux\/kernel.h> \n&/' conformance/dcc_victim.c >"$d/bad.c"
	cat >>"$d/bad.c" <<-'C'

	/**
	 * dcc_style_bad() - a kernel-doc comment that misses a parameter.
	 *
	 * Return: @a.
	 */
	int dcc_style_bad(int a, int b)
	{
		return a + b;
	}
	C
	out=$(tests/style/run.sh "$d/bad.c") && { echo "$out"; echo "a bad file passed"; return 1; }
	echo "$out"
	echo "$out" | grep -q "trailing whitespace" || { echo "no trailing whitespace error"; return 1; }
	echo "$out" | grep -q "'b' not described" || { echo "no kernel-doc warning"; return 1; }
	p=$(echo arch-riscv/patches/6.1/0001-*.patch)
	sed -e '0,/^+#else$/s//+#else /' "$p" >"$d/bad.patch"
	out=$(tests/style/run.sh "$d/bad.patch") && { echo "$out"; echo "a bad patch passed"; return 1; }
	echo "$out"
	[ "$(echo "$out" | grep -c "ERROR: trailing whitespace")" = 1 ] ||
		{ echo "want exactly the one trailing whitespace error"; return 1; }
}

# kunit_run ARCH: kunit.py passes and agrees with the module payload, but
# for the cases that need a module, tracefs or livepatch (no userspace).
kunit_run() {
	make -s --no-print-directory ARCH="$1" kunit &&
		payloads_agree "$1" kunit "no userspace helper|no CONFIG_MODULES|no LIVEPATCH"
}

for suite in $checks; do
	case $suite in
	host)
		check host/unit make -s --no-print-directory -C tests/host run
		check host/golden tests/golden/run.sh
		check host/boot-hang-signature boot_hang_signature
		check host/report env REPORT_PNG="$logs/report.png" tests/report/run.sh
		check host/differential-kunit.py python3 tests/golden/differential.py \
			"${DCC_CACHE:-$HOME/.cache/dcc}/src/linux-source-6.12" host/build/san/dcc-ktap tests/golden
		check host/fuzz tests/fuzz/run.sh
		check host/fuzz-lava /usr/bin/python3 tests/fuzz/fuzz_lava.py host/build/fuzz/lava --seconds 30
		check host/flaky tests/flaky/run.sh
		check host/bench tests/bench/run.sh
		# The catalogue is stated once: README table, contract map and
		# every arch's expect.tsv agree with the case arrays.
		check host/catalogue scripts/catalogue.py check
		# Kernel style by the kernel's tools, and proof they can fail.
		check host/kernel-style tests/style/run.sh
		check negative/kernel-style style_catches
		;;
	bad-input)
		check bad-input/arch expect_error "unknown ARCH='sparc'" make -s ARCH=sparc conformance
		check bad-input/inject expect_error "dcc_conformance.inject=early_retire in CMDLINE is not a fault the suite injects: use one of fail, .*early-retire" \
			make -s ARCH=riscv CMDLINE="dcc_conformance.cases=dcc_basic dcc_conformance.inject=early_retire" conformance
		check bad-input/cases expect_error 'dcc_conformance.cases=dcc_direct,dcc_typo in CMDLINE: "dcc_typo" names no suite and no case: use a suite \(dcc_direct, dcc_lifecycle, dcc_sharing\)' \
			make -s ARCH=riscv CMDLINE=dcc_conformance.cases=dcc_direct,dcc_typo conformance
		check bad-input/kunit-filter expect_error "KUNIT_FILTER=a;b is not a kunit.py filter" \
			make -s kunit ARCH=riscv "KUNIT_FILTER=a;b"
		# Without the KTAP reader an expected failure would read as a failure.
		check bad-input/kunit-no-reader expect_error "host tool /nonexistent/dcc-ktap missing: run 'make host'" \
			env DCC_KTAP=/nonexistent/dcc-ktap scripts/kunit.sh riscv
		check bad-input/cross-compiler expect_error "cross compiler nonexistent-gcc not found" \
			make -s ARCH=riscv CROSS_COMPILE=nonexistent- conformance
		check bad-input/ksrc expect_error "is not a Linux kernel tree" \
			make -s ARCH=riscv KSRC="$top" conformance
		check bad-input/ksrc-missing expect_error "does not exist" \
			make -s ARCH=riscv KSRC=/nonexistent conformance
		check bad-input/kver expect_error "KVER=5.4 is not packaged" \
			make -s ARCH=riscv KVER=5.4 conformance
		check bad-input/kconfig expect_error "CONFIG_FUNCTION_TRACER=y .* did not stick .*blocked by CONFIG_PREEMPTION=y" \
			make -s ARCH=riscv EXTRA_FRAGMENT=tests/fragments/riscv-preempt.config O="$logs/o-preempt" config
		check bad-input/qemu expect_error "qemu-nonexistent not found" \
			make -s ARCH=riscv QEMU=qemu-nonexistent run
		check bad-input/results expect_error "is not writable" \
			make -s ARCH=riscv RESULTS=/proc/dcc-results run
		check bad-input/timeout expect_error "TIMEOUT=soon is not a number" \
			make -s ARCH=riscv TIMEOUT=soon run
		check bad-input/profile expect_error "PROFILE=fast is unknown" \
			make -s ARCH=riscv PROFILE=fast conformance
		check bad-input/extra-fragment expect_error "EXTRA_FRAGMENT=/nonexistent.config does not exist" \
			make -s ARCH=riscv EXTRA_FRAGMENT=/nonexistent.config conformance
		fake=$logs/fake-linux-5.10
		mkdir -p "$fake/scripts/kconfig"
		printf 'VERSION = 5\nPATCHLEVEL = 10\nSUBLEVEL = 0\n' >"$fake/Makefile"
		touch "$fake/Kbuild" "$fake/scripts/kconfig/merge_config.sh"
		check bad-input/ksrc-version expect_error "Linux 5.10.0 is older than every series this suite knows" \
			make -s ARCH=riscv KSRC="$fake" conformance
		check bad-input/series-from-tree series_from_tree
		check bad-input/arches-from-folders arches_from_folders
		check bad-input/llvm expect_error "LLVM=clang is not understood" \
			make -s ARCH=riscv LLVM=clang config
		check bad-input/lifecycle-rounds expect_error "LIFECYCLE_ROUNDS=0 is not a number from 1 to 1000" \
			make -s ARCH=riscv LIFECYCLE_ROUNDS=0 run
		# A host without the compressor the kernel image asks for (x86_64:
		# LZ4): refused before the build, naming the package.
		check bad-input/compressor expect_error "lz4 not found, and the kernel image is LZ4-compressed .*apt-get install lz4" \
			without_tool lz4 env DCC_KBUILD=always make -s ARCH=x86_64 kernel
		check bad-input/stage-times expect_error "DCC_STAGE_TIMES=/nonexistent/x cannot be written" \
			env DCC_STAGE_TIMES=/nonexistent/x scripts/conformance.sh riscv
		old=$logs/results-old-format
		mkdir -p "$old" && echo 0 >"$old/.dcc-format"
		check bad-input/results-format expect_error "written by another version of dcc" \
			make -s ARCH=riscv RESULTS="$old" run
		empty=$logs/results-empty/riscv-6.12/latest
		mkdir -p "$empty" && : >"$empty/console.log"
		printf 'results_format=1\narch=riscv\nseries=6.12\nkernel_version=6.12.117\n' >"$empty/env.txt"
		check bad-input/report-empty-console expect_error "console.log is empty" \
			make -s RESULTS="$logs/results-empty" report
		# Your own KSRC is never patched unless asked: riscv 6.1 then lacks
		# direct calls, and the error says how to get them.
		check bad-input/ksrc-unpatched expect_error "DYNAMIC_FTRACE_WITH_DIRECT_CALLS=y .*did not stick.*APPLY_PATCHES=1" \
			make -s ARCH=riscv KSRC="${DCC_CACHE:-$HOME/.cache/dcc}/src/linux-source-6.1" O="$logs/o-unpatched" config
		garbage=$logs/results-garbage/riscv-6.12/latest
		mkdir -p "$garbage"
		head -c 4096 /dev/urandom >"$garbage/console.log"
		printf 'results_format=1\narch=riscv\nseries=6.12\nkernel_version=6.12.117\n' >"$garbage/env.txt"
		check bad-input/report-malformed-console expect_error "console.log is not a guest console log" \
			make -s RESULTS="$logs/results-garbage" report
		check bad-input/report-no-results expect_error "no results in" \
			make -s RESULTS="$logs/nonexistent" report
		check bad-input/firmware expect_error "QEMU firmware /nonexistent/fw.bin missing: fix FIRMWARE=" \
			make -s ARCH=riscv FIRMWARE=/nonexistent/fw.bin run
		check bad-input/runs expect_error "RUNS=often is not a positive number" \
			make -s ARCH=riscv RUNS=often run
		check bad-input/flaky-not-a-run expect_error "has no results.tsv" \
			scripts/flaky.sh "$logs/flaky-out" "$logs"
		check bad-input/negative-matrix-kver expect_error "no negative controls for Linux 5.4" \
			make -s negative-matrix KVER=5.4
		check bad-input/negative-control expect_error "unknown negative control 'bogus'" \
			make -s negative-control NC=bogus
		printf '6.12\t*\tdcc_direct.dcc_basic\tMAYBE\t.\n' >"$logs/bad-expect.tsv"
		check bad-input/expect-table expect_error "bad-expect.tsv:1: unknown status: use SKIP, XFAIL, EMUFAIL or RACEFAIL" \
			host/build/dcc-ktap --expect "$logs/bad-expect.tsv" --series 6.12 --payload module \
			tests/golden/riscv-6.12-pass.console
		;;
	e2e)
		for a in $arches; do
			check "e2e/$a" make -s --no-print-directory ARCH=$a conformance
			check "e2e/$a-two-cpus" two_cpus $a
		done
		check e2e/riscv-concurrent concurrent_runs
		check e2e/arches-at-once arches_at_once
		;;
	bench)
		# make bench (figures, not verdicts): its bad input, and the
		# per-call benchmark on every arch, after e2e built the kernels.
		check bench/what expect_error "BENCH=fast is unknown" make -s bench BENCH=fast
		check bench/runs expect_error "BENCH_RUNS=often is not a positive number" \
			make -s bench BENCH_RUNS=often
		check bench/calls expect_error "BENCH_CALLS=0 is not a positive number" \
			make -s bench BENCH_CALLS=0
		check bench/cold expect_error "BENCH_COLD=maybe is not a number" make -s bench BENCH=suite BENCH_COLD=maybe
		check bench/arch expect_error "unknown ARCH='sparc'" make -s bench ARCH=sparc
		check bench/qemu expect_error "qemu-nonexistent not found" \
			make -s bench BENCH=percall ARCH=riscv QEMU=qemu-nonexistent RESULTS="$logs/bench-qemu"
		check bench/payload expect_error "PAYLOAD=builtin: make bench times the module payload only" \
			make -s bench PAYLOAD=builtin
		check bench/shellcheck shellcheck -x -P SCRIPTDIR scripts/bench.sh scripts/bench-percall.sh \
			scripts/bench-suite.sh scripts/bench-lib.sh scripts/bench-across.sh scripts/report.sh tests/bench/run.sh
		for a in $arches; do
			check "bench/percall-$a" percall_is_exact $a
		done
		;;
	lava)
		# LAVA jobs (lava-jobs/, tests/lava/run.sh): after e2e, whose
		# builds and direct runs the LAVA runs are compared with.
		for s in golden schema pipeline convert-hang convert-eof convert-real-hang convert-hostile convert-series convert-server report; do
			check "lava/$s" tests/lava/run.sh $s
		done
		check lava/bad-arch expect_error "unknown ARCH='sparc'" make -s lava-jobs ARCH=sparc
		check lava/bad-target expect_error "unknown TARGET='pdp11'" \
			make -s lava-jobs ARCH=x86_64 TARGET=pdp11 LAVA_OUT="$logs/lava-jobs"
		check lava/target-arch expect_error "TARGET=x86 is for x86_64, not ARCH=riscv" \
			make -s lava-jobs ARCH=riscv TARGET=x86 LAVA_OUT="$logs/lava-jobs"
		check lava/empty-url expect_error "ARTIFACTS_URL is empty" \
			make -s lava-jobs ARCH=x86_64 ARTIFACTS_URL= LAVA_OUT="$logs/lava-jobs"
		check lava/payload expect_error "PAYLOAD=both is unknown" make -s lava-jobs PAYLOAD=both
		mkdir -p "$logs/lava-targets" && grep -v '^dtb:' lava-jobs/targets/rk3399-rock-pi-4b.yaml \
			>"$logs/lava-targets/rk3399-rock-pi-4b.yaml"
		check lava/undefined-variable expect_error "'dtb' is undefined for target rk3399-rock-pi-4b" \
			/usr/bin/python3 lava-jobs/render.py --arch arm64 --out "$logs/lava-jobs" \
			--targets-dir "$logs/lava-targets" --var payload=module --var artifacts_url=file:///a \
			--var artifacts_path=arm64/rk3399-rock-pi-4b \
			--var kernel_file=Image.gz --var suite_version=v0 --var kernel_version=6.12.117 \
			--var kernel_commit=0 --var config_hash=0
		check lava/convert-no-log expect_error "job log .* does not exist" \
			make -s lava-convert LAVA_JOB=tests/lava/logs/qemu-riscv64.job.yaml LAVA_LOG=/nonexistent
		check lava/convert-not-a-log expect_error "holds no LAVA log entries" \
			make -s lava-convert LAVA_JOB=tests/lava/logs/qemu-riscv64.job.yaml LAVA_LOG=README.md
		check lava/convert-not-a-job expect_error "has no metadata" \
			make -s lava-convert LAVA_JOB=lava-jobs/targets/x86.yaml LAVA_LOG=tests/lava/logs/qemu-riscv64.lava-run.log
		check lava/convert-unset expect_error "LAVA_JOB is not set" make -s lava-convert
		check lava/shellcheck shellcheck -x -P SCRIPTDIR scripts/lava-jobs.sh scripts/lava-run.sh \
			scripts/lava-convert.sh scripts/lava-setup.sh scripts/lava-lib.sh tests/lava/run.sh
		for a in x86_64 riscv arm64; do
			check "lava/e2e-$a" tests/lava/run.sh e2e $a
		done
		;;
	negative)
		for a in $arches; do
			check "negative/$a-fail" guest_case $a dcc_conformance.inject=fail FAIL
			check "negative/$a-hang" guest_case $a dcc_conformance.inject=hang HANG 30
		done
		# Taint, power-off and QEMU dying, on every arch, in the first case.
		for a in $arches; do
			check "negative/$a-taint" reason_case "tainted" $a \
				"dcc_conformance.inject=taint dcc_conformance.cases=dcc_basic" FAIL
			check "negative/$a-poweroff" reason_case "powered off" $a \
				"dcc_conformance.inject=poweroff dcc_conformance.cases=dcc_basic" CRASH
			check "negative/$a-qemu-dies" qemu_dies_case $a
		done
		check negative/failure-does-not-stop-others failure_does_not_stop_others
		# A helper killed by a signal is a failure (it used to read as
		# success); a wrong errno in a "refused" branch is a FAIL naming
		# it, not the SKIP after it; a trampoline entered after
		# unregister or modify returned by a call begun after it fails
		# (here: retired early), one in flight when modify returned is
		# the RACEFAIL (here: held up in the trampoline).
		check negative/riscv-helper-crash cases_fail riscv \
			"dcc_conformance.inject=helper-crash dcc_conformance.cases=dcc_with_fgraph" \
			dcc_sharing.dcc_with_fgraph
		check negative/riscv-wrong-errno cases_fail riscv \
			"dcc_conformance.inject=wrong-errno dcc_conformance.cases=dcc_with_save_regs_ops,dcc_kprobe_entry,dcc_kprobe_post" \
			dcc_sharing.dcc_with_save_regs_ops dcc_sharing.dcc_kprobe_entry dcc_sharing.dcc_kprobe_post
		for a in $arches; do
			check "negative/$a-early-retire" early_retire_case $a
			check "negative/$a-unreached" unreached_case $a
			check "e2e/$a-modify-inflight" inflight_case $a
		done
		# The trampoline's parent checked on the shared, IPMODIFY and
		# graph paths: a parent one instruction off fails each of them.
		check negative/riscv-tramp-frame tramp_frame_case riscv
		# dcc_directness's "entry of the ftrace caller": an offset fails it.
		check negative/riscv-site-entry site_entry_case riscv
		check negative/riscv-unknown-inject unknown_inject_case riscv
		check negative/riscv-unknown-case unknown_case_case riscv
		# The kernel takes "dcc-conformance." for "dcc_conformance.": so
		# must the guest /init that passes the module its parameters.
		check negative/riscv-dash-spelling cases_fail riscv \
			"dcc-conformance.inject=fail dcc-conformance.cases=dcc_basic" dcc_direct.dcc_basic
		check e2e/riscv-suite-selection suite_selection_case riscv
		# The known riscv boot hang (QEMU 7.2, "Bringing up secondary
		# CPUs"): booted again once, visibly; nothing else, never twice,
		# never in a soak.
		check e2e/riscv-boot-retry boot_retry_case retry
		check negative/riscv-boot-retry-once boot_retry_case twice
		check negative/riscv-stall-other-cpus boot_retry_case cpus
		check negative/riscv-stall-elsewhere boot_retry_case elsewhere
		check negative/riscv-soak-no-retry soak_no_retry_case
		check e2e/riscv-soak-retry soak_retry_case
		check bad-input/soak-boot-retry expect_error "SOAK_BOOT_RETRY=yes is not 0 or 1" \
			make -s soak ARCH=riscv SOAK_BOOT_RETRY=yes
		check bad-input/boot-retry expect_error "DCC_BOOT_RETRY=yes is not 0 or 1" \
			env DCC_BOOT_RETRY=yes make -s run ARCH=riscv
		check bad-input/boot-stall-seconds expect_error "DCC_BOOT_STALL_SECONDS=0 is not a positive number of seconds" \
			env DCC_BOOT_STALL_SECONDS=0 make -s run ARCH=riscv
		check negative/riscv-oops guest_case riscv dcc_conformance.inject=oops CRASH
		# An RCU stall: a CPU in the guest stuck 10 s (a CRASH), and a
		# guest starved by its host (not judged, shown).
		check negative/riscv-stall reason_case "detected stall" riscv \
			"dcc_conformance.inject=stall rcupdate.rcu_cpu_stall_timeout=3 dcc_conformance.cases=dcc_basic" CRASH
		check e2e/riscv-host-starved host_starved_case riscv
		# make soak: two boots at once, each judged; a failing soak names
		# what stopped its runs, and bad input is one line.
		check e2e/riscv-soak soak_case riscv "dcc_conformance.cases=dcc_basic" 0 ""
		check negative/riscv-soak-fail soak_case riscv \
			"dcc_conformance.inject=fail dcc_conformance.cases=dcc_basic" 1 '2/2  FAIL dcc_direct.dcc_basic: '
		check bad-input/soak-runs expect_error "RUNS=0 is not a positive number of boots" \
			make -s soak ARCH=riscv RUNS=0
		check bad-input/soak-jobs expect_error "SOAK_JOBS=x is not a positive number of guests at once" \
			make -s soak ARCH=riscv SOAK_JOBS=x
		check negative/riscv-panic guest_case riscv dcc_conformance.inject=panic CRASH
		check negative/riscv-warn guest_case riscv dcc_conformance.inject=warn CRASH
		;;
	rebuild)
		check rebuild/riscv-module-only rebuild_is_module_only riscv
		;;
	v6.1)
		# The seed's t1 scheme where it was proposed: riscv 6.1 + backport,
		# and the rejected t0 variant caught by the cases meant to catch it.
		check e2e/riscv-6.1-t1 make -s --no-print-directory ARCH=riscv KVER=6.1 conformance
		check negative-control/riscv-6.1-t0 scripts/negative-control.sh riscv-6.1-t0
		;;
	v7.3)
		# Mainline: Linux 7.3 end to end on every arch (riscv built with
		# clang-19), every SKIP expected by the arch's table.
		for a in $arches; do
			check "e2e/$a-7.3" make -s --no-print-directory ARCH=$a KVER=7.3 conformance
		done
		;;
	full)
		# make check-full: everything above plus the heavier matrix.
		# 10 million executions of each parser of untrusted text.
		check fuzz/10M tests/fuzz/full.sh
		# 100 boots per arch, two at a time (the host loaded as check-full
		# loads it), each judged: every outcome counted (soak.txt).
		for a in $arches; do
			check "soak/$a" soak_full "$a"
		done
		for a in x86_64 arm64; do
			check "e2e/$a-6.1" make -s --no-print-directory ARCH=$a KVER=6.1 conformance
		done
		for a in arm64 x86_64; do
			for f in oops panic warn; do
				check "negative/$a-$f" guest_case $a dcc_conformance.inject=$f CRASH
			done
		done
		# Every 6.12 control and baseline, one arch at a time (the
		# controls of one arch share a patched tree and build dir: each
		# costs a rebuild of what its patch touches, not a cold kernel);
		# the matrix is RESULTS/negative-matrix-6.12-<arch>.txt.
		for a in $arches; do
			check "negative-control/$a-6.12" env ARCH=$a KVER=6.12 scripts/negative-matrix.sh
		done
		# The first riscv 6.1 backport, whose ftrace_caller let a direct
		# ops being registered overwrite a6 (riscv-6.1-t0 runs in v6.1).
		check negative-control/riscv-6.1-small-frame scripts/negative-control.sh riscv-6.1-small-frame
		# Mainline: the t0 scheme on the CALL_OPS kernel, and its baseline.
		check negative-control/riscv-7.3 env ARCH=riscv KVER=7.3 scripts/negative-matrix.sh
		# Mainline with the suite built in: the multi-function direct
		# API and jmp mode (not exported: the module payload skips them);
		# and the riscv per-call floor through the CALL_OPS fast path.
		for a in $arches; do
			check "intree/$a-7.3" make -s --no-print-directory ARCH=$a KVER=7.3 PAYLOAD=builtin \
				conformance
		done
		# Both 7.x cases can fail: a trampoline that clobbers argument 0.
		check intree/x86_64-7.3-inject-fail builtin73_cases_fail x86_64 \
			"dcc_conformance.inject=fail dcc_conformance.cases=dcc_update_direct_api,dcc_update_direct_jmp" \
			dcc_lifecycle.dcc_update_direct_api dcc_lifecycle.dcc_update_direct_jmp
		check bench/percall-riscv-7.3 percall_is_exact riscv 7.3
		# The whole catalogue (stress included) under KASAN, lockdep,
		# KFENCE and kmemleak; then a leak kmemleak must report.
		for a in $arches; do
			check "debug/$a" make -s --no-print-directory ARCH=$a PROFILE=debug conformance
		done
		check debug/riscv-leak leak_is_reported riscv
		check repeat/riscv-runs-2 make -s --no-print-directory ARCH=riscv RUNS=2 \
			RESULTS="$logs/results-repeat" run
		;;
	intree)
		# In-tree mode (scripts/intree.sh): install into a scratch copy,
		# bad input, then the built-in payload on riscv (after e2e, whose
		# module results it must equal).
		check intree/install install_intree_scratch
		check intree/bad-ksrc expect_error "KSRC=.* is not a Linux kernel tree" \
			make -s install-intree KSRC="$top"
		check intree/no-ksrc expect_error "KSRC is not set" make -s install-intree
		check intree/bad-payload expect_error "PAYLOAD=both is unknown" \
			make -s ARCH=riscv PAYLOAD=both conformance
		check intree/shellcheck shellcheck -x -P SCRIPTDIR scripts/intree.sh scripts/kunit.sh
		check intree/riscv-builtin builtin_run riscv
		check rebuild/riscv-kernel-make-skipped kernel_make_skipped riscv
		check rebuild/riscv-guest-init-keyed guest_init_keyed riscv
		# A hang in a built-in suite (no module loaded, no /init yet) is
		# still the HANG of the case that was running.
		check intree/riscv-builtin-hang builtin_case riscv dcc_conformance.inject=hang HANG 30
		check intree/riscv-board board_case riscv
		;;
	intree-full)
		# make check-full: the built-in payload on the other arches, and
		# the kernel's own kunit.py on all three (cold: minutes per arch).
		for a in arm64 x86_64; do
			check "intree/$a-builtin" builtin_run $a
		done
		for a in riscv x86_64 arm64; do
			check "intree/$a-kunit.py" kunit_run $a
		done
		;;
	board)
		# Board kernels (README "Board kernels"): the HiFive Unleashed's
		# kernel and DTB, booted on QEMU's sifive_u, equal to riscv virt
		# (e2e/riscv); its LAVA job names its own artifacts; the DTB check
		# can fail; bad input.
		check board/hifive-unleashed-a00 board_agrees hifive-unleashed-a00
		check board/dtb-check-fails dtb_check_fails
		check lava/boards tests/lava/run.sh boards hifive-unleashed-a00
		check bad-input/board expect_error "BOARD=pdp11 is not a riscv board: use BOARD=" \
			make -s ARCH=riscv BOARD=pdp11 config
		check bad-input/board-arch expect_error "BOARD=rk3399-rock-pi-4b is an arm64 board, not riscv: use ARCH=arm64" \
			make -s ARCH=riscv BOARD=rk3399-rock-pi-4b config
		check bad-input/board-not-modelled expect_error "BOARD=rk3399-rock-pi-4b cannot boot here: QEMU .* does not model it" \
			make -s ARCH=arm64 BOARD=rk3399-rock-pi-4b run
		check bad-input/board-unknown expect_error "BOARD=pdp11 is not a board: use BOARD=" make -s board BOARD=pdp11
		check board/shellcheck shellcheck -x -P SCRIPTDIR scripts/board.sh
		;;
	board-full)
		# make check-full: every board kernel. The x86 ones boot on q35
		# and equal x86_64 virt (e2e/x86_64); those QEMU 7.2 does not
		# model are built and checked; every board's LAVA job names its
		# own artifacts and passes lava-run --validate.
		for b in x86 minnowboard-turbot-E3826; do
			check "board/$b" board_agrees "$b"
		done
		for b in jh7100-starfive-visionfive-v1 bcm2711-rpi-4-b rk3399-rock-pi-4b; do
			check "board/$b" board_built "$b"
		done
		check lava/boards-all tests/lava/run.sh boards hifive-unleashed-a00 jh7100-starfive-visionfive-v1 \
			bcm2711-rpi-4-b rk3399-rock-pi-4b x86 minnowboard-turbot-E3826
		;;
	compat)
		# One source, older API: the module must build against x86_64 6.1
		# (riscv 6.1 builds and runs in the v6.1 suite).
		check "compat/x86_64-6.1" env KVER=6.1 scripts/compile-check.sh x86_64
		# The module under the debug profile (KASAN stack redzones), against
		# a prepared, unbuilt debug kernel (about 40 s cold): make
		# check-full's debug kernels refuse a module with a frame over
		# FRAME_WARN (1024 on x86_64), and make check sees that first.
		check "compat/x86_64-6.12-debug" env PROFILE=debug scripts/compile-check.sh x86_64
		check "negative/x86_64-debug-frame" frame_warning_fails x86_64
		;;
	*)
		echo "unknown check suite '$suite' in CHECKS: use host bad-input e2e bench lava board board-full intree intree-full negative rebuild compat v6.1 v7.3 full"
		exit 2
		;;
	esac
done

[ ${#failures[@]} -eq 0 ] || echo "failed: ${failures[*]}"
echo "logs: $logs"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
