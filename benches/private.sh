#!/usr/bin/env bash
# Times `coal check` with a sealed private overlay (issue 20): on the
# shipped example (target: under 20 ms), and at 10,000 groups against the
# same coalition as one file (target: under 1.5 times). Needs hyperfine,
# age, age-keygen and python3. Run from anywhere:
#
#   bash benches/private.sh
#   SIZE=1000 bash benches/private.sh       # another size for the large file
#   KEEP=1 bash benches/private.sh          # keep the files, to profile
#
# Each coalition is split by `coal private init` and sealed with age to a
# fresh key (listed as the organizers'), which COAL_AGE_IDENTITY names:
# every run opens the overlay in memory, merges it and checks the whole
# coalition.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin coal --example scale
coal=$PWD/target/release/coal
scale=$PWD/target/release/examples/scale
work=$(mktemp -d)
if [[ -n "${KEEP:-}" ]]; then
  echo "files kept in $work"
else
  trap 'rm -rf "$work"' EXIT
fi
export COAL_TODAY=2026-11-25 LANG=C.UTF-8 LC_ALL= LC_MESSAGES= COAL_LANG=
size=${SIZE:-10000}

age-keygen -o "$work/key.txt" 2> /dev/null
key=$(age-keygen -y "$work/key.txt")
export COAL_AGE_IDENTITY=$work/key.txt

# A folder holding the coalition $2 as one file, and one holding it split
# and sealed.
setup() {
  local name=$1 source=$2
  mkdir -p "$work/$name-one" "$work/$name-sealed"
  cp "$source" "$work/$name-one/coalition.toml"
  cp "$source" "$work/$name-sealed/coalition.toml"
  (
    cd "$work/$name-sealed"
    "$coal" --quiet private init > /dev/null
    # Sealed as coal seals (armoured, to the organizers' key), by age itself.
    age --armor --recipient "$key" --output coalition.private.toml.age coalition.private.toml
    rm coalition.private.toml
    sed -i "0,/^\[coalition\]\$/s//[coalition]\norganizers = [\"$key\"]/" coalition.toml
    grep -q "^organizers" coalition.toml
  )
}
setup example examples/coalition.toml
"$scale" "$size" > "$work/big.toml"
setup big "$work/big.toml"

# A check that finds warnings exits 1: that is not a failed run.
hyperfine -N -i --warmup 10 --min-runs 100 --export-json "$work/example.json" \
  -n "example, one file" "$coal --file $work/example-one/coalition.toml check" \
  -n "example, sealed overlay" "$coal --file $work/example-sealed/coalition.toml check"
hyperfine -N -i --warmup 3 --min-runs 30 --export-json "$work/big.json" \
  -n "$size groups, one file" "$coal --file $work/big-one/coalition.toml check" \
  -n "$size groups, sealed overlay" "$coal --file $work/big-sealed/coalition.toml check"

python3 - "$work/example.json" "$work/big.json" "$size" <<'PY'
import json, sys
# The median wall time, and the mean CPU time (user and system), which
# moves less when other work shares the machine.
def times(path):
    return {r["command"]: (r["median"] * 1000, (r["user"] + r["system"]) * 1000)
            for r in json.load(open(path))["results"]}
example, big, size = times(sys.argv[1]), times(sys.argv[2]), sys.argv[3]
(one, _), (sealed, _) = example["example, one file"], example["example, sealed overlay"]
print(f"example: one file {one:.1f} ms, sealed overlay {sealed:.1f} ms (target < 20 ms)")
(one, one_cpu), (sealed, sealed_cpu) = big[f"{size} groups, one file"], big[f"{size} groups, sealed overlay"]
print(f"{size} groups: one file {one:.0f} ms, sealed overlay {sealed:.0f} ms:"
      f" {sealed / one:.2f}x (target < 1.5x); CPU time {one_cpu:.0f} ms and"
      f" {sealed_cpu:.0f} ms: {sealed_cpu / one_cpu:.2f}x")
PY
