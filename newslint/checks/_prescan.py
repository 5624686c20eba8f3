"""Whole-body pre-scans: on which lines could a rule's own (slower) patterns match at all?

Python's ``re`` tries an unanchored pattern at every position of the text, in an interpreter
loop; RE2 (google-re2) runs a DFA over the bytes. For a keyword alternation over a 3 KB
article that is 5 us against 213 us (measured, bench/SPEED.md). Most lines of most articles
hold no caption, footer or byline, so a rule asks the pre-scan which lines contain one of
the words its patterns need, and runs its exact Python patterns on those lines only.

The contract: a pre-scan pattern is a *necessary* condition. Every line the rule can flag
must contain a match, so the findings do not change; a line with a match may still turn out
clean. Patterns are written in the subset both engines read alike. ``\\s`` and ``\\d`` are
rewritten for RE2 to the Unicode classes Python's ``re`` uses (RE2's are ASCII: "Photo\\xa0:"
would be lost). ``\\w`` and ``\\b`` stay ASCII in RE2; use them only where a wider match is
harmless: ``[^\\w]`` as "a non-letter before the keyword" (a non-ASCII letter then counts
as a non-letter, which adds candidates, never loses one) and ``\\b`` next to ASCII letters.
Without google-re2 (a platform with no wheel) the pattern runs with ``re``: slower, same
findings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from newslint.article import Article

try:  # pragma: no cover - exercised by whichever branch the environment has
    import re2 as _re2
except ImportError:  # pragma: no cover
    _re2 = None


#: Python's ``str.isspace`` characters (``re``'s ``\\s``) as the body of an RE2 class.
_RE2_SPACE = r"\t-\r\x{1c}-\x{1f}\x{85}\p{Z}"
_RE2_CLASSES = {
    "s": (f"[{_RE2_SPACE}]", _RE2_SPACE),
    "d": (r"\p{Nd}", r"\p{Nd}"),
}


def to_re2(pattern: str) -> str:
    """``pattern`` with ``\\s`` and ``\\d`` spelled as RE2 Unicode classes (in and out of
    ``[...]``). ``\\S`` and ``\\D`` are refused: write the class out."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            esc = pattern[i + 1]
            if esc in "SD":
                raise ValueError(f"pre-scan pattern uses \\{esc}: write the class out")
            if esc in _RE2_CLASSES:
                out.append(_RE2_CLASSES[esc][1 if in_class else 0])
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    return "".join(out)


def _compile(pattern: str) -> Any:
    if _re2 is not None:
        # A bytes pattern (UTF-8, RE2's default encoding) searched over the body's UTF-8
        # bytes: the str API would re-encode the body and map byte offsets back to
        # characters on every call, which costs more than the scan itself.
        return _re2.compile(to_re2(pattern).encode("utf-8"))
    return re.compile(pattern)


class Prescan:
    """One compiled pre-scan pattern (compiled once, at import of the rule module)."""

    __slots__ = ("_pattern", "pattern")

    #: Tests set this to make every line a candidate, to check that a pre-scan loses nothing.
    disabled = False

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern  # as written (Python syntax); compiled for RE2 when present
        self._pattern = _compile(pattern)

    def search(self, text: str) -> bool:
        """Does ``text`` hold a match anywhere?"""
        if Prescan.disabled:
            return True
        if _re2 is None:
            return self._pattern.search(text) is not None
        return self._pattern.search(text.encode("utf-8", "surrogatepass")) is not None

    def in_body(self, article: Article) -> bool:
        """Does the article's body hold a match? (Searches the body's cached UTF-8 bytes.)"""
        if Prescan.disabled:
            return True
        if _re2 is None:
            return self._pattern.search(article.body) is not None
        return self._pattern.search(article.body_utf8) is not None

    def lines(self, article: Article) -> frozenset[int]:
        """Body line numbers (1-based, ``Line.number``) holding the last character of a match.

        After a match the search goes on at the next line: a line is a candidate once, however
        many matches it holds (a navigation line has a separator between every link).
        """
        if Prescan.disabled:
            return frozenset(range(1, len(article.line_starts) + 1))
        if _re2 is None:
            data: Any = article.body
            starts: tuple[int, ...] = article.line_starts
            newline: Any = "\n"
        else:
            data, starts, newline = article.body_utf8, article.utf8_line_starts, b"\n"
        found = set()
        pos, size, search = 0, len(data), self._pattern.search
        while pos <= size:
            m = search(data, pos)
            if m is None:
                break
            last = m.end() - 1 if m.end() > m.start() else m.start()
            found.add(bisect_right(starts, last))
            pos = data.find(newline, last)
            if pos == -1:
                break
            pos += 1
        return frozenset(found)
