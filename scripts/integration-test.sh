#!/usr/bin/env bash
# Integration test of CompetencyFrameworkPlugin from a new user's point of view.
#
# Builds Examples/TeacherStandards (a package that depends on CompetencyKit by path, applies the
# plugin to a target and keeps a *.framework.yaml file in it), then checks that:
#   1. a build succeeds and the demo prints exactly Examples/TeacherStandards/expected-output.txt;
#   2. a rebuild with no change does not run the generator (and the generated file is untouched;
#      step 2 explains why the first rebuild after a clean build is reported separately);
#   3. editing one descriptor reruns the generator once and changes the demo's output to match;
#   4. Examples/BrokenFramework, whose framework file has a misspelt key, fails to build with a
#      compiler-style "path:line:col: error: message [CODE]" line naming the file's absolute path;
#   5. a package with a large framework (1,000 synthetic components, made by
#      Benchmarks/scripts/synth.py) builds with the plugin splitting the generated Swift into
#      several files, and its executable reaches every component through the typed API.
#
# Usage: scripts/integration-test.sh [--clean]
#   --clean   delete the examples' .build directories first (CI starts from a clean clone anyway).
# Environment: SWIFT, the swift driver to use (default: swift on PATH).
#
# Step 3 edits the example's framework file in place and restores it afterwards, also when the
# script is interrupted; a copy elsewhere would need a second clean build of CompetencyKit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
SWIFT="${SWIFT:-swift}"

EXAMPLE="$ROOT/Examples/TeacherStandards"
FRAMEWORK="$EXAMPLE/Sources/TeacherStandards/TeacherStandards.framework.yaml"
EXPECTED="$EXAMPLE/expected-output.txt"
DEMO="$EXAMPLE/.build/debug/TeacherStandardsDemo"

BROKEN="$ROOT/Examples/BrokenFramework"
BROKEN_FILE="$BROKEN/Sources/BrokenFramework/Broken.framework.yaml"
BROKEN_EXPECTED="$BROKEN_FILE:21:13: error: unknown key \"titel\" in component B1.a [F101]"

# The plugin's command display name; SwiftPM prints it each time the generator runs.
GENERATOR_MARK="Compiling competency framework"

# The edit of step 3: one phrase of TS1.a's "embedding" descriptor, which the demo prints.
EDIT_FROM="sustain a safe and stimulating environment in every class they teach"
EDIT_TO="sustain a calm, safe and stimulating environment in every class they teach"

if [[ "${1:-}" == "--clean" ]]; then
    rm -rf "$EXAMPLE/.build" "$BROKEN/.build"
elif [[ $# -gt 0 ]]; then
    echo "usage: $0 [--clean]" >&2
    exit 2
fi

WORK="$(mktemp -d)"
BACKUP="$WORK/TeacherStandards.framework.yaml.orig"
cleanup() {
    # Put the framework file back if step 3 was interrupted.
    if [[ -f "$BACKUP" ]]; then cp "$BACKUP" "$FRAMEWORK"; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

RESULTS=()
FAILED=0
pass() { RESULTS+=("PASS  $1"); echo "PASS: $1"; }
fail() { RESULTS+=("FAIL  $1"); echo "FAIL: $1"; FAILED=1; }
skip() { RESULTS+=("SKIP  $1"); echo "SKIP: $1"; }
step() { echo; echo "== $1"; }

now() { local t="${EPOCHREALTIME:-}"; if [[ -n "$t" ]]; then echo "${t/,/.}"; else date +%s.%N; fi; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# build PACKAGE LOG: runs `swift build` for PACKAGE with its own scratch path, all output in LOG;
# sets BUILD_STATUS and BUILD_SECONDS.
build() {
    local start
    start="$(now)"
    set +e
    "$SWIFT" build --package-path "$1" --scratch-path "$1/.build" >"$2" 2>&1
    BUILD_STATUS=$?
    set -e
    BUILD_SECONDS="$(seconds_since "$start")"
}

# How many times LOG shows the generator running.
generator_runs() { grep -c -F "$GENERATOR_MARK" "$1" || true; }

show_log() { echo "--- last lines of $(basename "$1"):"; tail -n "${2:-30}" "$1" | sed 's/^/    /'; }

generated_file() { find "$EXAMPLE/.build/plugins/outputs" -name 'TeacherStandards.framework.swift' 2>/dev/null | head -n 1; }
# The modification time of a file, to the nanosecond where the system records it (GNU, then BSD stat).
mtime() { stat -c %y "$1" 2>/dev/null || stat -f %Fm "$1"; }

echo "CompetencyKit integration test"
echo "repository: $ROOT"
"$SWIFT" --version 2>&1 | head -n 1

# ---------------------------------------------------------------------------------------------
step "1. Build Examples/TeacherStandards and run the demo"
build "$EXAMPLE" "$WORK/build1.log"
BUILT=0
if [[ $BUILD_STATUS -ne 0 ]]; then
    show_log "$WORK/build1.log" 60
    fail "build of Examples/TeacherStandards (exit $BUILD_STATUS, ${BUILD_SECONDS}s)"
else
    BUILT=1
    pass "build of Examples/TeacherStandards (${BUILD_SECONDS}s, generator ran $(generator_runs "$WORK/build1.log") time(s))"
    if ! "$DEMO" >"$WORK/demo1.txt"; then
        fail "the demo exited with an error"
    elif diff -u "$EXPECTED" "$WORK/demo1.txt" >"$WORK/demo1.diff"; then
        pass "demo output matches expected-output.txt ($(wc -l <"$WORK/demo1.txt" | tr -d ' ') lines)"
    else
        cat "$WORK/demo1.diff"
        fail "demo output differs from expected-output.txt"
    fi
fi

GENERATED=""
if [[ $BUILT -eq 1 ]]; then
    GENERATED="$(generated_file)"
    if [[ -z "$GENERATED" ]]; then
        fail "no TeacherStandards.framework.swift under Examples/TeacherStandards/.build/plugins/outputs"
        BUILT=0
    else
        echo "generated: ${GENERATED#"$ROOT/"} ($(wc -l <"$GENERATED" | tr -d ' ') lines)"
    fi
fi

# ---------------------------------------------------------------------------------------------
step "2. Rebuild with no change"
# Known SwiftPM behaviour (seen with Swift 6.3.1 on Linux): the plugin's tool,
# competency-compiler, is built by two build databases (plugin-tools.db for the plugin phase,
# build.db for the main build), and the first rebuild after a clean build relinks it in both.
# The plugin lists the compiler among its command's inputs, so that first rebuild reruns the
# generator once; the generated file is left untouched (same text) and the example's module is
# not recompiled. Later rebuilds run nothing. Step 2a reports that rebuild as it is; step 2b is
# the strict no-change check.
module_compiles() { grep -c -E '\] Compiling TeacherStandards ' "$1" || true; }
if [[ $BUILT -eq 1 ]]; then
    BEFORE="$(mtime "$GENERATED")"
    build "$EXAMPLE" "$WORK/build2a.log"
    RUNS="$(generator_runs "$WORK/build2a.log")"
    COMPILES="$(module_compiles "$WORK/build2a.log")"
    echo "2a. first rebuild: ${BUILD_SECONDS}s wall time, generator ran $RUNS time(s)," \
        "TeacherStandards recompiled $COMPILES file(s)"
    if [[ "$RUNS" -ne 0 ]]; then
        echo "    NOTE: the generator reran although nothing changed: SwiftPM relinked the plugin's tool"
        grep -F -e 'Linking competency-compiler-tool' -e "$GENERATOR_MARK" "$WORK/build2a.log" | sed 's/^/    /'
    fi
    if [[ $BUILD_STATUS -ne 0 ]]; then
        show_log "$WORK/build2a.log"
        fail "first rebuild failed (exit $BUILD_STATUS)"
    elif [[ "$RUNS" -gt 1 ]] || [[ "$COMPILES" -ne 0 ]] || [[ "$(mtime "$GENERATED")" != "$BEFORE" ]]; then
        show_log "$WORK/build2a.log"
        fail "first rebuild regenerated or recompiled the unchanged framework"
    else
        pass "first rebuild left the generated file and the TeacherStandards module untouched (${BUILD_SECONDS}s, generator ran $RUNS time(s))"
    fi

    BEFORE="$(mtime "$GENERATED")"
    build "$EXAMPLE" "$WORK/build2b.log"
    RUNS="$(generator_runs "$WORK/build2b.log")"
    COMPILES="$(module_compiles "$WORK/build2b.log")"
    echo "2b. no-change rebuild: ${BUILD_SECONDS}s wall time, generator ran $RUNS time(s)," \
        "TeacherStandards recompiled $COMPILES file(s)"
    if [[ $BUILD_STATUS -ne 0 ]]; then
        show_log "$WORK/build2b.log"
        fail "no-change rebuild failed (exit $BUILD_STATUS)"
    elif [[ "$RUNS" -ne 0 ]] || [[ "$COMPILES" -ne 0 ]]; then
        show_log "$WORK/build2b.log"
        fail "no-change rebuild ran the generator $RUNS time(s) and recompiled $COMPILES file(s)"
    elif [[ "$(mtime "$GENERATED")" != "$BEFORE" ]]; then
        fail "no-change rebuild rewrote $(basename "$GENERATED")"
    else
        pass "no-change rebuild did not run the generator (${BUILD_SECONDS}s)"
    fi
else
    skip "no-change rebuild (the first build failed)"
fi

# ---------------------------------------------------------------------------------------------
step "3. Edit one descriptor and rebuild"
if [[ $BUILT -eq 1 ]]; then
    cp "$FRAMEWORK" "$BACKUP"
    sed "s/$EDIT_FROM/$EDIT_TO/" "$BACKUP" >"$FRAMEWORK"
    if cmp -s "$BACKUP" "$FRAMEWORK"; then
        fail "the edit did not change the framework file (is \"$EDIT_FROM\" still in it?)"
    else
        BEFORE="$(mtime "$GENERATED")"
        build "$EXAMPLE" "$WORK/build3.log"
        RUNS="$(generator_runs "$WORK/build3.log")"
        echo "edit rebuild: ${BUILD_SECONDS}s wall time, generator ran $RUNS time(s)"
        if [[ $BUILD_STATUS -ne 0 ]]; then
            show_log "$WORK/build3.log"
            fail "rebuild after the edit failed (exit $BUILD_STATUS)"
        elif [[ "$RUNS" -ne 1 ]]; then
            show_log "$WORK/build3.log"
            fail "rebuild after the edit ran the generator $RUNS time(s), not once"
        elif [[ "$(mtime "$GENERATED")" == "$BEFORE" ]] || ! grep -q -F "$EDIT_TO" "$GENERATED"; then
            fail "rebuild after the edit did not regenerate $(basename "$GENERATED")"
        else
            "$DEMO" >"$WORK/demo3.txt" || true
            sed "s/$EDIT_FROM/$EDIT_TO/" "$EXPECTED" >"$WORK/expected3.txt"
            if cmp -s "$EXPECTED" "$WORK/expected3.txt"; then
                fail "expected-output.txt does not show the edited descriptor"
            elif diff -u "$WORK/expected3.txt" "$WORK/demo3.txt"; then
                pass "edit rebuild ran the generator once and the demo shows the edit (${BUILD_SECONDS}s)"
                diff "$EXPECTED" "$WORK/demo3.txt" | sed 's/^/    /' || true
            else
                fail "after the edit the demo output is not the expected output with the edit"
            fi
        fi
    fi
    # Put the file back and check the example returns to its expected output.
    cp "$BACKUP" "$FRAMEWORK"
    rm -f "$BACKUP"
    build "$EXAMPLE" "$WORK/build4.log"
    RUNS="$(generator_runs "$WORK/build4.log")"
    if [[ $BUILD_STATUS -eq 0 ]] && [[ "$RUNS" -eq 1 ]] && "$DEMO" | cmp -s - "$EXPECTED"; then
        pass "undoing the edit restored the expected output (${BUILD_SECONDS}s, generator ran once)"
    else
        show_log "$WORK/build4.log"
        fail "after undoing the edit: exit $BUILD_STATUS, generator ran $RUNS time(s), or the output differs"
    fi
else
    skip "edit rebuild (the first build failed)"
fi

# ---------------------------------------------------------------------------------------------
step "4. Build Examples/BrokenFramework, which must fail"
build "$BROKEN" "$WORK/broken.log"
echo "build of the broken example: exit $BUILD_STATUS after ${BUILD_SECONDS}s; its diagnostics:"
grep -F ".framework.yaml:" "$WORK/broken.log" | sed 's/^/    /' || true
if [[ $BUILD_STATUS -eq 0 ]]; then
    fail "Examples/BrokenFramework built successfully"
elif grep -q -x -F "$BROKEN_EXPECTED" "$WORK/broken.log"; then
    pass "broken framework fails with: $BROKEN_EXPECTED"
else
    show_log "$WORK/broken.log" 40
    fail "broken framework's build output lacks the line: $BROKEN_EXPECTED"
fi

# ---------------------------------------------------------------------------------------------
step "5. Build a package with a large framework, generated as several files"
LARGE="$WORK/Large"
mkdir -p "$LARGE/Sources/Large"
cat >"$LARGE/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Large",
    dependencies: [.package(name: "CompetencyKit", path: "$ROOT")],
    targets: [
        .executableTarget(
            name: "Large",
            dependencies: [.product(name: "CompetencyFramework", package: "CompetencyKit")],
            plugins: [.plugin(name: "CompetencyFrameworkPlugin", package: "CompetencyKit")]
        )
    ]
)
SWIFT
cat >"$LARGE/Sources/Large/main.swift" <<'SWIFT'
import CompetencyFramework

let components = Synthetic1000.Component.allCases
let described = components.filter { component in
    Synthetic1000.Level.allCases.allSatisfy { component.descriptor(at: $0).text != nil }
}
print("\(components.count) components, \(described.count) described at every level")
print("first: \(components[0].code) \(components[0].title)")
SWIFT
python3 "$ROOT/Benchmarks/scripts/synth.py" framework --components 1000 --seed 1 \
    --out "$LARGE/Sources/Large/Synthetic1000.framework.yaml"
build "$LARGE" "$WORK/large.log"
PARTS="$(find "$LARGE/.build/plugins/outputs" -name 'Synthetic1000.framework*.swift' 2>/dev/null | wc -l | tr -d ' ')"
if [[ $BUILD_STATUS -ne 0 ]]; then
    show_log "$WORK/large.log" 40
    fail "build of the large framework (exit $BUILD_STATUS, ${BUILD_SECONDS}s)"
elif [[ "$PARTS" -lt 2 ]]; then
    fail "the large framework's Swift was generated as $PARTS file(s), not several"
elif ! "$LARGE/.build/debug/Large" >"$WORK/large.txt"; then
    fail "the large framework's executable failed"
elif ! grep -q -x -F "1000 components, 1000 described at every level" "$WORK/large.txt"; then
    sed 's/^/    /' "$WORK/large.txt"
    fail "the large framework's executable did not reach 1,000 components"
else
    pass "large framework built as $PARTS generated files and reached all 1,000 components (${BUILD_SECONDS}s)"
fi

# ---------------------------------------------------------------------------------------------
echo
echo "== Summary"
printf '%s\n' "${RESULTS[@]}"
if [[ $FAILED -ne 0 ]]; then
    echo "INTEGRATION TEST: FAIL"
    exit 1
fi
echo "INTEGRATION TEST: PASS"
