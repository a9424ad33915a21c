#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# make negative-matrix: run every negative control of a series (KVER,
# default 6.12; one arch with ARCH), grouped by arch so that the controls
# of one arch share a patched tree and build dir, then print the matrix:
# each control, the clause it breaks, whether the suite caught it (and
# with which case), whether the kernel's own checks did (the boot-time
# FTRACE_STARTUP_TEST, the samples/ftrace direct-call modules), and the
# seconds it took. The table goes to
# RESULTS/negative-matrix-<series>[-<arch>].txt too.
# Exit 0 only if every control was caught and every baseline held.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
kver=${KVER:-6.12}
results_root=${RESULTS:-$DCC_TOP/results}
arches=$DCC_ARCHES
[ -z "${ARCH:-}" ] || arches=$(dcc_arch_normalise "$ARCH") || exit 2
mapfile -t controls < <(for a in $arches; do
	(cd "$DCC_TOP/negative-controls" && ls -d "$a-$kver-"* 2>/dev/null) || true
done)
[ ${#controls[@]} -gt 0 ] || die "no negative controls for Linux $kver${ARCH:+ on $ARCH} in negative-controls/"
mkdir -p "$results_root"
rc=0
for n in "${controls[@]}"; do
	start=$(date +%s)
	"$DCC_TOP/scripts/negative-control.sh" "$n" >"$results_root/negative-$n.log" 2>&1 || rc=1
	echo "$(($(date +%s) - start))" >"$results_root/negative-$n.seconds"
	tail -n 1 "$results_root/negative-$n.log" >&2
done
{
	printf '| control | clause broken | caught by the suite | kernel'"'"'s FTRACE_STARTUP_TEST | kernel'"'"'s samples/ftrace | s |\n'
	printf '|---|---|---|---|---|---|\n'
	for n in "${controls[@]}"; do
		v=$results_root/negative-$n/verdict.tsv
		clause=$(sed -n 's/^# Clause broken: \(.*\)\.$/\1/p' "$DCC_TOP/negative-controls/$n/control.conf")
		[ -n "$clause" ] || clause="none (baseline)"
		ours=$(awk -F'\t' '$1 == "suite" { sub(/^dcc_[a-z]*\./, "", $2); printf "%s%s: %s", sep, $2, $3; sep = "; " }' "$v" 2>/dev/null)
		theirs=$(awk -F'\t' '$1 == "selftest" { print $3 }' "$v" 2>/dev/null)
		samples=$(awk -F'\t' '$1 == "samples" { print $3 }' "$v" 2>/dev/null)
		# shellcheck disable=SC2016
		printf '| `%s` | %s | %s | %s | %s | %s |\n' "$n" "$clause" "${ours:-not run}" "${theirs:-not run}" \
			"${samples:-not run}" \
			"$(cat "$results_root/negative-$n.seconds")"
	done
} | tee "$results_root/negative-matrix-$kver${ARCH:+-$(dcc_arch_normalise "$ARCH")}.txt"
exit "$rc"
