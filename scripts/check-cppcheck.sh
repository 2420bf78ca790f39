#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Static analysis in CI (as KCoreAddons runs cppcheck): a small set of checks that find bugs
# rather than taste — warnings (undefined behaviour, ignored results, bad casts), performance
# (copies of large values) and portability — on the engine, the console program and the window.
# About 15 s on 2 cores. A finding that is wrong says so where it is:
#   // cppcheck-suppress <id>   (with the reason beside it)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cppcheck >/dev/null || { echo "check-cppcheck: cppcheck is not installed" >&2; exit 1; }
cppcheck --quiet --std=c++20 --language=c++ --library=qt --library=scripts/cppcheck-qt.cfg \
    --enable=warning,performance,portability --inline-suppr --error-exitcode=1 \
    -j "$(nproc)" -I engine engine cli gui
echo "check-cppcheck: no findings"
