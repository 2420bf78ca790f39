#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb declares what the program needs at run time and no library link names: the SQLite
# driver of Qt SQL (the result cache), the platform plugins (the window), Qt's Turkish texts.
# Builds the package from BUILD_DIR's CPack configuration into a temporary folder and reads its
# Depends with dpkg-deb -f. Usage: tests/packaging/deb_depends.sh BUILD_DIR
set -euo pipefail
build="$1"
command -v dpkg-deb >/dev/null || { echo "deb_depends: dpkg-deb is not installed" >&2; exit 1; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$out" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log" >&2
    exit 1
}
deb="$(ls "$out"/altrunner_*.deb)"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "Depends: $depends"
failed=0
for package in libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n libqt6core6 libyaml-0-2 libnats3.4 libqt6qml6; do
    if ! grep -qE "(^|, )$package( |,|$)" <<<"$depends"; then
        echo "FAIL: the .deb does not depend on $package" >&2
        failed=$((failed + 1))
    fi
done
# The installed files: both programs and the examples the welcome page offers.
files="$(dpkg-deb -c "$deb")"
for path in ./usr/bin/altrunner ./usr/bin/altrunner-cli ./usr/share/altrunner/examples/research_brief.alt; do
    grep -q " $path\$" <<<"$files" || { echo "FAIL: $path is not in the package" >&2; failed=$((failed + 1)); }
done
[ "$failed" -eq 0 ] && echo "deb_depends: 1 passed, 0 failed" || { echo "deb_depends: 0 passed, 1 failed"; exit 1; }
