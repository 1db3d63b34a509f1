"""Column descriptions for import/export sheets and header normalisation."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Literal, get_args

from desktop.domain._text import compact

__all__ = ["ColumnKind", "ColumnSpec", "column_letter", "normalize_header"]

ColumnKind = Literal["text", "id", "date", "int", "bool", "money", "choice", "phone"]
_KINDS = frozenset(get_args(ColumnKind))


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a roster.

    ``header`` is the canonical Chinese header written into templates; ``synonyms`` are
    other headers clerks use for the same column (身份证号, 公民身份号码…). ``choices`` feed
    the dropdown of "choice" columns; ``help`` is the one-line instruction shown on the
    instructions sheet.
    """

    key: str
    header: str
    synonyms: tuple[str, ...] = ()
    kind: ColumnKind = "text"
    required: bool = False
    choices: tuple[str, ...] = ()
    width: int = 14
    help: str = ""

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValueError(f"unknown column kind {self.kind!r} for {self.key!r}")
        if not self.key or not normalize_header(self.header):
            raise ValueError("a column needs a key and a non-empty header")
        # Accept lists from callers but keep the dataclass hashable.
        object.__setattr__(self, "synonyms", tuple(self.synonyms))
        object.__setattr__(self, "choices", tuple(self.choices))

    @property
    def names(self) -> tuple[str, ...]:
        """Normalised header and synonyms, as ``normalize_header`` returns them."""
        return tuple(dict.fromkeys(normalize_header(n) for n in (self.header, *self.synonyms) if n))


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
# A trailing note in brackets: (必填) （选填） (格式：2021-03-05) 【单选】 [元].
_TRAILING_NOTE = re.compile(r"[(\[【][^()\[\]【】]*[)\]】]$")
_MARKERS = "*:"  # required marker and a trailing colon, after half-width conversion


def normalize_header(text: object) -> str:
    """Normalise a header cell so that clerks' variants compare equal.

    Removes all whitespace (also full-width spaces and line breaks), converts full-width
    forms to half-width, drops a leading/trailing ``*``/``＊`` required marker and trailing
    bracketed notes such as "(必填)" or "（格式：2021-03-05）", and lower-cases ASCII.
    ``"＊身份证号码\\n（必填）"`` → ``"身份证号码"``.
    """
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    value = compact(str(text)).replace("\ufeff", "")
    previous = None
    while value != previous:
        previous = value
        value = value.strip(_MARKERS)
        note = _TRAILING_NOTE.search(value)
        if note is not None and note.start() > 0:
            value = value[: note.start()]
    return value.translate(_ASCII_LOWER)


def column_letter(index: int) -> str:
    """0-based column index → the letters a spreadsheet shows (0 → "A", 27 → "AB")."""
    if index < 0:
        raise ValueError("column index must not be negative")
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
