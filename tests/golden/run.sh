#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Golden tests for host/dcc-ktap over saved console logs: real runs of every
# arch (good and broken, from tests/golden/*.console) and hand-made hostile
# ones. Each NAME.console may have NAME.args (extra options); NAME.expected
# holds the verdict, exit status, results.tsv and observe.tsv.
# UPDATE=1 rewrites the .expected files (review the diff before committing).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
make -s --no-print-directory -C "$here/../host" ../../host/build/san/dcc-ktap || exit 2
tool=$here/../../host/build/san/dcc-ktap
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
# .args name files next to the consoles (expect tables) by their base name.
cd "$here" || exit 2
for console in "$here"/*.console; do
	name=$(basename "$console" .console)
	args=()
	[ -f "$here/$name.args" ] && read -r -a args <"$here/$name.args"
	{
		"$tool" --label "$name" --sentinel "dcc-init: done" --start-marker dcc-start \
			--results "$tmp/results.tsv" --observe "$tmp/observe.tsv" "${args[@]}" "$console"
		echo "--- exit $?"
		echo "--- results.tsv"
		cat "$tmp/results.tsv"
		echo "--- observe.tsv"
		cat "$tmp/observe.tsv"
	} >"$tmp/out" 2>&1
	if [ "${UPDATE:-}" = 1 ]; then
		cp "$tmp/out" "$here/$name.expected"
	fi
	if diff -u "$here/$name.expected" "$tmp/out"; then
		pass=$((pass + 1))
	else
		echo "golden mismatch: $name"
		fail=$((fail + 1))
	fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ] && [ "$pass" -gt 0 ]
