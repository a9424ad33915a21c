#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make soak ARCH=<arch> RUNS=N [SOAK_JOBS=J] [CMDLINE=...]: boot the kernel
# that make conformance built N times (J guests at once, default 1), each
# run judged as make run judges it, and count the outcomes: how many runs
# passed, and for the others what stopped them (the first case that did
# not pass, with its status and reason; for a guest that never reached
# KTAP, the last line its console printed, early console included).
# Writes RESULTS/<arch>-<series>/soak-<stamp>/ (soak.tsv: one line per
# run; soak.txt: the rates; flaky.tsv: cases whose status changed) and
# exits 0 only if every run passed.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
runs=${RUNS:-100}
case "$runs" in
'' | *[!0-9]* | 0) die "RUNS=$runs is not a positive number of boots" ;;
esac
jobs=${SOAK_JOBS:-1}
case "$jobs" in
'' | *[!0-9]* | 0) die "SOAK_JOBS=$jobs is not a positive number of guests at once" ;;
esac
# SOAK_BOOT_RETRY=1: boot again after the known boot hang, as make run
# does (run-guest.sh), to see that it is recognised; by default each run
# boots once, so that the counts show how often the hang happens.
retry=${SOAK_BOOT_RETRY:-0}
case "$retry" in
0 | 1) ;;
*) die "SOAK_BOOT_RETRY=$retry is not 0 or 1" ;;
esac
dcc_context "$1"
if [ ! -f "$BUILD_DIR/$KIMAGE" ] || [ ! -f "$BUILD_DIR/dcc-guest/initramfs.cpio" ]; then
	die "[$DCC_ARCH] nothing to soak in $BUILD_DIR: run 'make ARCH=$DCC_ARCH conformance' first"
fi

results_root=${RESULTS:-$DCC_TOP/results}
base=$results_root/$(dcc_run_name)
mkdir -p "$base" || die "cannot create $base: choose another RESULTS="
out=$base/soak-$(date -u +%Y%m%dT%H%M%SZ)
n=1
until mkdir "$out" 2>/dev/null; do
	out=${out%.*}.$n
	n=$((n + 1))
done
note "[$DCC_ARCH] soak: $runs boots of Linux $KERNEL_VERSION, $jobs at a time, in $out"
start=$(date +%s)

# One boot: run-guest.sh with this build directory held by us (dcc_context
# exported DCC_LOCKED_BUILD), so that the guests may share it. No second
# boot after the known boot hang unless SOAK_BOOT_RETRY=1.
boot() {
	local i=$1 rc=0
	DCC_BOOT_RETRY=$retry DCC_RUN_DIR_FILE=$out/.dir-$i RUNS=1 "$DCC_TOP/scripts/run-guest.sh" "$DCC_ARCH" \
		>"$out/run-$i.log" 2>&1 || rc=$?
	echo "$rc" >"$out/.rc-$i"
}
for i in $(seq "$runs"); do
	while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
		wait -n || true
	done
	boot "$i" &
done
wait

# outcome DIR RC: "pass", or what stopped the run.
outcome() {
	local dir=$1 rc=$2 first last
	if [ -z "$dir" ] || [ ! -d "$dir" ]; then
		echo "no run directory (run-guest.sh status $rc)"
		return
	fi
	if [ "$rc" = 0 ] && [ -d "$dir/hung-boot" ]; then
		echo "pass, booted twice (the known boot hang: $(cut -c1-100 "$dir/hung-boot/hang-cpus.txt" 2>/dev/null | paste -sd ';' -))"
		return
	fi
	if [ "$rc" = 0 ]; then
		echo pass
		return
	fi
	first=$(awk -F'\t' '$2 != "PASS" && $2 != "SKIP" && $2 != "XFAIL" {
		printf "%s %s: %s", $2, $1, substr($3, 1, 100); exit }' "$dir/results.tsv" 2>/dev/null || true)
	[ -n "$first" ] || first="failed (run-guest.sh status $rc), every case passed: see summary.txt"
	case "$first" in
	"HANG boot"* | "CRASH boot"* | "FAIL boot"*)
		last=$(tr -d '\r' <"$dir/console.log" | grep -v '^[[:space:]]*$' | tail -n 1 | cut -c1-100)
		first="$first; last console line: ${last:-none (nothing printed)}"
		;;
	esac
	echo "$first"
}
dirs=()
for i in $(seq "$runs"); do
	dir=$(cat "$out/.dir-$i" 2>/dev/null || true)
	printf '%s\t%s\t%s\n' "$i" "${dir:--}" "$(outcome "$dir" "$(cat "$out/.rc-$i")")"
	[ -z "$dir" ] || dirs+=("$dir")
done >"$out/soak.tsv"
rm -f "$out"/.dir-* "$out"/.rc-*
[ ${#dirs[@]} -lt 2 ] || "$DCC_TOP/scripts/flaky.sh" "$out" "${dirs[@]}" >/dev/null || true

passed=$(awk -F'\t' '$3 ~ /^pass/' "$out/soak.tsv" | wc -l)
{
	echo "soak $DCC_ARCH Linux $KERNEL_VERSION$([ -z "${CMDLINE:-}" ] || echo " ($CMDLINE)"): $runs boots, $jobs at a time, $(($(date +%s) - start)) s"
	echo "$(date -u +%Y-%m-%d), $(uname -n), $(nproc) cpus, $("$QEMU" --version | head -n 1)"
	awk -F'\t' '{ n[$3]++ } END { for (o in n) printf "%6d/%d  %s\n", n[o], NR, o }' "$out/soak.tsv" | sort -k1,1nr
	[ ! -f "$out/flaky.tsv" ] || awk -F'\t' '$2 == "FLAKY" { printf "  FLAKY %s: %s\n", $1, $3 }' "$out/flaky.tsv"
	# Host-starved RCU stalls are not failures; say how many runs had one.
	s=$(for d in "${dirs[@]}"; do grep -l 'warning: RCU stall' "$d/summary.txt" 2>/dev/null || true; done | wc -l)
	[ "$s" = 0 ] || echo "  $s runs had an RCU stall of a starved emulator (not judged; see their summary.txt)"
} | tee "$out/soak.txt"
ln -sfn "$(basename "$out")" "$base/soak-latest"
[ "$passed" = "$runs" ]
