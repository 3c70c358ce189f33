#!/usr/bin/env python3
"""Keeps schema/competency-framework.schema.json in step with the validator's rules.

Every valid framework file in the repository must pass the JSON Schema, and every invalid
fixture whose expected rule is one the schema can express must fail it. Files are read as
YAML-lite means them: PyYAML's BaseLoader, where every scalar is a string.
"""
import glob
import json
import os
import sys

import jsonschema
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Rules a JSON Schema can express: shape, required and unknown keys, empty text and lists,
# id, symbol and code spelling.
SCHEMA_LEVEL_RULES = {"F100", "F101", "F102", "F103", "F104", "F105", "F110", "F113", "F120"}


def load(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.BaseLoader)


def main():
    with open(os.path.join(ROOT, "schema/competency-framework.schema.json"), encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    failures = 0

    valid = sorted(
        glob.glob(os.path.join(ROOT, "Frameworks/**/*.framework.yaml"), recursive=True)
        + glob.glob(os.path.join(ROOT, "Tests/**/Fixtures/valid/*.framework.yaml"), recursive=True)
        + [os.path.join(ROOT, "Tests/CompetencyCLITests/Fixtures/Reading.framework.yaml")]
        + glob.glob(os.path.join(ROOT, "Examples/TeacherStandards/**/*.framework.yaml"), recursive=True)
    )
    for path in valid:
        errors = list(validator.iter_errors(load(path)))
        if errors:
            failures += 1
            print(f"FAIL {os.path.relpath(path, ROOT)} is valid but the schema rejects it: {errors[0].message}")

    rejected = 0
    manifest = os.path.join(ROOT, "Tests/FrameworkLoadingTests/Fixtures/invalid/expectations.txt")
    with open(manifest, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            name, code = line.split()[:2]
            if code not in SCHEMA_LEVEL_RULES:
                continue
            path = os.path.join(os.path.dirname(manifest), name)
            try:
                document = load(path)
            except yaml.YAMLError:
                continue  # not YAML at all; nothing for the schema to say
            if validator.is_valid(document):
                failures += 1
                print(f"FAIL {name} breaks rule {code}, which the schema should catch, but the schema accepts it")
            else:
                rejected += 1

    print(f"schema sync: {len(valid)} valid files accepted, {rejected} schema-level invalid fixtures rejected, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
