#!/usr/bin/env bash
# The main command: installs what is missing, builds the WebAssembly module (and the browser
# extension), then serves the brand-staff page on http://127.0.0.1:8080/ (PORT=… to change).
# Nothing is fetched at run time and the server listens on the loopback address only.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build-wasm.sh

bash scripts/build-extension.sh

exec node scripts/serve.mjs --port "${PORT:-8080}"
