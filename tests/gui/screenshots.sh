#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes PNG screenshots of the window: every main view of an example (light, dark, Turkish) and
# a 10,000-task graph fitted and zoomed in. `tests/gui/screenshots.sh docs/images` refreshes the
# README's pictures.
# Usage: tests/gui/screenshots.sh [OUT_DIR] [ALT_FILE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-screenshots}"
file="${2:-$here/../../resources/examples/research_brief.alt}"
bin="$here/../../build/tests/altrunner-screenshots"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen OUTPUT_DIR="$work/runs" XDG_CONFIG_HOME="$work/config"
"$bin" "$out" "$file"
"$bin" "$out" "$file" dark
"$bin" "$out" "$file" tr
"$bin" "$out" "$file" laptop
"$bin" "$out" "$file" dark laptop
"$bin" "$out" "$file" outputs
"$bin" "$out" "$file" outputs laptop
"$bin" "$out" "$file" checks
# The report the checks run exported, as a browser shows it (Debian's chromium, headless).
if command -v chromium >/dev/null 2>&1; then
    chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1100 \
        --user-data-dir="$work/chromium" --screenshot="$out/checks-report.png" \
        "file://$(cd "$out" && pwd)/checks-report.html" 2>/dev/null
fi
rm -f "$out/checks-report.html"
python3 "$here/../benchmarks/gen_alt.py" 10000 "$work/large.alt"
"$bin" "$out" "$work/large.alt" big
ls -1 "$out"
