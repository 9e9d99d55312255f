"""Run whosaid over JSON Lines articles on Apache Spark.

Each partition is streamed through one `whosaid extract --input jsonl` process
(started once per partition, the binary shipped with `spark-submit --files` and
found with `SparkFiles.get`). Rows come back as JSON Lines: attributions carrying
the article's id in `doc`, and one `{"doc": ..., "error": ...}` row for an article
that could not be processed. A whosaid exit code of 2 (the run itself failed, for
example a bad dictionary) fails the task, and so the job; exit code 1 (some
articles produced error rows) does not.

    spark-submit --master yarn --files target/release/whosaid \\
        spark/whosaid_spark.py --input hdfs:///news/*.jsonl --output hdfs:///quotes --gzip
"""

import argparse
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


def extract_partition(lines, binary_name, whosaid_args):
    """Stream one partition's articles through one whosaid process."""
    command = [_executable(binary_name), "extract", "--input", "jsonl", "--format", "jsonl", "-j", "1"]
    command += whosaid_args
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    errors = []

    def feed():
        try:
            for line in lines:
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
        yield row.decode("utf-8").rstrip("\n")
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
    articles = sc.textFile(input_path, minPartitions=partitions) if partitions else sc.textFile(input_path)
    args = list(whosaid_args)
    rows = articles.mapPartitions(lambda lines: extract_partition(lines, name, args))
    codec = "org.apache.hadoop.io.compress.GzipCodec" if gzip else None
    rows.saveAsTextFile(output_path, compressionCodecClass=codec)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, help="JSON Lines articles (any path Spark reads)")
    parser.add_argument("--output", required=True, help="folder for the JSON Lines rows")
    parser.add_argument("--binary", default="whosaid", help="the whosaid binary: a name shipped with --files, or a local path")
    parser.add_argument("--gzip", action="store_true", help="compress the output")
    parser.add_argument("--partitions", type=int, help="minimum number of input partitions")
    parser.add_argument("--master", help="Spark master (default: as spark-submit sets it)")
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
