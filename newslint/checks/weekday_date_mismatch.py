"""NL103 weekday-date-mismatch: "Friday, April 20, 2019" when April 20, 2019 was a Saturday."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article
from newslint.checks._date_parse import WEEKDAY, WEEKDAYS, DateMention, find_dates
from newslint.checks._reference_date import reference_date
from newslint.finding import Hit, Severity
from newslint.rule import RuleOptions, article_rule

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


#: "Sunday (June 2, 2024)": a weekday with the date in brackets after it.
_WD_BEFORE_PAREN = re.compile(rf"(?P<wd>{WEEKDAY})\s*\(\s*$")
#: "Monday 03/02/2020": a weekday with a numeric date (day-first or month-first).
_NUMERIC = re.compile(
    rf"\b(?P<wd>{WEEKDAY}),?\s+(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)"
    r"(?P<y>(?:19|20)\d\d)(?!\d)"
)
_ANY_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(?:19|20)\d\d(?!\d)")
#: What both numeric patterns need at least, without their slow look-behinds: most bodies
#: have no numeric date at all and skip them.
_NUMERIC_HINT = re.compile(r"\d[/.]\d\d?[/.](?:19|20)\d\d")
_FULL_MONTH_DOT = tuple(f"{name}." for name in _MONTH_NAMES[1:])


def _hint_pattern() -> re.Pattern[str]:
    """What every date this rule can report contains, as one flat alternation.

    A weekday (any form: "Fri.", "THURS", "Sunday") before a day, a month, "the" or a bracket;
    or a day 29-31 next to a month of fewer days (in words or ISO). Most bodies have neither
    and skip the date scan. Every alternative starts with a literal, so that the regex engine
    jumps between their first characters (a nested alternation would try every position).
    """
    stems = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    months = "|".join(f"{m}|{m.upper()}" for m in stems)
    short = ("Feb", "Apr", "Jun", "Sep", "Nov")  # the months without a 31st (or a 30th)
    shorts = "|".join(f"{m}|{m.upper()}" for m in short)
    after_weekday = rf"[A-Za-z]*\.?(?:,?\s+(?:the\s+)?(?:\d|{months})|\s*\()"
    alts = [f"{w}{after_weekday}" for d in _WEEKDAY_NAMES for w in (d[:3], d[:3].upper())]
    alts += [rf"{m}[A-Za-z]*\.?\s+(?:29|3[01])(?!\d)" for s in short for m in (s, s.upper())]
    alts += [rf"{d}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{shorts})" for d in ("29", "30", "31")]
    alts.append(r"-(?:02|04|06|09|11)-(?:29|3[01])(?!\d)")
    return re.compile("|".join(alts))


_HINT = _hint_pattern()


class WeekdayDateOptions(RuleOptions):
    invalid_dates: bool = Field(
        True,
        description="Also report impossible dates (February 30, April 31), with or without "
        "a weekday.",
    )
    max_days_without_year: int = Field(
        120,
        ge=0,
        description="A weekday date without a year ('Friday, April 19') is checked in the "
        "article's year only when that date lies at most this many days from the article date "
        "(0: never check dates without a year).",
    )


@article_rule(
    code="NL103",
    name="weekday-date-mismatch",
    summary="An explicit date names the wrong weekday, or is not a valid date.",
    severity=Severity.ERROR,
    options=WeekdayDateOptions,
    tags=("dates",),
)
def check(article: Article, options: WeekdayDateOptions) -> Iterator[Hit]:
    """## What it does
    Finds explicit dates written with a weekday and a year ("Friday, April 19, 2019",
    "Sat, May 06, 2017", "Friday 19 April 2019", "Fri., Apr. 19, 2019", "Sunday (June 2,
    2024)") and reports those whose weekday is wrong for the date. Impossible dates ("February
    30, 2019", "April 31") are reported too.

    A weekday date without a year ("Friday, April 19", "Monday, the 3rd of February") is
    checked in the year nearest the article date (metadata, dateline or "Published" header),
    and only when it lies within `max_days_without_year` days of it; without an article date
    it is skipped. A numeric date ("Monday 03/02/2020") is read in the order the article's
    other numeric dates settle (one of them with a day above 12); when nothing settles it, it is
    reported only if the weekday is wrong under both readings.

    ## Why it matters
    A wrong weekday means the date or the weekday was mistyped, templated or shifted by a time
    zone bug, and nobody can tell which one is right; an impossible date is always an error.
    Date-aware filtering and timeline building silently go wrong on such text.

    ## Example
        The talks opened on Friday, April 20, 2019 in the capital.

    ## Passes
        The talks opened on Saturday, April 20, 2019 in the capital.

    ## Options
    - `invalid_dates` (default true): also report impossible dates.
    - `max_days_without_year` (default 120): how close to the article date a date without a
      year must lie to be checked (0: never).

    ## Known false positives
    Quoted historical errors. A date without a year that refers to another year than the
    article's nearest one ("Friday, April 19" of last year in a story about an anniversary)
    when it lies within `max_days_without_year` days of the article date.
    """
    body = article.body
    if not _HINT.search(body):
        return  # no weekday next to a date, no day 29-31 of a short month
    ref_day: dt.date | None = None
    ref_known = False
    for d in find_dates(body):
        if not d.valid:
            if options.invalid_dates:
                days = calendar.monthrange(d.year or 2000, d.month)[1]
                yield Hit(
                    f"{d.text!r} is not a valid date ({_MONTH_NAMES[d.month]} has {days} days"
                    f"{f' in {d.year}' if d.month == 2 and d.year else ''})",
                    d.start,
                    d.end,
                )
            continue
        d, end = _with_bracket_weekday(body, d)
        if d.weekday is None:
            continue
        when = d.date
        note = ""
        if when is None and d.year is None and not ref_known:
            ref = reference_date(article)  # only needed here, and costly without metadata
            ref_day, ref_known = (ref.date if ref is not None else None), True
        if when is None and d.year is None and ref_day is not None:
            when = _nearest(d, ref_day, options.max_days_without_year)
            note = f" in {when.year}" if when else ""
        if when is None or when.weekday() == d.weekday:
            continue
        text = d.text[:-1] if d.year is None and d.text.endswith(_FULL_MONTH_DOT) else d.text
        yield Hit(f"{text} was a {_WEEKDAY_NAMES[when.weekday()]}{note}", d.start, end)
    yield from _numeric(body)


def _with_bracket_weekday(body: str, d: DateMention) -> tuple[DateMention, int]:
    """ "Sunday (June 2, 2024)": the date with the weekday before the bracket, and its end."""
    if d.weekday is not None:
        return d, d.end
    m = _WD_BEFORE_PAREN.search(body, max(0, d.start - 14), d.start)
    close = re.match(r"\s*\)", body[d.end :])
    if m is None or close is None:
        return d, d.end
    weekday = WEEKDAYS[m["wd"].rstrip(".").lower()]
    end = d.end + close.end()
    text = body[m.start() : end]
    return DateMention(m.start(), end, text, d.year, d.month, d.day, weekday), end


def _nearest(d: DateMention, ref: dt.date, max_days: int) -> dt.date | None:
    """The date without a year in the year nearest ``ref``, if within ``max_days`` of it."""
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if d.day <= calendar.monthrange(year, d.month)[1]:
            options.append(dt.date(year, d.month, d.day))
    if not options:
        return None
    best = min(options, key=lambda day: abs((day - ref).days))
    return best if abs((best - ref).days) <= max_days else None


def _numeric(body: str) -> Iterator[Hit]:
    """Weekday + numeric date: wrong in the order the article settles, else in both orders."""
    if not _NUMERIC_HINT.search(body):
        return
    orders = set()
    for m in _ANY_NUMERIC.finditer(body):
        a, b = int(m[1]), int(m[3])
        if a > 12 >= b:
            orders.add("dmy")
        elif b > 12 >= a:
            orders.add("mdy")
    for m in _NUMERIC.finditer(body):
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        weekday = WEEKDAYS[m["wd"].rstrip(".").lower()]
        readings = {"dmy": (year, b, a), "mdy": (year, a, b)}
        if len(orders) == 1:
            readings = {k: v for k, v in readings.items() if k in orders}
        days = {}
        for order, (y, mo, da) in readings.items():
            if 1 <= mo <= 12 and 1 <= da <= calendar.monthrange(y, mo)[1]:
                days[order] = dt.date(y, mo, da)
        if not days or any(day.weekday() == weekday for day in days.values()):
            continue  # no valid reading (not a date), or one reading fits the weekday
        by_weekday: dict[int, list[str]] = {}
        for day in days.values():
            by_weekday.setdefault(day.weekday(), []).append(f"{day.day} {_MONTH_NAMES[day.month]}")
        was = " or ".join(
            f"a {_WEEKDAY_NAMES[wd]} ({' or '.join(when)})" for wd, when in by_weekday.items()
        )
        yield Hit(f"{m[0]} was {was}", m.start(), m.end())
