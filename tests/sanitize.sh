#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds everything with sanitizers and runs the whole test suite under them.
# Usage: tests/sanitize.sh address|thread [--no-gui]    (address = ASan + UBSan)
# --no-gui leaves out the window and its tests: the engine and the console program only, which is
# what CI runs after ./test.sh (about 5 minutes on 2 cores instead of 7).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
kind="${1:-address}"
gui=ON
[ "${2:-}" = "--no-gui" ] && gui=OFF
build="$root/build-$( [ "$kind" = thread ] && echo tsan || echo asan )"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DALTRUNNER_SANITIZE="$kind" \
    -DALTRUNNER_BUILD_GUI=$gui >/dev/null
cmake --build "$build" --parallel
export QT_QPA_PLATFORM=offscreen
# Qt is not instrumented: leaks inside Qt's own singletons are not ours to fix, and TSan needs
# to know Qt's atomics; the suppression files say exactly which.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export LSAN_OPTIONS="suppressions=$here/sanitizers/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Qt's own event loop rather than glib's: one uninstrumented library less under TSan.
export QT_NO_GLIB=1
export TSAN_OPTIONS="suppressions=$here/sanitizers/tsan.supp:halt_on_error=1:second_deadlock_stack=1:die_after_fork=0"
# Left out: the crash test (it kills processes on purpose) and the connection-abuse test, whose
# goals are served-share and resident-memory figures that an instrumented build does not mean.
ctest --test-dir "$build" --output-on-failure --timeout 600 -E "crash_resume|tst_connectionabuse"
