#!/usr/bin/env bash
# Renders the HTML edition of the bundled Leadership Toolkit (competency export --format html)
# in headless Chromium and checks that a real page came out: the page is well formed, has an
# anchor for every component, and renders to a non-trivial PNG.
#
#   scripts/check-html-edition.sh [PATH_TO_competency] [OUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."

competency=${1:-.build/debug/competency}
png=${2:-$(mktemp -d)/html-edition.png}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$competency" export --format html -o "$work/toolkit.html"
components=$("$competency" export --format json | python3 -c '
import json, sys
framework = json.load(sys.stdin)
print(sum(len(s["components"]) for d in framework["domains"] for s in d["subdomains"]))')
python3 - "$work/toolkit.html" "$components" <<'PY'
import html.parser, sys
path, expected = sys.argv[1], int(sys.argv[2])
class Checker(html.parser.HTMLParser):
    VOID = {"meta", "link", "br", "hr", "img", "input", "col", "wbr", "source", "area", "base"}
    def __init__(self):
        super().__init__()
        self.stack, self.ids, self.errors = [], set(), []
    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id":
                self.ids.add(value)
        if tag not in self.VOID:
            self.stack.append(tag)
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> (open: {self.stack[-3:]})")
        else:
            self.stack.pop()
checker = Checker()
checker.feed(open(path, encoding="utf-8").read())
anchors = [i for i in checker.ids if "." in i]
problems = checker.errors + ([f"unclosed: {checker.stack}"] if checker.stack else [])
if len(anchors) < expected:
    problems.append(f"{len(anchors)} component anchors, expected {expected}")
if problems:
    print("HTML edition problems:", *problems[:10], sep="\n  ")
    sys.exit(1)
print(f"HTML edition well formed, {len(anchors)} component anchors")
PY
scripts/render-html-to-png.sh "$work/toolkit.html" "$png" 1200x1600
size=$(stat -c %s "$png")
if ((size < 50000)); then
    echo "error: the screenshot is only $size bytes; the page did not render" >&2
    exit 1
fi
echo "HTML edition rendered in Chromium: $png ($size bytes)"
