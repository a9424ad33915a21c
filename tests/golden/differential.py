#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Differential test: host/dcc-ktap and the kernel's own KUnit parser
(tools/testing/kunit/kunit.py parse) must agree on every case's status for
every golden console log.

kunit.py reads only the first KTAP document of a log, and a module-loaded
suite follows the boot's empty "1..0" document, so both parsers are given
dcc-ktap's extracted KTAP with empty documents dropped; dcc-ktap's own
judgement of the raw console (results.tsv) is what is compared.
Entries only dcc-ktap makes (a hang's "(not run)" count, "boot", "guest",
"kernel") have no KUnit counterpart and are left out.
Usage: differential.py KSRC DCC_KTAP GOLDEN_DIR
"""
import json
import re
import os
import subprocess
import sys
import tempfile

# dcc-ktap status -> statuses kunit.py may give the same case.
AGREE = {
    "PASS": {"PASS"},
    "SKIP": {"SKIP"},
    "FAIL": {"FAIL"},
    # A case cut short: kunit.py sees a truncated or failed test.
    "HANG": {"ERROR", "FAIL"},
    "CRASH": {"ERROR", "FAIL", "PASS"},
}


# Where dcc-ktap knows better, on purpose: KUnit before 6.6 prints a
# skipped parameter as a plain "ok" (kunit.py: PASS); dcc-ktap makes it a
# SKIP when its case SKIPs, and a FAIL when the case's own count says
# some parameter skipped without saying which (host/ktap.c,
# settle_children()). Only parameters (suite.case.param) of these logs.
PARAMS_WITHOUT_SKIP = {"arm64-6.1-params", "hostile-params-mixed"}


def drop_empty_documents(ktap):
    out, lines, i = [], ktap.splitlines(), 0
    while i < len(lines):
        if lines[i].startswith(("KTAP version", "TAP version")) and \
                i + 1 < len(lines) and re.match(r"1\.\.0(\s|$)", lines[i + 1]):
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out) + "\n"


def kunit_statuses(ksrc, ktap, tmp):
    path = os.path.join(tmp, "in.ktap")
    with open(path, "w", errors="replace") as f:
        f.write(ktap)
    js = os.path.join(tmp, "out.json")
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    subprocess.run([sys.executable, os.path.join(ksrc, "tools/testing/kunit/kunit.py"),
                    "parse", "--json=" + js, path], env=env, cwd=tmp,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    found = {}

    def walk(group, prefix):
        for case in group["test_cases"]:
            found[prefix + case["name"]] = case["status"]
        for sub in group["sub_groups"]:
            walk(sub, prefix + sub["name"] + ".")

    with open(js) as f:
        root = json.load(f)
    for sub in root["sub_groups"]:
        walk(sub, sub["name"] + ".")
    return found


def main():
    ksrc, tool, golden = (os.path.abspath(a) for a in sys.argv[1:4])
    passed = failed = 0
    for name in sorted(os.listdir(golden)):
        if not name.endswith(".console"):
            continue
        base = name[:-len(".console")]
        args = []
        if os.path.exists(os.path.join(golden, base + ".args")):
            args = open(os.path.join(golden, base + ".args")).read().split()
        # The parser against kunit.py's: the policy layer (--expect) is not compared.
        for opt in ("--expect", "--series", "--payload"):
            while opt in args:
                i = args.index(opt)
                del args[i:i + 2]
        with tempfile.TemporaryDirectory() as tmp:
            ktap, res = os.path.join(tmp, "k"), os.path.join(tmp, "r")
            subprocess.run([tool, "--sentinel", "dcc-init: done", "--start-marker", "dcc-start",
                            "--ktap", ktap, "--results", res] + args +
                           [os.path.join(golden, name)], stdout=subprocess.DEVNULL,
                           cwd=golden)  # .args name files next to the logs
            ours = {}
            for line in open(res, errors="replace"):
                case, status = line.rstrip("\n").split("\t")[:2]
                if "." in case and "(" not in case:
                    ours[case] = status
            if not ours:
                continue
            theirs = kunit_statuses(ksrc, drop_empty_documents(open(ktap, errors="replace").read()), tmp)
        bad = [f"{c}: dcc-ktap {s}, kunit.py {theirs.get(c, 'absent')}"
               for c, s in ours.items()
               if theirs.get(c) not in AGREE[s] and not (s in ("HANG", "CRASH") and c not in theirs)
               and not (base in PARAMS_WITHOUT_SKIP and c.count(".") == 2 and
                        s in ("SKIP", "FAIL") and theirs.get(c) == "PASS")]
        if bad:
            failed += 1
            print(f"DISAGREE {base}:\n  " + "\n  ".join(bad))
        else:
            passed += 1
            print(f"agree    {base} ({len(ours)} cases)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
