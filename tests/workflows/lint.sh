#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The GitHub workflows as GitHub reads them: each validated against the workflow schema by
# @action-validator/cli (installed by scripts/install-lint-tools.sh), and the release workflow
# checked for what the build needs: libyaml, the NATS C client and pkg-config on every system,
# and no Qt HTTP Server (the REST API runs on Qt Network). Usage: lint.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
validator="$root/build/tools/action-validator/node_modules/.bin/action-validator"
if [ ! -x "$validator" ]; then
    echo "workflow lint: @action-validator/cli is not installed; run scripts/install-lint-tools.sh" >&2
    exit 1
fi
failed=0
for workflow in "$root"/.github/workflows/*.yml; do
    if ! "$validator" "$workflow"; then
        echo "FAIL: $(basename "$workflow") is not a valid workflow" >&2
        failed=$((failed + 1))
    fi
done
release="$root/.github/workflows/release.yml"
if grep -qi "qthttpserver" "$root"/.github/workflows/*.yml; then
    echo "FAIL: a workflow still installs Qt HTTP Server" >&2
    failed=$((failed + 1))
fi
# Each system's step installs the libraries pkg-config finds for engine/alt and engine/archive.
for need in "libyaml-dev libnats-dev libvalijson-dev libdtl-dev" "pkg-config" "brew install .*libyaml.*cnats valijson" "cubicdaiya/dtl" "vcpkg.exe\" install libyaml cnats valijson dtl" "pkgconfiglite"; do
    if ! grep -qE "$need" "$release"; then
        echo "FAIL: release.yml does not install: $need" >&2
        failed=$((failed + 1))
    fi
done
if [ "$failed" -eq 0 ]; then
    echo "workflow lint: 1 passed, 0 failed"
else
    echo "workflow lint: 0 passed, 1 failed"
    exit 1
fi
