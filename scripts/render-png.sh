#!/usr/bin/env bash
# Regenerate docs/render.png, the README's picture of `whosaid render`: render the
# seed below with the current code, take a headless Chromium screenshot of the
# page, and record in docs/render.png.source the FNV-1a 64 hash of the HTML it was
# taken from. A test (tests/cli.rs) renders the seed again and fails when the hash
# differs, so the picture cannot fall behind the output unnoticed.
#
#   bash scripts/render-png.sh        # needs Chromium (or WHOSAID_CHROMIUM=path)
set -euo pipefail
cd "$(dirname "$0")/.."

seed=seeds/004_4fb7d532a261f34d.txt
browser=${WHOSAID_CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [[ -z "$browser" ]]; then
  echo "render-png.sh: no Chromium (apt-get install chromium, or set WHOSAID_CHROMIUM)" >&2
  exit 2
fi

cargo build --locked --quiet --bin whosaid
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
target/debug/whosaid render "$seed" -o "$tmp/render.html"
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$tmp/profile" --window-size=1100,800 \
  --screenshot="$tmp/render.png" "file://$tmp/render.html" >/dev/null 2>&1
test -s "$tmp/render.png"
cp "$tmp/render.png" docs/render.png
python3 - "$tmp/render.html" "$seed" >docs/render.png.source <<'PY'
import sys
h = 0xCBF29CE484222325
for b in open(sys.argv[1], "rb").read():
    h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
print(f"fnv1a64 {h:016x} whosaid render {sys.argv[2]}")
PY
echo "docs/render.png: $(cat docs/render.png.source)"
