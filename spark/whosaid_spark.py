"""Run whosaid over JSON Lines articles on Apache Spark.

Each partition is streamed through one `whosaid extract --input jsonl` process
(started once per partition, the binary shipped with `spark-submit --files` and
found with `SparkFiles.get`). Rows come back as JSON Lines: attributions carrying
the article's id in `doc`, and one `{"doc": ..., "error": ...}` row for an article
that could not be processed. An error row for a malformed input line names the
input file and the line's number in that file (`articles.jsonl:17`), not its
place in the partition. A whosaid exit code of 2 (the run itself failed, for
example a bad dictionary) fails the task, and so the job; exit code 1 (some
articles produced error rows) does not.

    spark-submit --master yarn --files target/release/whosaid \\
        spark/whosaid_spark.py --input hdfs:///news/*.jsonl --output hdfs:///quotes --gzip
"""

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession


def _executable(name):
    """The shipped binary, made executable (files shipped by Spark may lose the bit)."""
    path = SparkFiles.get(name)
    if not os.access(path, os.X_OK):
        private = os.path.join(tempfile.mkdtemp(prefix="whosaid-"), name)
        shutil.copy(path, private)
        os.chmod(private, os.stat(private).st_mode | stat.S_IXUSR)
        path = private
    return path


def _display(uri):
    """A local file's path without its `file:` scheme; other URIs as they are."""
    return uri[len("file:") :] if uri.startswith("file:") else uri


def input_files(sc, input_path):
    """The files Spark would read for `input_path` (a file, a folder or a glob),
    in name order."""
    jvm = sc._jvm
    conf = sc._jsc.hadoopConfiguration()
    files = []
    for pattern in input_path.split(","):
        path = jvm.org.apache.hadoop.fs.Path(pattern)
        fs = path.getFileSystem(conf)
        for status in fs.globStatus(path) or []:
            children = fs.listStatus(status.getPath()) if status.isDirectory() else [status]
            for child in children:
                name = child.getPath().getName()
                if child.isFile() and not name.startswith(("_", ".")):
                    files.append(child.getPath().toString())
    return sorted(set(files))


def numbered_lines(sc, input_path, partitions=None):
    """Every input line with where it comes from: `(file, line number, line)`, the
    line numbered from 1 within its file."""
    files = input_files(sc, input_path)
    if not files:
        raise FileNotFoundError(f"{input_path}: no input file")
    per_file = max(1, (partitions or 0) // len(files)) if partitions else None
    rdds = []
    for uri in files:
        lines = sc.textFile(uri, minPartitions=per_file) if per_file else sc.textFile(uri)
        shown = _display(uri)
        rdds.append(lines.zipWithIndex().map(lambda pair, f=shown: (f, pair[1] + 1, pair[0])))
    return sc.union(rdds)


def _locate_error(row, origins):
    """An error row names the line of the partition's stream (`-:N`); name the
    input file and the line's number there instead."""
    if not row.startswith('{"doc":"-:') or '"error"' not in row:
        return row
    record = json.loads(row)
    try:
        n = int(record["doc"][2:])
        where = "%s:%d" % origins[n - 1]
    except (ValueError, IndexError):
        return row
    stream = record["doc"]
    record["doc"] = where
    if record.get("error", "").startswith(stream + ":"):
        record["error"] = where + record["error"][len(stream) :]
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def extract_partition(lines, binary_name, whosaid_args):
    """Stream one partition's articles, `(file, line number, line)`, through one
    whosaid process."""
    command = [_executable(binary_name), "extract", "--input", "jsonl", "--format", "jsonl", "-j", "1"]
    command += whosaid_args
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    errors = []
    # Where each line fed came from, to name it in error rows.
    origins = []

    def feed():
        try:
            for file, number, line in lines:
                origins.append((file, number))
                proc.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    def drain():
        errors.append(proc.stderr.read().decode("utf-8", "replace"))

    writer = threading.Thread(target=feed, daemon=True)
    reader = threading.Thread(target=drain, daemon=True)
    writer.start()
    reader.start()
    for row in proc.stdout:
        # A row follows the reading of its line, so its origin is known.
        yield _locate_error(row.decode("utf-8").rstrip("\n"), origins)
    code = proc.wait()
    writer.join()
    reader.join()
    # RDD.pipe ignores exit codes; this job does not.
    if code == 2:
        raise RuntimeError("whosaid failed (exit code 2): " + "".join(errors).strip())


def run(spark, input_path, output_path, binary="whosaid", gzip=False, partitions=None, whosaid_args=()):
    """Extract every article of `input_path` into JSON Lines under `output_path`."""
    sc = spark.sparkContext
    name = os.path.basename(binary)
    if os.path.exists(binary):
        # A local path: ship it like `spark-submit --files` would.
        sc.addFile(os.path.abspath(binary))
    articles = numbered_lines(sc, input_path, partitions)
    args = list(whosaid_args)
    rows = articles.mapPartitions(lambda lines: extract_partition(lines, name, args))
    codec = "org.apache.hadoop.io.compress.GzipCodec" if gzip else None
    rows.saveAsTextFile(output_path, compressionCodecClass=codec)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, help="JSON Lines articles (any path Spark reads)")
    parser.add_argument("--output", required=True, help="folder for the JSON Lines rows")
    parser.add_argument(
        "--binary",
        default="whosaid",
        help="the whosaid binary: a file name shipped with spark-submit --files (default whosaid), or a local path, which is shipped for you",
    )
    parser.add_argument("--gzip", action="store_true", help="compress the output")
    parser.add_argument("--partitions", type=int, help="minimum number of input partitions")
    parser.add_argument(
        "--master", help="Spark master: local[*] to run on this machine, yarn, k8s://... (default: as spark-submit sets it)"
    )
    parser.add_argument("whosaid_args", nargs=argparse.REMAINDER, help="after --, options passed to whosaid extract (--id-field, --kinds, --speakers ...)")
    args = parser.parse_args(argv)
    builder = SparkSession.builder.appName("whosaid")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    extra = [a for a in args.whosaid_args if a != "--"]
    try:
        run(spark, args.input, args.output, args.binary, args.gzip, args.partitions, extra)
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main())
