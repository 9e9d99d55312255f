"""Throughput of the Python package against the command line, same articles,
same threads.

    python python/bench/bench.py [--articles 10000] [--threads 2] [--runs 5] [--corpus DIR]

The articles are real news length: by default made of the seeds' paragraphs
(`seeds/*.txt`, real articles) recombined at random into articles of 1 to 14
paragraphs (about 4 KB on average); with `--corpus DIR`, the `.txt` files of DIR
(for example `cargo run --release --example corpus -- DIR 40`, synthetic and
denser in quotes), repeated to `--articles`.

Measured, best of `--runs` (wall clock, input already in memory or in the page
cache):

- the command line: `whosaid extract --input jsonl --format jsonl -j N` on a JSON
  Lines file of the articles, output to /dev/null;
- `Extractor.extract_many(texts, ids=ids, threads=N)`: a list of dicts per text;
- `Extractor.extract_jsonl(...)`: the same JSON Lines bytes as the command line;
- `Extractor.extract_arrow(...)`: a pyarrow Table (when pyarrow is installed).
"""

import argparse
import glob
import json
import os
import random
import subprocess
import sys
import tempfile
import time

import whosaid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def seed_articles(n, seed=1):
    paragraphs = []
    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        with open(path, encoding="utf-8", newline="") as f:
            paragraphs += [p for p in f.read().split("\n\n") if p.strip() and not p.startswith(" date ")]
    rng = random.Random(seed)
    return ["\n\n".join(rng.choice(paragraphs) for _ in range(rng.randint(1, 14))) for _ in range(n)]


def corpus_articles(folder, n):
    texts = []
    for path in sorted(glob.glob(os.path.join(folder, "*.txt"))):
        with open(path, encoding="utf-8", newline="") as f:
            texts.append(f.read())
    if not texts:
        sys.exit(f"no .txt files in {folder}")
    return [texts[i % len(texts)] for i in range(n)]


def best(runs, f):
    times = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - start)
    return min(times), sorted(times)[len(times) // 2], result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", help="a folder of .txt articles instead of the seeds recombined")
    parser.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "whosaid"))
    args = parser.parse_args()

    texts = corpus_articles(args.corpus, args.articles) if args.corpus else seed_articles(args.articles)
    ids = [f"a{i}" for i in range(len(texts))]
    size = sum(len(t.encode("utf-8")) for t in texts)
    mb = size / 1e6
    extractor = whosaid.Extractor()

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "articles.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for i, t in zip(ids, texts):
                f.write(json.dumps({"id": i, "text": t}) + "\n")
        command = [args.binary, "extract", "--input", "jsonl", "--format", "jsonl", "-j", str(args.threads), path]

        def cli():
            with open(os.devnull, "wb") as null:
                subprocess.run(command, stdout=null, check=True)

        results = [("command line (JSON Lines out)", best(args.runs, cli))]
        many = best(args.runs, lambda: extractor.extract_many(texts, ids=ids, threads=args.threads))
        rows = sum(map(len, many[2]))
        results.append(("extract_many (dicts)", many))
        results.append(
            ("extract_jsonl (bytes)", best(args.runs, lambda: extractor.extract_jsonl(texts, ids=ids, threads=args.threads)))
        )
        try:
            import pyarrow  # noqa: F401

            results.append(
                ("extract_arrow (Table)", best(args.runs, lambda: extractor.extract_arrow(texts, ids=ids, threads=args.threads)))
            )
        except ImportError:
            pass

    print(f"{len(texts):,} articles, {mb:.1f} MB, {rows:,} rows, {args.threads} threads, best and median of {args.runs} runs")
    cli_best, cli_median = results[0][1][0], results[0][1][1]
    print(f"{'':32} {'best MB/s':>10} {'median MB/s':>12} {'vs CLI (best)':>14} {'vs CLI (median)':>16}")
    for name, (fastest, median, _) in results:
        print(
            f"{name:32} {mb / fastest:10.1f} {mb / median:12.1f} {cli_best / fastest:14.0%} {cli_median / median:16.0%}"
        )


if __name__ == "__main__":
    main()
