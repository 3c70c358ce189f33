#!/usr/bin/env python3
"""Validate CASE packages against a CASE JSON Schema, with formats enforced.

Usage: check-case-schema.py SCHEMA FILE.json [FILE.json ...]

SCHEMA is a CASE CFPackage JSON Schema, such as the official CASE 1.1 schema
(`case_v1p1_cfpackage-jsonschema1.json`, draft 2019-09; it is not part of this
repository). Each FILE is validated with jsonschema's Draft201909Validator and a
FormatChecker, so `format: uuid`, `date-time` and `date` are checked, not just
annotated. The script refuses to run (exit 2) if the installed jsonschema cannot
check those formats (date-time needs the `rfc3339-validator` package), because
a validation that silently skips them would pass broken files.

Exit status: 0 if every file is valid, 1 if any file is invalid or unreadable,
2 for a usage or set-up problem.
"""

import json
import sys

REQUIRED_FORMATS = ("uuid", "date-time", "date")


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        from jsonschema import Draft201909Validator, FormatChecker
    except ImportError:
        print("error: the Python package 'jsonschema' is not installed (pip install jsonschema rfc3339-validator)",
              file=sys.stderr)
        return 2

    checker = FormatChecker()
    missing = [name for name in REQUIRED_FORMATS if name not in checker.checkers]
    if missing:
        print("error: this jsonschema cannot check the format(s) %s; install rfc3339-validator"
              % ", ".join(missing), file=sys.stderr)
        return 2
    # Prove the checker rejects what it must, rather than trusting that it is wired up.
    for name, bad in (("uuid", "not-a-uuid"), ("date-time", "2024-13-45 25:00"), ("date", "2024-02-30")):
        if checker.conforms(bad, name):
            print("error: the format checker accepts %r as %s; refusing to validate" % (bad, name), file=sys.stderr)
            return 2

    try:
        with open(argv[1], encoding="utf-8") as handle:
            schema = json.load(handle)
        Draft201909Validator.check_schema(schema)
    except (OSError, ValueError) as error:
        print("error: cannot use the schema %s: %s" % (argv[1], error), file=sys.stderr)
        return 2
    except Exception as error:  # jsonschema.SchemaError
        print("error: %s is not a valid draft 2019-09 schema: %s" % (argv[1], error), file=sys.stderr)
        return 2

    validator = Draft201909Validator(schema, format_checker=checker)
    failed = 0
    for path in argv[2:]:
        try:
            with open(path, encoding="utf-8") as handle:
                instance = json.load(handle)
        except (OSError, ValueError) as error:
            print("%s: cannot read: %s" % (path, error))
            failed += 1
            continue
        errors = sorted(validator.iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])
        if errors:
            failed += 1
            print("%s: %d error%s" % (path, len(errors), "" if len(errors) == 1 else "s"))
            for error in errors:
                location = "/" + "/".join(str(part) for part in error.absolute_path)
                print("  %s: %s" % (location, error.message))
        else:
            print("%s: valid" % path)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
