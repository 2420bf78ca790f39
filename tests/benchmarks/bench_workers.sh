#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Workers on NATS JetStream (docs/distributed.md "Performance goals"): a real nats-server -js,
# four `altrunner-cli worker` processes and a coordinator `altrunner-cli run --workers`, each
# figure next to the same run made locally. The AI is the simulated provider at a fixed latency
# (0 ms or 50 ms), run by the workers: what is measured is the path through NATS.
# Usage: tests/benchmarks/bench_workers.sh [BUILD_DIR] [TASKS_FOR_THROUGHPUT]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build}"
big="${2:-100000}"
cli="$build/bin/altrunner-cli"
work="$(mktemp -d)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="nats://127.0.0.1:$port"
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
command -v nats-server >/dev/null || { echo "nats-server (Debian package) is needed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (Debian package 'time') is needed" >&2; exit 1; }

nats-server -js -a 127.0.0.1 -p "$port" -sd "$work/store" >"$work/nats.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
for i in 1 2 3 4; do
    USE_MOCK_AI=1 "$cli" worker --nats "$url" --name "bench$i" --concurrency 64 2>"$work/w$i.log" &
    pids+=($!)
done

# N independent AI tasks (each its own prompt: nothing is answered from the cache).
gen() { python3 -c "
import json, sys
n = int(sys.argv[1])
tasks = [{'id': f't{i}', 'description': '-', 'parameters': {'prompt': f'q{i}'}} for i in range(n)]
json.dump({'id': 'bench', 'version': '1', 'created_at': '2026-01-01T00:00:00Z', 'title': 'b',
           'tasks': tasks}, open(sys.argv[2], 'w'))" "$1" "$2"; }
measure() { # prints "seconds peak_kb"
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    cat "$work/time"
}
run() { # LATENCY_MS ALT [--concurrency N] [--workers URL]: seconds and peak kB of the coordinator
    local latency=$1 alt=$2; shift 2
    USE_MOCK_AI=1 MOCK_AI_LATENCY_MS=$latency ALTRUNNER_CACHE=off OUTPUT_DIR="$work/out" \
        MAX_CONCURRENT_TASKS=64 measure "$cli" run "$alt" "$@"
    rm -rf "$work/out"
}
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

echo "machine: $(nproc) cores, $(uname -sr); nats-server $(nats-server --version | awk '{print $NF}')"
gen 2000 "$work/2000.alt"
run 0 "$work/2000.alt" --workers "$url" >/dev/null # the streams and consumers made, workers warm

# 1. Overhead per call: 300 calls at 0 ms one at a time (width 1), through NATS and locally
#    (3 pairs): the difference per call is what publish, fetch, result and ack add to a call.
gen 300 "$work/300.alt"
nats="" local=""
for _ in 1 2 3; do
    read -r t _ < <(run 0 "$work/300.alt" --concurrency 1 --workers "$url"); nats="$nats $t"
    read -r t _ < <(run 0 "$work/300.alt" --concurrency 1); local="$local $t"
done
n=$(echo "$nats" | median) l=$(echo "$local" | median)
python3 -c "import sys; n, l = map(float, sys.argv[1:3]); print(f'300 calls at 0 ms one at a time: workers {n:.2f} s (' + sys.argv[3].strip() + f'), local {l:.2f} s (' + sys.argv[4].strip() + f')'); print(f'  overhead per call through NATS: {(n - l) / 300 * 1000:.2f} ms (goal <= 2 ms)')" "$n" "$l" "$nats" "$local"

# 2. 2,000 AI tasks of 50 ms at width 64 over 4 workers against the lower bound
#    ceil(2000 / 64) x 50 ms = 1.6 s.
times=""
for _ in 1 2 3; do read -r t _ < <(run 50 "$work/2000.alt" --workers "$url"); times="$times $t"; done
t=$(echo "$times" | median)
python3 -c "import sys; t = float(sys.argv[1]); print(f'2,000 x 50 ms at width 64 over 4 workers: {t:.2f} s (' + sys.argv[2].strip() + f'); lower bound 1.60 s; ratio {t / 1.6:.2f} (goal <= 1.10)')" "$t" "$times"

# 3. Throughput: N tasks at 0 ms over 4 workers; the coordinator's peak memory beside a local run.
gen "$big" "$work/big.alt"
read -r tw mw < <(run 0 "$work/big.alt" --workers "$url")
read -r tl ml < <(run 0 "$work/big.alt")
python3 -c "import sys; n, tw, mw, tl, ml = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]); print(f'{n:,} tasks at 0 ms over 4 workers: {tw:.1f} s = {n / tw:,.0f} calls/s (goal >= 5,000); locally {tl:.1f} s = {n / tl:,.0f}/s'); print(f'  coordinator peak memory {mw / 1024:.0f} MiB; the local run {ml / 1024:.0f} MiB (goal: no more)')" "$big" "$tw" "$mw" "$tl" "$ml"
