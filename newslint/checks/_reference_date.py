"""The article's reference date (metadata, dateline, "Published:" header) with where it
came from, and the years the body reports events in (NL101, NL103, NL104)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from newslint.article import Article, Line
from newslint.checks._date_parse import (
    DAY,
    MONTH,
    MONTHS,
    YEAR,
    DateMention,
    find_dates,
    split_words,
)
from newslint.checks._lede import lede_dateline
from newslint.checks._page_furniture import clean_line, metadata_line_kind

_PUBLISHED_FIRST = re.compile(r"^(?:Published|First|Originally|Posted|Date)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ReferenceDate:
    """The article's own date and where it came from (line: file line, None for metadata)."""

    year: int
    date: dt.date | None
    source: str  # "metadata", "dateline", "'Published' header"...
    line: int | None = None

    def describe(self) -> str:
        what = (
            f"the article date {self.date.isoformat()}"
            if self.date
            else f"the article year {self.year}"
        )
        where = self.source if self.line is None else f"{self.source}, line {self.line}"
        return f"{what} (from {where})"


def header_lines(article: Article) -> list[tuple[Line, DateMention | int]]:
    """Date header lines ("Published: Sat, May 06, 2017") with their date (or bare year)."""
    out: list[tuple[Line, DateMention | int]] = []
    for line in article.lines:
        t = clean_line(line.text)
        if metadata_line_kind(t) not in ("date header", "posted-by"):
            continue
        dated = [d for d in find_dates(t) if d.year and d.valid]
        if dated:
            out.append((line, dated[0]))
            continue
        year = re.search(rf"(?<!\d){YEAR}", t)
        if year:
            out.append((line, int(year[0])))
    # "Published"/"Posted" before "Updated"/"Last modified"
    out.sort(key=lambda item: not _PUBLISHED_FIRST.match(clean_line(item[0].text)))
    return out


def reference_date(article: Article, skip_lines: int = 6) -> ReferenceDate | None:
    """The article date: metadata, else a dateline with a year, else a date header line."""
    if article.date is not None:
        return ReferenceDate(article.date.year, article.date, "metadata")
    offset = article.body_line_offset
    found = lede_dateline(article, skip_lines)
    if found and found[1].year and found[1].month and found[1].day:
        line, d = found
        assert d.year and d.month and d.day
        with_date = dt.date(d.year, d.month, min(d.day, calendar.monthrange(d.year, d.month)[1]))
        return ReferenceDate(d.year, with_date, "dateline", line.number + offset)
    for line, when in header_lines(article):
        label = re.split(r"[\s:]", clean_line(line.text), maxsplit=1)[0]
        source = f"{label!r} header"
        if isinstance(when, DateMention):
            assert when.year is not None
            return ReferenceDate(when.year, when.date, source, line.number + offset)
        return ReferenceDate(when, None, source, line.number + offset)
    return None


def has_date_anchor(article: Article) -> bool:
    """Does the article carry a date anywhere (metadata, dateline, header, full date)?"""
    if article.date is not None or any(d.year and d.valid for d in find_dates(article.body)):
        return True
    found = lede_dateline(article)
    if found and found[1].month:
        return True
    return reference_date(article) is not None  # "Published: 06.05.2017": a bare year


# --- years the body reports events in --------------------------------------------------------

_BODY_YEAR = re.compile(r"(?<![\w$€£¥#.,:/])((?:19|20)\d\d|2100)(?![\w%]|[.,:/]\d|-\d\d\d)")
_EVENT_BEFORE = frozenset(
    split_words(
        "in since of during from year years early late mid end between and or the summer winter "
        "spring autumn fall christmas ("
    )
)
_NOT_EVENT_AFTER = re.compile(r"\s*(?:[A-Z]{2,4}T\b|UTC|local\b|hours?\b|hrs\b|h\b|GMT)")
_FUTURE = re.compile(
    r"\b(?:will|would|shall|could|should|might|plans?|planned|planning|aims?|aiming|targets?|"
    r"targeted|goals?|forecasts?|projected|projections?|expected|expects|scheduled|due|deadline|"
    r"until|upcoming|outlook|estimates?)\b|\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d"
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")


def _sentence(text: str, pos: int) -> str:
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= pos]
    start = starts[-1]
    end = _SENTENCE_END.search(text, pos)
    return text[start : end.start() if end else len(text)]


def event_years(article: Article, skip: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(year, offset) of years 1900-2100 the body reports events in, outside ``skip`` spans.

    Only years after an event word ("in 2015", "since 2011", "April 2015", "the 2015 vote"),
    never quantities ("some 2000"), clock times ("2100 GMT") or sentences about the future.
    """
    out = []
    for para in article.paragraphs:
        text = para.text
        for m in _BODY_YEAR.finditer(text):
            if any(a <= para.start + m.start() < b for a, b in skip):
                continue
            if text[: m.start()].endswith("-") and not text[: m.start()].lower().endswith("mid-"):
                continue  # the end of a range or an ID; "mid-2015" is fine
            before = re.findall(r"[\w(]+", text[max(0, m.start() - 30) : m.start()])
            prev = before[-1] if before else ""
            prev = "mid" if text[: m.start()].lower().endswith("mid-") else prev
            if (
                prev.lower() not in _EVENT_BEFORE
                and prev.rstrip(".").lower() not in MONTHS
                and not re.search(rf"{MONTH}\s+{DAY},\s*$", text[: m.start()])
            ):
                continue
            if _NOT_EVENT_AFTER.match(text, m.end()) or _FUTURE.search(_sentence(text, m.start())):
                continue
            out.append((int(m[1]), para.start + m.start()))
    return out
