#!/usr/bin/env bash
# The test command: everything CI runs, in order, stopping at the first failure.
#   formatting, lints (native and wasm32), Rust tests, the packs' own examples, the WebAssembly
#   suites in Node and headless Chromium, the npm package, the WebAssembly/CLI cross-check, the
#   web page's, seller form's and extension's end-to-end tests (Chromium) and the Firefox build's
#   smoke suite (firefox-esr). Installs whatever is missing first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

current=""
step() {
  current="$1"
  printf '\n\033[1m==> %s\033[0m\n' "$1"
}
trap 'status=$?; [ $status -eq 0 ] || printf "\n\033[1;31mFAILED: %s (exit %d)\033[0m\n" "$current" "$status" >&2' EXIT

step "setup"
bash scripts/setup.sh --browser

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/webdriver.json
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
wasm_tests=(--target wasm32-unknown-unknown --no-default-features --features web --test wasm_node --test wasm_browser)

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy (native, all targets)"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32: library and its test suites)"
cargo clippy "${wasm_tests[@]}" --lib -- -D warnings

step "cargo test"
cargo test

step "rule packs' examples (knockoff rules test rules/)"
cargo run --quiet -- rules test rules/

step "WebAssembly tests in Node (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --no-default-features --features web --test wasm_node

step "WebAssembly tests in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --no-default-features --features web --test wasm_browser

step "build the WebAssembly module and npm package"
bash scripts/build-wasm.sh

step "npm package in Node, and WebAssembly = CLI cross-check"
cargo build --quiet
node --test tests/npm/ tests/crosscheck.test.mjs tests/export.test.mjs

step "web page end to end (Playwright, Debian Chromium)"
npx playwright test --config tests/e2e/playwright.config.mjs

step "seller form end to end (Playwright, Debian Chromium) and validateListing speed in Node"
npx playwright test --config tests/form/playwright.config.mjs
node tests/form/bench.mjs

step "browser extension: size limits of www/, build, web-ext lint of the Firefox build, end to end (Playwright, Debian Chromium)"
bash tests/extension/run.sh

step "Firefox build end to end (firefox-esr headless via geckodriver, temporary add-on)"
bash tests/firefox/run.sh

current="all tests"
printf '\n\033[1;32mAll tests passed.\033[0m\n'
