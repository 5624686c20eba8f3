"""Shared text helpers for the built-in checks (kept pure and separately tested)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
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


def alternation(words: Iterable[str]) -> str:
    """A regex alternation matching exactly ``words``, with common prefixes factored out
    ("said|says" -> "sa(?:id|ys)"): Python's ``re`` then tests one first letter at each
    position instead of every word (half the time for NL306's 30 verbs of speech).

    The words are literal (escaped); the longest alternative comes first at each branch, so
    the leftmost-longest word wins as with a plain alternation sorted longest first.
    """
    branches: dict[str, list[str]] = {}
    whole = False
    for word in set(words):
        if word:
            branches.setdefault(word[0], []).append(word[1:])
        else:
            whole = True
    parts = []
    for first in sorted(branches, key=lambda c: (-max(len(w) for w in branches[c]), c)):
        rest = alternation(branches[first])
        grouped = len(set(branches[first])) > 1
        parts.append(re.escape(first) + (f"(?:{rest})" if grouped else rest))
    if whole:
        parts.append("")
    return "|".join(parts)
