"""Throughput of the Python package against the command line, same articles,
same threads.

    python python/bench/bench.py [--articles 10000] [--threads 2] [--runs 5] [--corpus DIR]

The articles are real news length: by default made of the seeds' paragraphs
(`seeds/*.txt`, real articles) recombined at random into articles of 1 to 14
paragraphs (about 4 KB on average); with `--corpus DIR`, the `.txt` files of DIR
(for example `cargo run --release --example corpus -- DIR 40`, synthetic and
denser in quotes), repeated to `--articles`.

Measured, best and median of `--runs` rounds, each round running every method
once in turn so that all see the same load (wall clock, input already in memory
or in the page cache; CPU seconds too, the steadier figure on a shared machine):

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
import resource
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


def cpu_seconds(children):
    r = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def rounds(runs, methods):
    """{name: (fastest, median, median CPU seconds)} of each (name, f, is_child)."""
    times = {name: [] for name, _, _ in methods}
    cpu = {name: [] for name, _, _ in methods}
    for _ in range(runs):
        for name, f, child in methods:
            c = cpu_seconds(child)
            start = time.perf_counter()
            f()
            times[name].append(time.perf_counter() - start)
            cpu[name].append(cpu_seconds(child) - c)
    median = lambda xs: sorted(xs)[len(xs) // 2]  # noqa: E731
    return {name: (min(times[name]), median(times[name]), median(cpu[name])) for name in times}


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

        rows = sum(map(len, extractor.extract_many(texts, ids=ids, threads=args.threads)))
        methods = [
            ("command line (JSON Lines out)", cli, True),
            ("extract_many (dicts)", lambda: extractor.extract_many(texts, ids=ids, threads=args.threads), False),
            ("extract_jsonl (bytes)", lambda: extractor.extract_jsonl(texts, ids=ids, threads=args.threads), False),
        ]
        try:
            import pyarrow  # noqa: F401

            methods.append(
                ("extract_arrow (Table)", lambda: extractor.extract_arrow(texts, ids=ids, threads=args.threads), False)
            )
        except ImportError:
            pass
        results = rounds(args.runs, methods)

    print(f"{len(texts):,} articles, {mb:.1f} MB, {rows:,} rows, {args.threads} threads, {args.runs} rounds")
    cli_best, cli_median, cli_cpu = results[methods[0][0]]
    print(f"{'':30} {'best MB/s':>9} {'median MB/s':>11} {'vs CLI: best':>12} {'median':>7} {'CPU s':>6} {'vs CLI':>7}")
    for name, (fastest, median, cpu) in results.items():
        print(
            f"{name:30} {mb / fastest:9.1f} {mb / median:11.1f} {cli_best / fastest:12.0%} {cli_median / median:7.0%}"
            f" {cpu:6.2f} {cli_cpu / cpu:7.0%}"
        )


if __name__ == "__main__":
    main()
