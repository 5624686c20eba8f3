"""NL104 unanchored-relative-date: "on Friday", "last month" in an article with no date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article
from newslint.checks._date_parse import find_dates
from newslint.checks._reference_date import has_date_anchor
from newslint.finding import Hit, Severity
from newslint.rule import RuleOptions, article_rule

_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_PERIOD = "week|weekend|month|year|spring|summer|autumn|fall|winter"


def _cap(words: str) -> str:
    """``last|this`` -> ``[Ll]ast|[Tt]his``: lower case, or capitalised at a sentence start.

    (Much faster than a case-insensitive pattern, which Python's re scans slowly.)
    """
    return "|".join(
        f"[{w[0].upper()}{w[0]}]{w[1:]}" if w[0].isalpha() else w for w in words.split("|")
    )


_RELATIVE = re.compile(
    rf"\b(?=[A-Za-z\d])(?:(?:{_cap('yesterday|tomorrow|tonight')}"
    rf"|{_cap('last')}\s+night|{_cap('this')}\s+(?:morning|afternoon|evening)"
    rf"|(?:{_cap('earlier|later')})\s+(?:this|last|next)\s+(?:{_PERIOD})"
    rf"|(?:{_cap('last|this|next|past')})\s+(?:{_PERIOD})"
    rf"|(?:\d+|{_cap('an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few')})\s+"
    r"(?:days?|weeks?|months?|years?)\s+ago)\b"
    rf"|(?:(?:{_cap('late|early')})\s+)?(?:(?:{_cap('on|last|next|this|since|by|until')})\s+)?"
    rf"(?P<day>{_DAYS})\b)"
)
#: "Good Friday", "Super Tuesday": named days; "every Sunday": habits. Not relative dates.
_NAMED_DAY_BEFORE = re.compile(
    r"\b(?:Good|Black|Ash|Super|Easter|Palm|Bloody|Cyber|Holy|Maundy|Shrove|Man|Girl|Blue|"
    r"Orthodox|Giving|[Ee]very|[Ee]ach|[Aa]ny|[Aa])\s+$"
)
_NAMED_DAY_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Mail|Night|Morning|Edition|Magazine|"
    r"Review|Star|Tribune|Independent|Sport)\b"
)


class UnanchoredRelativeDateOptions(RuleOptions):
    min_references: int = Field(
        1,
        ge=1,
        description="Report only articles with at least this many relative day references.",
    )


def relative_references(article: Article) -> list[re.Match[str]]:
    """Relative day references, without named days and weekdays that are part of a date."""
    body = article.body
    in_dates: list[tuple[int, int]] | None = None  # weekday dates, found when first needed
    out = []
    for m in _RELATIVE.finditer(body):
        if m["day"]:
            pos = m.start("day")
            if _NAMED_DAY_BEFORE.search(body, max(0, pos - 12), pos):
                continue
            if _NAMED_DAY_AFTER.match(body, m.end()):
                continue
            if in_dates is None:
                in_dates = [(d.start, d.end) for d in find_dates(body) if d.weekday is not None]
            if any(a <= pos < b for a, b in in_dates):
                continue
        out.append(m)
    return out


@article_rule(
    code="NL104",
    name="unanchored-relative-date",
    summary="Relative dates ('on Friday', 'last month') in an article that carries no date.",
    severity=Severity.INFO,
    options=UnanchoredRelativeDateOptions,
    tags=("dates",),
)
def check(article: Article, options: UnanchoredRelativeDateOptions) -> Iterator[Hit]:
    """## What it does
    In an article with no date anywhere (no `date` metadata, no dateline with a date, no
    "Published:" line, no full date such as "April 19, 2019" in the text), reports the first
    relative day reference ("on Friday", "said Thursday", "yesterday", "last month", "this
    week", "earlier this year", "tonight", "three days ago"), once per article, with the
    number of such references.

    ## Why it matters
    "On Friday" means nothing once the page date is gone: the events of the article can no
    longer be placed in time, and a model trained on it learns dates it can't resolve.
    Keep the date in the metadata when extracting.

    ## Example
        The minister resigned on Friday after a vote last week.

    ## Passes
        DAMASCUS, April 19 (Reuters) - The minister resigned on Friday.

    ## Options
    - `min_references` (default 1): how many references an article needs to be reported.

    ## Known false positives
    Feature stories whose time does not matter ("every summer", timeless explainers);
    habits ("on Fridays", "every Sunday") and named days ("Good Friday", "Super Tuesday") are
    not counted.
    """
    if article.date is not None:  # dated by its metadata: no need to look for references
        return
    refs = relative_references(article)
    if len(refs) < options.min_references or has_date_anchor(article):
        return
    first = refs[0]
    count = f"{len(refs)} relative reference{'s' * (len(refs) != 1)}"
    yield Hit(
        f"relative date {first[0]!r} cannot be placed in time: the article carries no date "
        f"({count})",
        first.start(),
        first.end(),
    )
