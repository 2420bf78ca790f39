#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the OpenAPI linter the tests run (Redocly CLI, from the npm registry) into
# build/tools/redocly, once. Installs Node.js and npm from Debian's packages first if missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/build/tools/redocly"
version="2.77.0"
[ -x "$dest/node_modules/.bin/redocly" ] && exit 0
if ! command -v npm >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "install-lint-tools: installing nodejs and npm" >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
mkdir -p "$dest"
echo "install-lint-tools: installing @redocly/cli@$version" >&2
npm install --prefix "$dest" --no-audit --no-fund --loglevel=error "@redocly/cli@$version" >/dev/null
