#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes PNG screenshots of each main view (light and dark) for an example file.
# Usage: tests/gui/screenshots.sh [OUT_DIR] [ALT_FILE]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-screenshots}"
file="${2:-$here/../../resources/examples/research_brief.alt}"
bin="$here/../../build/tests/altrunner-screenshots"
export QT_QPA_PLATFORM=offscreen OUTPUT_DIR="$(mktemp -d)"
"$bin" "$out" "$file"
"$bin" "$out" "$file" dark
ls -1 "$out"
