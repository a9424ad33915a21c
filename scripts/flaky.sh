#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Compare the results of repeated runs of one kernel: a case whose status
# differs between runs (or that is missing from some) is FLAKY.
# Usage: flaky.sh OUT_DIR RUN_DIR... ; writes OUT_DIR/{runs.txt,flaky.tsv,summary.txt}.
# Exit: 0 every run passed and nothing flaked, 1 otherwise, 2 bad input.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ $# -ge 2 ] || die "usage: flaky.sh OUT_DIR RUN_DIR..."
out=$1
shift
for d in "$@"; do
	[ -s "$d/results.tsv" ] || die "$d has no results.tsv: not a finished run directory"
done
mkdir -p "$out" || die "cannot create $out: choose another RESULTS="
printf '%s\n' "$@" >"$out/runs.txt"

# flaky.tsv: case, FLAKY or STABLE, and the count of each status seen.
awk -F'\t' -v runs=$# '
	NF >= 2 && $1 != "" {
		if (!($1 in present)) order[++n] = $1
		if (!(($1, $2) in count)) kinds[$1] = kinds[$1] " " $2
		count[$1, $2]++
		present[$1]++
	}
	END {
		for (i = 1; i <= n; i++) {
			c = order[i]
			k = split(kinds[c], s, " ")
			desc = ""
			for (j = 1; j <= k; j++)
				desc = desc (j > 1 ? " " : "") s[j] ":" count[c, s[j]]
			if (present[c] < runs) {
				desc = desc " absent:" runs - present[c]
				k++
			}
			printf "%s\t%s\t%s\n", c, (k > 1 ? "FLAKY" : "STABLE"), desc
		}
	}' "${@/%//results.tsv}" >"$out/flaky.tsv"

flaky=$(awk -F'\t' '$2 == "FLAKY"' "$out/flaky.tsv" | wc -l)
failing=$(awk -F'\t' '$2 == "STABLE" && $3 !~ /^(PASS|SKIP):/' "$out/flaky.tsv" | wc -l)
{
	awk -F'\t' '$2 == "FLAKY" { printf "FLAKY %s: %s\n", $1, $3 }' "$out/flaky.tsv"
	echo "$# runs: $flaky flaky cases, $failing cases failing in every run"
} | tee "$out/summary.txt"
[ "$flaky" = 0 ] && [ "$failing" = 0 ]
