#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, on Debian 12 (or Ubuntu), the packages that building and testing ALT Runner needs and
# that are not there yet. Does nothing when everything is present, so it is cheap to call always.
set -euo pipefail

# clang-format and cppcheck: CI's formatting check and static analysis. dpkg-dev: dpkg-shlibdeps, for the .deb's dependencies.
# (The REST API has its own HTTP/1.1 server on Qt Network;
# Qt HTTP Server is not needed.)
# libqt6sql6-sqlite: the result cache's SQLite driver (Qt SQL's QSQLITE plugin).
# qt6-translations-l10n: Qt's own texts (dialog buttons, context menus) in Turkish.
# libvalijson-dev: valijson, the JSON Schema validator of output contracts (header-only).
# qt6-declarative-dev: Qt Qml's QJSEngine, which runs the `javascript` checks on answers.
# libdtl-dev: the Diff Template Library (header-only), for `altrunner-cli diff`'s line diffs.
# python3-junitparser and chromium: the tests read `test --junit` with a real JUnit reader and
# load `report` in a real browser (headless).
# prometheus: promtool, which the tests run on /metrics (the server itself is not started).
packages=(
    cmake ninja-build g++ pkg-config python3 curl clang-format cppcheck libyaml-dev libnats-dev nats-server
    libvalijson-dev qt6-declarative-dev libdtl-dev python3-junitparser chromium
    dpkg-dev prometheus
    qt6-base-dev qt6-base-dev-tools
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev
    qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite qt6-translations-l10n xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: missing ${missing[*]}, and this is not a Debian-like system:" >&2
    echo "install Qt 6.4+ (Core, Network, Sql + SQLite driver, Widgets, Svg, LinguistTools, Test)," >&2
    echo "CMake 3.21+ and a C++20 compiler, then run cmake yourself (see README.md)." >&2
    exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
        echo "install-deps: missing ${missing[*]}; run as root or install sudo" >&2
        exit 1
    fi
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
