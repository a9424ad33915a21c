#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Fuzz the LAVA log converter (lava-jobs/convert.py) in process.

Each execution takes a window of a real lava-run log (tests/lava/logs/)
or of a server-style copy ("- " before every line), mutates it (bytes
flipped, inserted, deleted; lines dropped, repeated, swapped; LAVA log
tokens spliced in; an entry rebuilt with values of other YAML types),
and runs it through the converter's own parsing and judging:
parse_log_lines -> lava_results -> console_and_end -> judge, and the
results-file reader with the same text. The only way out allowed is
convert.InputError (one "dcc: error:" line); any other exception is a
crash: its input is written to OUT/crash-lava-<n> and the run fails.
Python code has no AddressSanitizer; libyaml's C parser (CSafeLoader)
is what Debian ships.

Usage: fuzz_lava.py OUT [--runs N | --seconds S] [--seed N]
Prints "fuzz lava: N executions, 0 crashes".
"""
import argparse
import json
import os
import random
import sys
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(TOP, "lava-jobs"))
import convert  # noqa: E402

TOKENS = [
    "{", "}", "[", "]", ",", ":", "\"", "'", "- ", "null", "~", "true", "0x", "-1", "1e999",
    "&a", "*a", "!!python/object", "!!binary", "%YAML", "\\u0000", "\\ud800", "\t", "\r", "\x00",
    '"lvl": "results"', '"lvl": "target"', '"lvl": "feedback"', '"lvl": "info"', '"lvl": ',
    '"msg": ', '"msg": {"case": "dcc_basic", "definition": "dcc", "result": "pass"}',
    '"definition": "lava"', '"case": "lava-test-monitor"', '"case": "job"', '"result": "fail"',
    '"result": "unknown"', "lava test monitoring has timed out", "# dcc_basic: dcc-start",
    "ok 1 dcc_basic # SKIP x", "not ok 2 dcc_multi", "Boot command: ", "dcc-init: done",
]
VALUES = [None, 0, -1, 1.5, True, "", "x", "dcc", "lava", "results", "target", [], [1, "a"], {},
          {"case": "dcc_basic"}, {"definition": "dcc", "case": ["a"], "result": {"x": 1}}, "ü\u2028"]
LEVELS = ["results", "target", "feedback", "info", "debug", "warning", "error", "input", None, 3, ["x"]]


def seeds():
    out = []
    for name in sorted(os.listdir(os.path.join(TOP, "tests", "lava", "logs"))):
        if name.endswith(".log"):
            with open(os.path.join(TOP, "tests", "lava", "logs", name), encoding="utf-8", errors="replace") as f:
                lines = f.read().splitlines()
            out.append(lines)
            out.append(["- " + line for line in lines])
    return out


def random_entry(rng):
    entry = {"dt": "2026-01-01T00:00:00", "lvl": rng.choice(LEVELS), "msg": rng.choice(VALUES)}
    if rng.random() < 0.5:
        entry["msg"] = {k: rng.choice(VALUES) for k in rng.sample(["case", "definition", "result", "extra", "level"],
                                                                  rng.randint(0, 5))}
    if rng.random() < 0.1:
        del entry["lvl"]
    return json.dumps(entry, ensure_ascii=rng.random() < 0.5)


def mutate(rng, lines):
    lines = list(lines)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(9)
        i = rng.randrange(len(lines)) if lines else 0
        if op == 0 and lines:
            del lines[i]
        elif op == 1 and lines:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif op == 2 and len(lines) > 1:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3:
            lines.insert(i, random_entry(rng))
        elif lines:
            s = lines[i]
            k = rng.randint(0, len(s))
            if op == 4:
                s = s[:k] + rng.choice(TOKENS) + s[k:]
            elif op == 5:
                s = s[:k] + s[k + rng.randint(1, 16):]
            elif op == 6 and s:
                k = min(k, len(s) - 1)
                s = s[:k] + chr(ord(s[k]) ^ (1 << rng.randrange(7))) + s[k + 1:]
            elif op == 7:
                s = s[:k] + chr(rng.randrange(0x110000)) + s[k:]
            else:
                s = s[:k]
            lines[i] = s.encode("utf-8", "replace").decode("utf-8", "replace")
    return lines


def one(lines, catalogue, as_export):
    """Run one input through the converter; InputError is a clean exit."""
    try:
        if as_export:
            # The text as a results file (lavacli results ID --yaml).
            export = convert.parse_yaml("\n".join(lines), "fuzz.yaml")
            results = convert.lava_results([], export, "dcc", "fuzz.yaml")
            convert.judge(catalogue, results, "", "dcc", "end line seen")
        else:
            entries = convert.parse_log_lines(lines, "fuzz.log")
            results = convert.lava_results(entries, None, "dcc")
            console, how_ended, _ = convert.console_and_end(entries, results)
            convert.judge(catalogue, results, console, "dcc", how_ended)
    except convert.InputError:
        pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--runs", type=int)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    catalogue = convert.read_catalogue(os.path.join(TOP, "conformance"))
    corpus = seeds()
    end = time.monotonic() + args.seconds
    n = crashes = 0
    while (n < args.runs) if args.runs else (n % 256 or time.monotonic() < end):
        base = rng.choice(corpus)
        start = rng.randrange(len(base))
        window = base[start:start + rng.choice((1, 2, 4, 8, 16))]
        lines = mutate(rng, window) if rng.random() < 0.9 else window
        n += 1
        try:
            one(lines, catalogue, n % 8 == 0)
        except Exception:  # a crash: anything but InputError
            crashes += 1
            path = os.path.join(args.out, f"crash-lava-{crashes}")
            with open(path, "w", encoding="utf-8", errors="replace") as f:
                f.write("\n".join(lines) + "\n")
            print(f"crash on {path}:\n{traceback.format_exc()}", file=sys.stderr)
            if crashes >= 5:
                break
    print(f"fuzz lava: {n} executions, {crashes} crashes (seed {args.seed})")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
