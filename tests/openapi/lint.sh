#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The OpenAPI document as a third-party tool reads it: fetched from a running
# `altrunner-cli serve` (so its servers entry is the real address) and linted by Redocly CLI
# with the recommended-strict rules. Usage: lint.sh BUILD_DIR
set -euo pipefail
build="$1"
here="$(cd "$(dirname "$0")" && pwd)"
# Installed once into the main build folder (the sanitizer builds use the same one).
redocly="$here/../../build/tools/redocly/node_modules/.bin/redocly"
if [ ! -x "$redocly" ]; then
    echo "openapi lint: Redocly CLI is not installed; run scripts/install-lint-tools.sh" >&2
    exit 1
fi
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
OUTPUT_DIR="$work" "$build/bin/altrunner-cli" serve --port "$port" >"$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/openapi.json" -o "$work/openapi.json" && break
    sleep 0.1
done
grep -q "\"url\": \"http://127.0.0.1:$port\"" "$work/openapi.json" || {
    echo "openapi lint: servers does not name the port served ($port)" >&2
    exit 1
}
printf 'extends:\n  - recommended-strict\n' >"$work/redocly.yaml"
cd "$work"
NO_UPDATE_NOTIFIER=1 REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
    "$redocly" lint openapi.json --config redocly.yaml
