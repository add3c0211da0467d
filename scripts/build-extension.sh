#!/usr/bin/env bash
# Builds the browser extension: dist/extension-chrome/ and dist/extension-firefox/ (unpacked,
# ready to load) and their zips, from the shared source in www/extension/, the per-browser
# manifests in pkg-config/extension/ and the WebAssembly modules as scripts/build-wasm.sh lays them
# out in www/pkg/: the main module there, the authoring module in authoring/.
#
# The modules are rebuilt (scripts/build-wasm.sh) only when the Rust sources or rule packs are
# newer than www/pkg/. KNOCKOFF_PKG=DIR takes already built modules from DIR, laid out the same.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'build-extension.sh: %s\n' "$*" >&2; exit 1; }

pkg=${KNOCKOFF_PKG:-www/pkg}
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
[ -n "$version" ] || die "no version in Cargo.toml"

stale() {
  [ -f "$pkg/knockoff_bg.wasm" ] && [ -f "$pkg/knockoff.js" ] && [ -f "$pkg/authoring/knockoff_bg.wasm" ] || return 0
  [ -n "$(find src rules build.rs Cargo.toml Cargo.lock -newer "$pkg/knockoff_bg.wasm" -type f 2>/dev/null | head -n 1)" ]
}

if [ -z "${KNOCKOFF_PKG:-}" ] && stale; then
  bash scripts/build-wasm.sh
else
  say "WebAssembly modules in $pkg/ are up to date"
fi
for module in "$pkg" "$pkg/authoring"; do
  [ -f "$module/knockoff_bg.wasm" ] && [ -f "$module/knockoff.js" ] || die "no module in $module/ (knockoff.js, knockoff_bg.wasm)"
done

for browser in chrome firefox; do
  out=dist/extension-$browser
  say "assembling $out/"
  rm -rf "$out"
  mkdir -p "$out/pkg/authoring" "$out/icons" "$out/app" "$out/shared" "$out/content" "$out/background"
  cp www/extension/*.js www/extension/*.html www/extension/*.css "$out/"
  cp www/extension/content/*.js "$out/content/"
  cp www/extension/background/*.js "$out/background/"
  # The brand-staff page's results table and evidence export, shared rather than rewritten.
  cp www/app/table.js www/app/export.js www/app/view.js www/app/style.css "$out/app/"
  # The facts every surface shares (generated from Rust) and the one DOM helper: as modules for
  # the extension's pages, as classic scripts for the content script (listed in the manifests).
  cp www/shared/*.js "$out/shared/"
  for shared in facts dom; do
    node pkg-config/extension/classic.mjs "www/shared/$shared.js" "$shared" > "$out/content/$shared.js"
  done
  cp www/extension/icons/*.png "$out/icons/"
  cp "$pkg/knockoff.js" "$pkg/knockoff_bg.wasm" "$out/pkg/"
  cp "$pkg/authoring/knockoff.js" "$pkg/authoring/knockoff_bg.wasm" "$out/pkg/authoring/"
  sed "s/@VERSION@/$version/" "pkg-config/extension/$browser/manifest.json" > "$out/manifest.json"
  rm -f "dist/knockoff-extension-$browser.zip"
  node pkg-config/extension/zip.mjs "$out" "dist/knockoff-extension-$browser.zip"
done

size=$(wc -c < dist/knockoff-extension-chrome.zip)
cat <<MSG

knockoff extension $version built ($((size / 1024)) KiB zipped):
  Chrome/Chromium: open chrome://extensions, turn on "Developer mode", "Load unpacked",
                   choose $(pwd)/dist/extension-chrome
  Firefox:         open about:debugging#/runtime/this-firefox, "Load Temporary Add-on...",
                   choose $(pwd)/dist/extension-firefox/manifest.json
  Zips:            dist/knockoff-extension-chrome.zip, dist/knockoff-extension-firefox.zip
MSG
