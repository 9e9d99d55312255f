"""Type stubs of the whosaid package: who said what in news articles."""

import os
from typing import Any, Iterable, List, Literal, Mapping, Optional, Sequence, Tuple, TypedDict, Union

__version__: str

#: The keys of an attribution row, in order (those of `whosaid extract --format
#: jsonl`); `error` is the only key of an error row besides `doc`.
COLUMNS: List[str]
#: The keys of a diff row (`whosaid diff --format jsonl`).
DIFF_COLUMNS: List[str]
#: The columns of a speakers dictionary: speaker_id, name, alias, role, gender, kind.
SPEAKER_COLUMNS: List[str]
#: The columns of a cues dictionary: form, lemma, frame, pos.
CUE_COLUMNS: List[str]
#: The columns holding integers.
INTEGER_COLUMNS: Tuple[str, ...]

Kind = Literal["direct", "partial", "indirect"]
Method = Literal["explicit", "pronoun", "descriptor", "continuation", "none"]
Change = Literal["added", "removed", "reworded", "reattributed", "recued", "unchanged"]

class Row(TypedDict):
    """One attribution: a quote or a reported claim with its speaker and cue."""

    #: The document's id: the `doc`/`ids` given, else the text's position ("0", "1", ...).
    doc: str
    #: The date given, or that of a leading ` date YYYY-MM-DD` line; else "".
    date: str
    #: Position among the document's rows, from 0, in text order.
    index: int
    #: direct (quoted words standing as a sentence), partial (quoted words inside
    #: the reporter's sentence) or indirect (a reported claim).
    kind: Kind
    #: The words inside the quote marks, or the reported content.
    text: str
    #: Canonical name (the dictionary's), or the source as written; "" if none found.
    speaker: str
    #: Dictionary id of the speaker; "" for speakers found only in the text.
    speaker_id: str
    #: The speaker as written next to the cue ("he", "the French leader").
    mention: str
    #: How the speaker was found.
    method: Method
    #: The reporting verb as written ("told").
    cue: str
    #: Its lemma ("tell").
    cue_lemma: str
    #: What the cue reports: "speech", "belief" or "evidence"; None for a quote
    #: with no cue.
    cue_type: Optional[str]
    #: Who was spoken to ("reporters"), or "".
    addressee: str
    #: Offset of `text` in the article, in characters (code points, as Python
    #: indexes a str): `article[start:end] == text`.
    start: int
    #: End offset (exclusive), in characters.
    end: int
    #: Paragraph number, from 0.
    paragraph: int    #: For a quote inside a claim, the claim's `index`; else None.
    claim: Optional[int]
    #: The article's language: "en", "fr" or "de" (identified from the text).
    lang: str
class ErrorRow(TypedDict):
    """The one row standing for a text that could not be processed."""

    doc: str
    #: Why, prefixed with the document's id.
    error: str

class DiffRow(TypedDict):
    """One change between two versions of an article."""

    old_doc: str
    new_doc: str
    change: Change
    #: The speaker in the old / new version ("" when only in the other).
    speaker_old: str
    speaker_new: str
    text_old: str
    text_new: str
    #: Character offsets in the old / new text; None when only in the other.
    old_start: Optional[int]
    old_end: Optional[int]
    new_start: Optional[int]
    new_end: Optional[int]

class DictionaryError(ValueError):
    """A malformed dictionary row; the message names the file (or the row list
    and row), the line and the column."""

    #: The file, or "speakers" / "cues" for a row list.
    path: Optional[str]
    #: The line, from 1 (the header is line 1).
    line: Optional[int]
    #: The column's name.
    column: Optional[str]

Texts = Iterable[Union[str, bytes, Any]]
DictionarySource = Union[str, "os.PathLike[str]", Iterable[Union[Mapping[str, str], Sequence[str]]]]

class Extractor:
    """Finds who said what; dictionaries are loaded once, and an extractor can
    be shared between threads."""

    def __init__(
        self,
        speakers: Optional[DictionarySource] = None,
        cues: Optional[DictionarySource] = None,
        kinds: Optional[Union[str, Iterable[str]]] = None,
        defaults: bool = True,
    ) -> None: ...
    @property
    def kinds(self) -> str:
        """The kinds reported, comma-separated."""
    def extract(self, text: Union[str, bytes], doc: str = "", date: Optional[str] = None) -> List[Row]:
        """The rows of one article (bytes are decoded as the command line decodes
        a file)."""
    def extract_many(
        self,
        texts: Texts,
        ids: Optional[Iterable[Any]] = None,
        dates: Optional[Iterable[Optional[str]]] = None,
        threads: Optional[int] = None,
        flat: bool = False,
    ) -> Union[List[List[Union[Row, ErrorRow]]], List[Union[Row, ErrorRow]]]:
        """The rows of many articles on all cores (or `threads`), the GIL
        released: one list per text in input order, or one flat list when
        `flat`. A text that cannot be processed (not a str, invalid, binary)
        yields one ErrorRow."""
    def extract_jsonl(
        self,
        texts: Texts,
        ids: Optional[Iterable[Any]] = None,
        dates: Optional[Iterable[Optional[str]]] = None,
        threads: Optional[int] = None,
    ) -> Tuple[bytes, int]:
        """The bytes `whosaid extract --format jsonl` writes for these texts,
        and the longest line's length in bytes."""
    def extract_frame(
        self,
        texts: Texts,
        ids: Optional[Iterable[Any]] = None,
        dates: Optional[Iterable[Optional[str]]] = None,
        threads: Optional[int] = None,
    ) -> Any:
        """A pandas.DataFrame of the rows: integer columns as Int64, the others
        as string. Needs pandas."""
    def extract_arrow(
        self,
        texts: Texts,
        ids: Optional[Iterable[Any]] = None,
        dates: Optional[Iterable[Optional[str]]] = None,
        threads: Optional[int] = None,
    ) -> Any:
        """A pyarrow.Table of the rows (int64 and string columns). Needs pyarrow."""
    def diff(
        self, old_text: str, new_text: str, old_doc: str = "old", new_doc: str = "new", all: bool = False
    ) -> List[DiffRow]:
        """What changed in the attributions from old_text to new_text."""

def extract(text: Union[str, bytes], doc: str = "", date: Optional[str] = None) -> List[Row]:
    """The rows of one article with the built-in dictionaries."""

def diff(old_text: str, new_text: str, old_doc: str = "old", new_doc: str = "new", all: bool = False) -> List[DiffRow]:
    """What changed in the attributions, with the built-in dictionaries."""
