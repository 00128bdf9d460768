#!/usr/bin/env bash
# Times `coal history --format json` on git histories of 250, 500, 1,000
# and 2,000 commits of a 100-group coalition file (issue 19 asks for 1,000
# commits in under 2 s, and a time linear in the number of commits). Needs
# hyperfine and python3. Run from anywhere:
#
#   bash benches/history.sh                 # 250 500 1000 2000 commits
#   COMMITS="1000" bash benches/history.sh
#   KEEP=1 bash benches/history.sh          # keep the repositories, to profile
#
# Each history starts from the generator's 100-group file
# (`benches/generate.rs`) and is written in one `git fast-import`. A commit
# changes one to three tracked fields (status, participation, spectrum,
# spectrum target, power, interest, unpredictability, impacted, public) of
# one to three groups. Five groups are renamed along the way, as `coal
# rename-group` leaves them (the id changes everywhere, the name stays); two
# branches of ten commits each (while main gets ten) are merged back; one
# version does not parse and the next one mends it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin coal --example scale
coal=$PWD/target/release/coal
scale=$PWD/target/release/examples/scale
work=$(mktemp -d)
if [[ -n "${KEEP:-}" ]]; then
  echo "repositories kept in $work"
else
  trap 'rm -rf "$work"' EXIT
fi
export COAL_TODAY=2026-11-25 LANG=C.UTF-8 LC_ALL= LC_MESSAGES= COAL_LANG=
sizes=${COMMITS:-250 500 1000 2000}
"$scale" 100 > "$work/base.toml"

# The fast-import stream of a history of N commits of the file.
cat > "$work/history.py" <<'PY'
import copy, random, re, sys

n = int(sys.argv[1])
base = open(sys.argv[2], encoding="utf-8").read()
random.seed(19)
out = sys.stdout.buffer

# The file as the generator writes it: what comes before the groups, one
# block of lines per group, and the rest (which names groups by id).
start, end = base.index("# Groupe 0:"), base.index("[tactics.")
prelude, rest = base[:start], base[end:]
blocks = [b.split("\n") for b in base[start:end].strip("\n").split("\n\n")]
assert len(blocks) == 100, len(blocks)

VALUES = {
    "status": ['"prospect"', '"contacted"', '"dialogue"', '"member"', '"watch"', '"left"'],
    "participation": ['"core"', '"active"', '"supporter"', '"observer"'],
    "spectrum": ['"active_ally"', '"passive_ally"', '"neutral"',
                 '"passive_opposition"', '"active_opposition"'],
    "power": ["1", "2", "3", "4", "5"],
    "interest": ["1", "2", "3", "4", "5"],
    "unpredictability": ["1", "2", "3", "4", "5"],
    "impacted": ["true", "false"],
    "public": ["true", "false"],
}
VALUES["spectrum_target"] = VALUES["spectrum"]
AUTHORS = [("Amina Diallo", "amina@example.org"), ("Jean Tremblay", "jean@example.org"),
           ("Lucie Roy", "lucie@example.org")]


def set_field(block, key, value):
    for i, line in enumerate(block):
        if line.startswith(key + " = "):
            block[i] = f"{key} = {value}"
            return
    at = next(i for i, line in enumerate(block) if line.startswith("name = "))
    block.insert(at + 1, f"{key} = {value}")


def group_id(block):
    return re.match(r"\[groups\.([a-z0-9-]+)\]", block[1]).group(1)


def render(state):
    blocks, rest = state
    return prelude + "\n\n".join("\n".join(b) for b in blocks) + "\n\n" + rest


def change(state, among):
    """One to three groups of `among` (indices) get one to three fields changed."""
    blocks, _ = state
    said = []
    for g in random.sample(among, random.randint(1, 3)):
        for key in random.sample(sorted(VALUES), random.randint(1, 3)):
            value = random.choice(VALUES[key])
            set_field(blocks[g], key, value)
            said.append(f"{group_id(blocks[g])} {key} {value.strip(chr(34))}")
    return "Assemblée: " + ", ".join(said)


def rename(state, g):
    blocks, rest = state
    old = group_id(blocks[g])
    new = old + "-r"
    blocks[g][1] = f"[groups.{new}]"
    return (blocks, rest.replace(f'"{old}"', f'"{new}"')), f"rename-group {old} {new}"


marks = 0
when = 1735689600  # 2025-01-01


def commit(ref, text, subject, parents):
    """Writes the version and its commit; returns the commit's mark."""
    global marks, when
    data = text.encode("utf-8")
    marks += 1
    out.write(b"blob\nmark :%d\ndata %d\n" % (marks, len(data)) + data + b"\n")
    blob = marks
    marks += 1
    when += 3600
    name, email = AUTHORS[marks % len(AUTHORS)]
    who = f"{name} <{email}> {when} +0000".encode()
    message = subject.encode("utf-8")
    out.write(b"commit %s\nmark :%d\nauthor %s\ncommitter %s\ndata %d\n%s\n"
              % (ref.encode(), marks, who, who, len(message), message))
    if parents:
        out.write(b"from :%d\n" % parents[0])
        for other in parents[1:]:
            out.write(b"merge :%d\n" % other)
    out.write(b"M 100644 :%d coalition.toml\n\n" % blob)
    return marks


state = (blocks, rest)
head = commit("refs/heads/main", render(state), "Début du fichier de la coalition", [])
made = 1
side_length = 20
# What happens when, in the order of the commits; an event waits for the
# one before it to be over.
events = sorted([(n // 3, "branch"), (2 * n // 3, "branch"), (n // 2, "broken")]
                + [(n * k // 6 + 7, "rename") for k in range(1, 6)])
renamed = 0
while made < n:
    event = events.pop(0)[1] if events and made >= events[0][0] else "change"
    if event == "branch" and n - made > side_length:
        # A branch: main changes the first fifty groups, the branch the
        # others, so that the merge takes each side's groups.
        side = copy.deepcopy(state)
        side_head = head
        for k in range(side_length):
            if k % 2:
                subject = change(state, list(range(50)))
                head = commit("refs/heads/main", render(state), subject, [head])
            else:
                subject = change(side, list(range(50, 100)))
                side_head = commit("refs/heads/side", render(side), subject, [side_head])
            made += 1
        state = (state[0][:50] + side[0][50:], state[1])
        head = commit("refs/heads/main", render(state), "Merge branch 'side'", [head, side_head])
        made += 1
    elif event == "rename":
        state, subject = rename(state, renamed * 17 % 100)
        renamed += 1
        head = commit("refs/heads/main", render(state), subject, [head])
        made += 1
    elif event == "broken" and n - made > 1:
        head = commit("refs/heads/main", render(state) + "\n[groups\n", "Notes de la réunion", [head])
        subject = change(state, list(range(100)))
        head = commit("refs/heads/main", render(state), "Réparé: " + subject, [head])
        made += 2
    else:
        subject = change(state, list(range(100)))
        head = commit("refs/heads/main", render(state), subject, [head])
        made += 1
PY

for n in $sizes; do
  repo=$work/h$n
  git -c init.defaultBranch=main init -q "$repo"
  python3 "$work/history.py" "$n" "$work/base.toml" | git -C "$repo" fast-import --quiet
  git -C "$repo" reset -q --hard main
  commits=$(git -C "$repo" rev-list --count main)
  changes=$("$coal" -q -f "$repo/coalition.toml" history --format json |
    python3 -c 'import json, sys; h = json.load(sys.stdin); print(len(h["changes"]), len(h["skipped"]))')
  echo "$n: $commits commits, $(git -C "$repo" rev-list --count --merges main) merges, changes and skipped: $changes"
done

args=()
for n in $sizes; do
  args+=(-n "$n" "$coal -q -f $work/h$n/coalition.toml history --format json")
done
hyperfine -N --warmup 1 --min-runs 5 --export-json "$work/times.json" "${args[@]}" > /dev/null

python3 - "$work/times.json" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["results"]
# The CPU time (user and system, mean) beside the wall time: on a machine
# other work shares, it moves less.
print(f"{'commits':>8} {'median':>10} {'per commit':>11} {'CPU':>9}   growth (median, CPU)")
before = None
for run in runs:
    n, median = int(run["command"]), run["median"]
    cpu = run["user"] + run["system"]
    growth = (f"{median / before[1]:.2f}×, {cpu / before[2]:.2f}× for {n / before[0]:.0f}×"
              if before else "")
    print(f"{n:>8} {median * 1000:8.0f} ms {median / n * 1e6:8.0f} µs {cpu * 1000:6.0f} ms   {growth}")
    before = (n, median, cpu)
PY
