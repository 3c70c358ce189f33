#!/usr/bin/env bash
# Fuzzes CompetencyKit's pipeline with libFuzzer (see docs/robustness.md).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     build, then fuzz for SECONDS in total (default 60)
#
# Targets (default: all three; half the time to FuzzPipeline, a third to FuzzModel, the rest
# to FuzzWordDiff):
#   FuzzPipeline  bytes as a framework file: YAML-lite, loading, generation, exports, round trips
#   FuzzModel     bytes as the choices that build a valid framework with hostile text everywhere
#   FuzzWordDiff  bytes as two texts, split at the first 0xFF byte: the word diff of `compare`
#
# Options (environment):
#   FUZZ_KEEP_GOING=1   carry on after a finding (libFuzzer's fork mode); for long runs
#   FUZZ_NO_BUILD=1     use the fuzzers already built
#   FUZZ_MAX_LEN=N      the longest input libFuzzer makes (default 16384)
#   FUZZ_OUT=DIR        where the corpus, findings and logs go (default fuzz-artifacts, ignored by git)
#
# Seeds (FuzzPipeline): every *.yaml under Tests/, Frameworks/ and Examples/*/Sources, copied at
# run time. Dictionaries: Fuzz/fuzz.dict, and Fuzz/word-diff.dict for FuzzWordDiff.
# The corpus grows in $FUZZ_OUT/corpus/TARGET across runs. Findings (crashes, timeouts of more
# than 10 s, inputs needing more than 2 GB) are written to $FUZZ_OUT/findings/. Exits 1 if
# there is any finding, so that CI fails; replay one with
#   swift run --package-path Fuzz --scratch-path .build-fuzz-replay pipeline-replay FILE
# (add --model for a FuzzModel finding, --word-diff for a FuzzWordDiff one).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(FuzzPipeline FuzzModel FuzzWordDiff)

out=${FUZZ_OUT:-fuzz-artifacts}
scratch=.build-fuzz
max_len=${FUZZ_MAX_LEN:-16384}
mkdir -p "$out/findings" "$out/logs"

if [[ -z ${FUZZ_NO_BUILD:-} ]]; then
    for target in "${targets[@]}"; do
        echo "==> building $target (release, -sanitize=fuzzer,address)"
        swift build --package-path Fuzz --scratch-path "$scratch" -c release --product "$target" \
            -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
    done
fi
bin=$(swift build --package-path Fuzz --scratch-path "$scratch" -c release --show-bin-path)

seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
find Tests Frameworks Examples/*/Sources -type f \( -name '*.yaml' -o -name '*.yml' \) -not -path '*/.build*' \
    -print0 | while IFS= read -r -d '' file; do
    cp "$file" "$seeds/$(printf '%s' "$file" | tr '/' '_')"
done

# The Swift runtime's backtracer would fight AddressSanitizer and libFuzzer for the crash.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}

status=0
for target in "${targets[@]}"; do
    share=$seconds
    if [[ ${#targets[@]} -gt 1 ]]; then
        case $target in
            FuzzPipeline) share=$((seconds / 2)) ;;
            FuzzModel) share=$((seconds / 3)) ;;
            *) share=$((seconds / 6)) ;;
        esac
    fi
    (( share > 0 )) || share=1
    corpus="$out/corpus/$target"
    mkdir -p "$corpus"
    before=$(find "$out/findings" -type f | wc -l)
    dict=Fuzz/fuzz.dict
    [[ $target == FuzzWordDiff ]] && dict=Fuzz/word-diff.dict
    args=(-dict="$dict" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -max_total_time="$share"
        -artifact_prefix="$out/findings/$target-" -print_final_stats=1 -detect_leaks=0)
    if [[ -n ${FUZZ_KEEP_GOING:-} ]]; then
        args+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
    fi
    inputs=("$corpus")
    [[ $target == FuzzPipeline ]] && inputs+=("$seeds")
    log="$out/logs/$target.log"
    echo "==> fuzzing $target for ${share}s (log: $log)"
    set +e
    "$bin/$target" "${args[@]}" "${inputs[@]}" >"$log" 2>&1
    code=$?
    set -e
    grep -E '^#[0-9]+' "$log" | tail -1 || true
    grep -E 'stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    after=$(find "$out/findings" -type f | wc -l)
    if [[ $code -ne 0 || $after -gt $before ]]; then
        echo "!! $target: $((after - before)) new finding(s), exit status $code; see $log and $out/findings/"
        grep -m1 -A12 -E 'Fatal error|ERROR: (AddressSanitizer|libFuzzer)|==ERROR' "$log" || tail -20 "$log"
        status=1
    fi
done
exit $status
