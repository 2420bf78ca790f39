#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (ASan+UBSan) and runs each for SECONDS (default 60),
# all at once, from the seed corpus in tests/fuzz/corpus. Findings land in tests/fuzz/findings/.
# Usage: tests/fuzz/run_fuzzers.sh [SECONDS] [TARGET...]   (targets: altloader requestguard httprequest eventstream aianswer outputs workers)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(altloader requestguard httprequest eventstream aianswer outputs workers)
build="$root/build-fuzz"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DALTRUNNER_FUZZ=ON -DALTRUNNER_BUILD_TESTS=OFF -DALTRUNNER_BUILD_GUI=OFF >/dev/null
cmake --build "$build" --target $(printf "fuzz_%s " "${targets[@]}")
mkdir -p "$here/findings"
pids=()
for target in "${targets[@]}"; do
    corpus="$(mktemp -d)"
    cp "$here/corpus/$target/"* "$corpus/"
    ( cd "$here/findings" && "$build/fuzz/fuzz_$target" "$corpus" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 >"$build/fuzz_$target.log" 2>&1 ) &
    pids+=($!)
done
status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
for target in "${targets[@]}"; do
    echo "fuzz_$target: $(grep -E 'stat::number_of_executed_units' "$build/fuzz_$target.log" | awk '{print $2}') executions in ${seconds} s"
    grep -E "ERROR|SUMMARY|crash-|leak-|timeout-" "$build/fuzz_$target.log" | head -5 || true
done
exit $status
