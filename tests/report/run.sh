#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Tests for host/dcc-report and host/dcc-compare (sanitized builds) over run
# directories made from the golden console logs: the email report against
# its golden file and its 72-column limit, every machine-readable output
# parsed by a real parser, and a seeded regression caught by compare.
# UPDATE=1 rewrites report.expected.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$here/../../host/build/san
make -s --no-print-directory -C "$here/../host" ../../host/build/san/dcc-report \
	../../host/build/san/dcc-compare >/dev/null || exit 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok   $1"; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; }

for d in "$here"/*/; do
	cp -rL "$d" "$tmp/$(basename "$d")"
done
runs=("$tmp/riscv-pass" "$tmp/arm64-pass" "$tmp/x86_64-pass" "$tmp/riscv-hang")
mkdir -p "$tmp/out"
if "$build/dcc-report" --out "$tmp/out" --tested-by "Fixture Tester <fixture@example.org>" \
	--reproducer "make setup matrix report" "${runs[@]}" >"$tmp/stdout" 2>"$tmp/stderr"; then
	ok "report runs"
else
	bad "report runs: $(cat "$tmp/stderr")"
fi
# A report over every series, payload and negative control of a matrix:
# more runs than the 16 the tool once stopped at.
many=()
for i in $(seq 1 40); do
	cp -r "$tmp/riscv-pass" "$tmp/many-$i"
	many+=("$tmp/many-$i")
done
mkdir -p "$tmp/out-many"
if "$build/dcc-report" --out "$tmp/out-many" --tested-by "T <t@example.org>" "${many[@]}" \
	>/dev/null 2>"$tmp/stderr-many"; then
	ok "report over 40 runs"
else
	bad "report over 40 runs: $(cat "$tmp/stderr-many")"
fi
# Across kernels: one arch on two series (a copy of riscv-pass filed as
# 7.3, its entry kprobe a breakpoint), and a third series on which every
# case skipped: only what changes is listed, oldest series first, and the
# all-SKIP series is named, not compared.
for v in 7.3 6.1; do
	cp -r "$tmp/riscv-pass" "$tmp/riscv-$v"
	sed -i "s/^series=.*/series=$v/; s/^kernel_version=.*/kernel_version=$v.1/" "$tmp/riscv-$v/env.txt"
done
sed -i 's/dcc_kprobe_entry: observe: mechanism=refused/dcc_kprobe_entry: observe: mechanism=breakpoint/' \
	"$tmp/riscv-7.3/console.log"
sed -i -E 's/( ok [0-9]+ [a-z_0-9]+)( # SKIP[^\r]*)?\r?$/\1 # SKIP no direct calls\r/' "$tmp/riscv-6.1/console.log"
printf '6.1\t*\t*\tSKIP\tno direct calls\n' >"$tmp/riscv-6.1/expect.tsv"
mkdir -p "$tmp/out-across"
"$build/dcc-report" --out "$tmp/out-across" --tested-by "T <t@example.org>" "$tmp/riscv-7.3" \
	"$tmp/riscv-pass" "$tmp/riscv-6.1" >/dev/null 2>"$tmp/stderr-across" ||
	bad "report across kernels: $(cat "$tmp/stderr-across")"
t=$tmp/out-across/report.txt
grep -qF 'riscv: [2] 6.12 [1] 7.3 ([3] 6.1: every case SKIP)' "$t" &&
	ok "across kernels: series oldest first, the all-SKIP one named" ||
	bad "across kernels: header ($(grep -A1 '^Across' "$t" | tail -n 1))"
grep -qF '  sharing.kprobe_entry.mechanism: [2]=refused [1]=breakpoint' "$t" &&
	ok "across kernels: a changed observation listed" || bad "across kernels: changed observation missing"
if sed -n '/^Across kernels/,/^case/p' "$t" | grep -q 'direct.basic\|kprobe_post.mechanism'; then
	bad "across kernels: lists what did not change"
else
	ok "across kernels: only what changes"
fi
if grep -q '^Across kernels' "$tmp/out/report.txt"; then
	bad "across kernels: a section with one series per arch"
else
	ok "across kernels: no section when each arch has one series"
fi

# Run directories live in a temporary folder: keep only their names.
sed "s|$tmp/||g" "$tmp/out/report.txt" >"$tmp/report.txt"
[ "${UPDATE:-}" = 1 ] && cp "$tmp/report.txt" "$here/report.expected"
if diff -u "$here/report.expected" "$tmp/report.txt"; then ok "report.txt golden"; else bad "report.txt golden"; fi
if awk 'length > 72 { exit 1 }' "$tmp/out/report.txt"; then ok "report.txt within 72 columns"; else bad "report.txt has lines over 72 columns"; fi
if cmp -s "$tmp/stdout" "$tmp/out/report.txt"; then ok "stdout is report.txt"; else bad "stdout differs from report.txt"; fi
grep -q '^Tested-by: Fixture Tester <fixture@example.org>$' "$tmp/out/report.txt" && ok "Tested-by line" || bad "Tested-by line"
grep -q '^\* sharing.kprobe_entry.mechanism: \[1\]=refused \[2\]=breakpoint' "$tmp/out/report.txt" &&
	ok "differing observation marked" || bad "differing observation not marked"

if python3 - "$tmp" <<'PY'
import json, sys, xml.etree.ElementTree as ET
from html.parser import HTMLParser
tmp = sys.argv[1]
for run, n in (("riscv-pass", 17), ("x86_64-pass", 17), ("riscv-hang", 3)):
    j = json.load(open(f"{tmp}/{run}/results.json"))
    cases = [c for g in j["sub_groups"] for c in g["test_cases"]] + j["test_cases"]
    assert len(cases) == n, (run, len(cases))
    assert j["name"] == "KUnit Test Group" and "arch" in j
    k = json.load(open(f"{tmp}/{run}/kcidb.json"))
    assert k["version"]["major"] == 5 and len(k["tests"]) == n
    assert all(t["status"] in ("PASS", "FAIL", "SKIP", "ERROR", "MISS") for t in k["tests"])
    suites = ET.parse(f"{tmp}/{run}/junit.xml").getroot()
    assert len(suites.findall("testsuite/testcase")) == n
# Metadata from env.txt, not constants: where it ran, what config.
k = json.load(open(f"{tmp}/riscv-pass/kcidb.json"))
assert k["tests"][0]["environment"]["comment"].startswith("QEMU emulator version"), k["tests"][0]
assert k["builds"][0]["config_name"] == "tinyconfig+dcc"
j = json.load(open(f"{tmp}/riscv-pass/results.json"))
assert j["git_branch"] is None and j["defconfig"] == "tinyconfig+dcc", j
hang = json.load(open(f"{tmp}/riscv-hang/results.json"))
assert any(c["status"] == "ERROR" for g in hang["sub_groups"] for c in g["test_cases"])
class Checker(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.cells = [], 0
    def handle_starttag(self, tag, attrs):
        if tag not in ("meta",):
            self.stack.append(tag)
        if tag == "td" and ("class", "PASS") in attrs:
            self.cells += 1
    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, tag
c = Checker()
c.feed(open(f"{tmp}/out/report.html").read())
assert not c.stack and c.cells > 40, (c.stack, c.cells)
assert "http" not in open(f"{tmp}/out/report.html").read()
PY
then ok "results.json, kcidb.json, junit.xml, report.html parse"; else bad "machine-readable outputs"; fi

# Hostile names and reasons from the console (markup, quotes, a control
# character, bytes that are not UTF-8) through every exporter: each file
# must still parse, and name the case as the console did.
cp -r "$tmp/x86_64-pass" "$tmp/x86_64-hostile"
LC_ALL=C sed -e 's/ok 1 dcc_basic\r\?$/ok 1 dcc_b"a<s<\/testcase>\&x # SKIP re\x01a\xffs<\/failure>"on/' \
	-e 's/ok 3 dcc_ip_parent\r\?$/ok 3 dcc_ip_parent # SKIP <script>alert(1)<\/script><\/td>/' \
	-e 's/# dcc_basic: dcc-start/# dcc_b"a<s<\/testcase>\&x: dcc-start/' \
	"$tmp/x86_64-pass/console.log" >"$tmp/x86_64-hostile/console.log"
rm -f "$tmp/x86_64-hostile/expect.tsv"
mkdir -p "$tmp/out-hostile"
"$build/dcc-report" --out "$tmp/out-hostile" "$tmp/x86_64-hostile" >/dev/null 2>"$tmp/err-hostile"
if python3 - "$tmp/x86_64-hostile" <<'PY'
import json, sys, xml.etree.ElementTree as ET
d = sys.argv[1]
name = 'dcc_b"a<s</testcase>&x'
j = json.load(open(f"{d}/results.json", encoding="utf-8"))
names = [c["name"] for g in j["sub_groups"] for c in g["test_cases"]]
assert name in names, names
k = json.load(open(f"{d}/kcidb.json", encoding="utf-8"))
# The path keeps to KCIDB's pattern; the name as the console gave it is in misc.
t = [t for t in k["tests"] if t.get("misc", {}).get("name", "").endswith(name)]
assert len(t) == 1 and t[0]["id"].endswith(name) and "\ufffd" in t[0]["misc"]["reason"], t
assert t[0]["path"] == "dcc_direct.dcc_b_a_s__testcase__x", t[0]["path"]
cases = ET.parse(f"{d}/junit.xml").getroot().findall("testsuite/testcase")
c = [c for c in cases if c.get("name") == name]
m = c[0].find("skipped").get("message") if len(c) == 1 else None
assert m and m.startswith("re") and m.endswith("s</failure>\"on") and "\ufffd" in m, (c, m)
PY
then ok "hostile names and reasons: results.json, kcidb.json, junit.xml parse"; else bad "hostile names break an export: $(cat "$tmp/err-hostile")"; fi
if python3 "$here/check_html.py" "$tmp/out-hostile/report.html" --name 'dcc_b"a<s</testcase>&x' \
	>"$tmp/check-hostile" 2>&1; then
	ok "hostile names and reasons: report.html well formed, no script, the name reads back"
else
	bad "hostile names break report.html: $(grep -m 3 FAIL "$tmp/check-hostile")"
fi

# results.json read back by kunit.py's own result types (Test, TestStatus,
# TestCounts) and written again by its kunit_json: 6.12's and mainline's
# kunit.py, every run above and the hostile one. And the check can fail: a
# status kunit.py never writes, a group count that is not kunit.py's.
. "$here/../../common/kernel-sources.conf"
src=${DCC_CACHE:-$HOME/.cache/dcc}/src
for v in 6.12 "$DCC_MAINLINE_SERIES"; do
	if /usr/bin/python3 "$here/kunit_readback.py" "$src/linux-source-$v" "$tmp"/*/results.json \
		>"$tmp/readback-$v" 2>&1; then
		ok "results.json read back by Linux $v's kunit.py ($(grep -c '^ok' "$tmp/readback-$v") runs)"
	else
		bad "results.json read back by Linux $v's kunit.py: $(grep -v '^ok' "$tmp/readback-$v" | head -n 3)"
	fi
done
mkdir -p "$tmp/rb-status" "$tmp/rb-misc"
sed 's/"status": "SKIP"/"status": "HANG"/' "$tmp/riscv-pass/results.json" >"$tmp/rb-status/results.json"
sed 's/"skipped": \([0-9]*\)/"skipped": 1\1/' "$tmp/riscv-pass/results.json" >"$tmp/rb-misc/results.json"
for t in status misc; do
	if /usr/bin/python3 "$here/kunit_readback.py" "$src/linux-source-$DCC_MAINLINE_SERIES" \
		"$tmp/rb-$t/results.json" >"$tmp/readback-$t" 2>&1; then
		bad "kunit.py read-back misses a wrong $t"
	else
		ok "kunit.py read-back catches a wrong $t"
	fi
done

# kcidb.json against KCIDB's own I/O schema (tests/data/kcidb-io: version
# 5.0, the one dcc writes), with the formats checked, for every run above
# and the hostile one. Debian's python3-jsonschema (make setup).
if /usr/bin/python3 - "$here/../data/kcidb-io/kcidb-io.schema.v5.0.json" \
	"$tmp"/riscv-pass "$tmp"/arm64-pass "$tmp"/x86_64-pass "$tmp"/riscv-hang "$tmp"/x86_64-hostile <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
for d in sys.argv[2:]:
    doc = json.load(open(f"{d}/kcidb.json", encoding="utf-8"))
    jsonschema.validate(doc, schema, format_checker=jsonschema.FormatChecker())
PY
then ok "kcidb.json valid against KCIDB's v5.0 schema"; else bad "kcidb.json not valid against KCIDB's v5.0 schema"; fi
# junit.xml against a published JUnit schema (tests/data/junit: the Jenkins
# xUnit plugin's), with xmllint (libxml2-utils, make setup); the hang run
# has an <error>.
junit_ok=1
for d in riscv-pass arm64-pass x86_64-pass riscv-hang x86_64-hostile; do
	xmllint --noout --schema "$here/../data/junit/junit-10.xsd" "$tmp/$d/junit.xml" \
		>"$tmp/xmllint.log" 2>&1 || { junit_ok=0; cat "$tmp/xmllint.log"; }
done
grep -q '<error type="HANG"' "$tmp/riscv-hang/junit.xml" || junit_ok=0
[ "$junit_ok" = 1 ] && ok "junit.xml valid against the JUnit XSD, hangs as <error>" ||
	bad "junit.xml not valid against the JUnit XSD"

# The page a reviewer reads: three arches on two kernels, a hang, a
# regression found by compare, per-call costs, the catalogue's clauses.
# Checked structurally (check_html.py), then rendered in headless Chromium;
# the screenshot is kept (REPORT_PNG, make check: with its logs).
review=()
for a in riscv arm64 x86_64; do
	cp -r "$tmp/$a-pass" "$tmp/$a-73"
	sed -i "s/^series=.*/series=7.3/; s/^kernel_version=.*/kernel_version=7.3.4/" "$tmp/$a-73/env.txt"
	review+=("$tmp/$a-pass" "$tmp/$a-73")
done
review+=("$tmp/riscv-hang" "$tmp/x86_64-fail")
printf '# base: %s\n' "$tmp/x86_64-pass" >"$tmp/compare.tsv"
"$build/dcc-compare" --tsv "$tmp/compare.tsv" "$(readlink -f "$tmp/x86_64-fail")" \
	"$tmp/x86_64-pass" "$tmp/x86_64-fail" >/dev/null 2>&1
printf 'riscv\t6.12.117\tuntraced\t6.00\nriscv\t7.3.4\tuntraced\t6.00\narm64\t6.12.117\tuntraced\t5.00\nriscv\t6.12.117\tdirect\t7.00\nriscv\t7.3.4\tdirect\t11.00\narm64\t6.12.117\tdirect\t9.00\n' \
	>"$tmp/bench.tsv"
python3 "$here/../../scripts/catalogue.py" list >"$tmp/catalogue.tsv"
mkdir -p "$tmp/out-review"
if "$build/dcc-report" --out "$tmp/out-review" --catalogue "$tmp/catalogue.tsv" \
	--bench-tsv "$tmp/bench.tsv" --compare "$tmp/compare.tsv" "${review[@]}" \
	>/dev/null 2>"$tmp/err-review"; then
	ok "report over three arches and two kernels"
else
	bad "report over three arches and two kernels: $(cat "$tmp/err-review")"
fi
page=$tmp/out-review/report.html
if python3 "$here/check_html.py" "$page" --runs 8 --bars 6 --marks 1 >"$tmp/check-html" 2>&1; then
	ok "report.html: columns name arch and kernel, every cell not PASS links to its console excerpt, SVG parses ($(tail -n 1 "$tmp/check-html"))"
else
	bad "report.html structure: $(grep -m 3 FAIL "$tmp/check-html")"
fi
if grep -q 'class="FAIL regression"' "$page"; then
	ok "report.html marks compare's regression"
else
	bad "report.html: the regression compare found is not marked"
fi
# The checker can fail: an excerpt gone, a column that names no kernel.
sed 's/<section class="ev" id="x-[0-9]*-[0-9]*"/<section class="ev"/' "$page" >"$tmp/broken1.html"
sed 's|<span>7.3.4</span>|<span>seven</span>|' "$page" >"$tmp/broken2.html"
for b in broken1 broken2; do
	if python3 "$here/check_html.py" "$tmp/$b.html" >/dev/null 2>&1; then
		bad "check_html.py passes a page with $b"
	else
		ok "check_html.py fails a page with $b"
	fi
done
png=${REPORT_PNG:-$tmp/report.png}
if python3 "$here/render.py" "$page" "$png"; then
	ok "report.html renders in headless Chromium with the matrix colours (screenshot: $png)"
else
	bad "report.html does not render as expected (screenshot: $png)"
fi

"$build/dcc-compare" "$tmp/x86_64-pass" "$tmp/x86_64-fail" >"$tmp/cmp" 2>&1
rc=$?
if [ "$rc" = 1 ] && grep -q '^REGRESSION dcc_direct.dcc_basic: PASS -> FAIL' "$tmp/cmp"; then
	ok "compare flags the seeded regression"
else
	bad "compare missed the regression (exit $rc)"
fi
if "$build/dcc-compare" "$tmp/x86_64-pass" "$tmp/x86_64-pass" >"$tmp/cmp2" 2>&1 &&
	grep -q '^0 regressions, 0 fixed, 0 new, 0 removed, 0 changed$' "$tmp/cmp2"; then
	ok "compare of a run with itself is clean"
else
	bad "compare of a run with itself"
fi
"$build/dcc-compare" "$tmp/x86_64-fail" "$tmp/x86_64-pass" >"$tmp/cmp3" 2>&1
[ $? = 0 ] && grep -q '^fixed      dcc_direct.dcc_basic' "$tmp/cmp3" && ok "compare reports fixes" || bad "compare fixes"
# A case that passed and now SKIPs (with the SKIP its table allows) checks
# less than it did: a regression.
cp -r "$tmp/x86_64-pass" "$tmp/x86_64-skip"
sed "s/ok 1 dcc_basic\r\?$/ok 1 dcc_basic # SKIP gone quiet/" "$tmp/x86_64-pass/console.log" >"$tmp/x86_64-skip/console.log"
printf '*\t*\tdcc_direct.dcc_basic\tSKIP\tgone quiet\n' >"$tmp/x86_64-skip/expect.tsv"
"$build/dcc-compare" "$tmp/x86_64-pass" "$tmp/x86_64-skip" >"$tmp/cmp4" 2>&1
rc=$?
[ "$rc" = 1 ] && grep -q '^REGRESSION dcc_direct.dcc_basic: PASS -> SKIP' "$tmp/cmp4" &&
	ok "compare counts PASS -> SKIP as a regression" || bad "compare missed PASS -> SKIP (exit $rc)"
# The page's inputs, given nonsense: one clear line each, exit 2.
printf 'riscv\t6.12.1\tdirect\tmany\n' >"$tmp/bad-bench.tsv"
printf 'one field only\n' >"$tmp/bad-compare.tsv"
for t in "--bench-tsv $tmp/bad-bench.tsv:is not a number of instructions" \
	"--compare $tmp/bad-compare.tsv:is not a line of 3 tab-separated fields" \
	"--catalogue $tmp/nonexistent.tsv:cannot read $tmp/nonexistent.tsv"; do
	opt=${t%%:*}
	# shellcheck disable=SC2086 # the option and its file
	"$build/dcc-report" $opt "$tmp/riscv-pass" >/dev/null 2>"$tmp/err-opt"
	rc=$?
	if [ "$rc" = 2 ] && [ "$(wc -l <"$tmp/err-opt")" = 1 ] && grep -q "^dcc: error: .*${t#*:}" "$tmp/err-opt"; then
		ok "report: ${opt%% *} given nonsense is one clear line"
	else
		bad "report: ${opt%% *} given nonsense (exit $rc): $(cat "$tmp/err-opt")"
	fi
done
"$build/dcc-compare" --tsv /nonexistent/dir/x.tsv run "$tmp/x86_64-pass" "$tmp/x86_64-pass" >/dev/null 2>"$tmp/err"
[ $? = 2 ] && grep -q "^dcc: error: cannot append to /nonexistent/dir/x.tsv" "$tmp/err" &&
	ok "compare: an unwritable --tsv is one clear line" || bad "compare --tsv bad input: $(cat "$tmp/err")"
"$build/dcc-report" /nonexistent >/dev/null 2>"$tmp/err"
[ $? = 2 ] && grep -q "not a dcc results directory" "$tmp/err" && ok "report: bad input is one clear line" || bad "report bad input"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
