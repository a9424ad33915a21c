#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Render a LAVA device dictionary for one job, as lava-server does it.

  device.py --device-types DIR --devices DIR --job JOB.yaml NAME > device.yaml

The server renders devices/NAME.jinja2 (which extends a device-type template)
in a sandboxed Jinja2 environment with the job's `context:` as variables and
sends the YAML to the worker's lava-run. This does the same without a server,
so lava-run can run or --validate a job here. Errors: one "dcc: error:" line.
"""
import argparse
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device-types", required=True, help="lava-server's device-types directory")
    ap.add_argument("--devices", required=True, help="directory of device dictionaries")
    ap.add_argument("--job", required=True, help="job definition whose context is used")
    ap.add_argument("name", help="device dictionary name (devices/NAME.jinja2)")
    args = ap.parse_args()
    try:
        import jinja2
        import yaml
        from jinja2.sandbox import SandboxedEnvironment
    except ImportError as exc:
        sys.exit(f"dcc: error: {exc.name} is missing: apt-get install python3-jinja2 python3-yaml")
    try:
        with open(args.job, encoding="utf-8") as f:
            context = (yaml.safe_load(f) or {}).get("context", {})
        # The server's settings: no autoescape, trim_blocks.
        env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader([args.devices, args.device_types]),
            autoescape=False,
            trim_blocks=True,
        )
        text = env.get_template(args.name + ".jinja2").render(**context)
        yaml.safe_load(text)
    except jinja2.TemplateNotFound as exc:
        sys.exit(f"dcc: error: no device dictionary or device type {exc.name} in {args.devices} or {args.device_types}")
    except (OSError, yaml.YAMLError, jinja2.TemplateError) as exc:
        sys.exit(f"dcc: error: cannot render device {args.name} for {args.job}: {exc}")
    sys.stdout.write(text)


if __name__ == "__main__":
    main()
