#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: installs what is missing, builds, and opens FILE (or an example) in ALT Runner:
# the window when there is a display, the console runner otherwise.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --parallel

file="${1:-resources/examples/research_brief.alt}"
if [ $# -gt 0 ]; then shift; fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/bin/altrunner "$file" "$@"
fi
echo "run.sh: no display; running $file with the console runner" >&2
exec build/bin/altrunner-cli run "$file" "$@"
