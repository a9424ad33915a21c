#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Stages 5 and 6: boot the guest under QEMU with a hard timeout, keep the raw
# console whatever happens, then extract KTAP and judge it (host/dcc-ktap).
# Each run writes a new directory RESULTS/<arch>-<series>/<stamp>/ and points
# RESULTS/<arch>-<series>/latest at it. Usage: run-guest.sh ARCH
set -euo pipefail
. "$(dirname "$0")/lib.sh"
# Knobs of the second boot after the known boot hang (below), checked
# before dcc_context waits for the build directory.
case "${DCC_BOOT_RETRY:-1}" in
0 | 1) ;;
*) die "DCC_BOOT_RETRY=$DCC_BOOT_RETRY is not 0 or 1" ;;
esac
stall_s=${DCC_BOOT_STALL_SECONDS:-30}
case "$stall_s" in
'' | *[!0-9]*) die "DCC_BOOT_STALL_SECONDS=$stall_s is not a positive number of seconds" ;;
esac
[ "$((10#$stall_s))" -gt 0 ] || die "DCC_BOOT_STALL_SECONDS=$stall_s is not a positive number of seconds"
stall_s=$((10#$stall_s))
inject_stalls=${DCC_INJECT_BOOT_STALL:-0}
case "$inject_stalls" in
'' | *[!0-9]*) die "DCC_INJECT_BOOT_STALL=$inject_stalls is not a number of boots" ;;
esac
dcc_context "$1"

dcc_check_qemu
# A board kernel boots here only where QEMU models the board.
if [ -n "${BOARD:-}" ] && [ -z "$QEMU_ARGS" ]; then
	die "[$DCC_ARCH] BOARD=$BOARD cannot boot here: $("$QEMU" --version | head -n 1 | sed 's/ version / /') does not model it; 'make board BOARD=$BOARD' builds and checks its kernel and DTB, 'make lava-jobs' stages them for a lab (README \"Board kernels\")"
fi
case "$TIMEOUT" in
'' | *[!0-9]*) die "TIMEOUT=$TIMEOUT is not a number of seconds" ;;
esac
# The arch's known boot hang (arch.conf, BOOT_RETRY_*; riscv: QEMU 7.2's
# TCG bringing up CPU 1 under host load, README "Known platform
# behaviour"), and only it, is booted once more: the console has not
# grown for DCC_BOOT_STALL_SECONDS (30) on the line BOOT_RETRY_ON matches,
# before any case, and QEMU's monitor shows the CPUs where that hang
# leaves them (dcc_known_boot_hang). The hung boot's console, CPUs and
# host samples move to hung-boot/ (why.txt says why), the summary says
# so. A second hang is judged as any hang. DCC_BOOT_RETRY=0 turns it off
# (make soak, which counts these hangs).
retry_on=${BOOT_RETRY_ON:-}
[ "${DCC_BOOT_RETRY:-1}" = 1 ] || retry_on=
# Another QEMU than the one with the known hang: nothing to boot again.
[ -z "$retry_on" ] || [ -z "${BOOT_RETRY_QEMU:-}" ] ||
	"$QEMU" --version 2>/dev/null | head -n 1 | grep -qE -- "$BOOT_RETRY_QEMU" || retry_on=
# The stall must be seen, and the CPUs asked, well before the timeout.
if [ -n "$retry_on" ] && [ "$((stall_s + 10))" -gt "$TIMEOUT" ]; then
	note "[$DCC_ARCH] DCC_BOOT_STALL_SECONDS=$stall_s leaves no time before TIMEOUT=$TIMEOUT: no boot will be booted again"
	retry_on=
fi
# Test-only: DCC_INJECT_BOOT_STALL=N holds the guest, in each of the
# first N boots of this run, at the kernel function DCC_INJECT_STALL_AT
# (default the arch's BOOT_RETRY_AT, the one the kernel calls right after
# printing the line BOOT_RETRY_ON matches) with a breakpoint of QEMU's
# gdbstub (qemu-break.py): a stall at the known line, or, at another
# function, one that must not be retried.
inject_at=${DCC_INJECT_STALL_AT:-${BOOT_RETRY_AT:-}}
[ "$inject_stalls" = 0 ] || [ -n "$inject_at" ] ||
	die "DCC_INJECT_BOOT_STALL needs DCC_INJECT_STALL_AT=FUNCTION on $DCC_ARCH (no BOOT_RETRY_AT in its arch.conf)"
gdb_sock=${TMPDIR:-/tmp}/dcc-gdb.$$.sock
ktap_tool=${DCC_KTAP:-$DCC_TOP/host/build/dcc-ktap}
[ -z "${DCC_INJECT_QEMU:-}" ] || kill -l "$DCC_INJECT_QEMU" >/dev/null 2>&1 ||
	die "DCC_INJECT_QEMU=$DCC_INJECT_QEMU is not a signal name: use ABRT, SEGV, KILL or the like"
[ -x "$ktap_tool" ] || die "host tool $ktap_tool missing: run 'make host'"
# What this arch, series and payload may give besides PASS (host/expect.h).
expect_table=$DCC_ARCH_DIR/expect.tsv
[ -f "$expect_table" ] ||
	die "no expected-outcome table $expect_table: write one (see README \"Results\"), even if it only has comments"

# RUNS=N: boot the same kernel N times, each run in its own directory, then
# report every case whose status changed between runs as FLAKY.
profile=$(dcc_profile)
runs=${RUNS:-1}
case "$runs" in
'' | *[!0-9]* | 0) die "RUNS=$runs is not a positive number of runs" ;;
esac
if [ "$runs" -gt 1 ]; then
	base=${RESULTS:-$DCC_TOP/results}/$(dcc_run_name)
	dirs=()
	# Each run names the directory it wrote: "latest" is shared with any
	# other run of this arch and series, which may move it meanwhile.
	made=$(mktemp "${TMPDIR:-/tmp}/dcc-runs.XXXXXX")
	trap 'rm -f "$made"' EXIT
	for i in $(seq "$runs"); do
		note "[$DCC_ARCH] run $i of $runs"
		: >"$made"
		DCC_RUN_DIR_FILE=$made RUNS=1 "$0" "$1" || true
		[ -s "$made" ] || die "[$DCC_ARCH] run $i of $runs wrote no run directory"
		dirs+=("$(cat "$made")")
	done
	repeat=$base/repeat-$(date -u +%Y%m%dT%H%M%SZ)
	rc=0
	"$DCC_TOP/scripts/flaky.sh" "$repeat" "${dirs[@]}" || rc=$?
	note "[$DCC_ARCH] repeat summary: $repeat/summary.txt"
	exit "$rc"
fi

results_root=${RESULTS:-$DCC_TOP/results}
mkdir -p "$results_root" 2>/dev/null && [ -w "$results_root" ] ||
	die "RESULTS=$results_root is not writable: choose another directory with RESULTS="
if [ -f "$results_root/.dcc-format" ] && [ "$(cat "$results_root/.dcc-format")" != "$DCC_RESULTS_FORMAT" ]; then
	die "RESULTS=$results_root was written by another version of dcc (format $(cat "$results_root/.dcc-format"), this is $DCC_RESULTS_FORMAT): choose a new RESULTS= directory"
fi
kernel=$BUILD_DIR/$KIMAGE
initrd=$BUILD_DIR/dcc-guest/initramfs.cpio
[ -f "$kernel" ] && [ -f "$initrd" ] ||
	die "[$DCC_ARCH] no kernel or initramfs in $BUILD_DIR: run 'make ARCH=$DCC_ARCH conformance'"
# Written whole and renamed into place: a run reading it meanwhile (soak,
# several arches at once) sees the old file or the new, never an empty one.
if [ "$(cat "$results_root/.dcc-format" 2>/dev/null)" != "$DCC_RESULTS_FORMAT" ]; then
	echo "$DCC_RESULTS_FORMAT" >"$results_root/.dcc-format.$$"
	mv "$results_root/.dcc-format.$$" "$results_root/.dcc-format"
fi
run_base=$results_root/$(dcc_run_name)
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=$run_base/$stamp
n=1
mkdir -p "$run_base"
# mkdir (not -p) either creates the directory or fails: two runs started
# in the same second never share one.
until mkdir "$out" 2>/dev/null; do
	[ -d "$run_base" ] && [ -w "$run_base" ] || die "cannot create a run directory in $run_base"
	out=$run_base/$stamp.$n
	n=$((n + 1))
done
[ -z "${DCC_RUN_DIR_FILE:-}" ] || echo "$out" >"$DCC_RUN_DIR_FILE"

# KERNEL_ARGS (arch.conf): e.g. an early console, so that a boot that
# stops before the real console says how far it got. RCU's stall timeout
# (21 s by default) measures host time, while TCG runs the guest 10-50x
# slower than hardware: 60 s keeps a stall a stall without reading a slow
# emulator as one (CMDLINE, which comes after it, may set another).
append="console=$CONSOLE${KERNEL_ARGS:+ $KERNEL_ARGS} panic=-1 rcupdate.rcu_cpu_stall_timeout=60${CMDLINE:+ $CMDLINE}"
# PROFILE=debug: /init scans kmemleak after the suite (see guest/init.c).
[ "$profile" = debug ] && append="$append dcc.kmemleak=1"
# dcc_module_lifecycle's rounds: the module's default (20) unless
# LIFECYCLE_ROUNDS says otherwise.
rounds=${LIFECYCLE_ROUNDS:-}
append="$append${rounds:+ dcc_conformance.module_rounds=$rounds}"
# Test-only: DCC_INJECT_CMDLINE=WORDS reach the guest unchecked, to prove
# the suite refuses on its own what the host refuses in CMDLINE (a command
# line written by hand, a LAVA job edited in a lab).
append="$append${DCC_INJECT_CMDLINE:+ $DCC_INJECT_CMDLINE}"
dtb=$(dcc_board_dtb)
[ -z "$dtb" ] || [ -f "$dtb" ] ||
	die "[$DCC_ARCH] no ${dtb#"$BUILD_DIR"/} in $BUILD_DIR: run 'make board BOARD=$BOARD'"
# What the board's firmware adds to the DTB on the board (its boards/*.conf
# says what and why), added to a copy kept with the run.
if [ -n "$dtb" ] && [ "$(type -t board_firmware_fixup)" = function ]; then
	command -v fdtput >/dev/null || die "fdtput not found: apt-get install device-tree-compiler (or run 'make setup')"
	cp "$dtb" "$out/board.dtb"
	board_firmware_fixup "$out/board.dtb" || die "[$DCC_ARCH] board_firmware_fixup of BOARD=$BOARD failed on $out/board.dtb"
	dtb=$out/board.dtb
fi
dcc_qemu_cmd "$kernel" "$append" -smp "${QEMU_SMP:-2}" -initrd "$initrd" ${dtb:+-dtb "$dtb"}
# QEMU's human monitor on a socket of this run: a guest about to be killed
# at its timeout is asked first where its CPUs are (qemu-cpus.py).
monitor=${TMPDIR:-/tmp}/dcc-monitor.$$.sock
qemu_cmd=("${QEMU_CMD[@]}" -monitor "unix:$monitor,server,nowait")
hz=$(sed -n 's/^CONFIG_HZ=//p' "$BUILD_DIR/.config")
hz=${hz:-100}
printf '%q ' "${qemu_cmd[@]}" >"$out/qemu-cmd.txt"
echo >>"$out/qemu-cmd.txt"
{
	echo "results_format=$DCC_RESULTS_FORMAT"
	echo "arch=$DCC_ARCH"
	echo "kernel_version=$KERNEL_VERSION"
	echo "series=$KSERIES"
	# The series whose expected outcomes judged the run (dcc_series).
	echo "facts_series=$SERIES"
	echo "ksrc=$KSRC_DIR"
	echo "config_hash=$CONFIG_HASH"
	echo "patches=$PATCHED"
	echo "profile=${profile:-default}"
	echo "payload=$(dcc_payload)"
	echo "fragments=$(for f in $(dcc_fragments); do echo "${f#"$DCC_TOP"/}:$(sha256sum <"$f" | cut -c1-12)"; done | paste -sd ' ' -)"
	echo "cases=${CMDLINE:-}"
	echo "build_dir=$BUILD_DIR"
	# A board kernel (BOARD=), booted on QEMU's model of the board.
	echo "board=${BOARD:-}"
	echo "machine=$(echo "$QEMU_ARGS" | sed -n 's/.*-machine \([^ ]*\).*/\1/p')"
	echo "timeout=$TIMEOUT"
	# The guest's tick rate: RCU stall reports count jiffies.
	echo "hz=$hz"
	echo "qemu=$("$QEMU" --version | head -n 1)"
	# The compiler the kernel was built with (dcc_setup_build).
	echo "cc=$("$DCC_CC" --version 2>/dev/null | head -n 1)"
} >"$out/env.txt"
cp "$BUILD_DIR/.config" "$out/kernel.config"
# The table the run was judged by, so that the run directory stands alone.
cp "$expect_table" "$out/expect.tsv"

# signal_qemu_on REGEX DELAY SIGNAL: once the console matches REGEX, wait
# DELAY seconds and send QEMU SIGNAL. Run in the background.
signal_qemu_on() {
	while kill -0 "$qemu_timeout_pid" 2>/dev/null; do
		if grep -qs "$1" "$out/console.log"; then
			sleep "$2"
			pkill "-$3" -P "$qemu_timeout_pid" 2>/dev/null
			return 0
		fi
		sleep 0.2
	done
}
# Test-only: DCC_INJECT_HOST_LOAD=SECONDS starves one vCPU of the guest as
# a loaded host does, once the first case has started: QEMU's thread for
# the guest's CPU 1 moves to the last host CPU, where a SCHED_FIFO busy
# loop leaves it what RT throttling leaves (5%) for SECONDS, while QEMU's
# other threads run on the other host CPUs; then every thread may use
# every CPU again. The loop is ended from here, a normal task on another
# CPU (a timer of the loop's own class and CPU would never run).
starve_qemu() {
	local last pid hog t comm
	while kill -0 "$qemu_timeout_pid" 2>/dev/null; do
		if grep -qs dcc-start "$out/console.log"; then
			pid=$(pgrep -P "$qemu_timeout_pid") || return 0
			last=$(($(nproc) - 1))
			[ "$last" -gt 0 ] || die "DCC_INJECT_HOST_LOAD needs two host CPUs"
			for t in /proc/"$pid"/task/*; do
				read -r comm <"$t/comm" || continue
				if [ "$comm" = "CPU 1/TCG" ]; then
					taskset -p -c "$last" "${t##*/}" >/dev/null
				else
					taskset -p -c "0-$((last - 1))" "${t##*/}" >/dev/null
				fi
			done
			chrt -f 1 taskset -c "$last" sh -c 'while :; do :; done' &
			hog=$!
			trap 'kill "$hog" 2>/dev/null' EXIT
			sleep "$1"
			kill "$hog"
			taskset -a -p -c "0-$last" "$pid" >/dev/null 2>&1 || true
			return 0
		fi
		sleep 0.2
	done
}
# What the host did to QEMU, once a second: the time since QEMU started,
# the console's size, and each QEMU thread's run_delay (schedstat: time
# runnable but not running, ns; QEMU names its vCPU threads only with
# debug-threads=on, so every thread counts). host-samples.tsv gets, per
# second, the longest wait of a thread in it (host/ktap.h: an RCU stall
# during which the host kept QEMU waiting is the emulator's);
# host-wait-ms, the longest wait of a thread over the whole run.
sample_host() {
	local pid='' _ t delay line
	for _ in $(seq 50); do
		pid=$(pgrep -P "$qemu_timeout_pid") && break
		sleep 0.1
	done
	[ -n "$pid" ] || return 0
	while [ -d "/proc/$pid/task" ]; do
		line="$(($(date +%s%3N) - start_ms)) $(stat -c %s "$out/console.log" 2>/dev/null || echo 0)"
		for t in /proc/"$pid"/task/*; do
			read -r _ delay _ <"$t/schedstat" 2>/dev/null && line="$line ${t##*/}:$delay"
		done
		echo "$line"
		sleep 1
	done >"$out/.host-raw"
}
# Two seconds before the timeout, a guest still running is a hang: keep
# every vCPU's registers (hang-registers.txt) and where each one's program
# counter is (hang-cpus.txt), for the HANG's reason.
catch_hang() {
	local t=$((TIMEOUT - 2))
	[ "$t" -gt 0 ] || return 0
	while [ "$(($(date +%s) - start))" -lt "$t" ]; do
		kill -0 "$qemu_timeout_pid" 2>/dev/null || return 0
		sleep 0.5
	done
	dump_cpus
}

# dump_cpus: every vCPU's registers (hang-registers.txt) and where each
# one's program counter is (hang-cpus.txt), from QEMU's monitor.
dump_cpus() {
	"$DCC_TOP/scripts/qemu-cpus.py" "$monitor" "$BUILD_DIR/vmlinux" "$out/hang-registers.txt" \
		>"$out/hang-cpus.txt" 2>/dev/null || true
}
# watch_stall: once the console has not grown for $stall_s seconds on
# the line $retry_on matches, with no case started, ask where the CPUs
# are: the known hang is ended and marked (.boot-stalled) for a second
# boot; anything else is left to its timeout, the reason kept
# (.boot-not-retried) for the summary.
watch_stall() {
	local size last=-1 since=$SECONDS why
	while kill -0 "$qemu_timeout_pid" 2>/dev/null; do
		size=$(stat -c %s "$out/console.log" 2>/dev/null || echo 0)
		if [ "$size" != "$last" ]; then
			last=$size since=$SECONDS
		elif [ "$((SECONDS - since))" -ge "$stall_s" ] && ! grep -qs dcc-start "$out/console.log" &&
			dcc_last_line "$out/console.log" | grep -qE -- "$retry_on"; then
			dump_cpus
			if why=$(dcc_known_boot_hang "$out/console.log" "$out/hang-cpus.txt" "$out/hang-registers.txt"); then
				pkill -KILL -P "$qemu_timeout_pid" 2>/dev/null &&
					echo "$stall_s" >"$out/.boot-stalled"
			else
				echo "$why" >"$out/.boot-not-retried"
			fi
			return 0
		fi
		sleep 1
	done
}

# boot_once ATTEMPT: one boot of the guest, its files in $out.
boot_once() {
	note "[$DCC_ARCH] booting Linux $KERNEL_VERSION under $QEMU (timeout ${TIMEOUT}s)"
	start=$(date +%s)
	start_ms=$(date +%s%3N)
	rc=0
	local cmd=("${qemu_cmd[@]}") breaker=
	[ "$1" -gt "$inject_stalls" ] || cmd+=(-S -gdb "unix:$gdb_sock,server=on,wait=off")
	timeout -s KILL "$TIMEOUT" "${cmd[@]}" </dev/null >"$out/console.log" 2>"$out/qemu-stderr.log" &
	qemu_timeout_pid=$!
	if [ "$1" -le "$inject_stalls" ]; then
		# A guest left paused by a failed breakpoint ends at once.
		{ "$DCC_TOP/scripts/qemu-break.py" "$gdb_sock" "$BUILD_DIR/vmlinux" "$inject_at" "$qemu_timeout_pid" ||
			{ pkill -KILL -P "$qemu_timeout_pid"; exit 1; }; } &
		breaker=$!
	fi
	# Test-only: DCC_INJECT_QEMU=SIGNAL kills QEMU with SIGNAL once the
	# first case has started, to prove that an emulator dying mid-case is
	# reported.
	[ -z "${DCC_INJECT_QEMU:-}" ] || signal_qemu_on dcc-start 0 "$DCC_INJECT_QEMU" &
	[ -z "${DCC_INJECT_HOST_LOAD:-}" ] || starve_qemu "$DCC_INJECT_HOST_LOAD" &
	# A guest that powered off but has no power-off device (x86 without
	# ACPI) only halts: end QEMU then instead of waiting for the timeout.
	signal_qemu_on "reboot: Power down\|reboot: System halted" 3 TERM &
	sample_host &
	sampler_pid=$!
	catch_hang &
	catcher_pid=$!
	watcher_pid=
	if [ -n "$retry_on" ] && [ "$1" = 1 ]; then
		watch_stall &
		watcher_pid=$!
	fi
	# (2>/dev/null: no "Killed" line from bash for a QEMU killed at its
	# timeout; the HANG says it.)
	wait "$qemu_timeout_pid" 2>/dev/null || rc=$?
	wait "$sampler_pid" 2>/dev/null || true
	kill "$catcher_pid" $watcher_pid 2>/dev/null || true
	wait "$catcher_pid" $watcher_pid 2>/dev/null || true
	rm -f "$monitor" "$gdb_sock"
	[ -z "$breaker" ] || wait "$breaker" ||
		die "[$DCC_ARCH] DCC_INJECT_BOOT_STALL: no breakpoint at $inject_at (qemu-break.py failed; QEMU: $(tail -n 1 "$out/qemu-stderr.log"))"
	[ -s "$out/hang-cpus.txt" ] || rm -f "$out/hang-cpus.txt"
	awk '{
			wait = 0
			for (i = 3; i <= NF; i++) {
				split($i, kv, ":")
				if ((kv[1] in last) && kv[2] - last[kv[1]] > wait)
					wait = kv[2] - last[kv[1]]
				last[kv[1]] = kv[2]
				if (kv[2] > total)
					total = kv[2]
			}
			printf "%d %d %d\n", $1, $2, wait / 1e6
		}
		END { printf "%d\n", total / 1e6 >"/dev/stderr" }' "$out/.host-raw" >"$out/host-samples.tsv" 2>"$out/host-wait-ms" ||
		{ : >"$out/host-samples.tsv"; echo 0 >"$out/host-wait-ms"; }
	rm -f "$out/.host-raw"
	elapsed=$(($(date +%s) - start))
	echo "$elapsed" >"$out/boot-seconds"
	qemu_ms=$(($(date +%s%3N) - start_ms))
}

boot_once 1
retried='' not_retried=''
[ ! -f "$out/.boot-not-retried" ] ||
	not_retried="the boot stalled at \"$(dcc_last_line "$out/console.log")\" before any case, but not as the known emulator hang does, so it was not booted again: $(cat "$out/.boot-not-retried")"
rm -f "$out/.boot-not-retried"
# Booted again only if the watcher ended QEMU itself, before the timeout.
if [ -f "$out/.boot-stalled" ] && [ "$rc" = 137 ] && [ "$elapsed" -lt "$((TIMEOUT - 1))" ]; then
	retried="the first boot stalled for $(cat "$out/.boot-stalled") s at \"$(dcc_last_line "$out/console.log")\" before any case, its CPUs and registers as the known emulator hang of $DCC_ARCH leaves them (BOOT_RETRY_* in its arch.conf; README \"Known platform behaviour\"): booted again; its console and CPUs are in hung-boot/"
	note "[$DCC_ARCH] $retried"
	[ ! -f "$out/hang-cpus.txt" ] || note "[$DCC_ARCH] where its CPUs were: $(paste -sd ';' "$out/hang-cpus.txt" | sed 's/;/; /g')"
	mkdir "$out/hung-boot"
	for f in console.log qemu-stderr.log hang-cpus.txt hang-registers.txt host-samples.tsv host-wait-ms boot-seconds; do
		[ ! -e "$out/$f" ] || mv "$out/$f" "$out/hung-boot/$f"
	done
	echo "$rc" >"$out/hung-boot/qemu-exit-status"
	echo "$retried" >"$out/hung-boot/why.txt"
	hung_ms=$qemu_ms
	boot_once 2
fi
rm -f "$out/.boot-stalled"
ln -sfn "$(basename "$out")" "$run_base/latest"

# timeout(1) exits 137 when it killed QEMU at the deadline, 128+N when QEMU
# died of signal N, and QEMU's own status otherwise.
flags=()
if [ "$rc" = 137 ] && [ "$elapsed" -ge "$((TIMEOUT - 1))" ]; then
	flags+=(--timed-out)
	note "[$DCC_ARCH] guest did not finish within ${TIMEOUT}s: killed (HANG)"
	[ ! -f "$out/hang-cpus.txt" ] || note "[$DCC_ARCH] where its CPUs were: $(paste -sd ';' "$out/hang-cpus.txt" | sed 's/;/; /g')"
elif [ "$rc" -gt 128 ] && [ "$rc" -lt 160 ]; then
	flags+=(--stopped "QEMU died: killed by signal SIG$(kill -l "$((rc - 128))") after ${elapsed}s")
	note "[$DCC_ARCH] ${flags[1]}"
elif [ "$rc" != 0 ]; then
	flags+=(--stopped "QEMU exited with status $rc: $(tail -n 1 "$out/qemu-stderr.log")")
	note "[$DCC_ARCH] ${flags[1]}"
fi
echo "$rc" >"$out/qemu-exit-status"
# For make report, which reads the console again.
[ "${flags[0]:-}" != --stopped ] || echo "${flags[1]}" >"$out/qemu-stopped"

set +e
"$ktap_tool" --label "$DCC_ARCH" "${flags[@]}" --sentinel "dcc-init: done" \
	--start-marker dcc-start --ktap "$out/ktap.txt" --results "$out/results.tsv" \
	--observe "$out/observe.tsv" --host-samples "$out/host-samples.tsv" --hz "$hz" \
	--expect "$out/expect.tsv" --series "$SERIES" \
	--payload "$(dcc_payload)" "$out/console.log" | tee "$out/summary.txt"
verdict=${PIPESTATUS[0]}
set -e
[ -z "$retried" ] || echo "$DCC_ARCH: $retried" | tee -a "$out/summary.txt"
[ -z "$not_retried" ] || echo "$DCC_ARCH: $not_retried" | tee -a "$out/summary.txt"
# Wall time of QEMU (boot and suite) and of the parse, for make bench.
printf 'qemu_ms\t%s\nparse_ms\t%s\n' "$qemu_ms" "$(($(date +%s%3N) - start_ms - qemu_ms))" >"$out/timing.tsv"
# QEMU's wall time in the boot booted again, if one was.
[ -z "$retried" ] || printf 'hung_boot_ms\t%s\n' "$hung_ms" >>"$out/timing.tsv"
# No case at all: say why, when /init said it (a module that did not load,
# with the kernel's line before it).
if [ ! -s "$out/results.tsv" ]; then
	why=$(grep -m 1 -B 1 'dcc-init: load .* failed' "$out/console.log" | tr -d '\r' | paste -sd ' ' - || true)
	echo "$DCC_ARCH: no case reported${why:+: $why}" | tee -a "$out/summary.txt"
	[ "$verdict" != 0 ] || verdict=1
fi
if [ "$rc" != 0 ] && [ "$verdict" = 0 ]; then
	verdict=1
	echo "$DCC_ARCH: QEMU itself failed (status $rc), see $out/qemu-stderr.log" | tee -a "$out/summary.txt"
fi
note "[$DCC_ARCH] console log and results: $out"
exit "$verdict"
