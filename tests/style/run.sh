#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The kernel side in kernel style, judged by mainline's own tools (the 7.3
# tree that make setup unpacks): checkpatch.pl --strict on every kernel C,
# header and assembly file and on the riscv 6.1 backport patches, and
# kernel-doc -Wall on every C file and header. Anything either tool prints
# is a failure. With FILE arguments, only those files (a .patch is checked
# as a patch).
#
# Two adjustments, both to what checkpatch cannot know here:
# - a patch's folded mail headers (git format-patch folds a long From: or
#   Subject:) are unfolded first: checkpatch reads a header's continuation
#   line as part of the diff and reports whitespace errors that are not
#   in the patch;
# - UNKNOWN_COMMIT_ID is ignored: the commits a backport cites are
#   mainline's, and there is no kernel git history here to look them up.
set -uo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/scripts/lib.sh"
src=$DCC_CACHE/src/linux-source-7.3
for t in checkpatch.pl kernel-doc; do
	[ -f "$src/scripts/$t" ] || die "no $src/scripts/$t: run 'make setup' (it unpacks Linux 7.3)"
done
cd "$top" || exit 2
if [ $# -gt 0 ]; then
	files=("$@")
else
	files=(arch-*/*.[chS] common/*.h conformance/*.[ch] arch-riscv/patches/*/*.patch)
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bad=0
for f in "${files[@]}"; do
	[ -f "$f" ] || die "$f: no such file to check"
	case "$f" in
	*.patch)
		# Join a header's continuation lines (up to the first blank line).
		awk 'body || /^$/ { body = 1 }
			!body && /^[ \t]/ && NR > 1 { sub(/^[ \t]+/, " "); line = line $0; next }
			NR > 1 { print line }
			{ line = $0 }
			END { print line }' "$f" >"$tmp/p.patch"
		out=$(perl "$src/scripts/checkpatch.pl" --strict --no-tree --quiet \
			--ignore UNKNOWN_COMMIT_ID "$tmp/p.patch" 2>&1) || bad=1
		;;
	*)
		out=$(perl "$src/scripts/checkpatch.pl" --strict --no-tree --quiet -f "$f" 2>&1) || bad=1
		case "$f" in
		*.[ch]) out=$(printf '%s\n%s' "$out" "$("$src/scripts/kernel-doc" -none -Wall "$f" 2>&1)" |
			sed '/^$/d') ;;
		esac
		;;
	esac
	if [ -n "$out" ]; then
		bad=1
		echo "$f:"
		echo "$out" | sed 's/^/  /'
	fi
done
[ "$bad" = 0 ] && echo "${#files[@]} files: checkpatch.pl --strict and kernel-doc -Wall have nothing to say"
exit "$bad"
