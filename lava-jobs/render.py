#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Render LAVA jobs: lava-jobs/job.yaml.j2 x one target file x build variables.

  render.py --arch ARCH --out DIR [--var KEY=VALUE]... [TARGET]...

Renders every named target (default: every target of ARCH) to DIR/TARGET.yaml
and prints the paths. Undefined variables are errors (StrictUndefined). Every
error is one "dcc: error:" line naming the problem and the fix; exit 2.
Called by scripts/lava-jobs.sh (make lava-jobs), which computes the variables.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


class RenderError(Exception):
    pass


def die(msg):
    print(f"dcc: error: {msg}", file=sys.stderr)
    sys.exit(2)


def load_targets(targets_dir):
    """{name: data} for every targets_dir/*.yaml."""
    import yaml

    targets = {}
    try:
        entries = sorted(os.listdir(targets_dir))
    except OSError as exc:
        raise RenderError(f"cannot list target files in {targets_dir}: {exc.strerror}")
    for entry in entries:
        if not entry.endswith(".yaml"):
            continue
        path = os.path.join(targets_dir, entry)
        try:
            with open(path, encoding="utf-8") as f:
                data = yaml.safe_load(f)
        except (OSError, yaml.YAMLError) as exc:
            raise RenderError(f"cannot read target file {path}: {exc}: fix its YAML")
        if not isinstance(data, dict) or "arch" not in data:
            raise RenderError(f"target file {path} has no 'arch:' key: add arch: riscv|arm64|x86_64")
        targets[entry[: -len(".yaml")]] = data
    return targets


def fail(msg):
    raise RenderError(msg)


def render(template_path, variables):
    import jinja2
    import yaml

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(os.path.dirname(template_path)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.globals["fail"] = fail
    name = os.path.basename(template_path)
    try:
        text = env.get_template(name).render(**variables)
    except jinja2.UndefinedError as exc:
        raise RenderError(
            f"{name}: {exc.message} for target {variables.get('target', '?')}: "
            "set it in its target file or pass it to make lava-jobs"
        )
    except jinja2.TemplateError as exc:
        raise RenderError(f"{name}: {exc}: fix the template")
    try:
        yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RenderError(f"{name} rendered invalid YAML for {variables.get('target')}: {exc}")
    return text


def parse_vars(pairs):
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise RenderError(f"--var {pair!r} is not KEY=VALUE")
        if value == "":
            raise RenderError(f"variable {key} is empty: give it a value")
        out[key] = value
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--arch", required=True, help="dcc arch name: riscv, arm64, x86_64")
    ap.add_argument("--out", required=True, help="directory for TARGET.yaml files")
    ap.add_argument("--var", action="append", default=[], help="KEY=VALUE for the template")
    ap.add_argument("--targets-dir", default=os.path.join(HERE, "targets"))
    ap.add_argument("--template", default=os.path.join(HERE, "job.yaml.j2"))
    ap.add_argument("targets", nargs="*")
    args = ap.parse_args()

    try:
        import jinja2  # noqa: F401
        import yaml  # noqa: F401
    except ImportError as exc:
        die(f"{exc.name} is missing: apt-get install python3-jinja2 python3-yaml (or run 'make setup')")
    try:
        targets = load_targets(args.targets_dir)
        build_vars = parse_vars(args.var)
        names = args.targets or [n for n, t in targets.items() if t["arch"] == args.arch]
        for name in names:
            if name not in targets:
                raise RenderError(f"unknown TARGET='{name}': use one of {', '.join(targets)}")
            if targets[name]["arch"] != args.arch:
                raise RenderError(
                    f"TARGET={name} is for {targets[name]['arch']}, not ARCH={args.arch}: "
                    f"use ARCH={targets[name]['arch']}"
                )
        if not names:
            raise RenderError(f"no target for ARCH={args.arch} in {args.targets_dir}")
        os.makedirs(args.out, exist_ok=True)
        for name in names:
            variables = dict(targets[name])
            variables.update(build_vars)
            variables["target"] = name
            text = render(args.template, variables)
            path = os.path.join(args.out, name + ".yaml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            print(path)
    except RenderError as exc:
        die(str(exc))
    except OSError as exc:
        die(f"{exc.filename}: {exc.strerror}: choose a writable LAVA_OUT=")


if __name__ == "__main__":
    main()
