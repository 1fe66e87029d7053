#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tests/fuzz/run.sh SECONDS|--runs N [HARNESS...]: builds the libFuzzer harnesses (preset fuzz: clang,
# AddressSanitizer + UndefinedBehaviorSanitizer, in build/fuzz), seeds each from the repository's
# projects, BPMN files and earlier crashes (tests/data/fuzz/HARNESS), runs each for SECONDS and
# prints executions and coverage (libFuzzer's cov: edges, ft: features) per harness. --runs N runs
# N inputs per harness from a fixed seed instead, so a pass (CI's) gives the same result on every
# machine and a finding there is found again here; long exploring runs take SECONDS. Exits 1 when
# any harness found a crash, a leak, a timeout (an input taking over 10 s) or ran out of memory;
# the input is then in build/fuzz/fuzz-work/artifacts/HARNESS/. Harnesses: yaml sqlite bpmn journeyjson eventlog.
set -euo pipefail
usage="usage: tests/fuzz/run.sh SECONDS|--runs N [HARNESS...]"
if [ "${1:-}" = "--runs" ]; then
    limit=(-runs="${2:?$usage}" -seed="${OI_FUZZ_SEED:-1}")
    shift 2
else
    limit=(-max_total_time="${1:?$usage}")
    shift
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(yaml sqlite bpmn journeyjson eventlog)
build=build/fuzz
work=$build/fuzz-work
# Builds on the shared 2-core machines take turns through one lock (also used by the developers).
lock=${OI_BUILD_LOCK:-/tmp/oi-build.lock}

[ -f "$build/CMakeCache.txt" ] || flock "$lock" cmake --preset fuzz >/dev/null
mkdir -p "$work/logs"
if ! flock "$lock" cmake --build --preset fuzz --target fuzzers >"$work/logs/build.log" 2>&1; then
    grep -E "error|FAILED" "$work/logs/build.log" | head -20 >&2
    echo "run.sh: the fuzz build failed; see $work/logs/build.log" >&2
    exit 1
fi
# Clang's warnings do not stop the fuzz build (the GCC builds treat warnings as errors), but are said.
warnings=$(grep -c "warning:" "$work/logs/build.log" || true)
[ "$warnings" -eq 0 ] || echo "run.sh: clang warned $warnings times; see $work/logs/build.log"

projects=(resources/samples/*.oi.yaml resources/templates/*.oi.yaml tests/data/*.oi.yaml)
rm -rf "$work/seeds" "$work/dict"
mkdir -p "$work/seeds/yaml" "$work/dict"
"$build/tests/fuzz/oi-fuzz-seeds" "$work/seeds" "${projects[@]}" >/dev/null
cp "${projects[@]}" "$work/seeds/yaml/"
mkdir -p "$work/seeds/bpmn" && cp tests/data/bpmn-miwg/*.bpmn tests/data/bpmn/*.bpmn "$work/seeds/bpmn/"

# Dictionaries of the formats' own words, so mutations write keys and element names whole.
words() { grep -ohE "$1" "${@:2}" | sort -u | sed 's/\\/\\\\/g; s/"/\\"/g; s/^/"/; s/$/"/'; }
words '[a-z_]+:' "${projects[@]}" > "$work/dict/yaml"
printf '"%s"\n' '&a' '*a' '<<' '!!' '---' '...' '|' '>' '? ' '- ' '{' '}' '[' ']' >> "$work/dict/yaml"
words '</?[A-Za-z:]+|[A-Za-z:]+="' tests/data/bpmn-miwg/*.bpmn "$work"/seeds/bpmn/*.bpmn > "$work/dict/bpmn"
words '"[A-Za-z]+":' "$work"/seeds/journeyjson/*.json > "$work/dict/journeyjson"
printf '%s\n' 'case:concept:name' 'concept:name' 'time:timestamp' 'org:resource' 'lifecycle:transition' \
    start complete '<trace>' '</trace>' '<event>' '</event>' '<string key="' '<date key="' '" value="' \
    2024-03-04T00:01:45.790 31/02/2024 ';' ',' '"' | sed 's/\\/\\\\/g; s/"/\\"/g; s/^/"/; s/$/"/' > "$work/dict/eventlog"
printf '"%s"\n' 'CREATE TRIGGER' 'CREATE VIEW' 'SQLite format 3' 'application_id' > "$work/dict/sqlite"

failed=0
passed=0
printf '%-12s %-8s %12s %9s %7s %8s %7s\n' harness result executions 'exec/s' cov ft corpus
for h in "${harnesses[@]}"; do
    binary=$build/tests/fuzz/oi-fuzz-$h
    [ -x "$binary" ] || { echo "run.sh: no harness $h" >&2; exit 2; }
    corpus=$work/corpus/$h
    # A fixed-seed pass starts from the seeds alone, as on a clean clone.
    [ "${limit[0]}" = "${limit[0]#-runs=}" ] || rm -rf "$corpus"
    mkdir -p "$corpus" "$work/artifacts/$h" "$work/seeds/$h"
    [ -d "tests/data/fuzz/$h" ] && cp tests/data/fuzz/"$h"/* "$work/seeds/$h/"
    log=$work/logs/$h.log
    status=0
    # Leaks are checked per input; -rss_limit_mb leaves room for ASan's shadow memory.
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 "$binary" "${limit[@]}" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -dict="$work/dict/$h" \
        -artifact_prefix="$work/artifacts/$h/" "$corpus" "$work/seeds/$h" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    corp=$(grep -oE 'corp: [0-9]+' "$log" | tail -1 | cut -d' ' -f2)
    result=ok
    if [ "$status" -ne 0 ]; then
        result=FAILED
        failed=$((failed + 1))
    else
        passed=$((passed + 1))
    fi
    printf '%-12s %-8s %12s %9s %7s %8s %7s\n' "$h" "$result" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" \
        "${corp:-?}"
    if [ "$status" -ne 0 ]; then
        grep -E 'ERROR|SUMMARY|fuzz check failed|Test unit written|==[0-9]+==' "$log" | head -20 | sed 's/^/    /'
        echo "    log: $log"
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
