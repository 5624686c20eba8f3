"""NL101 copyright-year-mismatch: a copyright notice older (or much newer) than the article."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article
from newslint.checks._dates import event_years, reference_date
from newslint.checks._text import word_count
from newslint.finding import Hit
from newslint.rule import RuleOptions, article_rule

_YEAR = r"(?:19|20)\d\d(?!\d)"
_NOTICE = re.compile(
    r"(?P<mark>\bCopyright\b|\bCOPYRIGHT\b|©|\([cC]\))(?:\s*(?:©|\([cC]\)))?\s*"
    r"(?P<holder>(?:[A-Z][\w.&'’-]*,?\s+){0,4}?)"
    rf"(?P<y1>{_YEAR})(?:\s*[-–—/]\s*(?:(?P<y2>{_YEAR}|\d\d(?!\d))|(?P<open>present|now|today)))?"
)
_CREDIT_WORDS = re.compile(r"\b(?:photo|image|picture|getty|illustration|graphic)", re.I)


class CopyrightYearOptions(RuleOptions):
    max_lag_years: int = Field(
        1,
        ge=0,
        description="A notice may be this many years newer than the article date (sites stamp "
        "the current year on old stories); more is reported.",
    )
    use_body_years: bool = Field(
        True,
        description="With no article date, compare with the latest year the body reports "
        "events in.",
    )


def notices(article: Article) -> Iterator[tuple[int, int]]:
    """(year, body offset of that year) of each copyright notice; for a range, its last year."""
    for line in article.lines:
        text = line.text
        if not _NOTICE.search(text) or _CREDIT_WORDS.search(text):
            continue  # "Photo: © 2012 AFP" dates the picture, not the page
        footer = word_count(text) <= 15 or "reserved" in text.lower()
        for m in _NOTICE.finditer(text):
            if m["open"] or (not footer and (m["holder"] or m["mark"].startswith("("))):
                continue  # "2005-present"; "(c) 2012" in a list, "Copyright Act 1976" in prose
            year, pos = int(m["y1"]), m.start("y1")
            if m["y2"]:
                end = int(m["y2"]) if len(m["y2"]) == 4 else year // 100 * 100 + int(m["y2"])
                if end >= year:
                    year, pos = end, m.start("y2")
            yield year, line.start + pos


@article_rule(
    code="NL101",
    name="copyright-year-mismatch",
    summary="A copyright notice is older (or much newer) than the article's date.",
    options=CopyrightYearOptions,
    tags=("dates", "metadata"),
)
def check(article: Article, options: CopyrightYearOptions) -> Iterator[Hit]:
    """## What it does
    Compares the year of each copyright notice ("Copyright © 2012 …", "(c) 2012",
    "© 2012-2019": the last year counts) with the article date, taken from the metadata, else
    a dateline with a year, else a "Published:"/"Updated:" line in the body. A notice older
    than that year is reported, and so is one newer by more than `max_lag_years`. With no
    date at all, a notice older than the latest year the body reports events in ("in 2015",
    "since 2011") is reported.

    ## Why it matters
    A notice older than the story it closes was pasted from another page or template, or the
    article carries the wrong date; a notice years after the story marks an old story re-served
    under a new stamp. Either way the article's date can't be trusted for time-aware splits.

    ## Example
        Russia launched a military intervention in 2015.

        Copyright © 2012 Example News. All Rights Reserved.

    ## Passes
        Russia launched a military intervention in 2015.

        Copyright © 2019 Example News. All Rights Reserved.

    ## Options
    - `max_lag_years` (default 1): how much newer than the article date a notice may be.
    - `use_body_years` (default true): without an article date, compare with body years.

    ## Known false positives
    Notices quoted in the text, and archive pages that keep the original notice on purpose.
    Body years skip quantities ("some 2000 troops"), clock times ("2100 GMT") and sentences
    about plans or forecasts, but a past event year written in an unusual way may still count.
    """
    found = list(notices(article))
    if not found:
        return
    offset = article.body_line_offset
    ref = reference_date(article)
    if ref is not None:
        for year, pos in found:
            if year < ref.year:
                yield Hit(f"copyright year {year} is older than {ref.describe()}", pos, pos + 4)
            elif year > ref.year + options.max_lag_years:
                lag = options.max_lag_years
                yield Hit(
                    f"copyright year {year} is more than {lag} year{'s' * (lag != 1)} "
                    f"newer than {ref.describe()}",
                    pos,
                    pos + 4,
                )
        return
    if not options.use_body_years:
        return
    notice_lines = [article.line_col(pos)[0] for _, pos in found]
    skip = [
        (article.line_starts[n - 1], article.line_end(article.line_starts[n - 1]))
        for n in notice_lines
    ]
    years = event_years(article, skip)
    if not years:
        return
    latest, where = max(years, key=lambda item: (item[0], -item[1]))
    line = article.line_col(where)[0] + offset
    for year, pos in found:
        if year < latest:
            yield Hit(
                f"copyright year {year} is older than the latest year the body reports events "
                f"in ({latest}, line {line})",
                pos,
                pos + 4,
            )
