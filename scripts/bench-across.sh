#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# bench-across.sh BENCH_DIR: the per-call cost of every arch and kernel
# that "make bench BENCH=percall" measured under BENCH_DIR (RESULTS/bench),
# one row per arch and kernel series, the newest run of each, in
# instructions per call. Prints nothing when fewer than two series were
# measured (the latest bench.txt then says it all). make report adds it to
# its "Benchmarks" section. With --tsv: the same figures (every series,
# even a lone one) as "arch, kernel, path, instructions" lines, for the
# report's bar chart.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
tsv=0
[ "${1:-}" != --tsv ] || { tsv=1; shift; }
dir=${1:?usage: bench-across.sh [--tsv] RESULTS/bench}
[ -d "$dir" ] || exit 0

# One line per measured figure: stamp, arch, kernel, path, insns. Stamps
# sort by time, so the newest run of an arch and series is read last.
rows=$(for run in "$dir"/[0-9]*T*Z; do
	[ -f "$run/percall.tsv" ] || continue
	awk -F'\t' -v run="$run" -v stamp="${run##*/}" '
		FNR == 1 || $3 !~ /^[0-9.]+$/ { next }
		{
			if (!($1 in kernel)) {
				f = run "/percall/" $1 "-kernel"
				kernel[$1] = "?"
				if ((getline k <f) > 0)
					kernel[$1] = k
				close(f)
			}
			printf "%s\t%s\t%s\t%s\t%s\n", stamp, $1, kernel[$1], $2, $3
		}' "$run/percall.tsv"
done)
[ -n "$rows" ] || exit 0

arch_order=$DCC_ARCHES
awk -F'\t' -v arches="$arch_order" -v tsv="$tsv" '
	function series(k, parts) {
		if (split(k, parts, ".") < 2)
			return k
		return parts[1] "." (parts[2] + 0)
	}
	{
		key = $2 "\t" series($3)
		if (stamp[key] != $1) {
			# A newer run of this arch and series replaces the older one.
			if (stamp[key] != "")
				for (p in v)
					if (index(p, key "\t") == 1)
						delete v[p]
			stamp[key] = $1
			kernel[key] = $3
		}
		v[key "\t" $4] = $5
		seen[key] = 1
		ser[series($3)] = 1
	}
	END {
		np = split("untraced direct direct+ops ops ops-save-regs kprobe", path, " ")
		if (tsv) {
			na = split(arches, arch, " ")
			for (p = 1; p <= np; p++)
				for (a = 1; a <= na; a++)
					for (key in seen) {
						split(key, kp, "\t")
						if (kp[1] == arch[a] && v[key "\t" path[p]] != "")
							printf "%d\t%d\t%s\t%s\t%s\t%s\n", p, a, arch[a],
								kernel[key], path[p], v[key "\t" path[p]]
					}
			exit
		}
		n = 0
		for (s in ser)
			n++
		if (n < 2)
			exit
		split("untraced direct direct+ops ops save-regs kprobe", head, " ")
		split("9 8 11 7 10 8", width, " ")
		print "Per-call cost across kernels: instructions per call, the newest"
		print "make bench BENCH=percall of each arch and kernel (\"-\": not measured"
		print "or not possible there)."
		print ""
		printf "%-16s", "kernel"
		for (i = 1; i <= np; i++)
			printf "%*s", width[i], head[i]
		printf "\n"
		na = split(arches, arch, " ")
		for (a = 1; a <= na; a++) {
			# Series in version order: pad each number for a text sort.
			m = 0
			for (key in seen) {
				split(key, kp, "\t")
				if (kp[1] != arch[a])
					continue
				split(kp[2], num, ".")
				order[++m] = sprintf("%05d.%05d\t%s", num[1], num[2], key)
			}
			for (i = 1; i <= m; i++)
				for (j = i + 1; j <= m; j++)
					if (order[j] < order[i]) {
						t = order[i]; order[i] = order[j]; order[j] = t
					}
			for (i = 1; i <= m; i++) {
				key = substr(order[i], index(order[i], "\t") + 1)
				printf "%-16s", arch[a] " " kernel[key]
				for (p = 1; p <= np; p++) {
					x = v[key "\t" path[p]]
					if (x != "")
						x = sprintf("%d", x + 0.5)
					printf "%*s", width[p], (x == "" ? "-" : x)
				}
				printf "\n"
				from[++nf] = sprintf("  %s: bench/%s", arch[a] " " kernel[key], stamp[key])
			}
			delete order
		}
		print ""
		print "Measured in (RESULTS/bench/):"
		for (i = 1; i <= nf; i++)
			print from[i]
	}' <<<"$rows" |
	# --tsv: in path, arch and kernel version order.
	if [ "$tsv" = 1 ]; then sort -t "$(printf '\t')" -k1,1n -k2,2n -k4,4V | cut -f3-; else cat; fi
