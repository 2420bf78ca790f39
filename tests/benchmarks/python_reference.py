#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The reference a run is compared with: Python's C-accelerated json reading the ALT file and
writing an equally large LAST file (the one the run wrote), indented as ours is."""
import json
import sys
import time

t = time.perf_counter()
with open(sys.argv[1]) as f:
    json.load(f)
with open(sys.argv[2]) as f:
    last = json.load(f)
t_read_last = time.perf_counter()
with open(sys.argv[3], "w") as f:
    json.dump(last, f, indent=2)
# Reading the LAST file back is not part of the reference: only reading the ALT file and writing.
print(f"{(time.perf_counter() - t) - (t_read_last - t) + 0.0:.3f}")
