#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Kills a running `altrunner-cli run` with kill -9 at N random moments (default 50), resumes each
# from its journal, and checks: no completed task ran again, none was lost, and the final LAST
# file matches an uninterrupted run's in every task's status and output.
# Usage: tests/crash/kill_resume.sh [N] [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
n="${1:-50}"
build="${2:-$here/../../build}"
cli="$build/bin/altrunner-cli"
alt="$here/crash.alt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export MOCK_AI_LATENCY_MS=100
unset AI_SERVICE_URL AI_PROVIDER || true

# The reference: the same file, never interrupted (retry back-off is random, so run time varies,
# but statuses and outputs do not).
OUTPUT_DIR="$work/ref" "$cli" run "$alt" >"$work/ref.path" 2>/dev/null || true
ref="$(cat "$work/ref.path")"

failures=0
for i in $(seq 1 "$n"); do
    out="$work/run$i"
    mkdir -p "$out"
    OUTPUT_DIR="$out" "$cli" run "$alt" >/dev/null 2>&1 &
    pid=$!
    # A random moment within the run (about 2 s long).
    sleep "$(python3 -c "import random; print(round(random.uniform(0.02, 1.9), 3))")"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    journal="$(ls "$out"/*.journal 2>/dev/null | head -1 || true)"
    if [ -z "$journal" ]; then
        # Killed after the LAST file was safely written (and the journal removed), or before
        # anything started: either a finished LAST file or nothing at all.
        continue
    fi
    cp "$journal" "$work/journal$i"
    OUTPUT_DIR="$out" "$cli" resume "$journal" >"$work/resumed$i.path" 2>"$work/resumed$i.err" || true
    last="$(cat "$work/resumed$i.path")"
    if ! python3 - "$ref" "$last" "$work/journal$i" <<'PY'
import json, sys
ref = json.load(open(sys.argv[1]))
last = json.load(open(sys.argv[2]))
journal = [json.loads(l) for l in open(sys.argv[3]) if l.strip()]
problems = []
# Completed before the kill: not run again (same start and attempts in the final file).
done_before = {}
for line in journal[1:]:
    if line.get("status") == "completed":
        done_before[line["id"]] = line
for tid, line in done_before.items():
    r = last["task_results"][tid]
    if r["metadata"]["attempts"] != len(line["attempts"]):
        problems.append(f"{tid}: completed before the kill but ran again")
if last.get("metadata", {}).get("resumed") != 1:
    problems.append("metadata.resumed is not 1")
if last["execution_id"] != journal[0]["execution_id"]:
    problems.append("execution id changed")
for tid, r in ref["task_results"].items():
    got = last["task_results"].get(tid)
    if got is None:
        problems.append(f"{tid}: lost")
        continue
    if got["status"] != r["status"]:
        problems.append(f"{tid}: status {got['status']}, uninterrupted {r['status']}")
    # How fast the answer came is a measurement, like the times: not part of the answer.
    timing = ("ttft_ms", "tokens_per_second")
    def answer(o):
        return {k: v for k, v in o.items() if k not in timing} if isinstance(o, dict) else o
    if answer(got["output"]) != answer(r["output"]):
        problems.append(f"{tid}: output differs")
if last["status"] != ref["status"]:
    problems.append(f"run status {last['status']}, uninterrupted {ref['status']}")
if problems:
    print("\n".join(problems))
    sys.exit(1)
PY
    then
        echo "kill $i: resumed run differs from the uninterrupted one" >&2
        failures=$((failures + 1))
    fi
    if ls "$out"/*.journal >/dev/null 2>&1; then
        echo "kill $i: the journal was not removed after the LAST file was written" >&2
        failures=$((failures + 1))
    fi
done
resumed=$(ls "$work"/journal* 2>/dev/null | wc -l)
echo "$n kills, $resumed resumed from a journal, $failures failed"
echo "$((n - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
