#!/usr/bin/env bash
# Times the real binary on the shipped example with hyperfine
# (`apt-get install hyperfine`). Run from the repository root:
#   bash benches/startup.sh
# With BASE set to an older build of coal, times it too and prints how much
# slower or faster this build is (issue 18: French and English must keep
# `coal --version` and `coal check` within 1 ms of the build before):
#   git worktree add /tmp/base 84ec566 && (cd /tmp/base && cargo build --release)
#   BASE=/tmp/base/target/release/coal bash benches/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
coal=$PWD/target/release/coal
example=$PWD/examples/coalition.toml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$example" "$work/coalition.toml"
export LANG=C.UTF-8 LC_ALL= LC_MESSAGES= COAL_LANG=

# Each run named, so that the comparison below finds it.
args=(
  -n "--version" "$coal --version"
  -n "check" "$coal --file $example check"
  -n "check in French" "$coal --lang fr --file $example check"
  -n "list groups --format json" "$coal --file $example list groups --format json"
  -n "report overview in French" "$coal --lang fr --file $example report overview"
  -n "update-group" "$coal --file $work/coalition.toml update-group food-coop --power 2"
)
if [[ -n "${BASE:-}" ]]; then
  args+=(-n "before: --version" "$BASE --version" -n "before: check" "$BASE --file $example check")
fi
hyperfine --warmup 20 --min-runs 200 -N --export-json "$work/times.json" "${args[@]}"

if [[ -n "${BASE:-}" ]]; then
  python3 - "$work/times.json" <<'PY'
import json, sys
times = {r["command"]: (r["mean"] * 1000, r["stddev"] * 1000)
         for r in json.load(open(sys.argv[1]))["results"]}
for run in ["--version", "check"]:
    (now, now_sd), (before, before_sd) = times[run], times[f"before: {run}"]
    print(f"coal {run:10} now {now:6.2f} ms ± {now_sd:.2f}, before {before:6.2f} ms ± {before_sd:.2f}:"
          f" {now - before:+.2f} ms")
PY
fi
