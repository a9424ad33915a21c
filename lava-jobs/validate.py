#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0
"""Check LAVA job definitions offline with LAVA's own code, two layers:

  validate.py JOB.yaml...

1. lava_common.schemas.validate(strict=True): what `lavacli jobs validate
   --strict` asks a server to run (keys, values, context whitelist).
2. lava_scheduler_app.schema.validate_submission: what lava-server enforces
   at `lavacli jobs submit` (e.g. metadata values must be strings).
The third layer, the dispatcher's pipeline, is `lava-run --validate`
(tests/lava/run.sh). Prints "JOB: valid" or one reason per bad file;
exit 0 if all are valid, 1 if not, 2 if LAVA is not importable.
Needs PYTHONPATH to reach lava-server (scripts/lava-lib.sh: dcc_lava_env).
"""
import sys


def load_lava():
    try:
        import voluptuous
        from lava_common.compat import yaml_safe_load
        from lava_common.schemas import validate as schema_validate
        from django.conf import settings

        settings.configure(EXTRA_CONTEXT_VARIABLES=[])
        from lava_scheduler_app.schema import SubmissionException, validate_submission
    except ImportError as exc:
        print(
            f"dcc: error: cannot import {exc.name}: run 'DCC_SETUP_TESTS=1 make setup' "
            "and put the unpacked lava-server on PYTHONPATH (scripts/lava-lib.sh)",
            file=sys.stderr,
        )
        sys.exit(2)
    return voluptuous, yaml_safe_load, schema_validate, SubmissionException, validate_submission


def main(paths):
    if not paths:
        print("dcc: error: no job files given: validate.py JOB.yaml...", file=sys.stderr)
        return 2
    voluptuous, yaml_safe_load, schema_validate, SubmissionException, validate_submission = load_lava()
    bad = 0
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                data = yaml_safe_load(f)
            schema_validate(data, strict=True, extra_context_variables=[])
            validate_submission(data)
        except voluptuous.Invalid as exc:
            print(f"{path}: INVALID (job schema, strict): {exc.msg} at {exc.path}")
            bad += 1
        except SubmissionException as exc:
            print(f"{path}: REJECTED (submission schema): {exc}")
            bad += 1
        except Exception as exc:  # unreadable file, YAML syntax: one line, no traceback
            print(f"{path}: ERROR {type(exc).__name__}: {' '.join(str(exc).split())}")
            bad += 1
        else:
            print(f"{path}: valid")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
