#!/usr/bin/env bash
# Check that a change leaves what users see byte for byte as it was: `extract`
# (CSV and JSON Lines), `speakers` and `diff` on the seeds, the fuzz corpus and,
# where they exist beside the checkout, the PolNeAR article sets.
#
#   scripts/same-output.sh BASE_REV        # build BASE_REV and the working tree, compare
#   BASE_BIN=path/to/whosaid scripts/same-output.sh   # compare against a binary already built
#
# Exits 0 when every output is identical, 1 when one differs (the first lines of
# each difference are shown), 2 on a usage or build error.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ -z "${BASE_BIN:-}" ]]; then
  if [[ $# -ne 1 ]]; then
    echo "usage: scripts/same-output.sh BASE_REV (or BASE_BIN=FILE scripts/same-output.sh)" >&2
    exit 2
  fi
  git worktree add --detach -q "$work/base" "$1"
  trap 'git worktree remove --force "$work/base" >/dev/null 2>&1; rm -rf "$work"' EXIT
  (cd "$work/base" && CARGO_TARGET_DIR="$root/target/same-output-base" \
    cargo build --release --locked -q --bin whosaid) || exit 2
  BASE_BIN="$root/target/same-output-base/release/whosaid"
fi
cargo build --release --locked -q --bin whosaid || exit 2
NEW_BIN="$root/target/release/whosaid"

# The inputs: (name, what to pass to the commands).
corpora=(seeds)
for set in polnear-dev polnear-train; do
  [[ -d ../shared/$set/texts ]] && corpora+=("../shared/$set/texts")
done
find fuzz/corpus/extract -type f | sort >"$work/fuzz.list"

run_all() {
  local bin=$1 out=$2
  mkdir -p "$out"
  local i=0
  for c in "${corpora[@]}"; do
    i=$((i + 1))
    "$bin" extract -j 2 "$c" >"$out/extract.$i.csv" 2>"$out/extract.$i.err" || true
    "$bin" extract -j 2 --format jsonl "$c" >"$out/extract.$i.jsonl" 2>/dev/null || true
    "$bin" speakers --format jsonl "$c" >"$out/speakers.$i.jsonl" 2>/dev/null || true
    "$bin" speakers --suggest "$c" >"$out/suggest.$i.csv" 2>/dev/null || true
  done
  xargs -a "$work/fuzz.list" -d '\n' "$bin" extract -j 2 --format jsonl \
    >"$out/fuzz.jsonl" 2>"$out/fuzz.err" || true
  # diff: each seed with the next, and a sample of PolNeAR articles the same way.
  mapfile -t seeds < <(find seeds -name '*.txt' | sort)
  "$bin" diff --format jsonl "${seeds[@]}" >"$out/diff.seeds.jsonl" 2>&1 || true
  "$bin" diff --color never "${seeds[@]}" >"$out/diff.seeds.txt" 2>&1 || true
  if [[ -d ../shared/polnear-dev/texts ]]; then
    mapfile -t dev < <(find ../shared/polnear-dev/texts -name '*.txt' | sort | head -40)
    "$bin" diff --format jsonl "${dev[@]}" >"$out/diff.dev.jsonl" 2>&1 || true
  fi
}

run_all "$BASE_BIN" "$work/old"
run_all "$NEW_BIN" "$work/new"

status=0
for f in "$work"/old/*; do
  name=$(basename "$f")
  if ! cmp -s "$f" "$work/new/$name"; then
    echo "DIFFERS: $name"
    # diff exits 1 on a difference: not an error here, every file is compared.
    { diff "$f" "$work/new/$name" || true; } | head -10
    status=1
  fi
done
count=$(find "$work/old" -type f | wc -l)
if [[ $status -eq 0 ]]; then
  echo "same output: $count files identical (${corpora[*]}, $(wc -l <"$work/fuzz.list") fuzz inputs, seed and PolNeAR diffs)"
fi
exit $status
