#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Live events at scale: the makespan of a 10,000-task run through the REST API alone, then with
# 100 clients reading GET /events (curl -N) all along; and how many events each client got.
# Usage: tests/benchmarks/api_events.sh [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build}"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
MAX_CONCURRENT_TASKS=16 OUTPUT_DIR="$work/out" "$build/bin/altrunner-cli" serve --port "$port" \
    >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
clients=()
trap 'kill $pid "${clients[@]}" 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q listening "$work/serve.out" && break; sleep 0.1; done
url="http://127.0.0.1:$port"

# 10,000 noop tasks of 5 ms in chains, at width 16: about 3 s of work.
python3 - "$work/body.json" <<'PY'
import json, sys
tasks = [{"id": f"t{i}", "description": "d", "dependencies": [f"t{i - 16}"] if i >= 16 else [],
          "parameters": {"task_type": "noop", "duration_ms": 5}} for i in range(10000)]
alt = {"id": "events", "version": "1", "created_at": "2026-01-01T00:00:00Z", "title": "events",
       "tasks": tasks}
json.dump({"alt_file": alt}, open(sys.argv[1], "w"))
PY
run() { # prints the run's makespan in ms
    local id
    id=$(curl -s -X POST -H 'Content-Type: application/json' --data-binary @"$work/body.json" \
        "$url/run" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    while :; do
        status=$(curl -s "$url/task/$id" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["status"], d.get("execution_time_ms") or d["metadata"].get("execution_time_ms") or "")')
        case "$status" in processing*|pending*) sleep 0.2 ;; *) echo "${status#* }"; return ;; esac
    done
}
alone=$(run)
alone2=$(run)
for i in $(seq 100); do
    curl -sN "$url/events" >"$work/client$i" 2>/dev/null &
    clients+=($!)
done
sleep 1
with=$(run)
sleep 1
kill "${clients[@]}" 2>/dev/null || true
wait "${clients[@]}" 2>/dev/null || true
events=$(grep -c '^id: ' "$work/client1" || true)
lagged=$( (grep -l "stream.lagged" "$work"/client* 2>/dev/null || true) | wc -l)
echo "10,000 tasks at width 16: makespan ${alone} ms and ${alone2} ms alone, ${with} ms with 100 event clients"
echo "  each client got ${events} events (the third run's 20,002, after the two earlier runs' still held); ${lagged} cut off as lagging"
