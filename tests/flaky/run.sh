#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The RUNS=N flake detector (scripts/flaky.sh) on fixture runs: a status
# that changes, a case missing from one run, a case failing every time,
# an expected failure, an emulator-dependent one.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
flaky=$here/../../scripts/flaky.sh
runs=$here/runs
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
bad=0

# expect NAME WANT_RC WANT_LINE RUN...: flaky.sh's exit status and one line
# of its flaky.tsv.
expect() {
	local name=$1 want_rc=$2 want_line=$3 rc=0
	shift 3
	"$flaky" "$out/$name" "$@" >/dev/null || rc=$?
	if [ "$rc" != "$want_rc" ]; then
		echo "FAIL $name: exit $rc, want $want_rc"
		bad=1
	elif ! grep -qxF "$want_line" "$out/$name/flaky.tsv"; then
		echo "FAIL $name: no line '$want_line' in flaky.tsv:"
		cat "$out/$name/flaky.tsv"
		bad=1
	else
		echo "ok   $name"
	fi
}

tab=$'\t'
expect stable 0 "dcc_direct.dcc_basic${tab}STABLE${tab}PASS:2" "$runs/pass1" "$runs/pass2"
expect skips-are-stable 0 "dcc_sharing.dcc_with_save_regs_ops${tab}STABLE${tab}SKIP:2" \
	"$runs/pass1" "$runs/pass2"
expect changed 1 "dcc_direct.dcc_basic${tab}FLAKY${tab}PASS:2 FAIL:1" \
	"$runs/pass1" "$runs/fail" "$runs/pass2"
expect missing 1 "dcc_sharing.dcc_with_save_regs_ops${tab}FLAKY${tab}SKIP:1 absent:1" \
	"$runs/pass1" "$runs/short"
expect always-failing 1 "dcc_direct.dcc_basic${tab}STABLE${tab}FAIL:2" "$runs/fail" "$runs/fail"
# An expected failure in every run is not a failure (the run judged it
# against its table); an EMUFAIL row reads alike shown (XFAIL) or not.
expect xfail-is-expected 0 "dcc_sharing.dcc_ipmodify_filter_update${tab}STABLE${tab}XFAIL:2" \
	"$runs/xfail1" "$runs/xfail1"
expect emufail-shown-or-not 0 "dcc_lifecycle.dcc_stress${tab}STABLE${tab}PASS:2" \
	"$runs/emu1" "$runs/emu2"
grep -q "^FLAKY dcc_direct.dcc_basic: PASS:2 FAIL:1$" "$out/changed/summary.txt" ||
	{ echo "FAIL summary does not name the flaky case"; bad=1; }
exit "$bad"
