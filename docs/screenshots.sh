#!/usr/bin/env bash
# Makes the README's pictures of the handout and the map from the shipped
# example: coal writes each page, headless Chromium photographs it as a
# laptop shows it, and pngquant makes the picture small enough to commit.
# Needs chromium and pngquant (`apt-get install chromium pngquant`).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cargo build --quiet
for kind in handout map; do
  COAL_TODAY=2026-11-25 target/debug/coal --file examples/coalition.toml \
    report "$kind" --format html -o "$scratch/$kind.html"
  chromium --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$scratch/profile-$kind" \
    --window-size=1000,1400 --screenshot="$scratch/$kind.png" \
    "file://$scratch/$kind.html" 2>/dev/null
  pngquant --force --quality=50-80 --output "docs/$kind.png" "$scratch/$kind.png"
done
ls -l docs/*.png
