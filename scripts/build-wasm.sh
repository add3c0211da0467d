#!/usr/bin/env bash
# Builds the WebAssembly module and its npm package into pkg/, copies it (and the bundled packs'
# TOML, for the rule editor) into www/, and prints the gzipped size of the .wasm.
# Run scripts/setup.sh first (scripts/run.sh and scripts/test.sh do).
#   --check-only  builds the module without page extraction (and its HTML parser), the one a
#                 seller form needs, into pkg-check/, and prints its size; nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

features=(--features web)
out=pkg
if [ "${1:-}" = "--check-only" ]; then
  features=()
  out=pkg-check
fi

say "compiling the engine to wasm32 (profile wasm-release)"
# strip=false keeps the target_features section wasm-bindgen reads; wasm-opt strips the rest.
CARGO_PROFILE_WASM_RELEASE_STRIP=false \
  cargo build --quiet --target wasm32-unknown-unknown --profile wasm-release --no-default-features "${features[@]}" --lib

say "generating JavaScript bindings and types (wasm-bindgen)"
rm -rf "$out"
wasm-bindgen --target web --typescript --out-dir "$out" --out-name knockoff \
  target/wasm32-unknown-unknown/wasm-release/knockoff.wasm

say "optimizing for size (wasm-opt -Oz)"
# The features rustc's wasm32 target enables by default; wasm-opt must be told to accept them.
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-multivalue --enable-reference-types \
  "$out/knockoff_bg.wasm" -o "$out/knockoff_bg.wasm"

size() {
  raw=$(wc -c < "$1")
  gz=$(gzip -9 -c "$1" | wc -c)
  awk -v f="$1" -v r="$raw" -v g="$gz" 'BEGIN { printf "%s: %d bytes, %d bytes gzipped (%.0f KiB)\n", f, r, g, g / 1024 }'
}
if [ "$out" = pkg-check ]; then
  size pkg-check/knockoff_bg.wasm
  exit 0
fi

say "assembling the npm package"
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
sed "s/@VERSION@/$version/" pkg-config/npm/package.json > pkg/package.json
cp pkg-config/npm/node.js pkg-config/npm/README.md pkg/
rm -f pkg/.gitignore

say "copying the module and the bundled packs into www/"
# www/pkg/ holds everything generated for the page (gitignored): the package and the packs.
rm -rf www/pkg
cp -r pkg www/pkg
mkdir -p www/pkg/rules
cp rules/*.toml www/pkg/rules/
(cd www/pkg/rules && node -e 'console.log(JSON.stringify(process.argv.slice(1)))' *.toml) > www/pkg/rules/index.json

size pkg/knockoff_bg.wasm
