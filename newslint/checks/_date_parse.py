"""Explicit dates in prose ("Friday, April 19, 2019", "19 April 2019", "2019-04-19").

Month and weekday names are matched case-sensitively (Title case or capitals) so that "may"
and "march" in prose never count. Shared by the NL1xx date rules.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache


def split_words(text: str) -> list[str]:
    """The whitespace-separated words of ``text`` (for word lists written as one string)."""
    return text.split()


MONTH_NAMES = split_words(
    "January February March April May June July August September October November December"
)
#: Lower-case month name or abbreviation (Reuters style "Sept" included) -> month number.
MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)}
MONTHS.update({name[:3].lower(): i for i, name in enumerate(MONTH_NAMES, 1)})
MONTHS["sept"] = 9
WEEKDAY_NAMES = split_words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
#: Lower-case weekday name or abbreviation -> weekday number (Monday = 0).
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}
WEEKDAYS.update({name[:3].lower(): i for i, name in enumerate(WEEKDAY_NAMES)})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})


def _alternation(names: Sequence[str]) -> str:
    forms = {f for n in names for f in (n.capitalize(), n.upper())}
    return "|".join(sorted(forms, key=len, reverse=True))


MONTH = rf"(?:{_alternation(list(MONTHS))})\b\.?"
WEEKDAY = rf"(?:{_alternation(list(WEEKDAYS))})\b\.?"
DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d:])"
YEAR = r"(?:1[6-9]|20|21)\d\d(?!\d)"
_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?"
_DATE = re.compile(
    rf"\b(?=[A-Z\d]){_WD_PREFIX}(?:"
    rf"(?P<m1>{MONTH})\s+(?P<d1>{DAY})(?:,?\s+(?P<y1>{YEAR}))?"
    rf"|(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH})(?:,?\s+(?P<y2>{YEAR}))?"
    rf"|(?P<y3>{YEAR})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>{DAY})"
    r")"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """An explicit date written in text; offsets are into the searched string."""

    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int
    weekday: int | None  # as written (Monday = 0), None without a weekday

    @property
    def valid(self) -> bool:
        """False for impossible dates (April 31; February 29 of a common year)."""
        limit = calendar.monthrange(self.year or 2000, self.month)[1]
        return self.day <= limit

    @property
    def date(self) -> dt.date | None:
        if self.year is None or not self.valid:
            return None
        return dt.date(self.year, self.month, self.day)


def _num(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def find_dates(text: str) -> Iterator[DateMention]:
    """Explicit dates: "April 19, 2019", "19 April 2019", "Sat, May 06, 2017", "2019-04-19"...

    A day without a year ("on April 19") is returned with ``year`` None. Memoised per text
    (several rules scan the same body): a pure function of ``text``, mentions are frozen.
    """
    return iter(_dates_of(text))


@lru_cache(maxsize=32)
def _dates_of(text: str) -> tuple[DateMention, ...]:
    return tuple(_scan_dates(text))


def _scan_dates(text: str) -> Iterator[DateMention]:
    for m in _DATE.finditer(text):
        if m["m1"]:
            month, day, year = MONTHS[m["m1"].rstrip(".").lower()], m["d1"], m["y1"]
        elif m["m2"]:
            month, day, year = MONTHS[m["m2"].rstrip(".").lower()], m["d2"], m["y2"]
        else:
            month, day, year = int(m["m3"]), m["d3"], m["y3"]
        wd = m["wd"]
        if wd and wd.rstrip(".").lower() == "sun" and _after_name(text, m.start()):
            # "The Sun, May 7, 2017" / "Toronto Sun, ...": a newspaper, not Sunday
            yield from find_dates_at(text, m.start("wd") + len(wd))
            continue
        weekday = WEEKDAYS[wd.rstrip(".").lower()] if wd else None
        yield DateMention(
            m.start(),
            m.end(),
            m[0],
            int(year) if year else None,
            month,
            _num(day),
            weekday,
        )


def find_dates_at(text: str, offset: int) -> Iterator[DateMention]:
    """The dates of ``text[offset:]``, offsets still relative to ``text``."""
    for d in find_dates(text[offset:]):
        yield DateMention(
            d.start + offset, d.end + offset, d.text, d.year, d.month, d.day, d.weekday
        )


def _after_name(text: str, pos: int) -> bool:
    """Is ``pos`` right after a name ("Toronto Sun") rather than a label ("Published: Sun")?"""
    before = text[max(0, pos - 30) : pos].split()
    if not before or before[-1] in _LABELS:
        return False
    return bool(re.fullmatch(r"[A-Z][a-z]+|the", before[-1]))


_LABELS = frozenset(split_words("Published Updated Posted Modified Date On Last First Dated"))
