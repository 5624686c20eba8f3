"""The lede: the first line of article text after the title, header, byline and caption
lines, and the dateline that opens it (NL102, and the article date of NL101/NL103/NL104)."""

from __future__ import annotations

import re
from functools import lru_cache

from newslint.article import Article, Line
from newslint.checks._boilerplate import is_web_furniture
from newslint.checks._date_parse import split_words
from newslint.checks._datelines import Dateline, match_dateline
from newslint.checks._page_furniture import clean_line, metadata_line_kind
from newslint.checks._prescan import Prescan
from newslint.checks._text import normalise_for_compare, word_count
from newslint.checks.caption_fragment import is_caption

_CAPTION_START = re.compile(
    r"^(?:This\s+(?:undated\s+|handout\s+|file\s+)*(?:image|photo|picture|photograph)|"
    r"In\s+this\s+(?:undated\s+|handout\s+|file\s+)*(?:image|photo|picture)|File\s+photo|"
    r"(?:Photo|Image|Picture|Pictured|Credit|Photograph|Caption)\s*:)",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"\b(?:Image|Photo|Picture|Credit|Photograph)\s*:|Getty Images|\b(?:AP|AFP|Reuters)\s+Photo\b"
    r"|\(\s*(?:AFP|AP|Reuters)\s*(?:Photo|/)",
    re.IGNORECASE,
)
_CREDIT_PRESCAN = Prescan("(?i)" + _CREDIT.pattern)  # _CREDIT is compiled with IGNORECASE
_TERMINAL = tuple(".!?\"'”’»)")


def is_preamble(text: str, title_key: str | None, *, strong_only: bool = False) -> bool:
    """A title, header, byline or caption line above the lede (not article text).

    ``strong_only`` leaves out the weak test (a short text without terminal punctuation),
    which only makes sense for a whole paragraph: the first line of a wrapped lede has none.
    """
    t = " ".join(clean_line(text).split())
    if _is_strong_preamble(t, title_key):
        return True
    return not strong_only and not t.endswith(_TERMINAL) and word_count(t) <= 25


@lru_cache(maxsize=256)
def _is_strong_preamble(t: str, title_key: str | None) -> bool:
    """The strong tests of ``is_preamble`` on a cleaned one-line text. Memoised: the lede
    finder asks about a one-line paragraph twice (as a line, then as a paragraph)."""
    if title_key and normalise_for_compare(t) == title_key:
        return True
    if metadata_line_kind(t) or _CAPTION_START.match(t):
        return True
    if is_web_furniture(t) or is_caption(t):
        return True  # "We use cookies ...", "Residents walk past ... (EPA)": NL202/NL201 lines
    # "... links Damascus with Aleppo. Image: iStock"; not a long sentence
    return (
        _CREDIT_PRESCAN.search(t)
        and bool(_CREDIT.search(t))
        and not (t.endswith((".", "!", "?")) and word_count(t) > 12)
    )


def _leads_block(block: list[Line], title_key: str | None) -> bool:
    """Is the first line of a block preamble: clearly so, or a short headline on its own line
    (at most 10 words, no terminal punctuation, the next line starts a new sentence)?
    A long line without terminal punctuation is the first line of a wrapped paragraph.
    """
    first = block[0].text
    if is_preamble(first, title_key, strong_only=True):
        return True
    if len(block) < 2 or word_count(first) > 10 or not is_preamble(first, title_key):
        return False
    if first.split()[-1].lower() in _CONTINUES:
        return False  # "... the budget on" runs on into the next line
    start = block[1].text.lstrip()[:1]
    return start.isupper() or start in _SENTENCE_START


_CONTINUES = frozenset(
    split_words(
        "a an the of to in on at by for from with and or but as that than its their his her"
    )
)
_SENTENCE_START = tuple("\"“‘'0123456789")


def find_lede(article: Article, skip_lines: int = 6) -> Line | None:
    """The first line of the lede: the first text that is not a title, header or caption.

    Whole paragraphs are skipped when preamble; inside a paragraph only leading lines that
    are preamble (a byline or a short headline above the lede in the same block). At most
    ``skip_lines`` paragraphs or lines are skipped; None when the article is all preamble.
    Computed once per article (NL102, NL306 and NL307 all ask).
    """
    key = ("lede", skip_lines)
    memo = article.derived
    if key not in memo:
        memo[key] = _find_lede(article, skip_lines)
    lede: Line | None = memo[key]
    return lede


def _find_lede(article: Article, skip_lines: int) -> Line | None:
    title_key = normalise_for_compare(article.title) if article.title else None
    skipped = 0
    lines = article.lines
    i = 0
    for para in article.paragraphs:
        block = []
        while i < len(lines) and lines[i].start <= para.end:
            if lines[i].start >= para.start:
                block.append(lines[i])
            i += 1
        while block and skipped < skip_lines:
            # NOTE: a line that opens with a dateline is where the story starts. Taking it as
            # the lede at once changes no result (NL102 and ``lede_dateline`` look for the
            # first dateline up to the lede, and every line before this one was judged as
            # before) and saves the preamble tests, a third of NL102's time, in wire copy.
            if match_dateline(block[0].text):
                return block[0]
            if not _leads_block(block, title_key):
                break
            block.pop(0)
            skipped += 1
        if not block:
            continue
        rest = article.body[block[0].start : para.end]
        if skipped < skip_lines and is_preamble(rest, title_key):
            skipped += 1
            continue
        return block[0]
    return None


def lede_dateline(article: Article, skip_lines: int = 6) -> tuple[Line, Dateline] | None:
    """The dateline opening the lede or a preamble line above it."""
    lede = find_lede(article, skip_lines)
    if lede is None:
        return None
    for line in article.lines[: lede.index + 1]:
        d = match_dateline(line.text)
        if d:
            return line, d
    return None
