#!/usr/bin/env bash
# Builds the three WebAssembly modules (the one place their directories are named; the JavaScript
# that loads them names only the www/ layout below), copies them (and the bundled packs' TOML, for
# the rule editor) into www/pkg/, and prints each .wasm's size, raw and gzipped:
#   pkg-main/   the main module (cargo features `extract` and `compiled`: checks, page extraction,
#               and packs loaded in compiled form, `addCompiledPack`), what the extension and the brand-staff
#               page load on every start; www/pkg/ (not an npm package)
#   pkg/        the full module (cargo feature `web`: also the TOML pack compiler, signatures and
#               feeds), loaded only to compile, verify or update packs; npm package `knockoff`,
#               www/pkg/authoring/
#   pkg-check/  the check-only module (no feature: check and validate listings with the bundled
#               packs), for seller forms; npm package `knockoff-check`, www/pkg/check/
# Run scripts/setup.sh first (scripts/run.sh and scripts/test.sh do).
#   --check-only  builds only the check-only module.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

size() {
  raw=$(wc -c < "$1")
  gz=$(gzip -9 -c "$1" | wc -c)
  awk -v f="$1" -v r="$raw" -v g="$gz" 'BEGIN { printf "%s: %d bytes, %d bytes gzipped (%.0f KiB)\n", f, r, g, g / 1024 }'
}

# build OUT NPM-NAME [CARGO-FEATURE-ARGS…]: the module, its bindings and, unless NPM-NAME is
# empty, its npm package in OUT.
build() {
  local out=$1 name=$2
  shift 2
  say "$out: compiling the engine to wasm32 (profile wasm-release) $*"
  # strip=false keeps the target_features section wasm-bindgen reads; wasm-opt strips the rest.
  CARGO_PROFILE_WASM_RELEASE_STRIP=false \
    cargo build --quiet --target wasm32-unknown-unknown --profile wasm-release --no-default-features "$@" --lib

  say "$out: generating JavaScript bindings and types (wasm-bindgen)"
  rm -rf "$out"
  wasm-bindgen --target web --typescript --out-dir "$out" --out-name knockoff \
    target/wasm32-unknown-unknown/wasm-release/knockoff.wasm

  say "$out: optimizing (wasm-opt -O3)"
  # -O3 after rustc's opt-level "s": smaller gzipped than -Oz on this code, and faster. The
  # features rustc's wasm32 target enables by default; wasm-opt must be told to accept them.
  node_modules/.bin/wasm-opt -O3 --strip-debug --strip-producers \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-multivalue --enable-reference-types \
    "$out/knockoff_bg.wasm" -o "$out/knockoff_bg.wasm"

  [ -n "$name" ] || return 0
  say "$out: assembling the npm package $name"
  local version
  version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
  sed -e "s/@VERSION@/$version/" -e "s/@NAME@/$name/" pkg-config/npm/package.json > "$out/package.json"
  cp pkg-config/npm/node.js pkg-config/npm/README.md "$out/"
  rm -f "$out/.gitignore"
}

full=true
[ "${1:-}" = "--check-only" ] && full=false
if $full; then
  build pkg knockoff --features web
  build pkg-main "" --features extract,compiled
  say "copying the modules and the bundled packs into www/"
  # www/pkg/ holds everything generated for the page (gitignored): the main module, the full one
  # as authoring/, and the packs.
  rm -rf www/pkg
  mkdir -p www/pkg/rules
  cp pkg-main/knockoff.js pkg-main/knockoff_bg.wasm pkg-main/knockoff.d.ts www/pkg/
  cp -r pkg www/pkg/authoring
  cp rules/*.toml www/pkg/rules/
  (cd www/pkg/rules && node -e 'console.log(JSON.stringify(process.argv.slice(1)))' *.toml) > www/pkg/rules/index.json
fi

build pkg-check knockoff-check
say "copying the check-only module into www/pkg/check/ (the seller form's)"
rm -rf www/pkg/check
mkdir -p www/pkg
cp -r pkg-check www/pkg/check

if $full; then
  size pkg-main/knockoff_bg.wasm
  size pkg/knockoff_bg.wasm
fi
size pkg-check/knockoff_bg.wasm
