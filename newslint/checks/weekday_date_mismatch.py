"""NL103 weekday-date-mismatch: "Friday, April 20, 2019" when April 20, 2019 was a Saturday."""

from __future__ import annotations

import calendar
from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article
from newslint.checks._dates import find_dates
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


class WeekdayDateOptions(RuleOptions):
    invalid_dates: bool = Field(
        True,
        description="Also report impossible dates (February 30, April 31), with or without "
        "a weekday.",
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
    "Sat, May 06, 2017", "Friday 19 April 2019", "Fri., Apr. 19, 2019") and reports those whose
    weekday is wrong for the date. Impossible dates ("February 30, 2019", "April 31") are
    reported too.

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

    ## Known false positives
    Hardly any: quoted historical errors. Weekdays with a date but no year ("Friday, April 19")
    are not checked, since the year can't be known for sure.
    """
    for d in find_dates(article.body):
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
        when = d.date
        if d.weekday is None or when is None or when.weekday() == d.weekday:
            continue
        yield Hit(f"{d.text} was a {_WEEKDAY_NAMES[when.weekday()]}", d.start, d.end)
