#!/usr/bin/env bash
# Runs one cargo-fuzz target for a number of seconds, one process on one core, and prints
# libFuzzer's final stats (executions, exec/s). Usage: scripts/fuzz.sh TARGET [SECONDS]
#   scripts/fuzz.sh --list       the targets
# Needs cargo-fuzz (`cargo install cargo-fuzz --locked`) and a nightly toolchain for the
# sanitizer flags (`rustup toolchain install nightly`). The committed seeds live in
# fuzz/seeds/TARGET; units the fuzzer finds go to fuzz/corpus/TARGET (not committed), crashes to
# fuzz/artifacts/TARGET.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--list" ]; then
  exec cargo +nightly fuzz list
fi
target=${1:?usage: scripts/fuzz.sh TARGET [SECONDS]}
seconds=${2:-300}
mkdir -p "fuzz/corpus/$target"
cargo +nightly fuzz run "$target" "fuzz/corpus/$target" "fuzz/seeds/$target" -- \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
