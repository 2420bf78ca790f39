#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The reference a run is compared with, done the fastest ordinary way: Python's C-accelerated
json reading the ALT file and writing the same information as the LAST file the run wrote,
compactly (json.dumps with separators: the C encoder; indent= sends CPython down its pure-Python
encoder, several times slower, which would flatter us). Timed inside the Python process, so
the interpreter's start is not counted (ours is). Reading our LAST file back, to have the data,
is not timed. Prints seconds. With --validate: the seconds of reading the ALT file alone."""
import json
import sys
import time

if sys.argv[1] == "--validate":
    t = time.perf_counter()
    with open(sys.argv[2], "rb") as f:
        json.loads(f.read())
    print(f"{time.perf_counter() - t:.3f}")
    sys.exit(0)

with open(sys.argv[2], "rb") as f:
    last = json.loads(f.read())
t = time.perf_counter()
with open(sys.argv[1], "rb") as f:
    json.loads(f.read())
with open(sys.argv[3], "w", encoding="utf-8") as f:
    f.write(json.dumps(last, separators=(",", ":"), ensure_ascii=False))
print(f"{time.perf_counter() - t:.3f}")
