#!/usr/bin/env bash
# Times the real coal binary with hyperfine on generated coalitions of
# 100 to 100,000 groups, beside the floor (the `toml` crate parsing the same
# file, and a `toml_edit` parse plus re-serialisation), and prints the ratios
# and the growth from one size to the next. Also the startup figures on the
# shipped example. Needs hyperfine (`apt-get install hyperfine`) and python3.
#
#   bash benches/run.sh            # all sizes
#   SIZES="1000 10000" bash benches/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin coal --example scale --example floor
coal=$PWD/target/release/coal
floor=$PWD/target/release/examples/floor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export COAL_TODAY=2026-11-25

echo "## Startup, on examples/coalition.toml"
hyperfine -N --warmup 20 --min-runs 200 --export-json "$work/startup.json" \
  "$coal --version" "$coal --file examples/coalition.toml check" > /dev/null
python3 - "$work/startup.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command'].split('/')[-1]:55} {r['mean']*1000:8.2f} ms ± {r['stddev']*1000:.2f}")
PY

for n in ${SIZES:-100 1000 10000 100000}; do
  file=$work/coalition-$n.toml
  target/release/examples/scale "$n" > "$file"
  runs=10; [ "$n" -ge 100000 ] && runs=3
  hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/$n.json" \
    --prepare "cp $file $work/edit.toml" \
    "$floor toml $file" \
    "$floor toml_edit $file" \
    "$coal -f $file check" \
    "$coal -f $file report groups --format json" \
    "$coal -f $file report resources" \
    "$coal -q -f $work/edit.toml add-group Nouveau" \
    > /dev/null
  # One change per side for the merge: ours sets a field, theirs adds a group.
  { cat "$file"; printf '\n[groups.zz-new]\nname = "Nouveau"\n'; } > "$work/theirs-$n.toml"
  sed '0,/power = 1$/s//power = 2/' "$file" > "$work/ours-$n.toml"
  hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/$n-merge.json" \
    --prepare "cp $work/ours-$n.toml $work/ours.toml" \
    "$coal -q merge-driver $file $work/ours.toml $work/theirs-$n.toml" > /dev/null
  for cmd in "$coal -f $file check" "$coal -f $file report groups --format json"; do
    /usr/bin/time -f "%M" -o "$work/rss" $cmd > /dev/null 2>&1 || true
    echo "$n $(stat -c %s "$file") $(cat "$work/rss") $cmd" >> "$work/memory"
  done
  cp "$work/ours-$n.toml" "$work/ours.toml"
  /usr/bin/time -f "%M" -o "$work/rss" "$coal" -q merge-driver "$file" "$work/ours.toml" "$work/theirs-$n.toml" > /dev/null 2>&1 || true
  echo "$n $(stat -c %s "$file") $(cat "$work/rss") coal merge-driver" >> "$work/memory"
done

python3 - "$work" ${SIZES:-100 1000 10000 100000} <<'PY'
import json, sys, os
work, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
names = ["toml parse (floor)", "toml_edit round trip (floor)", "check", "report groups json",
         "report resources", "add-group", "merge-driver"]
times = {}
for n in sizes:
    rs = json.load(open(f"{work}/{n}.json"))["results"]
    merge = json.load(open(f"{work}/{n}-merge.json"))["results"][0]
    times[n] = [r["median"] for r in rs[:6]] + [merge["median"]]
print("\n## Median times (s) and ratios to the floor")
print(f"{'groups':>8} " + " ".join(f"{h[:22]:>23}" for h in names))
for n in sizes:
    print(f"{n:>8} " + " ".join(f"{t:>23.4f}" for t in times[n]))
print(f"\n{'groups':>8} {'check/toml':>12} {'groups json/toml':>17} {'add-group/toml_edit':>20}")
for n in sizes:
    t = times[n]
    print(f"{n:>8} {t[2]/t[0]:>12.2f} {t[3]/t[0]:>17.2f} {t[5]/t[1]:>20.2f}")
print("\n## Growth from one size to the next (x10 groups)")
for a, b in zip(sizes, sizes[1:]):
    print(f"{a:>6} -> {b:<6} " + " ".join(f"{names[i][:14]}: {times[b][i]/times[a][i]:5.1f}x" for i in range(len(names))))
print("\n## Peak memory")
for line in open(f"{work}/memory"):
    n, size, rss, *cmd = line.split()
    print(f"{int(n):>8} groups, file {int(size)/1e6:6.1f} MB: {int(rss)/1e3:8.1f} MB = {int(rss)*1024/int(size):5.1f}x  {' '.join(cmd[2:])}")
PY
