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

With `--engine python`, no binary is shipped: each partition runs the `whosaid`
Python package (installed on the executors, `pip install ./python`) in the
Python worker, one `whosaid.Extractor` built per partition, with the same rows
and error rows.
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


def _python_options(whosaid_args):
    """The `whosaid extract` options the Python engine understands."""
    parser = argparse.ArgumentParser(prog="whosaid extract (--engine python)", add_help=False)
    parser.add_argument("--kinds")
    parser.add_argument("--speakers")
    parser.add_argument("--cues")
    parser.add_argument("--no-default-dictionaries", action="store_true")
    parser.add_argument("--id-field", default="id")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--date-field", default="date")
    options, unknown = parser.parse_known_args(whosaid_args)
    if unknown:
        raise ValueError("the python engine does not take these whosaid options: %s" % " ".join(unknown))
    return options


def _shipped(path):
    """A dictionary path as given, or the file of that name shipped with --files."""
    if path is None or os.path.exists(path):
        return path
    shipped = SparkFiles.get(os.path.basename(path))
    return shipped if os.path.exists(shipped) else path


def _article(line, number, options):
    """(id, text, date) of one JSON Lines article, or (doc, None, reason)."""
    at = "-:%d" % number
    try:
        value = json.loads(line)
    except ValueError as e:
        return at, None, "%s: not a JSON object: %s" % (at, e)
    if not isinstance(value, dict):
        return at, None, "%s: not a JSON object" % at
    ident = value.get(options.id_field)
    if isinstance(ident, bool) or not isinstance(ident, (str, int, float)):
        if ident is None:
            return at, None, "%s: no `%s` field" % (at, options.id_field)
        return at, None, "%s: field `%s` is not a string or number" % (at, options.id_field)
    ident = str(ident)
    text = value.get(options.text_field)
    if not isinstance(text, str):
        what = "no `%s` field" if text is None else "field `%s` is not a string"
        return ident, None, "%s: %s" % (at, what % options.text_field)
    date = value.get(options.date_field)
    return ident, text, date if isinstance(date, str) else None


def extract_partition_python(lines, whosaid_args, batch=1000):
    """Extract one partition's articles with the `whosaid` package: one
    Extractor for the partition, articles in batches, rows as JSON Lines."""
    import whosaid

    options = _python_options(whosaid_args)
    extractor = whosaid.Extractor(
        speakers=_shipped(options.speakers),
        cues=_shipped(options.cues),
        kinds=options.kinds,
        defaults=not options.no_default_dictionaries,
    )

    pending = []
    number = 0
    for line in lines:
        number += 1
        if not line.strip(" \t\n\x0c\r"):
            continue
        ident, text, extra = _article(line, number, options)
        if text is None:
            # A line that is not an article: its error row, in its place.
            yield from _batch_rows(extractor, pending)
            pending = []
            yield json.dumps({"doc": ident, "error": extra}, ensure_ascii=False, separators=(",", ":"))
            continue
        pending.append((ident, text, extra))
        if len(pending) >= batch:
            yield from _batch_rows(extractor, pending)
            pending = []
    yield from _batch_rows(extractor, pending)


def _batch_rows(extractor, articles):
    """The JSON Lines rows of a batch of (id, text, date) articles, in order, as
    the library writes them."""
    if not articles:
        return
    data, _ = extractor.extract_jsonl(
        [a[1] for a in articles], ids=[a[0] for a in articles], dates=[a[2] for a in articles], threads=1
    )
    # Lines end at "\n" only: JSON leaves U+2028 and U+0085 unescaped in strings.
    for row in data.split(b"\n"):
        if row:
            yield row.decode("utf-8")


def _python_partition(items, whosaid_args):
    """`extract_partition_python` over one partition's `(file, line number,
    line)` articles, its error rows naming the input file and line."""
    origins = []

    def lines():
        for file, number, line in items:
            origins.append((file, number))
            yield line

    for row in extract_partition_python(lines(), whosaid_args):
        yield _locate_error(row, origins)


def run(
    spark, input_path, output_path, binary="whosaid", gzip=False, partitions=None, whosaid_args=(), engine="binary"
):
    """Extract every article of `input_path` into JSON Lines under `output_path`,
    with the whosaid binary (`engine="binary"`) or the Python package
    (`engine="python"`)."""
    sc = spark.sparkContext
    articles = numbered_lines(sc, input_path, partitions)
    args = list(whosaid_args)
    if engine == "python":
        _python_options(args)  # a bad option fails here, before the job starts
        rows = articles.mapPartitions(lambda items: _python_partition(items, args))
    elif engine == "binary":
        name = os.path.basename(binary)
        if os.path.exists(binary):
            # A local path: ship it like `spark-submit --files` would.
            sc.addFile(os.path.abspath(binary))
        rows = articles.mapPartitions(lambda lines: extract_partition(lines, name, args))
    else:
        raise ValueError("engine must be binary or python, not %r" % engine)
    codec = "org.apache.hadoop.io.compress.GzipCodec" if gzip else None
    rows.saveAsTextFile(output_path, compressionCodecClass=codec)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, help="JSON Lines articles (any path Spark reads)")
    parser.add_argument("--output", required=True, help="folder for the JSON Lines rows")
    parser.add_argument(
        "--engine",
        choices=["binary", "python"],
        default="binary",
        help="binary: stream each partition through the whosaid binary (--files); python: the whosaid package in the Python workers",
    )
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
        run(spark, args.input, args.output, args.binary, args.gzip, args.partitions, extra, engine=args.engine)
    finally:
        spark.stop()


if __name__ == "__main__":
    sys.exit(main())
