#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Status-poll throughput of the REST API (GET /task/{id} with wrk) while a large run executes.
# Usage: tests/benchmarks/api_poll.sh [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build}"
command -v wrk >/dev/null || { echo "wrk is needed (Debian package wrk)" >&2; exit 1; }
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
OUTPUT_DIR="$work/out" "$build/bin/altrunner-cli" serve --port "$port" >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q listening "$work/serve.out" && break; sleep 0.1; done

# 20,000 noop tasks of 5 ms at width 4: about 25 s of work, far longer than the measurement.
python3 - "$work/body.json" <<'PY'
import json, sys
tasks = [{"id": f"t{i}", "description": "d", "dependencies": [f"t{i//2}"] if i else [],
          "parameters": {"task_type": "noop", "duration_ms": 5}} for i in range(20000)]
alt = {"id": "poll", "version": "1", "created_at": "2026-01-01T00:00:00Z", "title": "poll", "tasks": tasks}
json.dump({"alt_file": alt}, open(sys.argv[1], "w"))
PY
id=$(curl -s -X POST -H 'Content-Type: application/json' --data-binary @"$work/body.json" \
    "http://127.0.0.1:$port/run" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
echo "run $id started; polling GET /task/$id for 5 s with wrk (2 threads, 16 connections)"
wrk -t2 -c16 -d5s "http://127.0.0.1:$port/task/$id" | grep -E "Requests/sec|Latency|requests in|Non-2xx|errors"
curl -s "http://127.0.0.1:$port/task/$id" | python3 -c 'import json,sys; d=json.load(sys.stdin); print("run still", d["status"], d["metadata"]["progress"])'
