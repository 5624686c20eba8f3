"""NL105 metadata-line-in-body: "Published: ...", bylines and similar page furniture as text."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article
from newslint.checks._page_furniture import METADATA_PRESCAN, metadata_line_kind
from newslint.finding import Fix, Hit
from newslint.rule import RuleOptions, article_rule


class MetadataLineOptions(RuleOptions):
    bylines: bool = Field(
        True,
        description="Report byline lines ('By Jane Doe', 'Economy | By Jane Doe', 'Posted by "
        "admin'); turn off for corpora that keep bylines on purpose.",
    )


def _excerpt(text: str, limit: int = 60) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


@article_rule(
    code="NL105",
    name="metadata-line-in-body",
    summary="A page-furniture line (date header, byline, reading time) inside the body.",
    options=MetadataLineOptions,
    tags=("metadata",),
    fix_safety="safe",
)
def check(article: Article, options: MetadataLineOptions) -> Iterator[Hit]:
    """## What it does
    Flags whole lines that are page furniture rather than article text: date headers
    ("Published: …", "Updated: …", "Posted on …", "Last modified …", "Last edited …", "First
    published …"), bylines ("By Jane Doe", "By: Jane Doe", "By JANE DOE and John Roe, Reuters",
    "By Jane Doe | Staff Writer", "Jane Doe, Staff Reporter", "Jane Doe / World correspondent",
    "Jane Doe (Health Editor)", "Byline: Jane Doe", "Reported by Jane Doe", "Compiled by Jane
    Doe", "Analysis by Jane Doe", "Opinion by Jane Doe and John Roe"), section-and-byline
    lines ("Economy | By Jane Doe", "Economy | Jane Doe"), name-and-date lines ("Jane Doe |
    March 5, 2024", "Jane Doe — March 5, 2024", "Jane Doe, Staff Reporter | Tue 5 Mar 2024"),
    date-and-time lines ("March 5, 2024 14:30", "5.03.2024 | 14:30"), breadcrumbs ("News »
    World", "Home › Sport › Local"), "Posted by admin", reading-time lines in their usual
    phrasings ("3 min read", "3-minute read", "Estimated reading time: 5 minutes", "Less than
    a minute read", "Reads in 4 minutes", "6 min listen") and chains of stamps and reading
    times ("Published May 3, 2021 • Updated May 4, 2021 • 4 min read"). Sentences never
    match: "By Tuesday, the rebels had withdrawn.", "He was last edited out of the film." and
    "It was published on Monday." are text.

    ## Why it matters
    Scrapers copy the page header into the text. A model trained on it learns to write
    bylines and time stamps into stories, and the header's date is then mistaken for text.

    ## Example
        Published: Sat, May 06, 2017
        Economy | By Jane Doe

        The ministry said exports rose in April.

    ## Passes
        By contrast, exports rose in April, the ministry said.

    ## Options
    - `bylines` (default true): also report byline lines.

    ## Known false positives
    A Title-Case headline that starts with "By" and looks like names ("By Popular Demand");
    a short Title-Case heading built with » or › ("Brexit » What Next") reads as a breadcrumb;
    a timeline heading of two or more Title-Case words, a dash and a full date ("Berlin Wall —
    November 9, 1989") reads as a name and date; a heading "Review by Jane Doe" of a
    quoted review reads as a byline.
    Fix: delete the line (safe; keep the date in the article metadata instead).
    """
    candidates = METADATA_PRESCAN.lines(article)
    for line in article.lines:
        if line.number not in candidates:
            continue
        if article.is_continuation(line):  # the tail of a wrapped sentence, not a line
            continue
        kind = metadata_line_kind(line.text)
        if kind is None or (
            not options.bylines and kind != "date header" and kind != "reading time"
        ):
            continue
        indent = len(line.text) - len(line.text.lstrip())
        yield Hit(
            f"{kind} line in the body: {_excerpt(line.text)!r}",
            line.start + indent,
            line.end,
            fix=Fix(*article.line_span_with_newline(line), ""),
        )
