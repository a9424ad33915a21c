#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""results.json read back by kunit.py's own result types.

Each results.json that dcc-report wrote is rebuilt as kunit_parser.Test
objects (a group is a Test with subtests, a case a Test with a TestStatus),
and kunit_json.get_json_result() of the kernel tree given writes it again:
what it writes must be ours, group for group and case for case (name and
status, and since 7.x the "misc" counts of every group, which kunit.py
computes with its own TestCounts), with the metadata kunit.py takes from
its run (arch, defconfig, build_environment). Left out: dcc's own "dcc_status" per case, and the
fields kunit.py writes as constants whatever ran (lab_name, kernel, job:
None; git_branch: "kselftest"), which dcc fills from the run's env.txt or
leaves null.
Usage: kunit_readback.py KSRC RESULTS_JSON...
"""
import json
import os
import sys

CONSTANT_IN_KUNIT = ("lab_name", "kernel", "job", "git_branch")


def main():
    if len(sys.argv) < 3:
        print("usage: kunit_readback.py KSRC RESULTS_JSON...", file=sys.stderr)
        return 2
    tools = os.path.join(sys.argv[1], "tools", "testing", "kunit")
    if not os.path.isfile(os.path.join(tools, "kunit_json.py")):
        print(f"dcc: error: no kunit.py in {sys.argv[1]}: run 'make setup' (it unpacks the kernel sources)",
              file=sys.stderr)
        return 2
    sys.path.insert(0, tools)
    import kunit_json
    from kunit_parser import Test, TestStatus

    status_of = {"PASS": TestStatus.SUCCESS, "SKIP": TestStatus.SKIPPED,
                 "ERROR": TestStatus.TEST_CRASHED, "FAIL": TestStatus.FAILURE}

    def rebuild(group):
        """A group as kunit_parser builds it, counts by its own TestCounts."""
        test = Test()
        test.name = group["name"]
        for sub in group["sub_groups"]:
            test.subtests.append(rebuild(sub))
        for case in group["test_cases"]:
            t = Test()
            t.name = case["name"]
            if case["status"] not in status_of:
                raise ValueError(f"case {case['name']!r}: status {case['status']!r} is not one kunit.py writes")
            t.status = status_of[case["status"]]
            t.counts.add_status(t.status)
            test.subtests.append(t)
        for sub in test.subtests:
            test.counts.add_subtest_counts(sub.counts)
        test.status = test.counts.get_status()
        return test

    def comparable(group, drop=CONSTANT_IN_KUNIT):
        """A group without what kunit.py writes as constants or dcc adds."""
        out = {k: v for k, v in group.items() if k not in drop}
        out["sub_groups"] = [comparable(g, drop) for g in group["sub_groups"]]
        out["test_cases"] = [{"name": c["name"], "status": c["status"]} for c in group["test_cases"]]
        return out

    bad = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            ours = json.load(f)
        try:
            test = rebuild(ours)
        except (KeyError, TypeError, ValueError) as exc:
            print(f"FAIL {path}: not kunit.py's shape: {exc}")
            bad += 1
            continue
        meta = kunit_json.Metadata(arch=ours["arch"], def_config=ours["defconfig"],
                                   build_dir=ours["build_environment"])
        theirs = json.loads(kunit_json.get_json_result(test, meta))
        # kunit.py before 7.x writes no "misc" counts.
        drop = CONSTANT_IN_KUNIT + (() if "misc" in theirs else ("misc",))
        a, b = comparable(ours, drop), comparable(theirs, drop)
        if a != b:
            print(f"FAIL {path}: kunit.py writes it back differently")
            print(json.dumps(a, indent=1)[:2000])
            print(json.dumps(b, indent=1)[:2000])
            bad += 1
            continue
        n = sum(len(g["test_cases"]) for g in ours["sub_groups"]) + len(ours["test_cases"])
        print(f"ok   {os.path.basename(os.path.dirname(path))}: {n} cases read back by kunit.py's types")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
