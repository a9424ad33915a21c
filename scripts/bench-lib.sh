# shellcheck shell=bash
# SPDX-License-Identifier: GPL-2.0
# The arithmetic and tables of make bench (scripts/bench-percall.sh,
# scripts/bench-suite.sh), apart so that tests/bench/run.sh can feed them
# fixtures. Sourced, never run. Tables fit in 72 columns (report.txt is
# meant for an email reply).

# median(k): the median of v[k, 1..n[k]], numerically; "" if none.
BENCH_AWK_MEDIAN='
function median(k,   m, j, l, s, x) {
	m = n[k]
	if (!m)
		return ""
	for (j = 1; j <= m; j++)
		s[j] = v[k, j]
	for (j = 1; j <= m; j++)
		for (l = j + 1; l <= m; l++)
			if (s[l] + 0 < s[j] + 0) { x = s[j]; s[j] = s[l]; s[l] = x }
	return m % 2 ? s[(m + 1) / 2] : (s[m / 2] + s[m / 2 + 1]) / 2
}'

# bench_percall_parse ARCH RUN < CONSOLE: the lines of one benchmark boot
# (conformance/dcc_percall.c) as rows: arch, run, path, instructions per
# call or "n/a", the reason; and the facts "#ticks" (instructions per
# counter tick) and "#site" (patch-site bytes attached, detached).
bench_percall_parse() {
	awk -v arch="$1" -v run="$2" '
		function kv(key,   i, f) {
			for (i = 1; i <= NF; i++)
				if (index($i, key "=") == 1)
					return substr($i, length(key) + 2)
			return ""
		}
		{ sub(/\r$/, "") }
		/dcc-bench: spin / { spin_n = kv("n"); spin_t = kv("ticks"); hz = kv("hz") }
		/dcc-bench: empty / { empty = kv("ticks") }
		/dcc-bench: path=/ {
			p = kv("path"); order[++np] = p
			if ($0 ~ / na=/) { na[p] = substr($0, index($0, " na=") + 4); next }
			n[p] = kv("n"); t[p] = kv("ticks")
		}
		/dcc-bench: site-on=/ { site_on = kv("site-on") }
		/dcc-bench: site-off=/ { site_off = kv("site-off") }
		END {
			if (spin_t <= 0 || hz <= 0) {
				print "no calibration line (dcc-bench: spin ... hz=)" > "/dev/stderr"
				exit 1
			}
			if (empty == "") {
				print "no loop-overhead line (dcc-bench: empty ...)" > "/dev/stderr"
				exit 1
			}
			# Under -icount shift=0 one instruction is one nanosecond:
			# a tick is 1e9 / hz instructions (riscv 100, arm64 16,
			# x86_64 1), and the spin loop must say so.
			k = int(1e9 / hz + 0.5)
			r = 2 * spin_n / spin_t
			if (k < 1 || (r - k) / k > 0.001 || (k - r) / k > 0.001) {
				printf "the guest counter does not count instructions (%.4f per tick, %d expected at %d Hz): is -icount shift=0 in effect?\n", r, k, hz > "/dev/stderr"
				exit 1
			}
			printf "%s\t%d\t#ticks\t%d\n", arch, run, k
			printf "%s\t%d\t#site\t%s\t%s\n", arch, run, site_on, site_off
			for (i = 1; i <= np; i++) {
				p = order[i]
				if (p in na) printf "%s\t%d\t%s\tn/a\t%s\n", arch, run, p, na[p]
				else if (n[p] <= 0) {
					printf "path %s timed no calls\n", p > "/dev/stderr"
					exit 1
				} else printf "%s\t%d\t%s\t%.2f\n", arch, run, p, (t[p] - empty) * k / n[p]
			}
		}'
}

# bench_percall_runs ARCH < RUNS_TSV: one line per path over every boot:
# arch, path, median, "yes" if every boot gave the same figure, the
# figures, the reason of an n/a. RUNS_TSV rows: arch, run, path, figure or
# "n/a", reason; rows whose path starts with "#" are facts, not figures.
bench_percall_runs() {
	awk -F'\t' -v arch="$1" "$BENCH_AWK_MEDIAN"'
		$3 ~ /^#/ { next }
		{ p = $3
		  if (!(p in seen)) { seen[p] = 1; order[++np] = p }
		  n[p]++; v[p, n[p]] = $4; why[p] = $5
		  all[p] = all[p] (all[p] == "" ? "" : ",") $4 }
		END {
			for (i = 1; i <= np; i++) {
				p = order[i]
				same = "yes"
				for (j = 2; j <= n[p]; j++)
					if (v[p, j] != v[p, 1])
						same = "no"
				m = v[p, 1] == "n/a" ? "n/a" : sprintf("%.2f", median(p))
				printf "%s\t%s\t%s\t%s\t%s\t%s\n", arch, p, m, same, all[p], why[p]
			}
		}'
}

# bench_percall_table STATIC TSV CALLS RUNS: the per-call table. STATIC
# rows: arch, fact, value[, disassembly]; TSV: bench_percall_runs' rows
# under a header line, or "arch - - - - why" for an arch without figures.
bench_percall_table() {
	awk -F'\t' -v calls="$3" -v runs="$4" '
		FILENAME == ARGV[1] { s[$1, $2] = $3; dis[$1, $2] = $4; next }
		FNR == 1 { next }
		!($1 in aseen) { aseen[$1] = 1; arch[++na] = $1 }
		$2 == "-" { bad[$1] = $6; next }
		!($2 in pseen) { pseen[$2] = 1; path[++np] = $2 }
		{ v[$1, $2] = $3; same[$1, $2] = $4; why[$1, $2] = $6 }
		function cell(a, p,   u) {
			if (a in bad)
				return "-"
			if (v[a, p] == "n/a")
				return "n/a"
			u = v[a, "untraced"]
			return sprintf("%.2f (%.2fx)%s", v[a, p], u > 0 ? v[a, p] / u : 0,
				same[a, p] == "yes" ? "" : " !")
		}
		END {
			print "Per-call cost: instructions per call of a trivial noinline function"
			print "(ratio to the untraced call), under QEMU TCG -icount shift=0 -smp 1,"
			printf "%d calls per path, loop overhead subtracted, median of %d boots.\n\n", calls, runs
			printf "%-16s", "path"
			for (i = 1; i <= na; i++)
				printf "%-17s ", arch[i] " " s[arch[i], "kernel"]
			printf "\n"
			for (j = 1; j <= np; j++) {
				printf "%-16s", path[j]
				for (i = 1; i <= na; i++)
					printf "%-17s ", cell(arch[i], path[j])
				printf "\n"
			}
			printf "%-16s", "identical boots"
			for (i = 1; i <= na; i++) {
				a = arch[i]
				all = "yes"
				for (j = 1; j <= np; j++)
					if (same[a, path[j]] == "no")
						all = "NO"
				printf "%-17s ", (a in bad) ? "-" : all
			}
			printf "\n%-16s", "insns per tick"
			for (i = 1; i <= na; i++)
				printf "%-17s ", s[arch[i], "ticks"] == "" ? "-" : s[arch[i], "ticks"]
			printf "\n\nStatic instructions, and the direct path against its floor:\n"
			for (i = 1; i <= na; i++) {
				a = arch[i]
				if (a in bad) {
					printf "%s: no figures: %s\n", a, bad[a]
					continue
				}
				printf "%s: dcc_bench_tramp %d; dcc_tramp_a %d (calls a C handler)\n", a,
					s[a, "nop_tramp"], s[a, "suite_tramp"]
				# Without a direct call there is no attached site.
				if (v[a, "direct"] == "n/a" || !((a, "site_on") in s))
					continue
				printf "%s: patch site: attaching changed %d instructions into %d\n", a,
					s[a, "site_off"], s[a, "site_on"]
				printf "  attached: %s\n  detached: %s\n", dis[a, "site_on"], dis[a, "site_off"]
				fl = v[a, "untraced"] - s[a, "site_off"] + s[a, "site_on"] + s[a, "nop_tramp"]
				# A lone direct call reached through the CALL_OPS fast path.
				fp = ""
				if ((a, "fastpath") in s) {
					fl += s[a, "fastpath"]
					fp = sprintf(" + fast path %d", s[a, "fastpath"])
				}
				# In hundredths, so that a difference of 0 never prints "-0.00".
				d = int((v[a, "direct"] - fl) * 100 + (v[a, "direct"] >= fl ? 0.5 : -0.5))
				printf "%s: direct floor %.2f, measured %.2f (%s%d.%02d)\n", a, fl,
					v[a, "direct"], d < 0 ? "-" : "+", (d < 0 ? -d : d) / 100, (d < 0 ? -d : d) % 100
				printf "  floor = untraced - %d + %d%s + %d\n",
					s[a, "site_off"], s[a, "site_on"], fp, s[a, "nop_tramp"]
			}
			for (i = 1; i <= na; i++)
				for (j = 1; j <= np; j++)
					if (v[arch[i], path[j]] == "n/a")
						printf "n/a: %s %s: %s\n", arch[i], path[j], why[arch[i], path[j]]
			for (i = 1; i <= na; i++)
				for (j = 1; j <= np; j++)
					if (same[arch[i], path[j]] == "no")
						printf "!: %s %s differs between boots (percall/%s.runs.tsv)\n",
							arch[i], path[j], arch[i]
		}' "$1" "$2" | sed 's/ *$//'
}

# bench_suite_table TSV: the suite-speed table, one block per arch.
# TSV rows (after a header): arch, tool, mode, run, stage, seconds; the
# stage "vmlinux-relinked" marks a warm dcc run that relinked vmlinux.
bench_suite_table() {
	awk -F'\t' "$BENCH_AWK_MEDIAN"'
		NR == 1 { next }
		$1 != "all" && !($1 in aseen) { aseen[$1] = 1; arch[++na] = $1 }
		$5 == "vmlinux-relinked" { relinked[$1] = 1; next }
		$5 == "failed" { failed[$1] = failed[$1] " " $2 " " $3 " run " $4 ","; next }
		{ k = $1 SUBSEP $2 SUBSEP $3 SUBSEP $5; n[k]++; v[k, n[k]] = $6 }
		function cell(k,   x) {
			x = median(k)
			return x == "" ? "-" : sprintf("%.1f", x)
		}
		# dcc and kunit.py in MODE per arch, side by side: total, ratio,
		# and the STAGE of dcc as LABEL, under the heading T1, T2.
		function side_by_side(mode, t1, t2, stage, label,   a, d, k, head) {
			for (a = 1; a <= na; a++) {
				d = median(arch[a] SUBSEP "dcc" SUBSEP mode SUBSEP "total")
				k = median(arch[a] SUBSEP "kunit.py" SUBSEP mode SUBSEP "total")
				if (d == "" && k == "")
					continue
				if (!head++) {
					print ""
					print t1
					print t2
					printf "%-11s%10s%10s%14s%14s\n", "", "dcc", "kunit.py", "dcc/kunit.py", label
				}
				printf "%-11s%10s%10s%14s%14s\n", arch[a], d == "" ? "-" : sprintf("%.1f", d),
					k == "" ? "-" : sprintf("%.1f", k),
					(d != "" && k + 0 > 0) ? sprintf("%.2f", d / k) : "-",
					cell(arch[a] SUBSEP "dcc" SUBSEP mode SUBSEP stage)
			}
		}
		END {
			split("setup config kernel init-wait module initramfs boot run parse total", st, " ")
			nst = 10
			split("dcc cold|dcc warm|kunit.py cold|kunit.py warm", col, "|")
			print "Suite speed: wall seconds on this machine, the median of \"runs\"."
			print "dcc: make ARCH=<arch> conformance; kunit.py: the same suite through"
			print "tools/testing/kunit/kunit.py run. cold: empty build dir and ccache;"
			print "warm: one line of the test module changed. kunit.py reports only"
			print "configuring, building and running (its boot, run and parse)."
			for (a = 1; a <= na; a++) {
				printf "\n%-11s", arch[a]
				for (c = 1; c <= 4; c++)
					printf "%15s", col[c]
				printf "\n%-11s", "runs"
				for (c = 1; c <= 4; c++) {
					split(col[c], tm, " ")
					printf "%15d", n[arch[a] SUBSEP tm[1] SUBSEP tm[2] SUBSEP "total"]
				}
				printf "\n"
				for (i = 1; i <= nst; i++) {
					printf "%-11s", st[i]
					for (c = 1; c <= 4; c++) {
						split(col[c], tm, " ")
						printf "%15s", cell(arch[a] SUBSEP tm[1] SUBSEP tm[2] SUBSEP st[i])
					}
					printf "\n"
				}
				printf "%-11s", "slowest"
				for (c = 1; c <= 4; c++) {
					split(col[c], tm, " ")
					slow = "-"
					sv = -1
					for (i = 1; i < nst; i++) {
						x = median(arch[a] SUBSEP tm[1] SUBSEP tm[2] SUBSEP st[i])
						if (x != "" && x + 0 > sv) {
							sv = x + 0
							slow = st[i]
						}
					}
					printf "%15s", slow
				}
				printf "\n"
				for (m = 1; m <= 2; m++) {
					mode = m == 1 ? "cold" : "warm"
					d = median(arch[a] SUBSEP "dcc" SUBSEP mode SUBSEP "total")
					k = median(arch[a] SUBSEP "kunit.py" SUBSEP mode SUBSEP "total")
					if (d != "" && k != "" && d > 0)
						printf "%s %s: kunit.py takes %.1fx the time of dcc\n", arch[a], mode, k / d
					# Up to a bootable kernel: the stages before boot.
					d = 0
					k = 0
					for (i = 1; i <= 6; i++) {
						d += median(arch[a] SUBSEP "dcc" SUBSEP mode SUBSEP st[i])
						k += median(arch[a] SUBSEP "kunit.py" SUBSEP mode SUBSEP st[i])
					}
					if (d > 0 && k > 0)
						printf "%s %s, building only: kunit.py takes %.1fx the time of dcc\n",
							arch[a], mode, k / d
				}
				if (arch[a] in failed)
					printf "%s failed, not counted:%s see suite/\n", arch[a], failed[arch[a]]
				if (n[arch[a] SUBSEP "dcc" SUBSEP "warm" SUBSEP "total"])
					printf "%s dcc warm: vmlinux relinked: %s\n", arch[a],
						relinked[arch[a]] ? "YES (it must not be)" : "no"
			}
			# A one-file kernel change, the loop of a developer on one
			# suite (the edited one alone), and the goals of the edit-run loop.
			side_by_side("kernel", "One-file kernel change (a line added to kernel/trace/ftrace.c),",
				"rebuild and run, median wall seconds:", "kernel", "dcc kernel")
			side_by_side("suite", "Warm, the edited suite alone (one line changed; dcc: cases=,",
				"kunit.py: its filter), median wall seconds:", "run", "dcc run")
			all = median("all" SUBSEP "dcc" SUBSEP "warm" SUBSEP "total")
			if (all != "") {
				print ""
				printf "All arches at once (make conformance, warm, one line of the test\n"
				printf "module changed): %.1f s, the median of %d; vmlinux relinked: %s\n",
					all, n["all" SUBSEP "dcc" SUBSEP "warm" SUBSEP "total"],
					relinked["all"] ? "YES (it must not be)" : "no"
			}
			head = 0
			split("cold|warm|suite", gm, "|")
			split("cold|warm|warm, the edited suite alone", gl, "|")
			for (a = 1; a <= na; a++)
				for (m = 1; m <= 3; m++) {
					mode = gm[m]
					goal = m == 1 ? 0.8 : 0.5
					d = median(arch[a] SUBSEP "dcc" SUBSEP mode SUBSEP "total")
					k = median(arch[a] SUBSEP "kunit.py" SUBSEP mode SUBSEP "total")
					if (d == "" || k == "" || k <= 0)
						continue
					if (!head++) {
						print ""
						print "Goals: dcc/kunit.py <= 0.8 cold and <= 0.5 warm (the whole"
						print "suite, and the edited suite alone), per arch; all arches at"
						print "once <= 30 s."
					}
					printf "%s %s: dcc/kunit.py %.2f, %s\n", arch[a], gl[m], d / k,
						d / k <= goal ? "met" : "NOT met"
				}
			if (all != "")
				printf "all arches at once: %.1f s, %s\n", all, all <= 30 ? "met" : "NOT met"
		}' "$1"
}
