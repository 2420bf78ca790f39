#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file is not formatted as .clang-format says (clang-format --dry-run --Werror).
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "check-format: clang-format is not installed" >&2; exit 1; }
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
echo "check-format: every C++ file is formatted"
