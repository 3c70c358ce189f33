#!/usr/bin/env bash
# The generated-code property test (see docs/robustness.md):
#
#   scripts/codegen-property.sh [--seed N] [--count K] [--batch B]
#
# Makes K random frameworks from seed N with hostile text in every text field (quotes,
# backslashes, """, #, \(, */, NUL and other controls, bidirectional controls, line separators,
# emoji, combining marks, any scalar) and random titles and symbols; writes them with
# FrameworkFileWriter; compiles them with competency-compiler; compiles the generated Swift with
# a checker (Fuzz/PropertyCheck/Checker.swift) that compares every string of X.framework with
# the expected JSON scalar by scalar; runs it. Exits 1 on any failure, keeping the work
# directory. Defaults: --seed 1 --count 40.
set -euo pipefail
cd "$(dirname "$0")/.."

seed=1
count=40
batch=25
while [[ $# -gt 0 ]]; do
    case $1 in
        --seed) seed=$2; shift 2 ;;
        --count) count=$2; shift 2 ;;
        --batch) batch=$2; shift 2 ;;
        *) echo "usage: $0 [--seed N] [--count K] [--batch B]" >&2; exit 2 ;;
    esac
done

scratch=.build-property
echo "==> building competency-compiler and codegen-property"
swift build --package-path Fuzz --scratch-path "$scratch" --product competency-compiler
swift build --package-path Fuzz --scratch-path "$scratch" --product codegen-property
bin=$(swift build --package-path Fuzz --scratch-path "$scratch" --show-bin-path)

work="$scratch/codegen-property/seed-$seed"
echo "==> $count frameworks from seed $seed"
"$bin/codegen-property" --seed "$seed" --count "$count" --batch "$batch" --work "$work" \
    --compiler "$bin/competency-compiler" --module-path "$bin/Modules" \
    --objects "$bin/CompetencyFramework.build" --objects "$bin/CompetencyKitInternals.build" --checker Fuzz/PropertyCheck/Checker.swift \
    --swiftc "$(command -v swiftc)"
