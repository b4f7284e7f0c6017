#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs each libFuzzer target for a given time on seed corpora made from the project's fixtures,
# under ASan + UBSan, and prints one line per target (runs, coverage, corpus, peak memory).
# Exits non-zero when a target finds a crash, a hang (a run over 10 s), a leak or a UBSan error;
# the input that did it is kept in build/fuzz/findings/.
#
#   tests/fuzz/run-fuzzers.sh [--seconds N] [--jobs N] [TARGET...]   (default: 60 s, all, 1 job)
# Build first: cmake --preset fuzz && cmake --build --preset fuzz
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=60
jobs=1
targets=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --jobs) jobs="$2"; shift 2 ;;
        *) targets+=("$1"); shift ;;
    esac
done
[[ ${#targets[@]} -gt 0 ]] || targets=(text markdown html htmlfragment mhtml pdf json csv header search)
bin=build/fuzz/tests/fuzz
work=build/fuzz/corpus
findings=build/fuzz/findings
mkdir -p "$work" "$findings"

seed() { # seed TARGET: the starting corpus of one target
    local dir="$work/$1"
    mkdir -p "$dir"
    case "$1" in
        text) cp tests/fixtures/articles/*.txt "$dir/" ;;
        markdown) cp tests/fixtures/articles/*.md "$dir/" ;;
        html | htmlfragment) cp tests/fixtures/articles/*.html "$dir/" ;;
        mhtml) cp tests/fuzz/seeds/mhtml/* "$dir/" ;;
        pdf) cp tests/fuzz/seeds/pdf/* "$dir/" ;;
        json) cp resources/sample/sample.json "$dir/" ;;
        csv) cp tests/fuzz/seeds/csv/* "$dir/" ;;
        search) cp tests/fuzz/seeds/search/* "$dir/" ;;
        header)
            if [[ ! -s "$dir/tiny.dealscope" ]]; then
                rm -f "$dir/tiny.dealscope"
                sqlite3 "$dir/tiny.dealscope" \
                    "PRAGMA page_size=512; PRAGMA application_id=1146307408; CREATE TABLE t(x);" \
                    "INSERT INTO t VALUES ('DealScope');"
                head -c 100 "$dir/tiny.dealscope" > "$dir/header-only"
            fi ;;
    esac
}

run_one() {
    local name="$1" log="build/fuzz/fuzz_$1.log"
    seed "$name"
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$bin/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -max_len=262144 -print_final_stats=1 -artifact_prefix="$findings/$name-" \
        "$work/$name" > "$log" 2>&1
    local rc=$?
    local runs cov ft corpus rss
    runs=$(grep -aoP 'stat::number_of_executed_units:\s*\K\d+' "$log" | tail -1)
    rss=$(grep -aoP 'stat::peak_rss_mb:\s*\K\d+' "$log" | tail -1)
    cov=$(grep -aoP '\bcov: \K\d+' "$log" | tail -1)
    ft=$(grep -aoP '\bft: \K\d+' "$log" | tail -1)
    corpus=$(ls "$work/$name" | wc -l)
    if [[ $rc -eq 0 ]]; then
        printf '%-12s ok    %6s s  %10s runs  cov %5s  ft %6s  corpus %5s  peak %5s MB\n' \
            "$name" "$seconds" "${runs:-?}" "${cov:-?}" "${ft:-?}" "$corpus" "${rss:-?}"
    else
        printf '%-12s FAILED (exit %s): see %s and %s\n' "$name" "$rc" "$log" "$findings"
        grep -m3 -E 'ERROR|SUMMARY|runtime error' "$log" | sed 's/^/    /'
    fi
    return $rc
}

failed=0
running=0
for t in "${targets[@]}"; do
    [[ -x "$bin/fuzz_$t" ]] || { echo "no target $bin/fuzz_$t (build the fuzz preset)"; exit 2; }
done
pids=()
for t in "${targets[@]}"; do
    run_one "$t" > "build/fuzz/result_$t.txt" &
    pids+=($!)
    running=$((running + 1))
    if [[ $running -ge $jobs ]]; then
        wait -n || failed=1
        running=$((running - 1))
    fi
done
for p in "${pids[@]}"; do wait "$p" 2>/dev/null || failed=1; done
for t in "${targets[@]}"; do cat "build/fuzz/result_$t.txt"; done
exit $failed
