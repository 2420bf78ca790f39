#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the benchmarks against the built binaries and prints each figure next to its reference,
# measured in the same run. Usage: tests/benchmarks/run_benchmarks.sh [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build}"
cli="$build/bin/altrunner-cli"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v python3 >/dev/null || { echo "python3 is needed for the benchmarks" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time (Debian package 'time') is needed" >&2; exit 1; }

measure() { # prints "seconds peak_kb" for a command
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
    cat "$work/time"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
for n in 100000; do
    alt="$work/noop$n.alt"
    python3 "$here/gen_alt.py" "$n" "$alt"
    size=$(stat -c %s "$alt")
    read -r vt vm < <(measure "$cli" validate "$alt")
    read -r rt rm < <(OUTPUT_DIR="$work/out" measure "$cli" run "$alt" --concurrency 64)
    last=$(ls "$work"/out/last_*.json | head -1)
    ref=$(python3 "$here/python_reference.py" "$alt" "$last" "$work/ref.json")
    echo "$n noop tasks, ALT file $((size / 1024)) KiB:"
    echo "  validate:             ${vt} s, peak ${vm} KiB"
    echo "  validate+run+write:   ${rt} s, peak ${rm} KiB ($(python3 -c "print(f'{$rm*1024/$size:.1f}')")x the ALT file; goal <= 15x)"
    echo "  Python json reference: ${ref} s  (ratio $(python3 -c "print(f'{$rt/$ref:.2f}')"); goal <= 3x)"
    rm -rf "$work/out"
done
