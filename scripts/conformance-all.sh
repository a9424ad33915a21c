#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make conformance over several arches: each arch's job (conformance.sh)
# runs at the same time as the others (SERIAL=1: one after another). The
# terminal shows each arch's progress lines ("dcc: [<arch>] ..." notes) as
# they come, then each arch's verdict in the order asked for; the full
# output of an arch is kept in its run directory's conformance.log (and in
# RESULTS/conformance-<arch>.log). Every arch runs even if another fails;
# the status is the worst. Usage: conformance-all.sh ARCH...
set -uo pipefail
here=$(dirname "$0")
. "$here/lib.sh"
if [ $# -le 1 ] || [ "${SERIAL:-}" = 1 ]; then
	rc=0
	for a; do
		"$here/conformance.sh" "$a" || rc=1
	done
	exit "$rc"
fi

results_root=${RESULTS:-$DCC_TOP/results}
mkdir -p "$results_root" || die "RESULTS=$results_root is not writable: choose another directory with RESULTS="
logs=$(mktemp -d "${TMPDIR:-/tmp}/dcc-conformance.XXXXXX")
trap 'rm -rf "$logs"' EXIT
note "running $* at the same time (SERIAL=1: one after another); progress:"
pids=()
files=()
for a; do
	: >"$logs/$a.log"
	files+=("$logs/$a.log")
	(
		rc=0
		DCC_RUN_DIR_FILE=$logs/$a.dir "$here/conformance.sh" "$a" >"$logs/$a.log" 2>&1 || rc=$?
		echo "$rc" >"$logs/$a.rc"
	) &
	pids+=($!)
done
# Progress: every arch's notes, as they come, one line each.
tail -q -n +1 -F "${files[@]}" 2>/dev/null | grep --line-buffered '^dcc: \[' &
tailer=$!
for p in "${pids[@]}"; do
	wait "$p"
done
sleep 0.5
kill "$tailer" 2>/dev/null
wait "$tailer" 2>/dev/null

# Then each arch's verdict (what is not a progress line), in order.
rc=0
for a; do
	echo "== $a"
	grep -v '^dcc: \[' "$logs/$a.log"
	cp "$logs/$a.log" "$results_root/conformance-$a.log"
	dir=$(cat "$logs/$a.dir" 2>/dev/null || true)
	[ -z "$dir" ] || [ ! -d "$dir" ] || cp "$logs/$a.log" "$dir/conformance.log"
	[ "$(cat "$logs/$a.rc" 2>/dev/null)" = 0 ] || rc=1
done
exit "$rc"
