"""NL101 copyright-year-mismatch: a copyright notice older (or much newer) than the article."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article
from newslint.checks._copyright_notices import notices
from newslint.checks._reference_date import event_years, reference_date
from newslint.finding import Hit
from newslint.rule import RuleOptions, article_rule


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
    "© Copyright 2012, Example News" with the mark doubled in either order, "© 2012-2019":
    the last year counts; "Content copyright 2012 …" on a footer line, where a lower-case
    "copyright" must stand right before its year; "2012 © Example News", the year first, at
    the start of a footer line or after a '|') with the article date, taken
    from the metadata, else a dateline with a year, else a "Published:"/"Updated:" line in
    the body. A footer line is short (at most 15 words) or reserves rights: "All rights
    reserved", or, with the site's own content or nothing before the mark and no reporting
    verb, what may not be done without permission ("Site content copyright 2012 Example
    News; reproduction without written consent is prohibited"). A notice older
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
    Notices quoted in the text ("the copyright expired in 2012" is not one), and archive
    pages that keep the original notice on purpose; a story's sentence that quotes a site's
    notice with its rights and no reporting verb ("This page is copyright 2012 Example News
    and no part may be copied without consent") reads as the notice.
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
