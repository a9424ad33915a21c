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

# Cases the runs' expected-outcome table calls EMUFAIL (emulator behaviour
# that may or may not show: XFAIL when it does, PASS when not) read as PASS
# either way, as dcc_same_outcome does.
emu=$(for d in "$@"; do [ ! -f "$d/expect.tsv" ] || cat "$d/expect.tsv"; done |
	awk -F'\t' '!/^#/ && ($4 == "EMUFAIL" || $4 == "RACEFAIL") { print $3 }' | sort -u | paste -sd ' ' -)

# flaky.tsv: case, FLAKY or STABLE, and the count of each status seen.
awk -F'\t' -v runs=$# -v emu="$emu" '
	BEGIN { n_emu = split(emu, e, " "); for (i = 1; i <= n_emu; i++) is_emu[e[i]] = 1 }
	NF >= 2 && $1 != "" {
		base = $1
		sub(/\.[^.]*$/, "", base)
		if ($2 == "XFAIL" && ($1 in is_emu || base in is_emu))
			$2 = "PASS"
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
# PASS, SKIP (each judged against the table by the run itself) and XFAIL
# (an expected failure with its reason) are not failures.
failing=$(awk -F'\t' '$2 == "STABLE" && $3 !~ /^(PASS|SKIP|XFAIL):/' "$out/flaky.tsv" | wc -l)
{
	awk -F'\t' '$2 == "FLAKY" { printf "FLAKY %s: %s\n", $1, $3 }' "$out/flaky.tsv"
	echo "$# runs: $flaky flaky cases, $failing cases failing in every run"
	# Runs judged on a second boot after the known boot hang (run-guest.sh):
	# counted, so that repeats keep showing how often it happens.
	retried=0
	for d in "$@"; do
		[ ! -d "$d/hung-boot" ] || retried=$((retried + 1))
	done
	[ "$retried" = 0 ] || echo "$retried of $# runs booted twice: their first boot hung as the known emulator hang does (hung-boot/ in each)"
} | tee "$out/summary.txt"
[ "$flaky" = 0 ] && [ "$failing" = 0 ]
