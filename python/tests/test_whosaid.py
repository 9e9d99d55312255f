"""What a Python user checks of the whosaid package: the rows are the command
line's rows, offsets slice the text, many texts give the same rows as one by one
with nothing lost, the GIL is released, dictionaries fail clearly, and frames and
tables have the documented columns.

Needs the package installed (`pip install ./python`) and, for the comparisons with
the command line, the whosaid binary (`cargo build --release`, or WHOSAID_BIN).
"""

import glob
import json
import os
import random
import subprocess
import sys
import threading
import time

import pytest

import whosaid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt")))


def binary():
    path = os.environ.get("WHOSAID_BIN") or os.path.join(ROOT, "target", "release", "whosaid")
    assert os.path.exists(path), "build whosaid first: cargo build --release"
    return path


def read(path):
    # newline="" keeps CRLF as it is: offsets count the characters of the file.
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def canonical(row):
    return json.dumps(row, sort_keys=True, ensure_ascii=False)


def cli_rows(*args):
    out = subprocess.run([binary(), *args], capture_output=True, check=False)
    assert out.returncode in (0, 1), out.stderr.decode()
    return [json.loads(line) for line in out.stdout.decode("utf-8").split("\n") if line]


def varied_texts(n, seed=7):
    """`n` articles made of the seeds' paragraphs in varied orders and numbers,
    with a few odd ones (empty, one word, marks written as entities)."""
    paragraphs = [p for s in SEEDS for p in read(s).split("\n\n") if p.strip()]
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        if i % 97 == 0:
            texts.append("")
        elif i % 89 == 0:
            texts.append("&quot;We&#8217;ll rebuild the bridge,&quot; Lena Ostrowski said.")
        else:
            texts.append("\n\n".join(rng.choice(paragraphs) for _ in range(rng.randint(1, 14))))
    return texts


def test_rows_are_the_command_lines_jsonl_rows_on_the_seeds():
    want = {}
    for row in cli_rows("extract", "--format", "jsonl", os.path.join(ROOT, "seeds")):
        want.setdefault(row["doc"], []).append(canonical(row))
    extractor = whosaid.Extractor()
    total = 0
    for seed in SEEDS:
        doc = os.path.basename(seed)
        got = [canonical(r) for r in extractor.extract(read(seed), doc=doc)]
        assert got == want[doc]
        total += len(got)
    assert total > 100
    # The keys, in the command line's column order.
    first = extractor.extract(read(SEEDS[0]))[0]
    assert list(first) == [c for c in whosaid.COLUMNS if c != "error"]


def test_offsets_slice_the_text_in_python():
    # Characters outside ASCII and outside the Basic Multilingual Plane (🙂 is one
    # character in Python, two UTF-16 units, four UTF-8 bytes) before the quotes.
    text = "Café 🙂 talk. “Zürich is 🙂 far,” Olaf Scholz said. «Not again», Macron said."
    rows = whosaid.extract(text)
    assert [r["text"] for r in rows] == ["Zürich is 🙂 far,", "Not again"]
    assert [text[r["start"] : r["end"]] for r in rows] == [r["text"] for r in rows]
    for seed in SEEDS:
        article = read(seed)
        for r in whosaid.extract(article):
            assert article[r["start"] : r["end"]] == r["text"]


def test_the_shortcut_and_the_documented_fields():
    rows = whosaid.extract('"We will not cross our red lines," Foreign Minister Dmytro Kuleba told reporters in Kyiv.')
    assert rows == [
        {
            "doc": "",
            "date": "",
            "index": 0,
            "kind": "direct",
            "text": "We will not cross our red lines,",
            "speaker": "Dmytro Kuleba",
            "speaker_id": "dmytro-kuleba",
            "mention": "Foreign Minister Dmytro Kuleba",
            "method": "explicit",
            "cue": "told",
            "cue_lemma": "tell",
            "cue_type": "speech",
            "addressee": "reporters",
            "start": 1,
            "end": 33,
            "paragraph": 0,
            "claim": None,
            "lang": "en",
        }
    ]
    dated = whosaid.extract(" date 2022-02-08\nPutin said the talks were useful.", doc="a")
    assert (dated[0]["doc"], dated[0]["date"], dated[0]["kind"]) == ("a", "2022-02-08", "indirect")
    assert whosaid.extract("Putin said the talks were useful.", date="2022-02-09")[0]["date"] == "2022-02-09"


def test_extract_many_equals_one_by_one_on_2000_texts():
    texts = varied_texts(2000)
    extractor = whosaid.Extractor()
    many = extractor.extract_many(texts)
    assert len(many) == len(texts)
    for i, (text, rows) in enumerate(zip(texts, many)):
        assert rows == extractor.extract(text, doc=str(i))
    assert sum(map(len, many)) > 10_000
    # The flat list: the same rows in the same order; ids name the documents.
    ids = [f"article-{i}" for i in range(len(texts))]
    flat = extractor.extract_many(texts, ids=ids, threads=1, flat=True)
    assert [canonical(r) for r in flat] == [
        canonical(dict(r, doc=f"article-{i}")) for i, rows in enumerate(many) for r in rows
    ]


def test_extract_many_equals_the_command_lines_jsonl_input(tmp_path):
    texts = varied_texts(300, seed=11)
    path = tmp_path / "articles.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": f"n{i}", "text": t, "date": "2024-01-0%d" % (1 + i % 9)}) + "\n")
    want = [canonical(r) for r in cli_rows("extract", "--input", "jsonl", "--format", "jsonl", str(path))]
    ids = [f"n{i}" for i in range(len(texts))]
    dates = ["2024-01-0%d" % (1 + i % 9) for i in range(len(texts))]
    got = whosaid.Extractor().extract_many(texts, ids=ids, dates=dates, flat=True)
    assert [canonical(r) for r in got] == want
    data, _ = whosaid.Extractor().extract_jsonl(texts, ids=ids, dates=dates)
    assert [canonical(json.loads(line)) for line in data.decode("utf-8").split("\n") if line] == want


def test_nothing_is_lost_one_error_row_per_failing_text():
    texts = ['"Hi," Macron said.', None, b"\x93Caf\xe9 au lait,\x94 she said.", 42, b"bin\x00ary", "\ud800 lone", float("nan")]
    rows = whosaid.Extractor().extract_many(texts, ids=["a", "b", "c", "d", "e", "f", "g"])
    assert len(rows) == len(texts)
    assert rows[0][0]["speaker"] == "Emmanuel Macron"
    assert rows[1] == [{"doc": "b", "error": "b: no text (None)"}]
    # Bytes are decoded as the command line decodes a file (here Windows-1252).
    assert rows[2][0]["text"] == "Café au lait,"
    assert rows[3] == [{"doc": "d", "error": "d: the text is of type int, not str or bytes"}]
    assert rows[4] == [{"doc": "e", "error": "e: binary file (it holds a NUL byte), skipped"}]
    assert len(rows[5]) == 1 and rows[5][0]["error"].startswith("f: the text is not valid Unicode")
    assert rows[6] == [{"doc": "g", "error": "g: no text (nan)"}]
    with pytest.raises(ValueError, match="ids has 1 items for 7 texts"):
        whosaid.Extractor().extract_many(texts, ids=["a"])
    with pytest.raises(TypeError):
        whosaid.Extractor().extract_many("one text")
    with pytest.raises(TypeError):
        whosaid.extract(None)


def test_the_gil_is_released_during_extract_many():
    texts = varied_texts(400, seed=3) * 6
    extractor = whosaid.Extractor()
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.001)

    # One extraction thread, to leave the ticking thread a core.
    start = time.perf_counter()
    extractor.extract_many(texts, threads=1)
    alone = time.perf_counter() - start
    ticker = threading.Thread(target=tick)
    ticker.start()
    time.sleep(0.01)
    start = time.perf_counter()
    extractor.extract_many(texts, threads=1)
    end = time.perf_counter()
    stop.set()
    ticker.join()
    during = [t for t in ticks if start < t < end]
    # Holding the GIL, the ticking thread could not run at all during the call.
    assert alone > 0.05
    assert len(during) >= 20, (len(during), end - start)


def test_kinds_and_threads():
    text = read(SEEDS[0])
    quotes = whosaid.Extractor(kinds="direct,partial").extract(text)
    assert quotes and {r["kind"] for r in quotes} == {"direct", "partial"}
    assert whosaid.Extractor(kinds=["indirect"]).extract(text)[0]["kind"] == "indirect"
    assert whosaid.Extractor(kinds="direct,partial").kinds == "direct,partial"
    with pytest.raises(ValueError, match="unknown kind"):
        whosaid.Extractor(kinds="quotes")
    with pytest.raises(ValueError, match="threads"):
        whosaid.Extractor().extract_many([text], threads=0)
    texts = varied_texts(50)
    assert whosaid.Extractor().extract_many(texts, threads=2) == whosaid.Extractor().extract_many(texts)


def test_user_dictionaries_as_files_and_as_rows(tmp_path):
    text = '"The bridge opens in May," Lena Ostrowski said. Ostrowski added that it was late.'
    assert whosaid.extract(text)[0]["speaker_id"] == ""
    path = tmp_path / "speakers.csv"
    path.write_text(
        "speaker_id,name,alias,role,gender,kind\n"
        "lena-ostrowski,Lena Ostrowski,Lena Ostrowski,Mayor of Gdansk,female,person\n"
        "lena-ostrowski,Lena Ostrowski,Ostrowski,Mayor of Gdansk,female,person\n",
        encoding="utf-8",
    )
    from_file = whosaid.Extractor(speakers=str(path)).extract(text)
    assert [r["speaker_id"] for r in from_file] == ["lena-ostrowski", "lena-ostrowski"]
    rows = [
        {"speaker_id": "lena-ostrowski", "name": "Lena Ostrowski", "alias": "Lena Ostrowski", "kind": "person"},
        ("lena-ostrowski", "Lena Ostrowski", "Ostrowski", "", "female", "person"),
    ]
    assert whosaid.Extractor(speakers=rows).extract(text) == from_file
    assert whosaid.Extractor(speakers=path).extract(text) == from_file  # a pathlib.Path
    # Without the built-in dictionaries, only what is given is known.
    cues = [{"form": "said", "lemma": "say", "frame": "say", "pos": "verb"}]
    only = whosaid.Extractor(speakers=rows, cues=cues, defaults=False)
    assert [r["cue"] for r in only.extract(text)] == ["said"]
    assert whosaid.SPEAKER_COLUMNS == ["speaker_id", "name", "alias", "role", "gender", "kind"]
    assert whosaid.CUE_COLUMNS == ["form", "lemma", "frame", "pos", "type"]


def test_a_bad_dictionary_is_a_value_error_naming_file_line_and_column(tmp_path):
    path = tmp_path / "speakers.csv"
    path.write_text(
        "speaker_id,name,alias,role,gender,kind\n"
        "lena-ostrowski,Lena Ostrowski,Ostrowski,,female,person\n"
        "jan-kowal,Jan Kowal,Kowal,,male,alien\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError) as bad:
        whosaid.Extractor(speakers=str(path))
    assert isinstance(bad.value, whosaid.DictionaryError)
    assert str(bad.value) == f"{path}:3 (column kind): unknown kind `alien` (person or organisation)"
    assert (bad.value.path, bad.value.line, bad.value.column) == (str(path), 3, "kind")
    cues = tmp_path / "cues.csv"
    cues.write_text("form,lemma,frame\nsaid,say,say\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"cues.csv:1: the header must be `form,lemma,frame,pos,type`"):
        whosaid.Extractor(cues=cues)
    rows = [("a", "A", "A", "", "", "person"), ("b", "B", "", "", "", "person")]
    with pytest.raises(ValueError, match=r"^speakers\[1\] \(column alias\): the alias is empty$"):
        whosaid.Extractor(speakers=rows)
    with pytest.raises(ValueError, match=r"speakers\[0\]: unknown column `nme`"):
        whosaid.Extractor(speakers=[{"speaker_id": "a", "nme": "A"}])
    with pytest.raises(FileNotFoundError, match="missing.csv"):
        whosaid.Extractor(speakers=str(tmp_path / "missing.csv"))


def test_diff_rows_are_the_command_lines():
    old, new = SEEDS[1], SEEDS[2]
    want = [canonical(r) for r in cli_rows("diff", "--format", "jsonl", old, new)]
    got = whosaid.diff(read(old), read(new), old_doc=os.path.basename(old), new_doc=os.path.basename(new))
    assert [canonical(r) for r in got] == want
    assert {r["change"] for r in got} >= {"added", "reworded"}
    assert list(got[0]) == whosaid.DIFF_COLUMNS
    unchanged = whosaid.diff(read(old), read(old), all=True)
    assert unchanged and {r["change"] for r in unchanged} == {"unchanged"}


def test_extract_frame_has_the_documented_columns_and_dtypes():
    pd = pytest.importorskip("pandas")
    texts = [read(SEEDS[0]), None, read(SEEDS[1])]
    frame = whosaid.Extractor().extract_frame(texts, ids=["x", "bad", "y"])
    assert list(frame.columns) == whosaid.COLUMNS
    for column in frame.columns:
        want = "Int64" if column in ("index", "start", "end", "paragraph", "claim") else "string"
        assert frame[column].dtype == pd.api.types.pandas_dtype(want), column
    rows = whosaid.Extractor().extract_many(texts, ids=["x", "bad", "y"], flat=True)
    assert len(frame) == len(rows)
    assert frame["error"].notna().sum() == 1 and frame.loc[frame["doc"] == "bad", "error"].iloc[0].startswith("bad:")
    ok = frame[frame["error"].isna()]
    assert (ok["doc"].isin(["x", "y"])).all() and ok["start"].notna().all()
    assert ok["claim"].isna().any() and ok["claim"].notna().any()
    for r, (_, f) in zip(rows, frame.iterrows()):
        if "error" not in r:
            assert (f["text"], f["start"], f["speaker"]) == (r["text"], r["start"], r["speaker"])


def test_extract_frame_without_pandas_says_so(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        whosaid.Extractor().extract_frame(["Putin said so."])


def test_extract_arrow_holds_the_same_rows():
    pytest.importorskip("pyarrow")
    texts = varied_texts(200, seed=5) + [None]
    table = whosaid.Extractor().extract_arrow(texts)
    assert table.column_names == whosaid.COLUMNS
    assert str(table.schema.field("start").type) == "int64"
    assert str(table.schema.field("speaker").type) == "string"
    rows = whosaid.Extractor().extract_many(texts, flat=True)
    got = [{k: v for k, v in r.items() if v is not None or k == "claim"} for r in table.to_pylist()]
    want = [r if "error" not in r else dict(r, claim=None) for r in rows]
    assert got == want
    assert whosaid.Extractor().extract_arrow([]).num_rows == 0
