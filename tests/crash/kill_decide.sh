#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Approval gates and kill -9 (docs/approvals.md "Durability"): a run stops with its gates waiting;
# `resume --approve …` is killed at N random moments around the decisions and what follows
# them, then resumed again with the same decisions. Checks: the final LAST file matches an
# uninterrupted resume's in every task's status and output; a decision the journal had at the
# kill is the one taken (its moment, not a new one: never applied twice); the journal is gone.
# Usage: tests/crash/kill_decide.sh [N] [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
n="${1:-20}"
build="${2:-$here/../../build}"
cli="$build/bin/altrunner-cli"
alt="$here/../../resources/examples/approval_gates.alt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export MOCK_AI_LATENCY_MS=150 ALTRUNNER_CACHE=off
unset AI_SERVICE_URL AI_PROVIDER || true
decide=(--approve review=yes --approve "budget_plan=no:too much at once")

stop_waiting() { # runs until the gates wait; prints the journal
    OUTPUT_DIR="$1" "$cli" run "$alt" </dev/null >/dev/null 2>&1 && return 1
    ls "$1"/*.journal
}

journal="$(stop_waiting "$work/ref")"
OUTPUT_DIR="$work/ref" "$cli" resume "$journal" "${decide[@]}" >"$work/ref.path" 2>/dev/null || true
ref="$(cat "$work/ref.path")"

failures=0
for i in $(seq 1 "$n"); do
    out="$work/run$i"
    mkdir -p "$out"
    journal="$(stop_waiting "$out")"
    OUTPUT_DIR="$out" "$cli" resume "$journal" "${decide[@]}" >/dev/null 2>&1 &
    pid=$!
    sleep "$(python3 -c "import random; print(round(random.uniform(0.03, 0.17), 3))")"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ -f "$journal" ]; then
        cp "$journal" "$work/journal$i"
        OUTPUT_DIR="$out" "$cli" resume "$journal" "${decide[@]}" >/dev/null 2>"$work/resume$i.err" || true
    else
        : >"$work/journal$i" # it finished before the kill
    fi
    last="$(ls "$out"/last_*.json)"
    if ! python3 - "$ref" "$last" "$work/journal$i" <<'PY'
import json, sys, datetime
ref = json.load(open(sys.argv[1]))
last = json.load(open(sys.argv[2]))
journal = [json.loads(l) for l in open(sys.argv[3]) if l.strip()]
problems = []
for tid, r in ref["task_results"].items():
    got = last["task_results"][tid]
    if got["status"] != r["status"]:
        problems.append(f"{tid}: status {got['status']}, uninterrupted {r['status']}")
    timing = ("ttft_ms", "tokens_per_second", "at")
    def answer(o):
        return {k: v for k, v in o.items() if k not in timing} if isinstance(o, dict) else o
    if answer(got["output"]) != answer(r["output"]):
        problems.append(f"{tid}: output differs")
    if got["error"] != r["error"]:
        problems.append(f"{tid}: error {got['error']!r}, uninterrupted {r['error']!r}")
# A decision written before the kill is the one taken, at its own moment.
for line in journal[1:]:
    if "approval" in line:
        at = datetime.datetime.fromtimestamp(line["approval"]["at_ms"] / 1000, datetime.timezone.utc)
        want = at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"
        got = last["task_results"][line["id"]]["metadata"]["approval"]["at"]
        if got != want:
            problems.append(f"{line['id']}: decided at {got}, the journal's decision says {want}")
if last["status"] != ref["status"]:
    problems.append(f"run status {last['status']}, uninterrupted {ref['status']}")
if problems:
    print("\n".join(problems))
    sys.exit(1)
PY
    then
        echo "kill $i: the resumed run differs from the uninterrupted one" >&2
        [ -s "$work/resume$i.err" ] && sed 's/^/  resume: /' "$work/resume$i.err" >&2
        failures=$((failures + 1))
    fi
    if ls "$out"/*.journal >/dev/null 2>&1; then
        echo "kill $i: the journal was not removed" >&2
        failures=$((failures + 1))
    fi
done
decided=$( (grep -l '"approval"' "$work"/journal* 2>/dev/null || true) | wc -l)
echo "$n kills, $decided with a decision already in the journal, $failures failed"
[ "$failures" -eq 0 ]
