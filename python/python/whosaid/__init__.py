"""Who said what in news articles: every quote and reported claim, tied to its
speaker and its reporting verb, with character offsets.

A row is a dict with the keys and values of a ``whosaid extract --format jsonl``
row (the columns are listed in ``COLUMNS``):

- ``doc`` (str): the document's id: the ``doc`` or ``ids`` given, else the text's
  position in ``texts`` (``"0"``, ``"1"``, ...), or ``""`` for ``extract``.
- ``date`` (str): the date given, or that of a leading `` date YYYY-MM-DD`` line;
  else ``""``.
- ``index`` (int): position among the document's rows, from 0, in text order.
- ``kind`` (str): ``"direct"`` (quoted words standing as a sentence),
  ``"partial"`` (quoted words inside the reporter's sentence) or ``"indirect"``
  (a reported claim).
- ``text`` (str): the words inside the quote marks, or the reported content.
- ``speaker`` (str): the canonical name (the dictionary's), or the source as
  written ("U.S. officials"); ``""`` when no speaker was found.
- ``speaker_id`` (str): the dictionary id; ``""`` for speakers found only in the
  text.
- ``mention`` (str): the speaker as written next to the cue ("he", "the French
  leader").
- ``method`` (str): how the speaker was found: ``"explicit"``, ``"pronoun"``,
  ``"descriptor"``, ``"continuation"`` or ``"none"``.
- ``cue``, ``cue_lemma`` (str): the reporting verb as written ("told") and its
  lemma ("tell").
- ``cue_type`` (str or None): what the cue reports, ``"speech"``, ``"belief"``
  or ``"evidence"``; None for a quote with no cue.
- ``addressee`` (str): who was spoken to ("reporters"), or ``""``.
- ``start``, ``end`` (int): offsets in **characters** (code points, as Python
  indexes a str) of ``text`` in the article: ``article[start:end] == text``.
  Where the article writes its quote marks as HTML entities or mojibake, the
  slice holds those and ``text`` the decoded words.
- ``paragraph`` (int): the paragraph number, from 0.
- ``claim`` (int or None): for a quote inside a claim, the claim's ``index``.

A text that could not be processed yields one row ``{"doc": ..., "error": ...}``
instead (only from ``extract_many`` and the other many-text methods).
"""

from functools import lru_cache

from ._whosaid import (
    COLUMNS,
    CUE_COLUMNS,
    DIFF_COLUMNS,
    SPEAKER_COLUMNS,
    DictionaryError,
    __version__,
)
from ._whosaid import Extractor as _NativeExtractor

__all__ = [
    "COLUMNS",
    "CUE_COLUMNS",
    "DIFF_COLUMNS",
    "SPEAKER_COLUMNS",
    "DictionaryError",
    "Extractor",
    "diff",
    "extract",
    "__version__",
]

#: Columns holding integers (``claim`` and, on an error row, all of them may be
#: missing); every other column holds text.
INTEGER_COLUMNS = ("index", "start", "end", "paragraph", "claim")


def _columns(present):
    """``COLUMNS`` in order, then any other column the rows hold."""
    columns = list(COLUMNS)
    columns += sorted(c for c in present if c not in columns)
    return columns


class Extractor(_NativeExtractor):
    """Finds who said what: each quote and reported claim with its speaker, cue
    and character offsets.

    ``Extractor(speakers=None, cues=None, kinds=None, defaults=True)``

    - ``speakers``, ``cues``: a dictionary that adds to (or, with
      ``defaults=False``, replaces) the built-in one: a path to a CSV file in the
      format of ``dictionaries/speakers.csv`` (columns ``SPEAKER_COLUMNS``) or
      ``dictionaries/cues.csv`` (columns ``CUE_COLUMNS``), or a list of rows, each
      a dict keyed by those columns or a sequence of values in their order. A
      malformed row raises ``DictionaryError`` (a ``ValueError``) naming the file
      (or the list and row), the line and the column.
    - ``kinds``: the kinds to report, ``"direct,partial"`` or a list of them
      (all by default).
    - ``defaults``: start from the built-in dictionaries.

    Dictionaries are loaded once; an extractor can be shared between threads.
    """

    def extract_frame(self, texts, ids=None, dates=None, threads=None):
        """The rows of many texts as a ``pandas.DataFrame``, one row per
        attribution (or per failed text), with the columns of ``COLUMNS``:
        ``index``, ``start``, ``end``, ``paragraph`` and ``claim`` as ``Int64``
        (nullable: ``claim`` is missing outside claims, and all are on an error
        row), every other column as ``string`` (``error`` is missing except on
        an error row). Needs pandas."""
        try:
            import pandas as pd
        except ImportError as e:
            raise ImportError(
                "Extractor.extract_frame needs pandas: pip install pandas (or whosaid[pandas])"
            ) from e
        rows = self.extract_many(texts, ids=ids, dates=dates, threads=threads, flat=True)
        columns = _columns(set().union(*rows))
        data = {c: [row.get(c) for row in rows] for c in columns}
        frame = pd.DataFrame(
            {
                c: pd.array(values, dtype="Int64" if c in INTEGER_COLUMNS else "string")
                for c, values in data.items()
            },
            columns=columns,
        )
        return frame

    def extract_arrow(self, texts, ids=None, dates=None, threads=None):
        """The rows of many texts as a ``pyarrow.Table`` with the columns of
        ``COLUMNS`` (``int64`` for ``index``, ``start``, ``end``, ``paragraph``
        and ``claim``, ``string`` for the others; null where a row has no
        value). Built from the JSON Lines the library writes, parsed by Arrow:
        no Python object is made per row. Needs pyarrow."""
        try:
            import pyarrow as pa
            import pyarrow.json as pajson
        except ImportError as e:
            raise ImportError(
                "Extractor.extract_arrow needs pyarrow: pip install pyarrow (or whosaid[arrow])"
            ) from e
        data, longest = self.extract_jsonl(texts, ids=ids, dates=dates, threads=threads)
        schema = pa.schema(
            [(c, pa.int64() if c in INTEGER_COLUMNS else pa.string()) for c in COLUMNS]
        )
        if not data:
            return schema.empty_table()
        table = pajson.read_json(
            pa.BufferReader(data),
            read_options=pajson.ReadOptions(block_size=max(1 << 20, longest + 1)),
            parse_options=pajson.ParseOptions(
                explicit_schema=schema, unexpected_field_behavior="infer"
            ),
        )
        return table


@lru_cache(maxsize=None)
def _builtin():
    return Extractor()


def extract(text, doc="", date=None):
    """The rows of one article with the built-in dictionaries (see
    ``Extractor.extract``)."""
    return _builtin().extract(text, doc=doc, date=date)


def diff(old_text, new_text, old_doc="old", new_doc="new", all=False):
    """What changed in the attributions from ``old_text`` to ``new_text``, with the
    built-in dictionaries: the rows of ``whosaid diff --format jsonl`` (see
    ``Extractor.diff``)."""
    return _builtin().diff(old_text, new_text, old_doc=old_doc, new_doc=new_doc, all=all)
