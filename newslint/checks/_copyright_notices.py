"""Copyright notices in the body ("Copyright © 2012 …", "(c) 2012", "© 2012-2019",
"Content copyright 2019 …", "2012 © Example News"), with the year that dates them (NL101)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.article import Article
from newslint.checks._text import word_count

_YEAR = r"(?:19|20)\d\d(?!\d)"
#: A lower-case "copyright" is a notice only right before its year ("Content copyright 2019",
#: "copyright © 2019"), never in a reporting sentence ("the copyright expired in 2019").
_LOWER_MARK = rf"\bcopyright(?=\s*(?:©|\([cC]\))?\s*{_YEAR})"
#: The mark may be doubled, in either order: "Copyright © 2019", "© Copyright 2019", "(c)
#: Copyright 2019" (after held-out batch J).
_NOTICE = re.compile(
    rf"(?P<mark>\bCopyright\b|\bCOPYRIGHT\b|{_LOWER_MARK}|©|\([cC]\))"
    r"(?:\s*(?:©|\([cC]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b))?\s*"
    r"(?P<holder>(?:[A-Z][\w.&'’-]*,?\s+){0,4}?)"
    rf"(?P<y1>{_YEAR})(?:\s*[-–—/]\s*(?:(?P<y2>{_YEAR}|\d\d(?!\d))|(?P<open>present|now|today)))?"
)
#: The year (or range) before the mark: "2012 © Example News", "2010–2012 (c) Example".
#: Only at the start of a line or after a footer separator, so that a year ending a
#: sentence before a "©" elsewhere is not read as a notice.
_YEAR_FIRST = re.compile(
    rf"(?:^|[|·•]\s*)[\W_]*(?P<y0>{_YEAR})(?:\s*[-–—/]\s*(?P<y1>{_YEAR}|\d\d(?!\d)))?"
    r"\s*(?:©|\([cC]\))"
)
#: What every notice contains: one search over the whole body (C speed) tells the many
#: articles without any notice apart, before the per-line work.
_HINT = re.compile(r"opyright|OPYRIGHT|©|\([cC]\)")
_CREDIT_WORDS = re.compile(r"\b(?:photo|image|picture|getty|illustration|graphic)", re.I)
#: The rights a notice reserves (after held-out batch J): a long footer line is a notice when
#: it says what may not be done without permission ("Site content copyright 2012 X; no
#: copying without our written consent", "... may not be reused", "... is prohibited").
_RIGHTS = re.compile(
    r"\bwithout\s+(?:(?:the|our|its|their|your)\s+)?(?:(?:prior|express|explicit|written)\s+)*"
    r"(?:permission|consent|authori[sz]ation)\b|\bprohibited\b"
    r"|\bmay\s+not\s+be\s+(?:re)?(?:produced|published|distributed|printed|broadcast|copied|used"
    r"|transmitted)\b",
    re.I,
)
#: What may stand before the mark of such a long notice: nothing, or the site's own content
#: ("This page is", "All site content", "Text and design"), not a story's subject ("The songs
#: are copyright 1998 and may not be used without permission").
_OWN = (
    r"(?:(?:web)?site|content|contents|material|article|story|page|publication|newspaper|text"
    r"|design|work|code)"
)
_OWN_NOTICE = re.compile(
    rf"\W*(?:(?:all\s+)?(?:this|our|the\s+(?:contents?|material)\s+of\s+this)?\s*{_OWN}"
    rf"(?:\s+(?:(?:and|&)\s+)?{_OWN})?(?:\s+(?:is|are))?|(?:all\s+)?(?:this|our))?\s*",
    re.I,
)
#: A reporting verb: the line is a sentence of the story about a notice, not the notice.
_REPORTING = re.compile(r"\b(?:said|says|told|according|ruled|argued|claimed|alleged)\b", re.I)


def has_notice_hint(text: str) -> bool:
    """Can ``text`` hold a copyright notice at all? (False: it certainly holds none.)"""
    return _HINT.search(text) is not None


def notices(article: Article) -> Iterator[tuple[int, int]]:
    """(year, body offset of that year) of each copyright notice; for a range, its last year.

    A notice with a holder before the year ("Copyright Example News 2012"), a "(c)" mark, a
    lower-case "copyright" or the year before the mark ("2012 © Example News") counts only
    on a footer-like line (at most 15 words, or a longer one that reserves rights: "All
    rights reserved", "no copying without our written consent", "... is prohibited",
    with no reporting verb).
    """
    if not has_notice_hint(article.body):
        return
    for line in article.lines:
        text = line.text
        year_first = _YEAR_FIRST.search(text)
        if not (_NOTICE.search(text) or year_first) or _CREDIT_WORDS.search(text):
            continue  # "Photo: © 2012 AFP" dates the picture, not the page
        footer = word_count(text) <= 15 or "reserved" in text.lower()
        rights = not footer and _RIGHTS.search(text) is not None and _REPORTING.search(text) is None
        if year_first and footer:
            yield _last_year(year_first, "y0", "y1", line.start)
        for m in _NOTICE.finditer(text):
            if m["open"] or (
                not footer
                and (m["holder"] or m["mark"][0] in "(c")
                and not (rights and _OWN_NOTICE.fullmatch(text, 0, m.start()))
            ):  # "2005-present"; "(c) 2012" in a list, "Copyright Act 1976" in prose
                continue
            yield _last_year(m, "y1", "y2", line.start)


def _last_year(m: re.Match[str], first: str, last: str, offset: int) -> tuple[int, int]:
    """(year, body offset) of a notice's year, or of the last year of its range."""
    year, pos = int(m[first]), m.start(first)
    if m[last]:
        end = int(m[last]) if len(m[last]) == 4 else year // 100 * 100 + int(m[last])
        if end >= year:
            year, pos = end, m.start(last)
    return year, offset + pos
