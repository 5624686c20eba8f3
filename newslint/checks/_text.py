"""Shared text helpers for the built-in checks (kept pure and separately tested)."""

from __future__ import annotations

import re
import unicodedata
from itertools import islice

_WS = re.compile(r"\s+")
_PUNCT_TRANSLATE = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "–": "-",
        "—": "-",
    }
)
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def normalise_for_compare(text: str) -> str:
    """Casefold, unify quotes and dashes, collapse whitespace: for equality of lines."""
    if not text.isascii():  # NFKC and the quote/dash table only change non-ASCII text
        text = unicodedata.normalize("NFKC", text).translate(_PUNCT_TRANSLATE)
    # split() and join() collapse exactly the characters ``\s`` matches, in C.
    return " ".join(text.casefold().split())


def words(text: str) -> list[str]:
    """Word tokens (letters/digits, inner apostrophes kept)."""
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def more_words_than(text: str, limit: int) -> bool:
    """``word_count(text) > limit``, but stops scanning at word ``limit + 1`` (long lines)."""
    return next(islice(_WORD.finditer(text), limit, None), None) is not None


#: ASCII digits and "_": with the letters, regex ``\w`` on ASCII text.
ASCII_WORD_EXTRA = "0123456789_"


def ascii_lower_table(keep: str = "") -> bytes:
    """A ``bytes.translate`` table for ASCII text: letters lower-cased, the characters of
    ``keep`` kept, everything else (and every byte above 127) a space.

    NOTE: tokenising with one translate and ``split()`` runs in C; a regex scan creating the
    same tokens costs two to three times more (measured for NL401/NL402, the corpus keys and
    NL304's doubled-word pre-test, each of which takes its table from here).
    """
    kept = {ord(c) for c in keep}
    return bytes(
        c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or c in kept else 32 for c in range(256)
    )
