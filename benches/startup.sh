#!/usr/bin/env bash
# Times the real binary on the shipped example with hyperfine
# (`apt-get install hyperfine`). Run from the repository root:
#   bash benches/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
coal=target/release/coal
example=examples/coalition.toml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$example" "$work/coalition.toml"

hyperfine --warmup 20 --min-runs 200 -N \
  "$coal --version" \
  "$coal --file $example check" \
  "$coal --file $example list groups --format json" \
  "$coal --file $work/coalition.toml update-group food-coop --power 2"
