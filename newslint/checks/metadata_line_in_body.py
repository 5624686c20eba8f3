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
        "admin') and writers' one-line biographies ('Jane Doe is a courts reporter for the "
        "Valley Post.'); turn off for corpora that keep bylines on purpose.",
    )


#: Kinds reported with ``bylines`` off: they name no writer.
_NOT_BYLINES = frozenset(("date header", "reading time", "wire slug", "editors' note"))


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
    published …", "Published date: …", "Date updated: …"), bylines ("By Jane Doe", "By: Jane
    Doe", "By JANE DOE and John Roe, Reuters", "By Jane Doe | Staff Writer", "Jane Doe,
    Staff Reporter", "Jane Doe / World correspondent", "Jane Doe (Health Editor)", "Byline:
    Jane Doe", "Reported by Jane Doe", "Compiled by Jane Doe", "Analysis by Jane Doe", "Opinion
    by Jane Doe and John Roe", "Written by Jane Doe and John Roe", "Reported and written by
    Jane Doe", "Words and pictures by Jane Doe"),
    section-and-byline lines ("Economy | By Jane Doe", "Economy | Jane Doe"), name-and-date
    lines ("Jane Doe | March 5, 2024", "Jane Doe — March 5, 2024", "Jane Doe, Staff Reporter |
    Tue 5 Mar 2024", "Jane Doe, Correspondent | 05/03/2024": a numeric date after a role),
    date-and-time lines ("March 5, 2024 14:30", "5.03.2024 | 14:30", a day written with a
    full stop and the clock word of another language: "5. March 2024 kl. 14.05"), a live
    blog's label and its stamps ("Live updates, Tue 5 Mar — last refreshed 14:05 GMT"),
    breadcrumbs ("News » World", "Home › Sport › Local", ending in a date: "News » World »
    Tue, 5 March 2024"), "Posted by admin" (a blog's
    category note may follow the stamp: "Posted by admin at 14:05 | Filed under Sport", or
    stand inside it: "Posted in Sport, Local on 05/03/2024 by Jane Doe"),
    reading-time lines
    in their usual phrasings ("3 min read", "3-minute read", "Estimated reading time: 5
    minutes", "Less than a minute read", "Reads in 4 minutes", "6 min listen"), an audio
    player's length ("Listen to this story · 6 min", "Listen to the audio version of this
    article (4:30)"), wire-service routing lines: slugs of a prefix, a desk and keywords
    joined by hyphens with a double hyphen or a version note ("BC-Markets--Gold-Prices,3rd
    Ld-Writethru", "AP-Health--Flu-Season", also wrapped in carets: "^BC-...^") and wire
    editors' notes ("Eds: Updates with
    ..."), header lines
    whose parts, joined by '|' '•' '·', a spaced dash or a spaced slash, are all stamps,
    reading times, bylines (also labelled: "Author: Jane Doe", "Reporting: Jane Doe"), one
    name or two joined ("Jane Doe and John Roe"), short section labels or a
    blog's category label ("Filed under Politics", "Posted in Business"), a newsletter's
    issue or a podcast's episode ("Issue #12", "Season 2, Episode 14", with its length: "38
    min"), when a newsletter went out ("Sent to subscribers on Tue, March 5"), picture
    credits beside a byline ("Photos by John Roe"), one of them a date
    header, a reading time, a byline, a category label or an issue ("Published May 3, 2021 •
    Updated May 4, 2021 • 4 min read", "Jane Doe · 6 min read · Mar 5, 2024", "Business •
    March 5, 2024 • 3 min read", "By Jane Doe | Politics | 05/03/2024", "Author: Jane Doe / 5
    March 2024", "Jane Doe & John Roe • 5 March 2024 • Posted in Sport", "Episode 12 · March
    5, 2024 · 38 min", "Story by Jane Doe • Photos by John Roe • March 5, 2024"; a pictograph
    may open the line or a part: "🕑 4 min read · Updated Mar 5"), and writers' one-line
    biographies: a name, "is" and a newsroom role with
    where it is held ("Jane Doe is a courts reporter for the Valley Post.", "Jane Doe is the
    Valley Post's health editor.", "Jane Doe is a freelance journalist based in Lagos.", "Jane
    Doe covers courts for the Valley Post."; an editor, writer or producer needs an outlet with
    a newsroom word in its name; a call to follow or contact the writer may follow, after a
    question asking for tips: "Got a tip? Email her at jdoe@example.com"). Sentences never
    match: "By Tuesday, the rebels had
    withdrawn.", "He was last edited out of the film.", "It was published on Monday.",
    "AM-FM radio stations were told to close.", "Listen to this: 5 minutes of silence.",
    "Filed under seal, the papers stayed secret.", "Issue 4 of the report was sent to members
    on Friday.", "Live updates on the vote will follow." and "Jane Doe is a reporter at the
    Herald who broke the story." are text.

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
    - `bylines` (default true): also report byline lines and writers' biographies (date
      headers, reading times, wire slugs and editors' notes are reported either way).

    ## Known false positives
    A Title-Case headline that starts with "By" and looks like names ("By Popular Demand");
    a short Title-Case heading built with » or › ("Brexit » What Next") reads as a breadcrumb;
    a timeline heading of two or more Title-Case words, a dash and a full date ("Berlin Wall —
    November 9, 1989") reads as a name and date; a heading "Review by Jane Doe" of a
    quoted review reads as a byline; a listing of a place, a date and a time ("Harbour Hall |
    March 5, 2024 | 7:30pm") reads as a byline and date; a one-sentence paragraph that
    introduces a journalist by name, role and outlet and says nothing more ("Jane Doe is a
    reporter at the Valley Post.") in a story about the press reads as the writer's biography;
    a line that is only a hyphenated code with a double hyphen after "BC-", "AM-", "PM-" or
    "AP-" ("AM-Radio--Tower") reads as a wire slug; a heading of Title-Case labels joined by
    ' / ' with an "Updated <date>" part ("Sales / Marketing / Updated 5 March 2024") reads as
    a header line; a heading of a podcast's episode number and its date ("Episode 3 · March 5,
    2024") reads as an episode header.
    Fix: delete the line (safe; keep the date in the article metadata instead).
    """
    candidates = METADATA_PRESCAN.lines(article)
    for line in article.lines:
        if line.number not in candidates:
            continue
        if article.is_continuation(line):  # the tail of a wrapped sentence, not a line
            continue
        kind = metadata_line_kind(line.text)
        if kind is None or (not options.bylines and kind not in _NOT_BYLINES):
            continue
        indent = len(line.text) - len(line.text.lstrip())
        yield Hit(
            f"{kind} line in the body: {_excerpt(line.text)!r}",
            line.start + indent,
            line.end,
            fix=Fix(*article.line_span_with_newline(line), ""),
        )
