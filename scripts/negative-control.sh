#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Run the suite on a kernel broken on purpose (negative-controls/NAME: its
# patches, control.conf, expect) and check that the case meant to catch it
# does. Exit 0 only if every expectation holds. Usage: negative-control.sh NAME
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
export PATCHES=negative-controls/$name
export RESULTS=${RESULTS:-$DCC_TOP/results}/negative-$name

# Every control of one series and arch shares one patched copy of the tree
# and one build directory, both at fixed paths: switching controls puts
# back the files the previous one touched (fresh copies, fresh mtimes) and
# patches the new ones, so Kbuild rebuilds only those (an arch .S change:
# about a minute) instead of a cold kernel per control.
pristine=$DCC_CACHE/src/linux-source-$KVER
[ -f "$pristine/Makefile" ] || die "Linux $KVER source is not unpacked in $pristine: run 'make setup'"
tree=$DCC_CACHE/src/negative/linux-source-$KVER-$ARCH
state=$tree.applied
[ -f "$tree/.dcc-negative" ] || { rm -f "$state"; dcc_linked_copy "$pristine" "$tree" .dcc-negative; }
if [ -f "$state" ] && [ "$(head -n 1 "$state")" != "$name" ]; then
	tail -n +2 "$state" | while read -r f; do
		cp --remove-destination "$pristine/$f" "$tree/$f" 2>/dev/null || rm -f "$tree/$f"
		touch "$tree/$f" 2>/dev/null || true
	done
	rm -f "$state"
fi
if [ ! -f "$state" ]; then
	mapfile -t files < <(sed -n 's|^+++ b/||p' "$dir"/*.patch | sort -u)
	# Written first: an interrupted or failed apply is undone by the next run.
	{ echo "(applying $name)"; printf '%s\n' "${files[@]}"; } >"$state"
	for f in "${files[@]}"; do
		[ ! -f "$pristine/$f" ] || cp --remove-destination "$pristine/$f" "$tree/$f"
	done
	for p in "$dir"/*.patch; do
		patch -s -p1 -N -d "$tree" <"$p" >"$tree.patch.log" 2>&1 || {
			cat "$tree.patch.log" >&2
			die "negative control $name: ${p#"$DCC_TOP"/} does not apply to Linux $KVER: refresh it"
		}
	done
	{ echo "$name"; printf '%s\n' "${files[@]}"; } >"$state"
	note "[$name] applied to $tree (${#files[@]} file(s) differ from $pristine)"
fi
export DCC_NEGATIVE_TREE=$tree
export O=$DCC_CACHE/build/negative-$KVER-$ARCH
"$here/config.sh" "$ARCH"
"$here/build-kernel.sh" "$ARCH"
"$here/build-module.sh" "$ARCH"
"$here/initramfs.sh" "$ARCH"

caught=0
missed=0
while read -r selection case statuses; do
	case "$selection" in '' | '#'*) continue ;; esac
	note "[$name] running cases=$selection, expecting $case to be $statuses"
	rc=0
	CMDLINE="dcc_conformance.cases=$selection" "$here/run-guest.sh" "$ARCH" || rc=$?
	res=$(ls -d "$RESULTS"/*/latest)/results.tsv
	# The case itself, or any of its parameters (suite.case.param).
	got=$(awk -F'\t' -v c="$case" '$1 == c || index($1, c ".") == 1 { print $2 }' "$res" | paste -sd ' ' -)
	if [ "$rc" != 0 ] && echo "$got" | tr ' ' '\n' | grep -qxE "$statuses"; then
		echo "$name: caught by $case ($got)"
		caught=$((caught + 1))
	else
		echo "$name: NOT caught by $case (got '${got:-nothing}', run exit $rc), see $(dirname "$res")"
		missed=$((missed + 1))
	fi
done <"$dir/expect"
echo "$name: $caught caught, $missed missed"
[ "$missed" = 0 ] && [ "$caught" -gt 0 ]
