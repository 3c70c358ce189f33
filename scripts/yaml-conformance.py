#!/usr/bin/env python3
"""Check that YAML-lite never accepts a file that PyYAML rejects or reads differently.

Usage:
    scripts/yaml-conformance.py --tool PATH_TO_yaml-lite [--suite DIR] [--fuzz N [--seed S]]

For every *.yaml fixture under Tests/YAMLLiteTests/Fixtures (valid and invalid), every case
DIR/**/in.yaml of the official YAML test suite (if --suite is given and exists), and N random
YAML-like documents (if --fuzz is given), the script runs the yaml-lite tool. When YAML-lite
accepts a file (exit status 0, warnings allowed), PyYAML's BaseLoader (which, like YAML-lite,
reads every scalar as a string) must accept it too and build exactly the same tree, compared as
JSON with mapping order. So must PyYAML's libyaml binding (CBaseLoader) when it is built, and,
for suite cases, the suite's own expected JSON (in.json, compared allowing for its typed
scalars). Any disagreement, crash or hang is reported and the exit status is 1.
Fixtures under Fixtures/valid must also be accepted. Rejections of suite cases are expected:
YAML-lite is a strict subset.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("PyYAML is required: pip install pyyaml")

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "Tests", "YAMLLiteTests", "Fixtures")
TIMEOUT_SECONDS = 60


def ordered(value):
    """A form of a JSON-like value in which mapping order matters for equality."""
    if isinstance(value, dict):
        return ("map", [(ordered(k), ordered(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("seq", [ordered(v) for v in value])
    return value


def run_tool(tool, path):
    """(status, parsed JSON or None, stderr). status: 'accepted', 'rejected' or a failure text."""
    try:
        process = subprocess.run([tool, path], capture_output=True, timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        return "timed out", None, ""
    stderr = process.stderr.decode("utf-8", "replace")
    if process.returncode not in (0, 1):
        return "crashed (exit status %d)" % process.returncode, None, stderr
    if process.returncode == 1:
        return "rejected", None, stderr
    lines = process.stdout.decode("utf-8").splitlines()
    if len(lines) != 1:
        return "printed %d lines instead of 1" % len(lines), None, stderr
    return "accepted", json.loads(lines[0]), stderr


def run_pyyaml(data, loader=yaml.BaseLoader):
    """(accepted, tree or error message)."""
    try:
        return True, yaml.load(data, Loader=loader)
    except Exception as error:  # PyYAML raises several kinds, and ValueError for bad escapes
        return False, str(error).replace("\n", " ")


# PyYAML's bindings to libyaml, when built: a second, independent YAML parser to agree with.
LIBYAML_LOADER = getattr(yaml, "CBaseLoader", None) if getattr(yaml, "__with_libyaml__", False) else None


def same_as_suite(ours, expected):
    """Whether our all-text tree matches the suite's JSON, which uses YAML 1.2's core schema
    (so 1 is a number and ~ is null in it)."""
    if isinstance(expected, dict):
        return (isinstance(ours, dict) and len(ours) == len(expected)
                and all(same_as_suite(k, l) and same_as_suite(ours[k], expected[l]) for k, l in zip(ours, expected)))
    if isinstance(expected, list):
        return (isinstance(ours, list) and len(ours) == len(expected)
                and all(same_as_suite(a, b) for a, b in zip(ours, expected)))
    if not isinstance(ours, str):
        return False
    if expected is None:
        return ours in ("", "~", "null", "Null", "NULL")
    if isinstance(expected, bool):
        return ours in (("true", "True", "TRUE") if expected else ("false", "False", "FALSE"))
    if isinstance(expected, (int, float)):
        try:
            return float(ours) == expected or int(ours, 0) == expected
        except ValueError:
            return False
    return ours == expected


def suite_expectation(case_directory):
    """The single document of the suite case's in.json, or None if there is not exactly one."""
    path = os.path.join(case_directory, "in.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as handle:
        text = handle.read().strip()
    decoder, documents, index = json.JSONDecoder(), [], 0
    while index < len(text):
        document, index = decoder.raw_decode(text, index)
        documents.append(document)
        while index < len(text) and text[index].isspace():
            index += 1
    return documents if len(documents) == 1 else None


class Report:
    def __init__(self):
        self.failures = []

    def check(self, tool, path, label, must_accept=False, suite_case=False):
        """Checks one file; returns 'accepted' or 'rejected' (or 'failed')."""
        status, tree, stderr = run_tool(tool, path)
        if status not in ("accepted", "rejected"):
            self.failures.append("%s: yaml-lite %s\n%s" % (label, status, stderr))
            return "failed"
        if status == "rejected":
            if must_accept:
                self.failures.append("%s: a valid fixture was rejected:\n%s" % (label, stderr))
                return "failed"
            return "rejected"
        with open(path, "rb") as handle:
            data = handle.read()
        accepted, expected = run_pyyaml(data)
        if not accepted:
            self.failures.append("%s: YAML-lite accepts it but PyYAML rejects it: %s" % (label, expected))
            return "failed"
        if ordered(tree) != ordered(expected):
            self.failures.append(
                "%s: YAML-lite and PyYAML disagree\n  yaml-lite: %s\n  PyYAML:    %s"
                % (label, json.dumps(tree, ensure_ascii=False), json.dumps(expected, ensure_ascii=False)))
            return "failed"
        if LIBYAML_LOADER is not None:
            accepted, other = run_pyyaml(data, LIBYAML_LOADER)
            if not accepted or ordered(tree) != ordered(other):
                self.failures.append(
                    "%s: YAML-lite and PyYAML agree but libyaml %s" % (
                        label, "rejects it: " + other if not accepted else "reads " + json.dumps(other)))
                return "failed"
        if suite_case:
            documents = suite_expectation(os.path.dirname(path))
            if documents is not None and not same_as_suite(tree, documents[0]):
                self.failures.append(
                    "%s: YAML-lite and PyYAML agree but the test suite expects %s"
                    % (label, json.dumps(documents[0], ensure_ascii=False)))
                return "failed"
        return "accepted"


def yaml_files(directory, name_filter):
    for root, _, files in os.walk(directory):
        for name in sorted(files):
            if name_filter(name):
                yield os.path.join(root, name)


# Fragments for the fuzzer: the constructs YAML-lite accepts and the near misses around them.
FUZZ_SCALARS = [
    "a", "b c", "x: y", "'q'", "'it''s'", '"d\\tq"', '"x\\\n  y"', "- z", "#c", "a #c", "a#b", "|", ">", "|-",
    ">+", "|2", "''", '""', "-", "?", ":", "-x", ":x", "?x", "a:b", "no", "~", "null", "1.0", "&a x", "*a",
    "!t x", "[a]", "{a: b}", "%x", "@x", "`x", ",x", "'a\n  b'", '"a\n\n  b"', "a\n  b", "é", "\u00a0x", "x\t",
    "'unclosed", '"\\x41\\u263A"', '"\\q"', "<<", "---", "...", "a  b", "a:  b", "\\", "'#'", "a ' b",
]
FUZZ_KEYS = ["a", "b", "k", "'q'", '"d"', "a b", "-a", "x:y", "é", "<<", "'a'", "?", "a'b"]


def fuzz_document(rng, depth=0, indent=0):
    lines = []
    kind = rng.choice(["map", "map", "seq", "scalar"]) if depth < 4 else "scalar"
    pad = " " * indent
    if kind == "scalar":
        value = rng.choice(FUZZ_SCALARS)
        return [pad + part if i == 0 else part for i, part in enumerate(value.split("\n"))]
    for _ in range(rng.randint(1, 3)):
        if kind == "map":
            head = pad + rng.choice(FUZZ_KEYS) + ":"
        else:
            head = pad + "-"
        if rng.random() < 0.5:
            value = rng.choice(FUZZ_SCALARS).split("\n")
            lines.append(head + rng.choice([" ", "  ", ""]) + value[0])
            for part in value[1:]:
                lines.append(" " * rng.choice([0, indent, indent + 1, indent + 2, indent + 4]) + part)
        else:
            lines.append(head + rng.choice(["", " # c", " "]))
            child = indent + rng.choice([0, 1, 2, 2, 4]) if kind == "map" else indent + rng.choice([1, 2, 2])
            if rng.random() < 0.2:
                lines.append(" " * child + rng.choice(["", "# c", "  "]))
            lines.extend(fuzz_document(rng, depth + 1, child))
        if rng.random() < 0.1:
            lines.append(rng.choice(["", "  ", "# x", " " * (indent + 1) + "more"]))
    return lines


# Line templates for the second fuzzer, which stacks random lines at random indentations: the
# way to reach odd combinations of block scalars, folding, blank lines and indentation.
FUZZ_LINES = [
    "k: v", "j: w", "- v", "- k: v", "k:", "j:", "-", "k: |", "k: >", "k: |-", "k: >+", "k: |1", "k: >2", "- |",
    "- >-", "|", ">", "text", "more text", "t  u", "", "", " ", "  ", "     ", "# c", "k: 'a", "b'", "c' d",
    'k: "a\\', 'k: "a', 'b"', '  \\ b"', "- - x", "- - k: v", "k: v # c", "k: a b", "x y #z", "'q': v",
    '"d\\tq": v', "k: ''", "k: 'it''s'", "k: \"\\x41\\\"\"", "  t  ", "\tt", "- \"a b\"", "k: \"a\tb\"",
    "#", "k: -x", "k: a:b", "?x: y", "-x", "a - b", "k: é ü", "k: \u00a0v", "k: v ", "k: |+",
    "  \tt", " \t", "\t", "k: >1-", "- |2", "k: \"a\\ b\"", "k: 'a'  # c", "'x'", "\"y\"", "---", "--- # c",
    "...", "- k:", "- k: |", "  - k: >", "k: \"\\x", "k:    ", "#x", "k: #x", "k:#x", "- #c", "x:", "- -",
]


def fuzz_lines(rng):
    lines = []
    for _ in range(rng.randint(1, 9)):
        lines.append(" " * rng.choice([0, 0, 1, 2, 2, 3, 4, 4, 5, 6, 8]) + rng.choice(FUZZ_LINES))
    ending = "\r\n" if rng.random() < 0.05 else "\n"
    return ending.join(lines) + rng.choice([ending, "", ending + ending])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", required=True, help="path to the yaml-lite executable")
    parser.add_argument("--suite", help="directory of the official YAML test suite (cases DIR/*/in.yaml)")
    parser.add_argument("--fuzz", type=int, default=0, help="also check N random YAML-like documents")
    parser.add_argument("--seed", type=int, default=1, help="seed for --fuzz")
    arguments = parser.parse_args()
    tool = os.path.abspath(arguments.tool)
    if not os.access(tool, os.X_OK):
        sys.exit("cannot run %s; build it with: swift build --product yaml-lite" % tool)
    report = Report()

    counts = {}
    for group in ("valid", "invalid"):
        directory = os.path.join(FIXTURES, group)
        tally = counts.setdefault(group, {"accepted": 0, "rejected": 0, "failed": 0})
        for path in yaml_files(directory, lambda name: name.endswith(".yaml")):
            label = os.path.relpath(path, os.path.join(FIXTURES, ".."))
            tally[report.check(tool, path, label, must_accept=group == "valid")] += 1
        print("fixtures/%s: %d files, %d accepted (all agree with PyYAML unless listed below), %d rejected"
              % (group, sum(tally.values()), tally["accepted"], tally["rejected"]))

    if arguments.suite:
        if not os.path.isdir(arguments.suite):
            print("YAML test suite: %s does not exist; skipped" % arguments.suite)
        else:
            tally = {"accepted": 0, "rejected": 0, "failed": 0}
            pyyaml_accepts = 0
            for path in yaml_files(arguments.suite, lambda name: name == "in.yaml"):
                label = "suite/" + os.path.relpath(os.path.dirname(path), arguments.suite)
                result = report.check(tool, path, label, suite_case=True)
                tally[result] += 1
                if result == "rejected":
                    with open(path, "rb") as handle:
                        if run_pyyaml(handle.read())[0]:
                            pyyaml_accepts += 1
            print("YAML test suite: %d cases, %d accepted by YAML-lite (all agree with PyYAML unless listed "
                  "below), %d rejected (%d of those PyYAML accepts)"
                  % (sum(tally.values()), tally["accepted"], tally["rejected"], pyyaml_accepts))

    if arguments.fuzz:
        rng = random.Random(arguments.seed)
        tally = {"accepted": 0, "rejected": 0, "failed": 0}
        with tempfile.TemporaryDirectory() as directory:
            for number in range(arguments.fuzz):
                if number % 2:
                    text = fuzz_lines(rng)
                else:
                    text = "\n".join(fuzz_document(rng)) + rng.choice(["\n", "", "\n\n"])
                path = os.path.join(directory, "case.yaml")
                with open(path, "w", encoding="utf-8", newline="") as handle:
                    handle.write(text)
                result = report.check(tool, path, "fuzz case %d (seed %d)" % (number, arguments.seed))
                tally[result] += 1
                if result == "failed":
                    report.failures[-1] += "\n  input: %r" % text
        print("fuzz: %d documents, %d accepted, %d rejected" % (arguments.fuzz, tally["accepted"], tally["rejected"]))

    if report.failures:
        print("\n%d disagreement(s):" % len(report.failures))
        for failure in report.failures:
            print("- " + failure)
        return 1
    print("OK: YAML-lite accepted nothing that PyYAML rejects or reads differently.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
