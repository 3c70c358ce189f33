#!/usr/bin/env python3
"""Synthetic inputs for CompetencyKit's benchmarks, deterministic from a seed.

    synth.py framework --components N [--seed S] --out FILE.yaml [--json FILE.json]
    synth.py sized --bytes B [--seed S] --out FILE.yaml [--json FILE.json]
    synth.py stress KIND [--scale F] --out FILE

`framework` writes a framework file (YAML-lite, hence YAML) of N components: 3 levels,
20 components per subdomain, 10-50 subdomains per domain, titles of 40-70 characters and
descriptors of 300-600 characters of English-like text with straight and curly quotes,
backslashes, apostrophes and non-ASCII (é, —, “”, 日本語, 🙂). Scalars use every style a
hand-written file uses: folded and literal blocks, plain text over several lines, double and
single quotes. `--json` also writes the same tree as JSON (every value a string), for the
JSONSerialization comparison.

`sized` writes a framework of about B bytes (the same generator, its component count scaled).

`stress` writes one adversarial input for the parser's no-input-too-slow benchmark (KIND is
one of: deep-list, deep-map, keys, scalar-plain, scalar-quoted, scalar-block, lines, lines-block).

The output depends only on the arguments (its own PRNG, no `random` module), so a file can be
regenerated anywhere byte for byte.
"""

import argparse
import json
import sys

MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, lo, hi):  # inclusive
        return lo + self.below(hi - lo + 1)

    def chance(self, percent):
        return self.below(100) < percent

    def pick(self, items):
        return items[self.below(len(items))]


WORDS = """
pupils colleagues learning teaching curriculum assessment feedback planning evidence practice
school leaders staff community culture behaviour attendance inclusion wellbeing safeguarding
professional development coaching mentoring reflection improvement strategy vision values
expectations standards outcomes progress knowledge skills understanding subject pedagogy
literacy numeracy reading writing oracy vocabulary questioning modelling scaffolding routines
relationships parents carers governors trustees partnerships resources budget priorities
monitoring evaluation research enquiry collaboration leadership responsibility accountability
ensure develop sustain embed promote support lead model review adapt secure establish build
share communicate plan monitor evaluate implement refine strengthen extend challenge nurture
consistently effectively carefully purposefully actively rigorously collaboratively with
across within through beyond every all their the a an and or of to in for on by so that
clear high ambitious inclusive safe calm purposeful coherent responsive precise timely
sustainable evidence-informed well-sequenced age-appropriate whole-school long-term
""".split()

FLAVOURS = [
    "café", "rôle", "naïve", "résumé", "coöperation", "élan", "déjà vu",
    "“high expectations”", "“every child”", "the “why” behind it",
    "work—and rest", "planning—teaching—review", "日本語", "学校", "🙂", "🙂 smiles",
    "\"real\" progress", "the \"core\" offer", "pupils' views", "colleagues' time",
    "and\\or", "C:\\shared\\plans", "a\\b testing", "O'Neill's model", "it's",
]

STYLES = ["folded"] * 45 + ["plain"] * 20 + ["double"] * 15 + ["single"] * 10 + ["literal"] * 10


def sentence(rng, lo, hi):
    """English-like text of lo..hi characters: words, some flavoured, sentences ending in '.'."""
    target = rng.between(lo, hi)
    words = []
    length = 0
    start = True
    while length < target:
        if rng.chance(6):
            w = rng.pick(FLAVOURS)
        else:
            w = rng.pick(WORDS)
        if start:
            w = w[0].upper() + w[1:] if w[0].isascii() and w[0].isalpha() else w
            start = False
        if rng.chance(8) and length + len(w) + 2 < target:
            w += "."
            start = True
        elif rng.chance(5):
            w += ","
        words.append(w)
        length += len(w) + 1
    text = " ".join(words).rstrip(",.")
    # Never start with a character YAML reserves, so that plain style is always possible.
    if not text[0].isalpha():
        text = "Pupils " + text
    return text + "."


def title(rng):
    t = sentence(rng, 40, 70).rstrip(".")
    t = t.replace(".", "").replace(",", "")
    # Swift names come from titles: keep them varied; the first word stays a word.
    return t[0].upper() + t[1:]


def wrap(text, width):
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return lines


def plain_ok(text):
    return (": " not in text and " #" not in text and not text.endswith(":")
            and text[0].isalpha())


class Writer:
    def __init__(self):
        self.parts = []

    def line(self, indent, text):
        self.parts.append(" " * indent + text + "\n")

    def scalar(self, indent, key, text, style):
        """key: text, in `style`; indent is the key's column."""
        prefix = " " * indent + key + ":"
        body = indent + 2
        if style == "plain" and not plain_ok(text):
            style = "folded"
        if style == "plain":
            lines = wrap(text, 90)
            # A continuation line must not start with "- " or "? " (it never does: words).
            self.parts.append(prefix + " " + lines[0] + "\n")
            for l in lines[1:]:
                self.parts.append(" " * body + l + "\n")
        elif style == "double":
            esc = text.replace("\\", "\\\\").replace("\"", "\\\"")
            lines = wrap(esc, 90)
            self.parts.append(prefix + " \"" + lines[0] + ("\"\n" if len(lines) == 1 else "\n"))
            for i, l in enumerate(lines[1:], 1):
                self.parts.append(" " * body + l + ("\"\n" if i == len(lines) - 1 else "\n"))
        elif style == "single":
            esc = text.replace("'", "''")
            lines = wrap(esc, 90)
            self.parts.append(prefix + " '" + lines[0] + ("'\n" if len(lines) == 1 else "\n"))
            for i, l in enumerate(lines[1:], 1):
                self.parts.append(" " * body + l + ("'\n" if i == len(lines) - 1 else "\n"))
        elif style == "folded":
            self.parts.append(prefix + " >-\n")
            for l in wrap(text, 90):
                self.parts.append(" " * body + l + "\n")
        elif style == "literal":
            # Literal text keeps its line breaks: the value is the wrapped lines.
            self.parts.append(prefix + " |-\n")
            for l in text.split("\n"):
                self.parts.append(" " * body + l + "\n")
        else:
            raise ValueError(style)

    def text(self):
        return "".join(self.parts)


def shape(components, rng):
    """Subdomain counts per domain: 20 components per subdomain, 10-50 subdomains per domain."""
    subdomains = max(1, (components + 19) // 20)
    domains = []
    left = subdomains
    while left > 0:
        n = min(left, rng.between(10, 50))
        if left - n < 10 and left - n > 0:  # keep the last domain within range when possible
            n = left if left <= 50 else left - 10
        domains.append(n)
        left -= n
    sizes = []
    remaining = components
    for d in domains:
        row = []
        for _ in range(d):
            c = min(20, remaining)
            row.append(c)
            remaining -= c
        sizes.append(row)
    return sizes


def framework(components, seed):
    """(yaml_text, tree) of a synthetic framework with `components` components."""
    rng = SplitMix64(seed * 1_000_003 + components)
    levels = [("emerging", "Emerging"), ("established", "Established"), ("leading", "Leading")]
    w = Writer()
    tree = {}
    w.line(0, f"# Synthetic framework: {components} components, seed {seed}.")
    w.line(0, "# Generated by Benchmarks/scripts/synth.py; do not edit.")
    tree["id"] = f"synthetic-{components}"
    w.line(0, f"id: {tree['id']}")
    tree["title"] = f"Synthetic Framework of {components} Components"
    w.line(0, f"title: {tree['title']}")
    tree["symbol"] = f"Synthetic{components}"
    w.line(0, f"symbol: {tree['symbol']}")
    tree["description"] = sentence(rng, 300, 600)
    w.scalar(0, "description", tree["description"], "folded")
    tree["stem"] = "A practitioner will"
    w.line(0, f"stem: {tree['stem']}")
    tree["language"] = "en-GB"
    w.line(0, "language: en-GB")
    w.line(0, "")
    w.line(0, "levels:")
    tree["levels"] = []
    for lid, name in levels:
        level = {"id": lid, "name": name, "summary": sentence(rng, 100, 200),
                 "indicators": [sentence(rng, 40, 90) for _ in range(3)]}
        tree["levels"].append(level)
        w.line(2, f"- id: {lid}")
        w.line(4, f"name: {name}")
        w.scalar(4, "summary", level["summary"], "folded")
        w.line(4, "indicators:")
        for ind in level["indicators"]:
            if plain_ok(ind):
                w.line(6, "- " + ind)
            else:
                w.line(6, "- >-")
                for l in wrap(ind, 90):
                    w.line(8, l)
    w.line(0, "")
    w.line(0, "domains:")
    tree["domains"] = []
    for d, row in enumerate(shape(components, rng), 1):
        dom = {"code": str(d), "title": title(rng), "description": sentence(rng, 300, 600),
               "subdomains": []}
        tree["domains"].append(dom)
        w.line(2, f"- code: \"{d}\"")
        w.scalar(4, "title", dom["title"], "plain")
        w.scalar(4, "description", dom["description"], "folded")
        w.line(4, "subdomains:")
        for s, count in enumerate(row, 1):
            sub = {"code": f"{d}.{s}", "title": title(rng), "components": []}
            dom["subdomains"].append(sub)
            w.line(6, f"- code: \"{d}.{s}\"")
            w.scalar(8, "title", sub["title"], "plain")
            if rng.chance(30):
                sub["description"] = sentence(rng, 150, 300)
                w.scalar(8, "description", sub["description"], "folded")
            w.line(8, "components:")
            for c in range(1, count + 1):
                comp = {"code": f"{d}.{s}.{c}", "title": title(rng), "descriptors": {}}
                sub["components"].append(comp)
                w.line(10, f"- code: \"{comp['code']}\"")
                w.scalar(12, "title", comp["title"], "plain")
                w.line(12, "descriptors:")
                for lid, _ in levels:
                    style = rng.pick(STYLES)
                    text = sentence(rng, 300, 600)
                    if style == "literal":
                        text = "\n".join(wrap(text, 90))
                    comp["descriptors"][lid] = text
                    w.scalar(14, lid, text, style)
    return w.text(), tree


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def stress(kind, scale=1.0):
    """Adversarial parser inputs (see the module's doc comment); `scale` multiplies the
    counts (0.5 gives a half-size input, to check that time grows in proportion)."""
    def n(count):
        return max(1, int(count * scale))
    if kind == "deep-list":  # 100,000 lists nested on one line: far past the 100-level limit
        return "- " * n(100_000) + "x\n"
    if kind == "deep-map":  # 2,000 mappings nested by indentation (about 4 MB of spaces)
        depth = n(2_000)
        return "".join(" " * i + "k:\n" for i in range(depth)) + " " * depth + "k: v\n"
    if kind == "keys":  # one mapping of 100,000 keys
        return "".join(f"key-{i:06d}: value {i}\n" for i in range(n(100_000)))
    body = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "
            "incididunt ut labore et dolore magna aliqua ")
    fifty_mb = n(50 * 1024 * 1024)
    if kind == "scalar-plain":  # one plain scalar of 50 MB on one line
        return "text: " + (body * (fifty_mb // len(body) + 1))[:fifty_mb].strip() + "\n"
    if kind == "scalar-quoted":  # one double-quoted scalar of 50 MB with escapes, one line
        chunk = body + "\\\"q\\\" \\u00e9 \\\\ "
        return "text: \"" + (chunk * (fifty_mb // len(chunk) + 1))[:fifty_mb].rstrip("\\ ") + "\"\n"
    if kind == "scalar-block":  # one folded block scalar of 50 MB, 80-character lines
        line = "  " + body[:78].strip() + "\n"
        return "text: >\n" + line * (fifty_mb // len(line))
    if kind == "lines":  # a list of 1,000,000 short items
        return "".join(f"- {i}\n" for i in range(n(1_000_000)))
    if kind == "lines-block":  # a literal block scalar of 1,000,000 short lines
        return "text: |\n" + "".join(f"  line {i}\n" for i in range(n(1_000_000)))
    raise SystemExit(f"unknown stress kind {kind}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command", required=True)
    f = sub.add_parser("framework")
    f.add_argument("--components", type=int, required=True)
    f.add_argument("--seed", type=int, default=1)
    f.add_argument("--out", required=True)
    f.add_argument("--json")
    s = sub.add_parser("sized")
    s.add_argument("--bytes", type=int, required=True)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--out", required=True)
    s.add_argument("--json")
    t = sub.add_parser("stress")
    t.add_argument("kind")
    t.add_argument("--scale", type=float, default=1.0)
    t.add_argument("--out", required=True)
    a = p.parse_args()
    if a.command == "stress":
        write(a.out, stress(a.kind, a.scale))
        return
    if a.command == "sized":
        probe, _ = framework(200, a.seed)
        per = len(probe.encode()) / 200
        n = max(20, round(a.bytes / per))
        text, tree = framework(n, a.seed)
        # One correction step: the probe's header overhead skews small sizes.
        size = len(text.encode())
        if abs(size - a.bytes) > a.bytes * 0.02:
            n = max(20, round(n * a.bytes / size))
            text, tree = framework(n, a.seed)
    else:
        text, tree = framework(a.components, a.seed)
    write(a.out, text)
    if a.json:
        write(a.json, json.dumps(tree, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
