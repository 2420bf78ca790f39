#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The reference a run is compared with: Python's C-accelerated json reading the ALT file and
writing an equally large LAST file (the one the run wrote), indented as ours is. Prints the
seconds of that reading and writing; reading our LAST file back (to have the data) is not timed.
With --validate: the seconds of reading the ALT file alone."""
import json
import sys
import time

if sys.argv[1] == "--validate":
    t = time.perf_counter()
    with open(sys.argv[2]) as f:
        json.load(f)
    print(f"{time.perf_counter() - t:.3f}")
    sys.exit(0)

with open(sys.argv[2]) as f:
    last = json.load(f)
t = time.perf_counter()
with open(sys.argv[1]) as f:
    json.load(f)
with open(sys.argv[3], "w") as f:
    json.dump(last, f, indent=2)
print(f"{time.perf_counter() - t:.3f}")
