#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a random-DAG ALT file of noop tasks: gen_alt.py N OUT [--seed S] [--max-deps K].
--compact: AI tasks with short ids and no whitespace, so a million of them fit under the 64 MB
file limit (noop tasks need `parameters`, which a million of do not fit)."""
import argparse
import json
import random

p = argparse.ArgumentParser()
p.add_argument("n", type=int)
p.add_argument("out")
p.add_argument("--seed", type=int, default=1)
p.add_argument("--max-deps", type=int, default=3)
p.add_argument("--compact", action="store_true")
a = p.parse_args()
rng = random.Random(a.seed)
if a.compact:
    def name(i):
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"
        s = ""
        while True:
            s = digits[i % 36] + s
            i //= 36
            if not i:
                return s
    tasks = []
    for i in range(a.n):
        deps = list(dict.fromkeys(name(rng.randrange(i)) for _ in range(rng.randint(0, a.max_deps)))) if i else []
        task = {"id": name(i), "description": "-"}
        if deps:
            task["dependencies"] = deps
        tasks.append(task)
    with open(a.out, "w") as f:
        json.dump({"id": f"bench_{a.n}", "version": "1", "created_at": "2026-01-01T00:00:00Z",
                   "title": f"{a.n} AI tasks", "tasks": tasks}, f, separators=(",", ":"))
    raise SystemExit(0)
tasks = []
for i in range(a.n):
    deps = list(dict.fromkeys(f"t{rng.randrange(i)}" for _ in range(rng.randint(0, a.max_deps)))) if i else []
    tasks.append({"id": f"t{i}", "description": f"task {i}", "dependencies": deps,
                  "parameters": {"task_type": "noop"}})
with open(a.out, "w") as f:
    json.dump({"id": f"bench_{a.n}", "version": "1", "created_at": "2026-01-01T00:00:00Z",
               "title": f"{a.n} noop tasks", "tasks": tasks}, f)
