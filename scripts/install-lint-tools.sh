#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the linters the tests run, from the npm registry, once each: the OpenAPI linter
# (Redocly CLI) into build/tools/redocly and the GitHub workflow validator (@action-validator/cli)
# into build/tools/action-validator. Installs Node.js and npm from Debian's packages first if
# missing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dest="$root/build/tools/redocly"
version="2.77.0"
validator="$root/build/tools/action-validator"
validator_version="0.6.0"
[ -x "$dest/node_modules/.bin/redocly" ] && [ -x "$validator/node_modules/.bin/action-validator" ] &&
    exit 0
if ! command -v npm >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "install-lint-tools: installing nodejs and npm" >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
if [ ! -x "$dest/node_modules/.bin/redocly" ]; then
    mkdir -p "$dest"
    echo "install-lint-tools: installing @redocly/cli@$version" >&2
    npm install --prefix "$dest" --no-audit --no-fund --loglevel=error "@redocly/cli@$version" >/dev/null
fi
if [ ! -x "$validator/node_modules/.bin/action-validator" ]; then
    mkdir -p "$validator"
    echo "install-lint-tools: installing @action-validator/cli@$validator_version" >&2
    npm install --prefix "$validator" --no-audit --no-fund --loglevel=error \
        "@action-validator/cli@$validator_version" "@action-validator/core@$validator_version" >/dev/null
fi
