#!/usr/bin/env bash
# The browser extension's checks, as scripts/test.sh runs them:
#   1. the browser code's size limits (sizes.mjs: no file in www/ over 500 lines, no function over 100),
#   2. build both extensions (scripts/build-extension.sh; the module is rebuilt only if stale),
#   3. web-ext lint on the Firefox build, warnings counted as errors,
#   4. the Playwright end-to-end suite on the unpacked Chrome build in Debian's Chromium.
# Needs the root Node packages (scripts/setup.sh --browser installs them and Chromium); installs
# web-ext and acorn into tests/extension/node_modules from its own lock file when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if [ ! -x tests/extension/node_modules/.bin/web-ext ] \
  || [ tests/extension/package-lock.json -nt tests/extension/node_modules/.package-lock.json ]; then
  say "installing web-ext (tests/extension)"
  (cd tests/extension && npm ci --no-audit --no-fund)
fi

say "size limits of www/"
node tests/extension/sizes.mjs

bash scripts/build-extension.sh

say "web-ext lint dist/extension-firefox"
tests/extension/node_modules/.bin/web-ext lint --source-dir dist/extension-firefox --warnings-as-errors --no-input

say "extension end to end (Playwright, Debian Chromium)"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npx playwright test --config tests/extension/playwright.config.mjs
