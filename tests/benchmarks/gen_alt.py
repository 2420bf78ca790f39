#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a random-DAG ALT file of noop tasks: gen_alt.py N OUT [--seed S] [--max-deps K]."""
import argparse
import json
import random

p = argparse.ArgumentParser()
p.add_argument("n", type=int)
p.add_argument("out")
p.add_argument("--seed", type=int, default=1)
p.add_argument("--max-deps", type=int, default=3)
a = p.parse_args()
rng = random.Random(a.seed)
tasks = []
for i in range(a.n):
    deps = list(dict.fromkeys(f"t{rng.randrange(i)}" for _ in range(rng.randint(0, a.max_deps)))) if i else []
    tasks.append({"id": f"t{i}", "description": f"task {i}", "dependencies": deps,
                  "parameters": {"task_type": "noop"}})
with open(a.out, "w") as f:
    json.dump({"id": f"bench_{a.n}", "version": "1", "created_at": "2026-01-01T00:00:00Z",
               "title": f"{a.n} noop tasks", "tasks": tasks}, f)
