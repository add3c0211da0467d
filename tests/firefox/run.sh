#!/usr/bin/env bash
# The Firefox build's end-to-end smoke suite, as scripts/test.sh runs it: builds the extension
# (scripts/build-extension.sh; the module is rebuilt only if stale), then drives Debian's
# firefox-esr headless through geckodriver (tests/firefox/smoke.mjs). Needs firefox-esr and
# geckodriver: scripts/setup.sh --browser installs both.
set -euo pipefail
cd "$(dirname "$0")/../.."

export PATH="$HOME/.cargo/bin:$PATH"
command -v "${GECKODRIVER:-geckodriver}" >/dev/null || { echo "tests/firefox/run.sh: no geckodriver (bash scripts/setup.sh --browser)" >&2; exit 1; }
[ -x "${FIREFOX:-/usr/bin/firefox-esr}" ] || { echo "tests/firefox/run.sh: no firefox-esr (bash scripts/setup.sh --browser)" >&2; exit 1; }

bash scripts/build-extension.sh >/dev/null
printf '\033[1m==> %s\033[0m\n' "Firefox smoke suite (firefox-esr, geckodriver)"
MOZ_HEADLESS=1 node tests/firefox/smoke.mjs
