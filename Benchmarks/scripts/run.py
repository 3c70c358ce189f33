#!/usr/bin/env python3
"""CompetencyKit's benchmark suite: runs every benchmark and writes BENCHMARKS.md.

Run it through scripts/benchmarks.sh from the repository root:

    scripts/benchmarks.sh            # everything, all sizes; writes BENCHMARKS.md (about an hour)
    scripts/benchmarks.sh --quick    # small sizes and few repetitions, for development;
                                     # writes Benchmarks/.build-work/BENCHMARKS-quick.md
    scripts/benchmarks.sh --only compile,parse   # some sections (compile, plugin, parse, stress, cli)

Sections:
  compile  synthetic frameworks -> competency-compiler -> swiftc, debug and release: wall time,
           CPU time and peak memory; the Leadership Toolkit's cost in a debug build.
  plugin   Examples/TeacherStandards (a copy, so the tree is never edited): clean build,
           no-change rebuild, rebuild after editing one descriptor.
  parse    YAML-lite parse, parse+validate, Yams compose and load, JSONSerialization, on 1 MB
           and 10 MB framework files, in one process (Benchmarks/Sources/parse-bench).
  stress   the parser on adversarial inputs (deep nesting, 100,000 keys, 50 MB scalars,
           1,000,000 lines), each in its own process with a time limit.
  cli      `competency show/search/export` against a hello-world that imports Foundation,
           with hyperfine (or a loop of our own), and peak memory.

Scratch files go to Benchmarks/.build-work/ and .build-bench/ (both git-ignored). Raw samples
are written next to the report as JSON. Nothing here asserts a time: targets are reported.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BENCH = os.path.join(ROOT, "Benchmarks")
WORK = os.path.join(BENCH, ".build-work")
SCRATCH = os.path.join(ROOT, ".build-bench")
SYNTH = os.path.join(BENCH, "scripts", "synth.py")
SWIFT = os.environ.get("SWIFT", "swift")
SWIFTC = os.environ.get("SWIFTC", "swiftc")
TIME = "/usr/bin/time"
GENERATOR_MARK = "Compiling competency framework"

# --------------------------------------------------------------------------------------------
# Small helpers


def log(message):
    print(f"[{datetime.datetime.now().strftime('%H:%M:%S')}] {message}", flush=True)


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return float(f.read().split()[0])
    except OSError:
        return None


def run(cmd, cwd=None, check=True, timeout=None, env=None, capture=True):
    """Runs cmd; returns (seconds, CompletedProcess)."""
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, timeout=timeout, env=env, text=True,
                       stdout=subprocess.PIPE if capture else None,
                       stderr=subprocess.STDOUT if capture else None)
    elapsed = time.perf_counter() - start
    if check and p.returncode != 0:
        out = (p.stdout or "")[-4000:]
        raise SystemExit(f"command failed ({p.returncode}): {' '.join(cmd)}\n{out}")
    return elapsed, p


def timed(cmd, cwd=None, timeout=None):
    """Runs cmd under /usr/bin/time -v: wall seconds (perf_counter), CPU seconds (user+sys),
    peak RSS in MiB (max over the process tree), exit status and output."""
    tfile = os.path.join(WORK, "time-v.txt")
    start = time.perf_counter()
    p = subprocess.run([TIME, "-v", "-o", tfile] + cmd, cwd=cwd, timeout=timeout, text=True,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    wall = time.perf_counter() - start
    with open(tfile) as f:
        tv = f.read()
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", tv).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", tv).group(1))
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", tv).group(1))
    return {"wall": wall, "cpu": user + system, "rss": rss_kb / 1024, "status": p.returncode,
            "output": p.stdout}


def stats(values):
    v = sorted(values)
    n = len(v)
    if n == 0:
        return None
    if n >= 2:
        q1, _, q3 = statistics.quantiles(v, n=4, method="inclusive")
    else:
        q1 = q3 = v[0]
    return {"n": n, "median": statistics.median(v), "min": v[0], "max": v[-1], "q1": q1, "q3": q3}


def fmt_s(x):
    if x is None:
        return "–"
    if x >= 100:
        return f"{x:.0f}"
    if x >= 10:
        return f"{x:.1f}"
    if x >= 1:
        return f"{x:.2f}"
    if x >= 0.01:
        return f"{x:.3f}"
    return f"{x:.6f}".rstrip("0")  # seconds, like every other figure: callers write the unit


def fmt_ms(x):
    return f"{x * 1000:.1f}" if x < 0.1 else f"{x * 1000:.0f}"


def med_range(s, f=fmt_s, unit=""):
    """'median (min–max)'"""
    if s is None:
        return "–"
    if s["n"] == 1:
        return f"{f(s['median'])}{unit} (1 run)"
    return f"{f(s['median'])}{unit} ({f(s['min'])}–{f(s['max'])})"


def ensure_dir(path):
    os.makedirs(path, exist_ok=True)
    return path


# --------------------------------------------------------------------------------------------
# The machine


def machine():
    info = {}
    cpu = None
    try:
        out = subprocess.run(["lscpu"], text=True, capture_output=True).stdout
        m = re.search(r"Model name:\s*(.+)", out)
        cpu = m.group(1).strip() if m else None
        m = re.search(r"Hypervisor vendor:\s*(.+)", out)
        if m:
            info["hypervisor"] = m.group(1).strip()
    except OSError:
        pass
    if not cpu:
        with open("/proc/cpuinfo") as f:
            m = re.search(r"model name\s*:\s*(.+)", f.read())
            cpu = m.group(1).strip() if m else platform.processor()
    info["cpu"] = cpu
    info["cores"] = os.cpu_count()
    with open("/proc/meminfo") as f:
        kb = int(re.search(r"MemTotal:\s*(\d+)", f.read()).group(1))
    info["ram_gib"] = round(kb / 1024 / 1024, 1)
    info["swift"] = subprocess.run([SWIFT, "--version"], text=True, capture_output=True).stdout.splitlines()[0]
    info["kernel"] = platform.platform()
    try:
        with open("/etc/os-release") as f:
            info["os"] = re.search(r'PRETTY_NAME="([^"]+)"', f.read()).group(1)
    except (OSError, AttributeError):
        info["os"] = platform.system()
    hf = shutil.which("hyperfine")
    info["hyperfine"] = subprocess.run([hf, "--version"], text=True, capture_output=True).stdout.strip() if hf else None
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], text=True, capture_output=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"], text=True,
                           capture_output=True).stdout.strip()
    info["commit"] = commit + (" (with uncommitted changes)" if dirty else "")
    info["date"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return info


# --------------------------------------------------------------------------------------------
# Building the tools


def build_tools(results):
    log("building competency-compiler and competency (release, .build-bench) ...")
    for product in ["competency-compiler", "competency"]:
        run([SWIFT, "build", "-c", "release", "--package-path", ROOT, "--scratch-path", SCRATCH,
             "--product", product])
    log("building competency-compiler (debug, .build-bench), for the debug CompetencyFramework module ...")
    run([SWIFT, "build", "--package-path", ROOT, "--scratch-path", SCRATCH, "--product", "competency-compiler"])
    log("building parse-bench and hello-foundation (release, Benchmarks/.build) ...")
    for product in ["parse-bench", "hello-foundation"]:
        run([SWIFT, "build", "-c", "release", "--package-path", BENCH, "--scratch-path",
             os.path.join(BENCH, ".build"), "--product", product])
    tools = {
        "compiler": os.path.join(SCRATCH, "release", "competency-compiler"),
        "competency": os.path.join(SCRATCH, "release", "competency"),
        "debug_modules": os.path.join(SCRATCH, "debug", "Modules"),
        "release_modules": os.path.join(SCRATCH, "release", "Modules"),
        "parse_bench": os.path.join(BENCH, ".build", "release", "parse-bench"),
        "hello": os.path.join(BENCH, ".build", "release", "hello-foundation"),
    }
    for k, v in tools.items():
        if not os.path.exists(v):
            raise SystemExit(f"missing {k}: {v}")
    results["tools"] = tools
    return tools


# --------------------------------------------------------------------------------------------
# 1. Generated-code compile time

COMPILE_FLAGS = {
    # As SwiftPM compiles a target on this machine (see .build-bench/*/description.json): debug
    # info always; in debug, testing enabled and batch mode with one job per core; in release,
    # whole-module optimisation with one LLVM thread per core.
    "debug build": ["-Onone", "-g", "-enable-testing", "-enable-batch-mode", "-j", "2"],
    "release build": ["-O", "-wmo", "-num-threads", "2", "-g"],
}


def plugin_parts(yaml_bytes):
    """How many files the build plugin generates for a framework file of this size: the rule
    of generatedParts(forFrameworkAt:) in Plugins/CompetencyFrameworkPlugin, repeated here so
    that the benchmark compiles what a build compiles."""
    mebibyte = 1 << 20
    if yaml_bytes < mebibyte // 2:
        return 1
    return 1 + min(8, (yaml_bytes + mebibyte - 1) // mebibyte)


def swiftc_cmd(config, tools, sources):
    """Compiles `sources` as module Gen to object files in the current directory (no link)."""
    modules = tools["release_modules" if "-O" in COMPILE_FLAGS[config] else "debug_modules"]
    return ([SWIFTC, "-parse-as-library", "-c", "-module-name", "Gen", "-I", modules]
            + COMPILE_FLAGS[config] + sources)


def floor_swift(components):
    """The least Swift that gives every component a typed identifier in the generated shape:
    one `enum: Int` per subdomain (20 cases), nested in one enum per domain; no conformances,
    members, doc comments or data. What any code with that shape costs, whatever else it has."""
    lines = ["public enum Floor {"]
    left = components
    d = 0
    while left > 0:
        d += 1
        lines.append(f"    public enum Domain{d} {{")
        for sub in range(1, 31):
            if left <= 0:
                break
            count = min(20, left)
            left -= count
            lines.append(f"        public enum Subdomain{sub}: Swift.Int {{")
            for c in range(count):
                lines.append(f"            case component{c + 1}OfSubdomain{sub}InDomain{d} = {c}")
            lines.append("        }")
        lines.append("    }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def compile_runs(label, config, tools, sources, reps, d):
    objects = ensure_dir(os.path.join(d, "objects"))
    samples = []
    for rep in range(reps):
        log(f"compile: {label}, {config}, run {rep + 1}/{reps} (load {loadavg()}) ...")
        r = timed(swiftc_cmd(config, tools, sources), cwd=objects)
        if r["status"] != 0:
            raise SystemExit(f"swiftc failed on {sources[0]} ({config}):\n{r['output'][-4000:]}")
        r["load"] = loadavg()
        del r["output"]
        samples.append(r)
    shutil.rmtree(objects)
    out = {k: stats([x[k] for x in samples]) for k in ("wall", "cpu", "rss")}
    out["samples"] = samples
    return out


def merge_runs(runs):
    """One result from several compile_runs results of one run each."""
    samples = [x for r in runs for x in r["samples"]]
    out = {k: stats([x[k] for x in samples]) for k in ("wall", "cpu", "rss")}
    out["samples"] = samples
    return out


def generate(tools, yaml, out, parts, reps):
    """Runs competency-compiler `reps` times; returns the timings and the files it wrote."""
    runs = []
    for _ in range(reps):
        r = timed([tools["compiler"], yaml, "-o", out, "--parts", str(parts)])
        if r["status"] != 0:
            raise SystemExit(f"competency-compiler failed on {yaml}:\n{r['output']}")
        runs.append(r)
    stem = out[: -len(".swift")]
    files = [out] + [f"{stem}.part{i}.swift" for i in range(2, parts + 1)]
    return {k: stats([g[k] for g in runs]) for k in ("wall", "cpu", "rss")}, files


def bench_compile(tools, quick, results):
    sizes = [(100, 3), (1000, 3)] if quick else [(100, 5), (1000, 5), (5000, 3), (20000, 3)]
    floor_sizes = [1000] if quick else [5000, 20000]
    d = ensure_dir(os.path.join(WORK, "compile"))
    rows, extras = [], []
    for n, reps in sizes:
        yaml = os.path.join(d, f"synthetic-{n}.framework.yaml")
        log(f"compile: generating a framework of {n} components ...")
        run([sys.executable, SYNTH, "framework", "--components", str(n), "--seed", "1", "--out", yaml])
        parts = plugin_parts(os.path.getsize(yaml))
        split_dir = ensure_dir(os.path.join(d, f"split-{n}"))
        gen, split = generate(tools, yaml, os.path.join(split_dir, f"Synthetic{n}.framework.swift"), parts, reps)
        _, whole = generate(tools, yaml, os.path.join(d, f"Synthetic{n}.framework.swift"), 1, 1)
        row = {"components": n, "reps": reps, "parts": parts, "yaml_bytes": os.path.getsize(yaml),
               "swift_bytes": sum(os.path.getsize(f) for f in split),
               "swift_lines": sum(1 for f in split for _ in open(f, encoding="utf-8")),
               "generator": gen}
        # One file and the split files alternately, so that load from elsewhere falls on both.
        for config in ("debug build", "release build"):
            split_runs, whole_runs = [], []
            for rep in range(reps):
                split_runs.append(compile_runs(f"{n} components in {parts} file(s)", config, tools, split, 1, d))
                whole_runs.append(compile_runs(f"{n} components in one file", config, tools, whole, 1, d))
            row[config] = merge_runs(split_runs)
            row[config + ", one file"] = merge_runs(whole_runs)
        rows.append(row)
        if n in floor_sizes:
            floor = os.path.join(d, f"Floor{n}.swift")
            with open(floor, "w") as f:
                f.write(floor_swift(n))
            for config in ("debug build", "release build"):
                extras.append({"what": f"floor: {n // 20:,} bare `enum: Int` of 20 cases ({n:,} cases)",
                               "config": config, "components": n,
                               **compile_runs(f"floor {n}", config, tools, [floor], min(reps, 3), d)})
        if n >= 5000:
            shutil.rmtree(split_dir)
            for f in whole + [yaml]:
                os.remove(f)

    # Instructions the compiler executes on a 500-component framework in one file (valgrind
    # callgrind): not seconds, but the same on a loaded machine as on a quiet one, so a change
    # to the generator can be compared with an earlier one run by run.
    icounts = {}
    if shutil.which("valgrind") and not quick:
        yaml = os.path.join(d, "synthetic-500.framework.yaml")
        swift = os.path.join(d, "Synthetic500.framework.swift")
        run([sys.executable, SYNTH, "framework", "--components", "500", "--seed", "1", "--out", yaml])
        run([tools["compiler"], yaml, "-o", swift])
        for config in ("debug build", "release build"):
            _, p = run(swiftc_cmd(config, tools, [swift]) + ["-o", os.path.join(d, "Gen.o"), "-###"])
            frontend = next(line for line in p.stdout.splitlines() if "swift-frontend" in line and " -c " in line)
            args = frontend.split()
            log(f"compile: callgrind, swift-frontend on 500 components, {config} (several minutes) ...")
            _, p = run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + args)
            m = re.search(r"Collected : (\d+)", p.stdout)
            icounts[config.split()[0]] = int(m.group(1)) if m else None

    # The bundled Leadership Toolkit: what its generated code adds to a debug build.
    log("compile: the Leadership Toolkit's generated code in a debug build ...")
    toolkit_yaml = os.path.join(ROOT, "Frameworks", "LeadershipToolkit", "LeadershipToolkit.framework.yaml")
    toolkit_swift = os.path.join(d, "LeadershipToolkit.framework.swift")
    empty = os.path.join(d, "Empty.swift")
    with open(empty, "w") as f:
        f.write("import CompetencyFramework\n")
    reps = 5 if quick else 10
    gen, tk, base = [], [], []
    objects = ensure_dir(os.path.join(d, "objects"))
    for _ in range(reps):
        gen.append(timed([tools["compiler"], toolkit_yaml, "-o", toolkit_swift]))
        base.append(timed(swiftc_cmd("debug build", tools, [empty]), cwd=objects))
        tk.append(timed(swiftc_cmd("debug build", tools, [toolkit_swift]), cwd=objects))
    shutil.rmtree(objects)
    toolkit = {
        "reps": reps,
        "components": 70,
        "parts": plugin_parts(os.path.getsize(toolkit_yaml)),
        "swift_bytes": os.path.getsize(toolkit_swift),
        "generator": stats([g["wall"] for g in gen]),
        "empty_module": stats([b["wall"] for b in base]),
        "toolkit_module": stats([t["wall"] for t in tk]),
        "toolkit_cpu": stats([t["cpu"] for t in tk]),
        "empty_cpu": stats([b["cpu"] for b in base]),
    }
    toolkit["adds"] = (toolkit["generator"]["median"] + toolkit["toolkit_module"]["median"]
                       - toolkit["empty_module"]["median"])
    results["compile"] = {"rows": rows, "extras": extras, "toolkit": toolkit, "flags": COMPILE_FLAGS,
                          "instructions_500": icounts}


# --------------------------------------------------------------------------------------------
# 2. Plugin cost in a real build

EDIT_FROM = "sustain a safe and stimulating environment in every class they teach"
EDIT_TO = "sustain a calm, safe and stimulating environment in every class they teach"


def bench_plugin(quick, results):
    src = os.path.join(ROOT, "Examples", "TeacherStandards")
    dst = os.path.join(WORK, "TeacherStandards")
    if os.path.exists(dst):
        shutil.rmtree(dst)
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(".build", ".build-*", ".swiftpm", "Package.resolved"))
    pkg = os.path.join(dst, "Package.swift")
    with open(pkg) as f:
        text = f.read()
    text2 = text.replace('path: "../.."', f'path: {json.dumps(ROOT)}')
    if text2 == text:
        raise SystemExit("plugin: cannot point the example's copy at the repository (no path: \"../..\")")
    with open(pkg, "w") as f:
        f.write(text2)
    framework = os.path.join(dst, "Sources", "TeacherStandards", "TeacherStandards.framework.yaml")
    with open(framework, encoding="utf-8") as f:
        original = f.read()
    if EDIT_FROM not in original:
        raise SystemExit("plugin: the descriptor to edit is no longer in TeacherStandards.framework.yaml")
    edited = original.replace(EDIT_FROM, EDIT_TO)
    demo = os.path.join(dst, ".build", "debug", "TeacherStandardsDemo")

    def build():
        t0 = time.perf_counter()
        p = subprocess.run([SWIFT, "build", "--package-path", dst, "--scratch-path", os.path.join(dst, ".build")],
                           text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        wall = time.perf_counter() - t0
        if p.returncode != 0:
            raise SystemExit(f"plugin: swift build failed:\n{p.stdout[-4000:]}")
        out = p.stdout
        return {"wall": wall, "generator_runs": out.count(GENERATOR_MARK),
                "module_compiles": len(re.findall(r"\] Compiling TeacherStandards ", out)),
                "relinked_tool": "Linking competency-compiler" in out, "load": loadavg()}

    cleans, firsts, nochange, edits = [], [], [], []
    clean_reps = 1 if quick else 3
    steady_reps = 3 if quick else 5
    edit_reps = 2 if quick else 6
    for rep in range(clean_reps):
        shutil.rmtree(os.path.join(dst, ".build"), ignore_errors=True)
        log(f"plugin: clean build {rep + 1}/{clean_reps} (load {loadavg()}) ...")
        cleans.append(build())
        firsts.append(build())
        for _ in range(steady_reps):
            nochange.append(build())
    log("plugin: edit rebuilds ...")
    for i in range(edit_reps):
        with open(framework, "w", encoding="utf-8") as f:
            f.write(edited if i % 2 == 0 else original)
        edits.append(build())
    with open(framework, "w", encoding="utf-8") as f:
        f.write(original)
    build()
    demo_ok = subprocess.run([demo], text=True, capture_output=True).stdout == open(
        os.path.join(src, "expected-output.txt"), encoding="utf-8").read()
    # The generator alone on this file, for scale.
    gen = [timed([os.path.join(dst, ".build", "debug", "competency-compiler-tool")
                  if os.path.exists(os.path.join(dst, ".build", "debug", "competency-compiler-tool"))
                  else os.path.join(SCRATCH, "release", "competency-compiler"), framework, "--check"])
           for _ in range(5)]
    results["plugin"] = {
        "clean": stats([c["wall"] for c in cleans]), "clean_samples": cleans,
        "first_rebuild": stats([c["wall"] for c in firsts]), "first_samples": firsts,
        "nochange": stats([c["wall"] for c in nochange]), "nochange_samples": nochange,
        "edit": stats([c["wall"] for c in edits]), "edit_samples": edits,
        "generator_alone": stats([g["wall"] for g in gen]),
        "demo_ok": demo_ok,
    }


# --------------------------------------------------------------------------------------------
# 3. Parser and validator throughput


def bench_parse(tools, quick, results):
    d = ensure_dir(os.path.join(WORK, "parse"))
    out = []
    plan = [(1, 5, 2), (10, 3, 1)] if quick else [(1, 31, 3), (10, 11, 2)]
    for mb, rounds, warmup in plan:
        yaml = os.path.join(d, f"framework-{mb}MB.yaml")
        js = os.path.join(d, f"framework-{mb}MB.json")
        log(f"parse: generating a {mb} MB framework file and its JSON ...")
        run([sys.executable, SYNTH, "sized", "--bytes", str(mb * 1_000_000), "--seed", "7", "--out", yaml, "--json", js])
        log(f"parse: {mb} MB, {rounds} rounds after {warmup} warm-up (load {loadavg()}) ...")
        _, p = run([tools["parse_bench"], "throughput", "--yaml", yaml, "--json", js,
                    "--rounds", str(rounds), "--warmup", str(warmup)])
        data = json.loads(p.stdout)["files"][0]
        data["label"] = f"{mb} MB"
        for name, s in data["parsers"].items():
            s["wall_stats"] = stats(s["wall"])
            s["cpu_stats"] = stats(s["cpu"])
            s["mbps_stats"] = stats([data["bytes"] / 1e6 / t for t in s["wall"]])
        out.append(data)
    # Instruction counts under callgrind: repeatable whatever else the machine is doing.
    icounts = {}
    if shutil.which("valgrind") and shutil.which("strip") and not quick:
        yaml, js = os.path.join(d, "framework-1MB.yaml"), os.path.join(d, "framework-1MB.json")
        # valgrind 3.19 cannot read the DWARF 5 debug information Swift 6 writes: count
        # instructions in a copy without it (symbols stay).
        stripped = os.path.join(d, "parse-bench-stripped")
        shutil.copy(tools["parse_bench"], stripped)
        run(["strip", "--strip-debug", stripped])
        for parser in ["none", "yamllite-parse", "yamllite-load", "yams-compose", "yams-load", "jsonserialization"]:
            log(f"parse: callgrind, {parser} ...")
            _, p = run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", stripped,
                        "one", "--parser", parser, "--yaml", yaml, "--json", js])
            m = re.search(r"Collected : (\d+)", p.stdout)
            icounts[parser] = int(m.group(1)) if m else None
        base = icounts.pop("none")
        icounts = {k: v - base for k, v in icounts.items() if v is not None}
    results["parse"] = {"files": out, "instructions_1MB": icounts}


# --------------------------------------------------------------------------------------------
# 3b. The parser on adversarial inputs

STRESS = [
    ("deep-list", "100,000 lists nested on one line (`- - - … x`)"),
    ("deep-map", "2,000 mappings nested by indentation"),
    ("keys", "one mapping of 100,000 keys"),
    ("scalar-plain", "a 50 MB plain scalar on one line"),
    ("scalar-quoted", "a 50 MB double-quoted scalar with escapes, one line"),
    ("scalar-block", "a 50 MB folded block scalar (80-character lines)"),
    ("lines", "a list of 1,000,000 short items"),
    ("lines-block", "a literal block scalar of 1,000,000 short lines"),
]


def bench_stress(tools, quick, results):
    d = ensure_dir(os.path.join(WORK, "stress"))
    rows = []
    limit = 60 if quick else 300
    rounds = 1 if quick else 3

    def one(kind, scale):
        path = os.path.join(d, f"{kind}-{scale}.yaml")
        run([sys.executable, SYNTH, "stress", kind, "--scale", str(scale), "--out", path])
        size = os.path.getsize(path)
        log(f"stress: {kind} x{scale} ({size / 1e6:.1f} MB), limit {limit} s per run (load {loadavg()}) ...")
        row = {"bytes": size, "limit": limit, "scale": scale}
        try:
            _, p = run([tools["parse_bench"], "stress", path, "--rounds", str(rounds)], timeout=limit * rounds)
            data = json.loads(p.stdout)
            row["result"] = data["result"]
            row["wall"] = stats(data["times"]["wall"])
            row["cpu"] = stats(data["times"]["cpu"])
        except subprocess.TimeoutExpired:
            row["timeout"] = True
        os.remove(path)
        return row

    for kind, what in STRESS:
        full = one(kind, 1.0)
        half = one(kind, 0.5)
        full.update({"kind": kind, "what": what, "half": half})
        rows.append(full)
    results["stress"] = rows


# --------------------------------------------------------------------------------------------
# 4. CLI latency


def bench_cli(tools, quick, results):
    runs = 20 if quick else 60
    competency = tools["competency"]
    commands = [
        ("hello-foundation (floor)", [tools["hello"]]),
        ("competency show 2a.iii", [competency, "show", "2a.iii"]),
        ("competency search leadership", [competency, "search", "leadership"]),
        ("competency export --format json", [competency, "export", "--format", "json"]),
    ]
    for _, cmd in commands:  # each must work before it is timed
        p = subprocess.run(cmd, capture_output=True)
        if p.returncode != 0:
            raise SystemExit(f"cli: {' '.join(cmd)} failed:\n{p.stderr.decode()[-2000:]}")
    d = ensure_dir(os.path.join(WORK, "cli"))
    times = {}
    method = None
    if shutil.which("hyperfine"):
        method = "hyperfine"
        export = os.path.join(d, "hyperfine.json")
        log(f"cli: hyperfine, {runs} runs each (load {loadavg()}) ...")
        run(["hyperfine", "-N", "--warmup", "5", "--runs", str(runs), "--export-json", export]
            + [" ".join(c) for _, c in commands])
        with open(export) as f:
            for (label, _), r in zip(commands, json.load(f)["results"]):
                times[label] = r["times"]
    else:
        method = "own loop"
        log(f"cli: no hyperfine; own loop of {runs} runs each ...")
        for label, cmd in commands:
            for _ in range(5):
                subprocess.run(cmd, stdout=subprocess.DEVNULL)
            samples = []
            for _ in range(runs):
                t0 = time.perf_counter()
                subprocess.run(cmd, stdout=subprocess.DEVNULL)
                samples.append(time.perf_counter() - t0)
            times[label] = samples
    log("cli: peak memory ...")
    memory = {}
    for label, cmd in commands:
        memory[label] = stats([timed(cmd)["rss"] for _ in range(10)])
    rows = []
    floor = statistics.median(times[commands[0][0]])
    floor_mem = memory[commands[0][0]]["median"]
    for label, _ in commands:
        s = stats(times[label])
        rows.append({"command": label, "time": s, "ratio": s["median"] / floor, "rss": memory[label],
                     "rss_ratio": memory[label]["median"] / floor_mem})
    results["cli"] = {"method": method, "runs": runs, "rows": rows}


# --------------------------------------------------------------------------------------------
# The report


def verdict(ok):
    return "**met**" if ok else "**missed**"


def report(results, quick):
    m = results["machine"]
    L = []
    L.append("# Benchmarks")
    L.append("")
    L.append("Written by `scripts/benchmarks.sh`" + (" `--quick`" if quick else "") +
             "; do not edit by hand. Every figure is a median over N runs with its spread "
             "(min–max unless marked IQR); times are wall-clock unless marked CPU "
             "(user + system time of the whole process tree). Nothing in the test suite asserts a time.")
    L.append("")
    L.append("## Machine")
    L.append("")
    L.append(f"- CPU: {m['cpu']}, {m['cores']} cores" + (f" (virtual machine, {m['hypervisor']})" if m.get("hypervisor") else ""))
    L.append(f"- RAM: {m['ram_gib']} GiB")
    L.append(f"- Swift: {m['swift']}")
    L.append(f"- OS: {m['os']} ({m['kernel']})")
    L.append(f"- Date: {m['date']}; commit {m['commit']}")
    L.append(f"- Load average (1 min) when the run started: {results['load_start']}, when it ended: "
             f"{results['load_end']}. The machine is shared: other work ran alongside, so wall times "
             "carry its noise; CPU times and instruction counts are steadier.")
    L.append(f"- Total time of this run: {results['duration'] / 60:.0f} min.")
    L.append("")

    targets = []

    if "compile" in results:
        c = results["compile"]
        L.append("## 1. Generated-code compile time")
        L.append("")
        L.append("Synthetic frameworks (`Benchmarks/scripts/synth.py`, seed 1): 3 levels, 20 components per "
                 "subdomain, 10-50 subdomains per domain, titles of 40-70 characters, descriptors of "
                 "300-600 characters with straight and curly quotes, backslashes, apostrophes and "
                 "non-ASCII (é, —, “”, 日本語, 🙂), in every scalar style. `competency-compiler` (release "
                 "build) turns each into Swift split into as many files as the build plugin asks for "
                 "(one below 512 KiB of YAML, then 1 + one per MiB, at most 9), and `swiftc` compiles "
                 "them as their own module against CompetencyFramework, to object files, with the flags "
                 "SwiftPM uses for a target on this machine:")
        L.append("")
        L.append("```")
        for config, flags in c["flags"].items():
            L.append(f"{config + ':':18} swiftc -parse-as-library -c -module-name Gen -I <Modules> {' '.join(flags)} FILES")
        L.append("```")
        L.append("")
        L.append("| components | YAML | Swift | files | generator | **debug build** wall | CPU | peak RSS "
                 "| **release build** wall | CPU | peak RSS |")
        L.append("|---|---|---|---|---|---|---|---|---|---|---|")
        def compile_cells(r, configs):
            return " | ".join(f"{med_range(r[k]['wall'], unit=' s')} | {fmt_s(r[k]['cpu']['median'])} s "
                              f"| {r[k]['rss']['median']:.0f} MiB" for k in configs)
        for r in c["rows"]:
            L.append(f"| {r['components']:,} | {r['yaml_bytes'] / 1e6:.1f} MB | {r['swift_bytes'] / 1e6:.1f} MB "
                     f"| {r['parts']} | {med_range(r['generator']['wall'], unit=' s')} "
                     f"| {compile_cells(r, ('debug build', 'release build'))} |")
        L.append("")
        L.append("The same code as **one file** (`--parts 1`), with the same flags, compiled alternately with "
                 "the split files above so that load from elsewhere falls on both: what splitting buys.")
        L.append("")
        L.append("| components | runs | debug build, one file: wall | CPU | peak RSS | release build, one file: wall "
                 "| CPU | peak RSS | split ÷ one file, debug | release |")
        L.append("|---|---|---|---|---|---|---|---|---|---|")
        for r in c["rows"]:
            gains = " | ".join(f"{r[k]['wall']['median'] / r[k + ', one file']['wall']['median']:.2f}"
                               for k in ("debug build", "release build"))
            L.append(f"| {r['components']:,} | {r['reps']} "
                     f"| {compile_cells(r, ('debug build, one file', 'release build, one file'))} | {gains} |")
        L.append("")
        if c.get("extras"):
            L.append("The **floor** of this shape, in one file with the same flags: one bare `enum: Int` of 20 cases per subdomain, "
                     "nested in one enum per domain, and nothing else: no conformances, members, doc comments "
                     "or data. The generated API needs at least that many types (one per subdomain), so no "
                     "generator of this API compiles much faster than the floor.")
            L.append("")
            L.append("| code | build | runs | wall | CPU | peak RSS |")
            L.append("|---|---|---|---|---|---|")
            for e in c["extras"]:
                L.append(f"| {e['what']} | {e['config']} | {e['wall']['n']} | {med_range(e['wall'], unit=' s')} "
                         f"| {fmt_s(e['cpu']['median'])} s | {e['rss']['median']:.0f} MiB |")
            L.append("")
        by = {r["components"]: r for r in c["rows"]}
        if 20000 in by:
            r20, r5 = by[20000], by.get(5000)
            for config, limit in (("debug build", 30), ("release build", 60)):
                w = r20[config]["wall"]["median"]
                targets.append((f"20,000 components, {config} under {limit} s", f"{w:.1f} s wall "
                                f"({r20[config]['cpu']['median']:.1f} s CPU)", w < limit))
            if r5:
                for config in ("debug build", "release build", "debug build, one file", "release build, one file"):
                    ratio = r20[config]["wall"]["median"] / r5[config]["wall"]["median"]
                    cratio = r20[config]["cpu"]["median"] / r5[config]["cpu"]["median"]
                    targets.append((f"linear growth, {config}: 20,000 at most 4.5× 5,000",
                                    f"{ratio:.2f}× wall ({cratio:.2f}× CPU)", ratio <= 4.5))
        ic = c.get("instructions_500") or {}
        if ic.get("debug") and ic.get("release"):
            L.append(f"Instructions executed by `swift-frontend` compiling the generated Swift of a 500-component "
                     f"framework as one file with the flags above (valgrind callgrind; repeatable whatever the load): "
                     f"debug {ic['debug'] / 1e6:,.0f} M, "
                     f"release {ic['release'] / 1e6:,.0f} M.")
            L.append("")
        tk = c["toolkit"]
        L.append(f"**The bundled Leadership Toolkit** ({tk['components']} components, "
                 f"{tk['swift_bytes'] / 1e3:.0f} kB of generated Swift), median of {tk['reps']} runs: "
                 f"the generator takes {fmt_s(tk['generator']['median'])} s; a debug compile of its generated "
                 f"code takes {fmt_s(tk['toolkit_module']['median'])} s against "
                 f"{fmt_s(tk['empty_module']['median'])} s for an empty module that imports CompetencyFramework "
                 f"(CPU {fmt_s(tk['toolkit_cpu']['median'])} s against {fmt_s(tk['empty_cpu']['median'])} s). "
                 f"It adds **{tk['adds']:.2f} s** to a debug build (generator + compile − empty module).")
        L.append("")
        targets.append(("the Leadership Toolkit adds under 1 s to a debug build", f"{tk['adds']:.2f} s", tk["adds"] < 1))

    if "plugin" in results:
        p = results["plugin"]
        L.append("## 2. The build plugin in a real build")
        L.append("")
        L.append("A copy of `Examples/TeacherStandards` (in `Benchmarks/.build-work/`, pointing at this "
                 "repository by absolute path, so the example itself is never edited), built with "
                 "`swift build` (debug).")
        L.append("")
        L.append("| build | runs | wall | generator ran | TeacherStandards recompiled |")
        L.append("|---|---|---|---|---|")

        def runs_col(samples, key):
            vals = sorted(set(s[key] for s in samples))
            return " or ".join(str(v) for v in vals) + (" time(s)" if key == "generator_runs" else " file(s)")
        L.append(f"| clean (`rm -rf .build`, then `swift build`: builds CompetencyKit's targets, the generator and the example) "
                 f"| {p['clean']['n']} | {med_range(p['clean'], unit=' s')} | {runs_col(p['clean_samples'], 'generator_runs')} "
                 f"| {runs_col(p['clean_samples'], 'module_compiles')} |")
        relinks = sum(1 for s in p["first_samples"] if s["relinked_tool"])
        L.append(f"| first rebuild after a clean build, no change (SwiftPM relinks the plugin's tool: "
                 f"{relinks} of {len(p['first_samples'])}) | {p['first_rebuild']['n']} | {med_range(p['first_rebuild'], unit=' s')} "
                 f"| {runs_col(p['first_samples'], 'generator_runs')} | {runs_col(p['first_samples'], 'module_compiles')} |")
        L.append(f"| **no-change rebuild, steady state** | {p['nochange']['n']} | {med_range(p['nochange'], unit=' s')} "
                 f"| {runs_col(p['nochange_samples'], 'generator_runs')} | {runs_col(p['nochange_samples'], 'module_compiles')} |")
        L.append(f"| rebuild after editing one descriptor (alternately edited and restored) | {p['edit']['n']} "
                 f"| {med_range(p['edit'], unit=' s')} | {runs_col(p['edit_samples'], 'generator_runs')} "
                 f"| {runs_col(p['edit_samples'], 'module_compiles')} |")
        L.append("")
        L.append(f"The generator alone checks this framework file in {fmt_s(p['generator_alone']['median'])} s "
                 f"(median of {p['generator_alone']['n']}). The demo's output after the last build "
                 f"{'matches' if p['demo_ok'] else 'DOES NOT match'} `expected-output.txt`.")
        L.append("")
        steady_ok = all(s["generator_runs"] == 0 and s["module_compiles"] == 0 for s in p["nochange_samples"])
        edit_ok = all(s["generator_runs"] == 1 for s in p["edit_samples"])
        targets.append(("no-change rebuild does not run the generator (steady state)",
                        f"generator ran {sum(s['generator_runs'] for s in p['nochange_samples'])} times in "
                        f"{len(p['nochange_samples'])} rebuilds; {fmt_s(p['nochange']['median'])} s", steady_ok))
        targets.append(("editing one descriptor reruns the generator once",
                        f"{'once' if edit_ok else 'not once'} in each of {len(p['edit_samples'])} rebuilds; "
                        f"{fmt_s(p['edit']['median'])} s", edit_ok))

    if "parse" in results:
        pr = results["parse"]
        L.append("## 3. Parser and validator throughput")
        L.append("")
        L.append("Synthetic framework files (`synth.py sized`, seed 7) and the same data as JSON, all read "
                 "into memory first; every parser in one release-built process "
                 "(`Benchmarks/Sources/parse-bench`, our own harness: warm-up rounds thrown away, then "
                 "rounds that each run every parser once in turn, so load from elsewhere falls on all "
                 "alike). Before timing, the harness checks that YAML-lite, Yams and JSONSerialization "
                 "read the same tree. MB/s is input bytes (10^6) per second of wall time; each parser "
                 "gets its natural input (bytes, a String, Data) made outside the timed region.")
        L.append("")
        names = [("yamllite-parse", "YAML-lite `YAMLLite.parse`"),
                 ("yamllite-load", "YAML-lite parse + validate (`FrameworkFile.load(bytes:path:)`)"),
                 ("yams-compose", "Yams `compose` (Node tree)"),
                 ("yams-load", "Yams `load` (Any)"),
                 ("jsonserialization", "Foundation `JSONSerialization` (same data as JSON)")]
        head = "| parser | " + " | ".join(f"{f['label']}: MB/s (min–max) | {f['label']}: ms (IQR) | {f['label']}: CPU ms"
                                          for f in pr["files"]) + " |"
        L.append(head)
        L.append("|---|" + "---|---|---|" * len(pr["files"]))
        for key, label in names:
            cells = []
            for f in pr["files"]:
                s = f["parsers"][key]
                mb, w, c = s["mbps_stats"], s["wall_stats"], s["cpu_stats"]
                cells.append(f"{mb['median']:.1f} ({mb['min']:.1f}–{mb['max']:.1f})")
                cells.append(f"{w['median'] * 1000:.1f} ({w['q1'] * 1000:.1f}–{w['q3'] * 1000:.1f})")
                cells.append(f"{c['median'] * 1000:.1f}")
            L.append(f"| {label} | " + " | ".join(cells) + " |")
        L.append("")
        for f in pr["files"]:
            L.append(f"- {f['label']} file: {f['bytes']:,} bytes of YAML ({f['components']:,} components, "
                     f"{f['warnings']} warnings), {f['jsonBytes']:,} bytes of JSON; {f['rounds']} rounds after "
                     f"{f['warmup']} warm-up; same tree: YAML-lite {f['yamlliteMatchesJSON']}, Yams {f['yamsMatchesJSON']}.")
        L.append("")
        L.append("Ratios (median time of the other ÷ median time of ours; above 1 means ours is faster), "
                 "by wall time and, in brackets, by CPU time:")
        L.append("")
        L.append("| ratio | " + " | ".join(f["label"] for f in pr["files"]) + " |")
        L.append("|---|" + "---|" * len(pr["files"]))

        def ratio(f, a, b, key="wall_stats"):
            return f["parsers"][a][key]["median"] / f["parsers"][b][key]["median"]
        for a, b, label in [("yams-compose", "yamllite-load", "Yams compose ÷ YAML-lite parse+validate"),
                            ("yams-compose", "yamllite-parse", "Yams compose ÷ YAML-lite parse"),
                            ("yams-load", "yamllite-load", "Yams load ÷ YAML-lite parse+validate"),
                            ("jsonserialization", "yamllite-load", "JSONSerialization ÷ YAML-lite parse+validate"),
                            ("yamllite-load", "yamllite-parse", "validation's share: parse+validate ÷ parse")]:
            L.append(f"| {label} | " + " | ".join(f"{ratio(f, a, b):.2f} ({ratio(f, a, b, 'cpu_stats'):.2f})"
                                                    for f in pr["files"]) + " |")
        L.append("")
        if len(pr["files"]) == 2:
            f1, f10 = pr["files"]
            lin = []
            for key, label in names[:2]:
                a = f1["parsers"][key]["mbps_stats"]["median"]
                b = f10["parsers"][key]["mbps_stats"]["median"]
                lin.append(f"{label}: {a:.1f} MB/s at 1 MB, {b:.1f} MB/s at 10 MB ({b / a:.2f}×)")
            L.append("Linearity (throughput at 10 MB ÷ at 1 MB; 1.0 is linear): " + "; ".join(lin) + ".")
            L.append("")
            r1, r10 = ratio(f1, "yams-compose", "yamllite-load"), ratio(f10, "yams-compose", "yamllite-load")
            c1 = ratio(f1, "yams-compose", "yamllite-load", "cpu_stats")
            c10 = ratio(f10, "yams-compose", "yamllite-load", "cpu_stats")
            targets.append(("parse+validate faster than Yams' compose (ratio > 1)",
                            f"{r1:.2f}× at 1 MB, {r10:.2f}× at 10 MB (CPU: {c1:.2f}×, {c10:.2f}×)",
                            r1 > 1 and r10 > 1))
            s1 = f1["parsers"]["yamllite-load"]["mbps_stats"]["median"]
            s10 = f10["parsers"]["yamllite-load"]["mbps_stats"]["median"]
            targets.append(("parse+validate linear in file size (MB/s at 10 MB within 20% of 1 MB)",
                            f"{s1:.1f} → {s10:.1f} MB/s ({s10 / s1:.2f}×)", s10 / s1 > 0.8))
        ic = pr.get("instructions_1MB") or {}
        if ic:
            L.append("Instruction counts for one parse of the 1 MB file (valgrind callgrind, harness start-up "
                     "subtracted; not seconds, but repeatable however loaded the machine is): " +
                     ", ".join(f"{k} {v / 1e6:.0f} M" for k, v in ic.items()) +
                     (f". Yams compose ÷ YAML-lite parse+validate: {ic['yams-compose'] / ic['yamllite-load']:.2f}."
                      if ic.get("yamllite-load") else "."))
            L.append("")

    if "stress" in results:
        L.append("### No input too slow: the parser on adversarial inputs")
        L.append("")
        L.append("`YAMLLite.parse` (release) on each input, in its own process with a time limit; the "
                 "inputs come from `synth.py stress`.")
        L.append("")
        L.append("| input | size | runs | wall | CPU | MB/s | time per byte, full ÷ half size | result |")
        L.append("|---|---|---|---|---|---|---|---|")
        for r in results["stress"]:
            if r.get("timeout"):
                L.append(f"| {r['what']} | {r['bytes'] / 1e6:.1f} MB | – | **over {r['limit']} s (stopped)** | – | – | – | – |")
                continue
            res = r["result"]
            outcome = ("accepted" if res["errors"] == 0 else f"rejected: {res['errors']} error(s)") + \
                (f" [{res['codes']}]" if res["codes"] else "")
            h = r.get("half") or {}
            if h.get("wall"):
                per_byte = (r["cpu"]["median"] / r["bytes"]) / max(h["cpu"]["median"] / h["bytes"], 1e-12)
                lin = f"{per_byte:.2f} (half: {h['bytes'] / 1e6:.1f} MB in {fmt_s(h['cpu']['median'])} s CPU)"
            else:
                lin = "half size over the limit" if h.get("timeout") else "–"
            L.append(f"| {r['what']} | {r['bytes'] / 1e6:.1f} MB | {r['wall']['n']} | {med_range(r['wall'], unit=' s')} "
                     f"| {fmt_s(r['cpu']['median'])} s | {r['bytes'] / 1e6 / r['wall']['median']:.0f} | {lin} | {outcome} |")
        L.append("")
        L.append("A time per byte near 1.0 between the full-size input and the same input at half size means "
                 "time grows in proportion to the input (CPU time, which the machine's other load disturbs "
                 "least). No limit was reached unless a row says so.")
        L.append("")

    if "cli" in results:
        cl = results["cli"]
        L.append("## 4. CLI latency")
        L.append("")
        L.append(f"Release builds, whole-process runs with {cl['method']} ({cl['runs']} runs each after 5 warm-up "
                 "runs, output discarded); peak memory is the median of 10 runs under `/usr/bin/time -v`. The "
                 "floor is `Benchmarks/Sources/hello-foundation`, a hello-world that imports Foundation.")
        L.append("")
        L.append("| command | time: median (IQR) | min–max | × floor | peak RSS | × floor |")
        L.append("|---|---|---|---|---|---|")
        for r in cl["rows"]:
            t = r["time"]
            L.append(f"| `{r['command']}` | {fmt_ms(t['median'])} ms ({fmt_ms(t['q1'])}–{fmt_ms(t['q3'])}) "
                     f"| {fmt_ms(t['min'])}–{fmt_ms(t['max'])} ms | {r['ratio']:.2f} "
                     f"| {r['rss']['median']:.1f} MiB | {r['rss_ratio']:.2f} |")
        L.append("")
        show = next(r for r in cl["rows"] if "show" in r["command"])
        targets.append(("`competency show` within 1.5× the hello-world floor", f"{show['ratio']:.2f}×",
                        show["ratio"] <= 1.5))
        worst = max(cl["rows"][1:], key=lambda r: r["rss_ratio"])
        targets.append(("peak memory under 2× the floor's", f"{worst['rss_ratio']:.2f}× at most "
                        f"(`{worst['command']}`)", worst["rss_ratio"] < 2))

    if targets:
        summary = ["## Targets", "", "| target | measured | |", "|---|---|---|"]
        for name, measured, ok in targets:
            summary.append(f"| {name} | {measured} | {verdict(ok)} |")
        summary.append("")
        idx = L.index("## Machine")
        L[idx:idx] = summary
    notes = os.path.join(BENCH, "NOTES.md")
    if os.path.exists(notes) and not quick:
        with open(notes, encoding="utf-8") as f:
            L.append(f.read().rstrip())
        L.append("")
    return "\n".join(L).rstrip() + "\n"


# --------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small sizes and few runs (for development)")
    ap.add_argument("--only", help="comma-separated sections: compile,plugin,parse,stress,cli")
    ap.add_argument("--report-only", metavar="JSON",
                    help="write the report again from the raw results of an earlier run (e.g. Benchmarks/results.json)")
    ap.add_argument("--out", help="the report (default: BENCHMARKS.md for a full run; "
                                   "Benchmarks/.build-work/BENCHMARKS-quick.md or -partial.md otherwise)")
    args = ap.parse_args()
    sections = ["compile", "plugin", "parse", "stress", "cli"]
    if args.only:
        chosen = [s.strip() for s in args.only.split(",") if s.strip()]
        unknown = [s for s in chosen if s not in sections]
        if unknown:
            ap.error(f"unknown section(s): {', '.join(unknown)}")
        sections = [s for s in sections if s in chosen]
    ensure_dir(WORK)
    if args.report_only:
        with open(args.report_only) as f:
            results = json.load(f)
        out = args.out or os.path.join(ROOT, "BENCHMARKS.md")
        with open(out, "w", encoding="utf-8") as f:
            f.write(report(results, results.get("quick", False)))
        log(f"wrote {out} from {args.report_only}")
        return
    full = not args.quick and not args.only
    out = args.out or (os.path.join(ROOT, "BENCHMARKS.md") if full else
                       os.path.join(WORK, "BENCHMARKS-quick.md" if args.quick else "BENCHMARKS-partial.md"))
    start = time.perf_counter()
    results = {"machine": machine(), "quick": args.quick, "sections": sections, "load_start": loadavg()}
    log(f"machine: {results['machine']}")
    tools = build_tools(results)
    if "compile" in sections:
        bench_compile(tools, args.quick, results)
    if "plugin" in sections:
        bench_plugin(args.quick, results)
    if "parse" in sections:
        bench_parse(tools, args.quick, results)
    if "stress" in sections:
        bench_stress(tools, args.quick, results)
    if "cli" in sections:
        bench_cli(tools, args.quick, results)
    results["load_end"] = loadavg()
    results["duration"] = time.perf_counter() - start
    raw = os.path.splitext(out)[0] + ".json" if out.endswith(".md") else out + ".json"
    if full and not args.out:
        raw = os.path.join(BENCH, "results.json")
    with open(raw, "w") as f:
        json.dump(results, f, indent=1)
    with open(out, "w", encoding="utf-8") as f:
        f.write(report(results, args.quick))
    log(f"wrote {out} and {raw}")


if __name__ == "__main__":
    main()
