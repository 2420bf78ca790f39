#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the benchmarks against the built binaries and prints each figure next to its reference,
# measured in the same run. Usage: tests/benchmarks/run_benchmarks.sh [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build}"
cli="$build/bin/altrunner-cli"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v python3 >/dev/null || { echo "python3 is needed for the benchmarks" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (Debian package 'time') is needed" >&2; exit 1; }

measure() { # prints "seconds peak_kb" for a command
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
    cat "$work/time"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

# The lean core (issues 17 and 31): 100,000 noop tasks in a random DAG, validate + run at width 8
# + write the LAST file with the journal on, against Python's C-accelerated json reading the same
# ALT file and writing the same information compactly (its C encoder; see python_reference.py);
# validate against Python reading the ALT file alone. Paired (each run next to its reference),
# 5 pairs. Our figures include the process's start; Python's are timed inside it.
for n in 100000; do
    alt="$work/noop$n.alt"
    python3 "$here/gen_alt.py" "$n" "$alt"
    size=$(stat -c %s "$alt")
    runs="" refs="" ratios="" peaks="" vals="" vrefs="" vratios="" vpeaks=""
    for _ in 1 2 3 4 5; do
        read -r vt vm < <(measure "$cli" validate "$alt")
        vref=$(python3 "$here/python_reference.py" --validate "$alt")
        read -r rt rm < <(OUTPUT_DIR="$work/out" measure "$cli" run "$alt" --concurrency 8)
        last=$(ls "$work"/out/last_*.json | head -1)
        ref=$(python3 "$here/python_reference.py" "$alt" "$last" "$work/ref.json")
        rm -rf "$work/out" "$work/ref.json"
        runs="$runs $rt" refs="$refs $ref" ratios="$ratios $(ratio "$rt" "$ref")" peaks="$peaks $rm"
        vals="$vals $vt" vrefs="$vrefs $vref" vratios="$vratios $(ratio "$vt" "$vref")" vpeaks="$vpeaks $vm"
    done
    peak=$(echo "$peaks" | tr ' ' '\n' | grep . | sort -g | tail -1)
    echo "$n noop tasks, ALT file $((size / 1024)) KiB (5 paired runs; median, then all):"
    echo "  validate + run + write (journal on): $(echo "$runs" | median) s ($runs)"
    echo "  Python json, read ALT + write LAST:  $(echo "$refs" | median) s ($refs)"
    echo "  ratio: $(echo "$ratios" | median) ($ratios); goal <= 1.0"
    echo "  validate alone: $(echo "$vals" | median) s ($vals); Python reading the ALT file alone: $(echo "$vrefs" | median) s ($vrefs); ratio $(echo "$vratios" | median) ($vratios); goal <= 1.2"
    echo "  peak memory, run: $peak KiB = $(python3 -c "print(f'{$peak*1024/$size:.1f}')")x the ALT file; goal <= 8x (validate alone: $(echo "$vpeaks" | median) KiB)"
done

# A million tasks still validate and run (the limit is 1,000,000 tasks and 64 MB: compact AI
# tasks, answered by the simulated provider at once).
if [ -z "${QUICK:-}" ]; then
    alt="$work/ai1m.alt"
    python3 "$here/gen_alt.py" 1000000 "$alt" --compact --max-deps 2
    read -r vt vm < <(measure "$cli" validate "$alt")
    read -r rt rm < <(OUTPUT_DIR="$work/out" MOCK_AI_LATENCY_MS=0 measure "$cli" run "$alt" --concurrency 64)
    ok=$(ls "$work"/out/last_*.json >/dev/null 2>&1 && echo "LAST file written" || echo "NO LAST FILE: $(tail -2 "$work/stderr")")
    echo "1,000,000 AI tasks ($(($(stat -c %s "$alt") / 1048576)) MiB): validate ${vt} s, peak ${vm} KiB; validate + run + write ${rt} s, peak ${rm} KiB; $ok"
    rm -rf "$work/out" "$alt"
fi

# 64 AI requests of 500 ms each against a local server, at width 64: the makespan should be one
# request's latency, not 64 / 6 of them (Qt's per-host limit per network manager). The result
# cache is off: this measures the connections.
server_bin="$build/tests/fake-ai-server"
if [ -x "$server_bin" ]; then
    "$server_bin" 0 500 >"$work/server.out" &
    server_pid=$!
    for _ in $(seq 50); do grep -q http "$work/server.out" && break; sleep 0.1; done
    url=$(head -1 "$work/server.out")
    python3 - "$work/ai64.alt" <<'PY'
import json, sys
tasks = [{"id": f"t{i}", "description": f"question {i}"} for i in range(64)]
json.dump({"id": "ai64", "version": "1", "created_at": "2026-01-01T00:00:00Z", "title": "64 AI tasks",
           "tasks": tasks}, open(sys.argv[1], "w"))
PY
    for provider in orchestrator openai; do
        last=$(OUTPUT_DIR="$work/out" "$cli" run "$work/ai64.alt" --concurrency 64 --provider "$provider" --ai-url "$url" --cache off 2>/dev/null)
        ms=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['execution_time_ms'])" "$last")
        echo "64 AI requests of 500 ms at width 64 ($provider): makespan ${ms} ms (lower bound 500 ms; 6 per host would give ~5500 ms)"
    done
    kill "$server_pid"

    # 2,000 AI tasks of 50 ms in 20 layers at width 32 through the console program, against the
    # server in a process of its own: the makespan against the lower bound (work / width).
    "$server_bin" 0 50 >"$work/server50.out" &
    server_pid=$!
    for _ in $(seq 50); do grep -q http "$work/server50.out" && break; sleep 0.1; done
    url=$(head -1 "$work/server50.out")
    python3 - "$work/layered.alt" <<'PY'
import json, random, sys
random.seed(42)
n, layers = 2000, 20
per = n // layers
tasks = []
for i in range(n):
    t = {"id": f"t{i}", "description": f"t{i}"}
    if i >= per:
        layer = i // per
        t["dependencies"] = sorted({f"t{(layer - 1) * per + random.randrange(per)}" for _ in range(2)})
    tasks.append(t)
json.dump({"id": "layered", "version": "1", "created_at": "2026-01-01T00:00:00Z",
           "title": "2,000 AI tasks in 20 layers", "tasks": tasks}, open(sys.argv[1], "w"))
PY
    ratios=""
    for _ in 1 2 3 4 5; do
        last=$(OUTPUT_DIR="$work/out" "$cli" run "$work/layered.alt" --concurrency 32 --provider orchestrator --ai-url "$url" --cache off 2>/dev/null)
        ratios="$ratios $(python3 -c "import json,sys; print('%.3f' % (json.load(open(sys.argv[1]))['execution_time_ms'] / 3125))" "$last")"
    done
    echo "2,000 AI tasks of 50 ms, 20 layers, width 32, altrunner-cli against fake-ai-server (5 runs): makespan /${ratios} x the lower bound 3125 ms; goal <= 1.06x (Qt's network threads)"
    kill "$server_pid"
fi

# The window: layout time for 10,000 tasks, and the longest GUI-thread stall while opening and
# running 10,000 and 100,000 noop tasks (offscreen, the graph tab showing).
if [ -x "$build/tests/bench_gui" ]; then
    for n in 10000 100000; do
        python3 "$here/gen_alt.py" "$n" "$work/gui$n.alt"
        echo "window, $n noop tasks:"
        QT_QPA_PLATFORM=offscreen OUTPUT_DIR="$work/out" "$build/tests/bench_gui" "$work/gui$n.alt" 2>/dev/null | sed 's/^/  /'
        rm -rf "$work/out"
    done
fi

# Scheduling overhead per task (100,000 and 1,000,000 noop tasks: chain, fan-out, random) and
# 2,000 AI tasks of 50 ms at width 32 against the lower bound.
if [ -x "$build/tests/bench_scheduler" ]; then
    "$build/tests/bench_scheduler" ${QUICK:+--quick}
fi

# Rate limits: 600 AI tasks of 20 ms at width 64 against a server limited to 1,200 requests (or
# 132,000 tokens) a minute, told the limit or not: the rate achieved and the 429s after the
# first second (goals: >= 90% of the limit, <= 1% 429s).
if [ -x "$build/tests/bench_ratelimit" ]; then
    "$build/tests/bench_ratelimit" ${QUICK:+--quick}
fi

# The result cache: cost per task with 100,000 answers in it.
if [ -x "$build/tests/bench_cache" ]; then
    "$build/tests/bench_cache" ${QUICK:+--quick}
fi
