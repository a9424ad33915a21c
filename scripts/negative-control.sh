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
	got=$(awk -F'\t' -v c="$case" '$1 == c { print $2 }' "$res")
	if [ "$rc" != 0 ] && echo "$got" | grep -qxE "$statuses"; then
		echo "$name: caught by $case ($got)"
		caught=$((caught + 1))
	else
		echo "$name: NOT caught by $case (got '${got:-nothing}', run exit $rc), see $(dirname "$res")"
		missed=$((missed + 1))
	fi
done <"$dir/expect"
echo "$name: $caught caught, $missed missed"
[ "$missed" = 0 ] && [ "$caught" -gt 0 ]
