"""End-to-end test of the Spark job in local[2] mode on the seeds, with both
engines.

Needs the whosaid binary (built by `cargo build --release`, or WHOSAID_BIN),
pyspark with Java 17, and for the python engine the whosaid package
(`pip install ./python`) in this Python, which the workers run.
"""

import glob
import json
import os
import sys

import pytest
from pyspark.sql import SparkSession

import whosaid_spark

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def binary():
    path = os.environ.get("WHOSAID_BIN") or os.path.join(ROOT, "target", "release", "whosaid")
    assert os.path.exists(path), "build whosaid first: cargo build --release"
    return path


@pytest.fixture(scope="module")
def spark():
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    # The workers run this Python, where the whosaid package is installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("whosaid-test")
        .config("spark.ui.enabled", "false")
        .config("spark.task.maxFailures", "1")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture()
def articles(tmp_path):
    path = tmp_path / "articles.jsonl"
    ids = []
    with open(path, "w", encoding="utf-8") as out:
        for seed in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
            ident = os.path.basename(seed)[:-4]
            ids.append(ident)
            with open(seed, encoding="utf-8") as f:
                out.write(json.dumps({"id": ident, "text": f.read()}) + "\n")
        out.write("{not json\n")
    return path, ids


def read_rows(folder):
    rows = []
    for part in sorted(glob.glob(os.path.join(folder, "part-*"))):
        if part.endswith(".gz"):
            import gzip

            with gzip.open(part, "rt", encoding="utf-8") as f:
                rows.extend(json.loads(line) for line in f if line.strip())
        else:
            with open(part, encoding="utf-8") as f:
                rows.extend(json.loads(line) for line in f if line.strip())
    return rows


def test_every_article_has_rows(spark, articles, tmp_path):
    path, ids = articles
    out = str(tmp_path / "out")
    whosaid_spark.run(spark, str(path), out, binary(), gzip=True, partitions=2)
    rows = read_rows(out)
    docs = {r["doc"] for r in rows if "error" not in r}
    assert docs == set(ids)
    errors = [r for r in rows if "error" in r]
    assert len(errors) == 1 and "not a JSON object" in errors[0]["error"]
    # The same rows as one local run over the whole file.
    import subprocess

    local = subprocess.run(
        [binary(), "extract", "--input", "jsonl", "--format", "jsonl", str(path)], capture_output=True, check=False
    )
    assert local.returncode == 1
    want = sorted(local.stdout.decode("utf-8").splitlines())
    got = sorted(json.dumps(r, separators=(",", ":"), ensure_ascii=False) for r in rows)
    assert len(got) == len(want)


def test_a_failing_run_fails_the_job(spark, articles, tmp_path):
    path, _ = articles
    with pytest.raises(Exception) as failure:
        whosaid_spark.run(
            spark, str(path), str(tmp_path / "out"), binary(), whosaid_args=["--speakers", str(tmp_path / "missing.csv")]
        )
    assert "exit code 2" in str(failure.value)


def test_an_error_row_names_the_input_file_and_its_line(spark, tmp_path):
    """A malformed line is named by its file and its line in that file, whatever
    the partitions."""
    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))
    texts = [open(s, encoding="utf-8").read() for s in seeds]
    with open(folder / "a.jsonl", "w", encoding="utf-8") as out:
        for i, text in enumerate(texts * 4):
            out.write(json.dumps({"id": f"a{i}", "text": text}) + "\n")
    with open(folder / "b.jsonl", "w", encoding="utf-8") as out:
        for i, text in enumerate(texts * 4):
            out.write(json.dumps({"id": f"b{i}", "text": text}) + "\n")
            if i == 12:
                out.write("{not json\n")  # line 14 of b.jsonl
    out = str(tmp_path / "out")
    whosaid_spark.run(spark, str(folder / "*.jsonl"), out, binary(), partitions=6)
    errors = [r for r in read_rows(out) if "error" in r]
    where = str(folder / "b.jsonl") + ":14"
    assert [e["doc"] for e in errors] == [where]
    assert errors[0]["error"].startswith(where + ": not a JSON object")


def test_the_readme_local_run_works(tmp_path):
    """The README's copy-paste local run, as written (the build and the virtual
    environment already made), with the output in a fresh folder."""
    import re
    import subprocess

    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    block = readme.split("**On this machine**", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    command = re.search(r"^SPARK_LOCAL_IP=.*?--output \S+", block, re.S | re.M).group(0)
    out = str(tmp_path / "quotes")
    command = command.replace("/tmp/whosaid-quotes", out)
    if os.environ.get("WHOSAID_BIN"):
        command = command.replace("target/release/whosaid", os.environ["WHOSAID_BIN"])
    python = os.path.join(ROOT, ".venv", "bin", "python")
    if not os.path.exists(python):
        command = command.replace(".venv/bin/python", sys.executable)
    subprocess.run(["bash", "-c", command], cwd=ROOT, check=True, timeout=600)
    rows = read_rows(out)
    ids = {json.loads(line)["id"] for line in open(os.path.join(ROOT, "spark", "sample.jsonl"), encoding="utf-8")}
    assert {r["doc"] for r in rows} == ids
    assert not [r for r in rows if "error" in r]


def test_the_python_engine_gives_the_binarys_rows(spark, articles, tmp_path):
    pytest.importorskip("whosaid")
    path, ids = articles
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps({"id": 7, "text": "\u201cNo,\u201d Olaf Scholz said.", "date": "2022-02-08"}) + "\n")
        f.write(json.dumps({"id": "no-text"}) + "\n")
    binary_out, python_out = str(tmp_path / "binary"), str(tmp_path / "python")
    whosaid_spark.run(spark, str(path), binary_out, binary(), partitions=2, whosaid_args=["--kinds", "direct,partial"])
    whosaid_spark.run(
        spark, str(path), python_out, partitions=2, whosaid_args=["--kinds", "direct,partial"], engine="python"
    )
    want, got = read_rows(binary_out), read_rows(python_out)
    assert {r["doc"] for r in got if "error" not in r} == set(ids) | {"7"}
    assert {r["kind"] for r in got if "error" not in r} == {"direct", "partial"}
    errors = [r for r in got if "error" in r]
    assert len(errors) == 2 and "not a JSON object" in errors[0]["error"] and "no `text` field" in errors[1]["error"]
    canonical = lambda rows: sorted(json.dumps(r, sort_keys=True) for r in rows)  # noqa: E731
    # Error rows name the line within the partition in both engines; their
    # messages differ only in the JSON parser's words.
    assert canonical(r for r in got if "error" not in r) == canonical(r for r in want if "error" not in r)
    assert [r["doc"] for r in errors] == [r["doc"] for r in want if "error" in r]


def test_a_bad_dictionary_fails_the_python_engines_job(spark, articles, tmp_path):
    pytest.importorskip("whosaid")
    path, _ = articles
    with pytest.raises(Exception) as failure:
        whosaid_spark.run(
            spark,
            str(path),
            str(tmp_path / "out"),
            whosaid_args=["--speakers", str(tmp_path / "missing.csv")],
            engine="python",
        )
    assert "missing.csv" in str(failure.value)
    with pytest.raises(ValueError, match="does not take"):
        whosaid_spark.run(spark, str(path), str(tmp_path / "out2"), whosaid_args=["--strict"], engine="python")
