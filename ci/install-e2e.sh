#!/usr/bin/env bash
# Installs what the browser end-to-end test (crates/server/tests/browser.rs)
# needs on a fresh Debian machine: Debian's Chromium, and playwright-core from
# the npm registry at the version pinned in crates/server/e2e/package-lock.json.
# Node.js and npm come with the machine. Safe to run more than once.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "install-e2e: node and npm are required (Debian: apt-get install -y nodejs npm)" >&2
  exit 1
fi

(cd crates/server/e2e && npm ci --no-audit --no-fund)
echo "install-e2e: chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), node $(node --version), playwright-core ready"
