#!/usr/bin/env bash
# Installs what building and testing knockoff needs, skipping whatever is already there, so it is
# quick to run before every build. Assumes rustup and Node 20+; installs the rest:
#   - Rust: the wasm32-unknown-unknown target, rustfmt, clippy;
#   - wasm-bindgen-cli at exactly the version Cargo.lock pins (the CLI must match the crate);
#   - Node packages from package-lock.json (Playwright, binaryen's wasm-opt), no browser download;
#   - with --browser: Debian's chromium and chromium-driver, and Debian's firefox-esr with geckodriver
#     (built from crates.io at a pinned version), for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=false
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=true ;;
    *) echo "setup.sh: unknown argument $arg (use --browser)" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'setup.sh: %s\n' "$*" >&2; exit 1; }

command -v rustup >/dev/null || die "rustup is missing: install Rust from rustup first"
command -v node >/dev/null || die "node is missing: install Node.js 20 or newer"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "Node.js $(node --version) is too old: knockoff needs 20 or newer"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding Rust component $component"
    rustup component add "$component"
  fi
done

# The version of the wasm-bindgen crate that Cargo.lock resolved.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
[ -n "$bindgen_version" ] || die "no wasm-bindgen in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (takes a few minutes)"
  cargo install wasm-bindgen-cli --version "=$bindgen_version"
fi

# npm writes node_modules/.package-lock.json on install; it is older than package-lock.json
# only when the dependencies changed since.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing Node packages (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if $want_browser && ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }; then
  say "installing Debian's chromium and chromium-driver"
  command -v apt-get >/dev/null || die "no apt-get: install Chromium and chromedriver at /usr/bin yourself"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends chromium chromium-driver \
    || { apt-get update && apt-get install -y --no-install-recommends chromium chromium-driver; }
fi

if $want_browser && [ ! -x /usr/bin/firefox-esr ]; then
  say "installing Debian's firefox-esr"
  command -v apt-get >/dev/null || die "no apt-get: install Firefox ESR at /usr/bin/firefox-esr yourself"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends firefox-esr \
    || { apt-get update && apt-get install -y --no-install-recommends firefox-esr; }
fi

# geckodriver drives firefox-esr in tests/firefox; the npm wrappers download a binary, so build it.
# A debug build: half the compile time, and a WebDriver proxy needs no optimizing.
geckodriver_version=0.37.1
if $want_browser && [ "$(geckodriver --version 2>/dev/null | head -n 1 | cut -d' ' -f2)" != "$geckodriver_version" ]; then
  say "installing geckodriver $geckodriver_version (takes a few minutes)"
  cargo install geckodriver --locked --debug --version "=$geckodriver_version"
fi
exit 0
