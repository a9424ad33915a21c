#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Run the suite on a kernel broken on purpose (negative-controls/NAME: its
# patches, control.conf, expect) and check that the case meant to catch it
# does. A control without patches is a baseline: the unpatched kernel of
# the same tree and build dir, whose cases must PASS. The kernel's own
# boot-time ftrace checks (FTRACE_STARTUP_TEST) run in one more boot of the
# same kernel, and their verdict goes next to ours in verdict.tsv. Exit 0
# only if every expectation holds. Usage: negative-control.sh NAME
# NC_ONLY=kernel: the kernel's own checks only (make kernel-checks).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
name=${1:-}
dir=$DCC_TOP/negative-controls/$name
[ -n "$name" ] && [ -f "$dir/control.conf" ] ||
	die "unknown negative control '$name': use one of $(cd "$DCC_TOP/negative-controls" && echo *)"
# shellcheck disable=SC1091
. "$dir/control.conf"
export ARCH KVER TIMEOUT
# A control may need the debug profile (arm64: an image over 128 MiB, so
# that calls from vmlinux reach module trampolines through ftrace_caller).
[ -z "${PROFILE:-}" ] || export PROFILE
export PATCHES=negative-controls/$name
export RESULTS=${RESULTS:-$DCC_TOP/results}/negative-$name

# Every control of one series and arch shares one patched copy of the tree
# and one build directory per profile, all at fixed paths: switching controls puts
# back the files the previous one touched (fresh copies, fresh mtimes) and
# patches the new ones, so Kbuild rebuilds only those (an arch .S change:
# about a minute) instead of a cold kernel per control.
pristine=$DCC_CACHE/src/linux-source-$KVER
[ -f "$pristine/Makefile" ] || die "Linux $KVER source is not unpacked in $pristine: run 'make setup'"
tree=$DCC_CACHE/src/negative/linux-source-$KVER-$ARCH
state=$tree.applied
# One control of a series and arch at a time: they share that tree and its
# build directory, which switching controls rewrites.
mkdir -p "$(dirname "$tree")"
exec {lock}>>"$tree.lock"
if ! flock -n "$lock"; then
	note "[$name] another negative control of Linux $KVER on $ARCH is running: waiting for it"
	flock "$lock"
fi
[ -f "$tree/.dcc-negative" ] || { rm -f "$state"; dcc_linked_copy "$pristine" "$tree" .dcc-negative; }
if [ -f "$state" ] && [ "$(head -n 1 "$state")" != "$name" ]; then
	tail -n +2 "$state" | while read -r f; do
		[ -n "$f" ] || continue
		cp --remove-destination "$pristine/$f" "$tree/$f" 2>/dev/null || rm -f "$tree/$f"
		touch "$tree/$f" 2>/dev/null || true
	done
	rm -f "$state"
fi
if [ ! -f "$state" ]; then
	mapfile -t files < <(cat "$dir"/*.patch 2>/dev/null | sed -n 's|^+++ b/||p' | sort -u)
	# Written first: an interrupted or failed apply is undone by the next run.
	{ echo "(applying $name)"; [ ${#files[@]} -eq 0 ] || printf '%s\n' "${files[@]}"; } >"$state"
	for f in "${files[@]}"; do
		[ ! -f "$pristine/$f" ] || cp --remove-destination "$pristine/$f" "$tree/$f"
	done
	shopt -s nullglob
	for p in "$dir"/*.patch; do
		patch -s -p1 -N -d "$tree" <"$p" >"$tree.patch.log" 2>&1 || {
			cat "$tree.patch.log" >&2
			die "negative control $name: ${p#"$DCC_TOP"/} does not apply to Linux $KVER: refresh it"
		}
	done
	{ echo "$name"; [ ${#files[@]} -eq 0 ] || printf '%s\n' "${files[@]}"; } >"$state"
	note "[$name] applied to $tree (${#files[@]} file(s) differ from $pristine)"
fi
export DCC_NEGATIVE_TREE=$tree
# One build directory per profile: switching between them rebuilds only
# what the patches touch, never a reconfigured kernel.
export O=$DCC_CACHE/build/negative-$KVER-$ARCH${PROFILE:+-$PROFILE}
# The kernel's own checks are built in; the suite's boots turn them off.
export EXTRA_FRAGMENT="$DCC_TOP/common/kconfig/selftest.config${EXTRA_FRAGMENT:+ $EXTRA_FRAGMENT}"
# And its direct-call samples, where the arch has them in this series.
# shellcheck disable=SC1091
karch=$(. "$(dcc_arch_dir "$ARCH")/arch.conf" && echo "$KARCH")
samples=
if grep -qs 'select HAVE_SAMPLE_FTRACE_DIRECT\b' "$tree/arch/$karch/Kconfig"; then
	samples=1
	EXTRA_FRAGMENT="$EXTRA_FRAGMENT $DCC_TOP/common/kconfig/samples.config"
fi
"$here/config.sh" "$ARCH"
"$here/build-kernel.sh" "$ARCH"
"$here/build-module.sh" "$ARCH"
"$here/initramfs.sh" "$ARCH"

baseline=0
compgen -G "$dir/*.patch" >/dev/null || baseline=1
verdicts=$RESULTS/verdict.tsv
mkdir -p "$RESULTS"
: >"$verdicts"
caught=0
missed=0
while read -r selection case statuses; do
	case "$selection" in '' | '#'*) continue ;; esac
	note "[$name] running cases=$selection, expecting $case to be $statuses"
	rc=0
	start=$(date +%s)
	# "*": the whole catalogue.
	sel="dcc_conformance.cases=$selection"
	[ "$selection" != "*" ] || sel=""
	CMDLINE="ftrace=nop${sel:+ $sel}" RESULTS=$RESULTS/suite \
		"$here/run-guest.sh" "$ARCH" || rc=$?
	res=$(ls -d "$RESULTS"/suite/*/latest)/results.tsv
	# The case itself, or any of its parameters (suite.case.param).
	got=$(awk -F'\t' -v c="$case" '$1 == c || index($1, c ".") == 1 { print $2 }' "$res" | paste -sd ' ' -)
	if [ "$baseline" = 1 ]; then
		# Every parameter as expected, and the run green.
		if [ "$rc" = 0 ] && [ -n "$got" ] && ! echo "$got" | tr ' ' '\n' | grep -qvxE "$statuses"; then
			verdict="holds ($got)"
		else
			verdict="BROKEN (got '${got:-nothing}', run exit $rc)"
		fi
	elif [ "$rc" != 0 ] && echo "$got" | tr ' ' '\n' | grep -qxE "$statuses"; then
		verdict="caught ($got)"
	else
		verdict="MISSED (got '${got:-nothing}', run exit $rc)"
	fi
	case $verdict in
	holds* | caught*) caught=$((caught + 1)) ;;
	*) missed=$((missed + 1)) ;;
	esac
	echo "$name: $case: $verdict, see $(dirname "$res")"
	printf 'suite\t%s\t%s\t%s\n' "$case" "$verdict" "$(($(date +%s) - start))" >>"$verdicts"
done < <([ "${NC_ONLY:-}" = kernel ] || cat "$dir/expect")

# The kernel's own checks, same kernel: the boot-time selftests run before
# /init (one case after them, so that the run ends). They catch the
# control if a test says FAILED, or the kernel crashed or hung before
# /init; they miss it if every test passed and /init ran.
start=$(date +%s)
rc=0
# earlycon: the function tracer's tests run before the console is up.
# dcc.samples=1: then /init runs the kernel's direct-call samples.
CMDLINE="earlycon${samples:+ dcc.samples=1} dcc_conformance.cases=dcc_basic" \
	RESULTS=$RESULTS/selftest "$here/run-guest.sh" "$ARCH" >/dev/null 2>&1 || rc=$?
con=$(ls -d "$RESULTS"/selftest/*/latest)/console.log
tests=$(grep -cE 'Testing (tracer|dynamic ftrace|ftrace)' "$con" || true)
# pr_cont lines: "FAILED" may be cut from its "Testing" line.
failed=$(sed -n '/Run \/init/q;p' "$con" | grep -m 1 -E 'FAILED' | tr -d '\r' || true)
early=$(sed -n '/Run \/init/q;p' "$con" | grep -oE 'Kernel panic|Oops|BUG:|WARNING:|Unable to handle' | head -n 1 || true)
if [ "$tests" = 0 ] && grep -q 'Run /init' "$con"; then
	selftest="not run (no 'Testing ...' line: is FTRACE_STARTUP_TEST in the kernel?)"
elif [ -n "$failed" ]; then
	selftest="caught ($failed)"
elif [ -n "$early" ]; then
	selftest="caught ($early during the selftests)"
elif ! grep -q 'Run /init' "$con"; then
	last=$(grep -oE 'Testing [^:]*' "$con" | tail -n 1 || true)
	case $(cat "$(dirname "$con")/qemu-exit-status") in
	0) how="the kernel rebooted (panic=-1) silently" ;;
	137) how="the kernel hung" ;;
	*) how="QEMU stopped (status $(cat "$(dirname "$con")/qemu-exit-status"))" ;;
	esac
	selftest="caught ($how before /init; last test line: '${last:-none}')"
else
	selftest="missed ($tests tests passed)"
fi
[ "$baseline" = 0 ] || case $selftest in missed*) selftest="holds (${selftest#missed (}" ;; esac
echo "$name: kernel's own FTRACE_STARTUP_TEST: $selftest, see $(dirname "$con")"
printf 'selftest\tFTRACE_STARTUP_TEST\t%s\t%s\n' "$selftest" "$(($(date +%s) - start))" >>"$verdicts"
case $selftest in
not*) missed=$((missed + 1)) ;;
caught*) [ "$baseline" = 0 ] || missed=$((missed + 1)) ;;
esac

# The samples (guest/init.c, run_samples()): each loaded alone and then
# shared with the function tracer. They catch the control if a sample
# reports "not ok", or the kernel oopsed, warned, hung or died between
# their start and done lines; they miss it if all were ok.
samples_verdict() {
	local con=$1 out last bad
	out=$(sed -n '/dcc-samples: start/,/dcc-samples: done/p' "$con" | tr -d '\r')
	[ -n "$out" ] || { echo "not run (no 'dcc-samples: start' line on the console)"; return; }
	last=$(echo "$out" | sed -n 's/.*dcc-samples: running //p' | tail -n 1)
	bad=$(echo "$out" | grep -m 1 -oE 'dcc-samples: not ok .*' || true)
	if [ -n "$bad" ]; then
		echo "caught (${bad#dcc-samples: })"
	elif echo "$out" | grep -qE 'Kernel panic|Oops|BUG:|WARNING:|Unable to handle'; then
		echo "caught ($(echo "$out" | grep -m 1 -oE 'Kernel panic|Oops|BUG:|WARNING:|Unable to handle') while $last)"
	elif ! echo "$out" | grep -q 'dcc-samples: done'; then
		echo "caught (the kernel stopped while $last)"
	else
		echo "missed ($(echo "$out" | sed -n 's/.*dcc-samples: done, //p'))"
	fi
}
if [ -n "$samples" ]; then
	sv=$(samples_verdict "$con")
	case $sv in
	not*)
		# The selftests stopped the kernel before /init: the samples
		# get a boot of their own, without the selftests.
		CMDLINE="ftrace=nop dcc.samples=1 dcc_conformance.cases=dcc_basic" \
			RESULTS=$RESULTS/samples "$here/run-guest.sh" "$ARCH" >/dev/null 2>&1 || true
		con=$(ls -d "$RESULTS"/samples/*/latest)/console.log
		sv=$(samples_verdict "$con")
		;;
	esac
else
	sv="n/a (arch/$karch of Linux $KVER has no HAVE_SAMPLE_FTRACE_DIRECT)"
fi
[ "$baseline" = 0 ] || case $sv in missed*) sv="holds (${sv#missed (}" ;; esac
echo "$name: kernel's own samples/ftrace: $sv, see $(dirname "$con")"
printf 'samples\tsamples/ftrace\t%s\t%s\n' "$sv" 0 >>"$verdicts"
case $sv in
not*) missed=$((missed + 1)) ;;
caught*) [ "$baseline" = 0 ] || missed=$((missed + 1)) ;;
esac

if [ "$baseline" = 1 ]; then
	echo "$name: baseline: $caught held, $missed broken"
else
	echo "$name: $caught caught, $missed missed"
fi
[ "$missed" = 0 ] && { [ "$caught" -gt 0 ] || [ "${NC_ONLY:-}" = kernel ]; }
