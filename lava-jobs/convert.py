#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Turn one LAVA job's results and log into a dcc run directory.

  convert.py --job JOB.yaml --log LOG [--results RESULTS.yaml] [--job-id N]
             --out RESULTS_ROOT [--catalogue DIR] [--ktap-tool DCC_KTAP]

JOB      the job definition (the rendered file, or `lavacli jobs definition ID`)
LOG      the job log: lava-run's output, or `lavacli jobs logs ID --raw`
RESULTS  `lavacli results ID --yaml`; without it the results are read from
         the log's "results" lines (a local lava-run has no server)

Writes RESULTS_ROOT/lava-<target>-<series>/<stamp>/ and points "latest" at it,
the layout `make report` reads: console.log (the target's lines from the log),
env.txt (from the job's metadata), results.tsv (LAVA's verdict per case).
Every case of the catalogue (KUNIT_CASE lines under conformance/) gets a line:
a case LAVA never reported is not a pass but HANG (it started and the monitor
timed out), CRASH (it started and the console ended) or NOTRUN. With
--ktap-tool the console is also parsed by dcc-ktap and both verdicts must agree.
Exit 0 all cases passed or skipped, 1 otherwise, 2 bad input (one line).
"""
import argparse
import datetime
import glob
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
RESULTS_FORMAT = "1"
STATUS = {"pass": "PASS", "fail": "FAIL", "skip": "SKIP", "unknown": "FAIL"}


class InputError(Exception):
    pass


def read_catalogue(src_dir):
    """[(suite, case)] from the kunit_case arrays and kunit_suite definitions."""
    arrays, suites = {}, []
    for path in sorted(glob.glob(os.path.join(src_dir, "*.c"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        for m in re.finditer(r"struct\s+kunit_case\s+(\w+)\s*\[\]\s*=\s*\{(.*?)\};", text, re.S):
            arrays[m.group(1)] = re.findall(r"\b\w*CASE\w*\(\s*(\w+)", m.group(2))
        for m in re.finditer(r"struct\s+kunit_suite\s+\w+\s*=\s*\{(.*?)\};", text, re.S):
            name = re.search(r'\.name\s*=\s*"([^"]+)"', m.group(1))
            cases = re.search(r"\.test_cases\s*=\s*(\w+)", m.group(1))
            if name and cases:
                suites.append((name.group(1), cases.group(1)))
    catalogue = [(s, c) for s, arr in suites for c in arrays.get(arr, [])]
    if not catalogue:
        raise InputError(f"no KUnit cases found under {src_dir}: point --catalogue at the suite's conformance/")
    return catalogue


def load_yaml_stream(path):
    """Entries of a LAVA log file (parse_log_lines)."""
    with open(path, encoding="utf-8", errors="replace") as f:
        return parse_log_lines(f, path)


def parse_log_lines(lines, name):
    """Entries of a LAVA log: one mapping per line (lava-run), or a YAML list (server)."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    entries = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if line.startswith("- "):
            line = line[2:]
        if not line.startswith("{"):
            continue
        try:
            entry = yaml.load(line, Loader=loader)
        except yaml.YAMLError as exc:
            raise InputError(f"{name}:{n}: not a LAVA log line ({getattr(exc, 'problem', None) or exc.__class__.__name__}): give the job log")
        if isinstance(entry, dict) and isinstance(entry.get("lvl"), str):
            entries.append(entry)
    if not entries:
        raise InputError(f"{name} holds no LAVA log entries: give lava-run's output or `lavacli jobs logs ID --raw`")
    return entries


def load_yaml_file(path, what):
    try:
        with open(path, encoding="utf-8") as f:
            return parse_yaml(f.read(), f"{what} {path}")
    except OSError as exc:
        raise InputError(f"cannot read {what} {path}: {exc.strerror}")
    except UnicodeDecodeError:
        raise InputError(f"{what} {path} is not UTF-8 text: give the file LAVA wrote")


def parse_yaml(text, name):
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise InputError(f"{name} is not YAML: {' '.join(str(exc).split())}")


def text(value):
    """A field of a log entry as text: YAML may give any type, or none."""
    return "" if value is None else value if isinstance(value, str) else str(value)


def lava_results(entries, export, monitor, export_name="the results file"):
    """[(definition, case, result, extra)] from the server export (the
    loaded `lavacli results ID --yaml`), or from the log when it is None."""
    out = []
    if export is not None:
        if not isinstance(export, list):
            raise InputError(f"{export_name} is not a list of results: use `lavacli results ID --yaml`")
        for r in export:
            if not isinstance(r, dict) or "name" not in r or "result" not in r:
                raise InputError(f"{export_name}: entry {str(r)[:200]} lacks name/result")
            # Server suite names may carry a "<n>_" order prefix.
            suite = re.sub(r"^\d+_", "", str(r.get("suite", "")))
            meta = r.get("metadata") or {}
            out.append((suite, str(r["name"]), str(r["result"]), meta.get("extra", {}) if isinstance(meta, dict) else {}))
    else:
        for e in entries:
            if e["lvl"] == "results" and isinstance(e.get("msg"), dict):
                m = e["msg"]
                extra = m.get("extra")
                out.append((text(m.get("definition")), text(m.get("case")), text(m.get("result")),
                            extra if isinstance(extra, dict) else {}))
    if not any(d == monitor for d, _, _, _ in out) and not any(d == "lava" for d, _, _, _ in out):
        raise InputError("no LAVA results found: give --results (lavacli results ID --yaml) or a log with results")
    return out


def known_series():
    """The series with facts here: arch-*/kconfig/<series>.config (scripts/lib.sh)."""
    found = set()
    for path in glob.glob(os.path.join(TOP, "arch-*", "kconfig", "*.config")):
        m = re.fullmatch(r"(\d+)\.(\d+)\.config", os.path.basename(path))
        if m:
            found.add((int(m.group(1)), int(m.group(2))))
    return sorted(found)


def series_of(version):
    """(the kernel's own major.minor, the series whose facts judge it).

    As scripts/lib.sh's dcc_series: the newest known series not newer than
    the kernel; a kernel newer than every known series uses the newest."""
    m = re.match(r"(\d+)\.(\d+)", version)
    if not m:
        raise InputError(f"kernel_version '{version}' in the job metadata is not a version: render the job with make lava-jobs")
    own = (int(m.group(1)), int(m.group(2)))
    known = known_series()
    older = [s for s in known if s <= own]
    if not older:
        names = " ".join(f"{a}.{b}" for a, b in known)
        raise InputError(f"Linux {version} is older than every series dcc knows ({names}): test a 6.1.y or newer kernel")
    facts = older[-1]
    return f"{own[0]}.{own[1]}", f"{facts[0]}.{facts[1]}"


def new_run_dir(base):
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out, n = os.path.join(base, stamp), 1
    while os.path.exists(out):
        out, n = os.path.join(base, f"{stamp}.{n}"), n + 1
    os.makedirs(out)
    return out


def judge(catalogue, results, console, monitor, how_ended):
    """[(full name, STATUS, reason)] for every catalogued case, plus warnings."""
    by_case, params, warnings = {}, {}, []
    short = {}
    # A parameterised case reports each parameter ("ok 1 direct_first")
    # before its own line: they become suite.case.param rows.
    pending = []
    for suite, case in catalogue:
        short.setdefault(case, []).append(suite)
    suites = {s for s, _ in catalogue}
    for definition, case, result, _ in results:
        if definition != monitor:
            continue
        # What the job's monitor pattern can give (test_case_id: [^#\s]+).
        if not re.fullmatch(r"[^#\s]+", case):
            warnings.append(f"LAVA reported {case[:80]!r}, which is not a KTAP case name")
            continue
        if case in suites:
            pending = []
            continue  # the suite's own summary line
        if case not in short:
            pending.append((case, result))
            continue
        if len(short[case]) > 1:
            warnings.append(f"case name '{case}' is in suites {short[case]}: cannot tell which ran")
            continue
        by_case[f"{short[case][0]}.{case}"] = result
        if pending:
            params[f"{short[case][0]}.{case}"] = pending
        pending = []
    warnings += [f"LAVA reported '{case}', which is not in the catalogue" for case, _ in pending]
    skip_reason = dict(re.findall(r"ok \d+ (\w+) # SKIP ?([^\r\n]*)", console))
    started = set(re.findall(r"# (\w+): dcc-start", console))
    rows = []
    for suite, case in catalogue:
        name = f"{suite}.{case}"
        result = by_case.get(name)
        if name in params:
            for param, presult in params[name]:
                status = STATUS.get(presult, "FAIL")
                reason = skip_reason.get(param, "") if status == "SKIP" else (
                    "LAVA recorded 'unknown'" if presult == "unknown" else "")
                rows.append((f"{name}.{param}", status, reason))
            continue
        if result is not None:
            status = STATUS.get(result, "FAIL")
            reason = skip_reason.get(case, "") if status == "SKIP" else (
                "LAVA recorded 'unknown'" if result == "unknown" else "")
        elif case in started and how_ended == "timeout":
            status, reason = "HANG", "started, then no result before the LAVA monitor timed out"
        elif case in started:
            status, reason = "CRASH", f"started, then no result ({how_ended})"
        else:
            status, reason = "NOTRUN", f"never reported to LAVA ({how_ended})"
        rows.append((name, status, reason))
    return rows, warnings


def cross_check(ktap_tool, run_dir, rows, timed_out):
    """dcc-ktap's reading of the same console must give the same verdicts."""
    cmd = [ktap_tool, "--label", "lava", "--sentinel", "dcc-init: done", "--start-marker", "dcc-start",
           "--results", os.path.join(run_dir, "ktap-results.tsv"), os.path.join(run_dir, "console.log")]
    if timed_out:
        cmd.insert(1, "--timed-out")
    try:
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        with open(os.path.join(run_dir, "ktap-results.tsv"), encoding="utf-8") as f:
            fields = [line.rstrip("\n").split("\t") for line in f if "\t" in line]
        theirs = {r[0]: r[1] for r in fields}
        reasons = {r[0]: r[2] for r in fields if len(r) > 2 and r[2]}
    except OSError as exc:
        raise InputError(f"cannot run {ktap_tool}: {exc.strerror}: run 'make host'")
    diffs = []
    for name, status, _ in rows:
        other = theirs.get(name, "absent")
        if other != status and not (status == "NOTRUN" and other == "absent"):
            diffs.append(f"{name}: LAVA {status}, dcc-ktap {other}")
    # Rows only dcc-ktap has (guest, kernel, boot...) are failures make report would show.
    names = {name for name, _, _ in rows}
    for name, other in theirs.items():
        if name not in names and other not in ("PASS", "SKIP", "NOTRUN"):
            diffs.append(f"{name}: not a LAVA case, dcc-ktap {other}")
    return diffs, reasons


def arch_dir(arch):
    """The arch's folder: the arch-*/ whose arch.conf names it."""
    for conf in sorted(glob.glob(os.path.join(TOP, "arch-*", "arch.conf"))):
        with open(conf, encoding="utf-8") as f:
            if re.search(rf"^DCC_ARCH_NAME={re.escape(arch)}$", f.read(), re.M):
                return os.path.dirname(conf)
    return os.path.join(TOP, f"arch-{arch}")


def judge_expected(ktap_tool, run_dir, arch, series, payload):
    """Apply the arch's expect.tsv to results.tsv as run-guest.sh does (host/expect.h)."""
    table = os.path.join(arch_dir(arch), "expect.tsv")
    if not os.path.exists(table):
        raise InputError(f"no expected-outcome table {table}: write one (README \"Results\")")
    shutil.copy(table, os.path.join(run_dir, "expect.tsv"))
    res = os.path.join(run_dir, "results.tsv")
    out = subprocess.run([ktap_tool, "--judge-results", res, "--expect", os.path.join(run_dir, "expect.tsv"),
                          "--series", series, "--payload", payload, "--results", res + ".judged"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    if not os.path.exists(res + ".judged"):
        raise InputError(f"{ktap_tool} could not judge {res}: {out.stderr.strip()}")
    os.replace(res + ".judged", res)
    with open(res, encoding="utf-8") as f:
        return [tuple((line.rstrip("\n").split("\t") + ["", ""])[:3]) for line in f if "\t" in line]


def console_and_end(entries, results):
    """(the board's console, how the test ended, LAVA's job result)."""
    # The console is the "target" lines plus "feedback": what the board printed
    # while LAVA was not matching, such as the end line once the monitor
    # matched it (skipping feedback that repeats the line before it).
    lines = []
    for e in entries:
        if e["lvl"] in ("target", "feedback"):
            msg = text(e.get("msg"))
            if e["lvl"] == "target" or not lines or lines[-1] != msg:
                lines.append(msg)
    console = "\n".join(lines) + "\n"
    console = console.replace("\r", "")
    infos = "\n".join(text(e.get("msg")) for e in entries if e["lvl"] in ("info", "debug", "warning", "error"))

    monitor_result = next((r for d, c, r, _ in results if d == "lava" and c == "lava-test-monitor"), None)
    job_result = next((r for d, c, r, _ in results if d == "lava" and c == "job"), "missing")
    if monitor_result == "pass":
        how_ended = "end line seen"
    elif monitor_result and "lava test monitoring has timed out" in infos:
        how_ended = "timeout"
    elif monitor_result:
        how_ended = "console ended before the end line"
    else:
        how_ended = "the job ended before the test ran"
    return console, how_ended, job_result


def convert(args):
    job = load_yaml_file(args.job, "job definition")
    if not isinstance(job, dict) or not isinstance(job.get("metadata"), dict):
        raise InputError(f"{args.job} has no metadata: give the job rendered by make lava-jobs")
    meta = {k: str(v) for k, v in job["metadata"].items()}
    for key in ("arch", "target", "kernel_version", "payload"):
        if key not in meta:
            raise InputError(f"{args.job} metadata lacks '{key}': render the job with make lava-jobs")
    actions = job.get("actions")
    monitors = [m for a in (actions if isinstance(actions, list) else [])
                if isinstance(a, dict) and isinstance(a.get("test"), dict)
                for m in (a["test"].get("monitors") or []) if isinstance(m, dict) and isinstance(m.get("name"), str)]
    if not monitors:
        raise InputError(f"{args.job} has no test monitor: render the job with make lava-jobs")
    monitor = monitors[0]["name"]

    entries = load_yaml_stream(args.log)
    export = load_yaml_file(args.results, "results file") if args.results else None
    results = lava_results(entries, export, monitor, args.results)
    catalogue = read_catalogue(args.catalogue)
    console, how_ended, job_result = console_and_end(entries, results)

    series, facts_series = series_of(meta["kernel_version"])
    if facts_series != series:
        print(f"dcc: note: Linux {meta['kernel_version']} is judged by the facts of {facts_series}, "
              f"the newest series this suite knows not newer than it", file=sys.stderr)
    base = os.path.join(args.out, f"lava-{meta['target']}-{series}")
    run_dir = new_run_dir(base)
    with open(os.path.join(run_dir, "console.log"), "w", encoding="utf-8") as f:
        f.write(console)
    env = [
        ("results_format", RESULTS_FORMAT), ("arch", meta["arch"]),
        ("kernel_version", meta["kernel_version"]), ("series", series), ("facts_series", facts_series),
        ("config_hash", meta.get("config_hash", "")), ("kernel_commit", meta.get("kernel_commit", "")),
        ("suite_version", meta.get("suite_version", "")), ("payload", meta["payload"]),
        ("patches", ""), ("profile", "default"),
        ("lava_target", meta["target"]), ("lava_device_type", str(job.get("device_type", ""))),
        ("lava_job_id", args.job_id or ""), ("lava_job_name", str(job.get("job_name", ""))),
        ("lava_job_result", job_result), ("lava_monitor", how_ended),
    ]
    with open(os.path.join(run_dir, "env.txt"), "w", encoding="utf-8") as f:
        f.writelines(f"{k}={' '.join(str(v).split())}\n" for k, v in env)
    boot = next((str(e["msg"]) for e in entries if str(e.get("msg", "")).startswith("Boot command: ")), None)
    if boot:
        with open(os.path.join(run_dir, "qemu-cmd.txt"), "w", encoding="utf-8") as f:
            f.write(boot[len("Boot command: "):] + "\n")
    if how_ended == "timeout":
        # What run-guest.sh writes when it kills a guest at its timeout.
        with open(os.path.join(run_dir, "qemu-exit-status"), "w", encoding="utf-8") as f:
            f.write("137\n")

    rows, warnings = judge(catalogue, results, console, monitor, how_ended)
    if args.ktap_tool:
        diffs, reasons = cross_check(args.ktap_tool, run_dir, rows, how_ended == "timeout")
        warnings += [f"disagree: {d}" for d in diffs]
        # LAVA records a failure without its message; the console has it
        # (KUnit's "EXPECTATION FAILED at ..."), and the expected-outcome
        # table matches XFAIL reasons against it.
        rows = [(n, st, r or (reasons.get(n, "") if st == "FAIL" else "")) for n, st, r in rows]
    with open(os.path.join(run_dir, "results.tsv"), "w", encoding="utf-8") as f:
        for name, status, reason in rows:
            f.write(f"{name}\t{status}\t{reason}\n")
    if args.ktap_tool:
        # A board kernel without userspace: the payload the table names "board".
        payload = "board" if meta["payload"] == "builtin" else meta["payload"]
        rows = judge_expected(args.ktap_tool, run_dir, meta["arch"], facts_series, payload)

    latest = os.path.join(base, "latest")
    if os.path.islink(latest) or os.path.exists(latest):
        os.remove(latest)
    os.symlink(os.path.basename(run_dir), latest)

    counts = {s: sum(1 for _, st, _ in rows if st == s)
              for s in ("PASS", "FAIL", "SKIP", "HANG", "CRASH", "NOTRUN", "XFAIL")}
    bad = len(rows) - counts["PASS"] - counts["SKIP"] - counts["XFAIL"]
    lines = [f"{name:45} {status}" + (f"  {reason}" if reason else "") for name, status, reason in rows]
    lines += [f"warning: {w}" for w in warnings]
    lines.append(f"lava {meta['target']}: job {job_result}, monitor: {how_ended}")
    lines.append(f"lava {meta['target']}: {counts['PASS']} passed, {bad} failed, {counts['SKIP']} skipped"
                 + (f", {counts['XFAIL']} expected failures" if counts["XFAIL"] else ""))
    with open(os.path.join(run_dir, "summary.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    print(f"dcc: run directory: {run_dir}", file=sys.stderr)
    if args.run_dir_file:
        with open(args.run_dir_file, "w", encoding="utf-8") as f:
            f.write(run_dir + "\n")
    return 1 if bad or warnings or how_ended != "end line seen" else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--job", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--results")
    ap.add_argument("--job-id")
    ap.add_argument("--out", required=True, help="results root (make report's RESULTS)")
    ap.add_argument("--catalogue", default=os.path.join(TOP, "conformance"))
    ap.add_argument("--ktap-tool")
    ap.add_argument("--run-dir-file", help="write the new run directory's path here")
    args = ap.parse_args()
    try:
        import yaml  # noqa: F401
    except ImportError:
        print("dcc: error: python3-yaml is missing: apt-get install python3-yaml", file=sys.stderr)
        return 2
    try:
        if not os.path.isfile(args.log):
            raise InputError(f"job log {args.log} does not exist: save `lavacli jobs logs ID --raw` to a file")
        return convert(args)
    except InputError as exc:
        print(f"dcc: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # stdout closed early (| head): the files are written
        return 1
    except OSError as exc:
        print(f"dcc: error: {exc.filename}: {exc.strerror}: choose a writable results directory", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
