"""NL302 repeated-line: the same non-trivial line or paragraph twice in one article."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article
from newslint.checks._text import normalise_for_compare, word_count
from newslint.finding import Fix, Hit
from newslint.rule import RuleOptions, article_rule


class RepeatedLineOptions(RuleOptions):
    min_words: int = Field(
        3, ge=1, description="Lines with fewer words are ignored (short lines repeat legitimately)."
    )


@article_rule(
    code="NL302",
    name="repeated-line",
    summary="The same non-trivial line appears twice in one article.",
    options=RepeatedLineOptions,
    tags=("structure",),
    fix_safety="safe",
)
def check(article: Article, options: RepeatedLineOptions) -> Iterator[Hit]:
    """## What it does
    Flags the second and later copies of a line (or one-line paragraph) that already appeared
    earlier in the same article, compared after normalising case, quotes, dashes and spaces.

    ## Why it matters
    Scrapers duplicate headlines, pull quotes and whole paragraphs when a page shows them
    twice (a headline above and inside the story, a "sticky" teaser). Repeated text skews
    n-gram statistics and teaches models to repeat themselves.

    ## Example
        Council approves new harbour budget

        Council approves new harbour budget

    ## Passes
        Council approves new harbour budget

        The council approved the harbour budget on Tuesday.

    ## Options
    - `min_words` (default 3): shorter lines ("Agencies", "Photo") are ignored.

    ## Known false positives
    Poems, chants or slogans deliberately quoted twice. Fix: delete the repeat (safe).
    """
    seen: dict[str, int] = {}
    for line in article.lines:
        text = line.text.strip()
        if word_count(text) < options.min_words:
            continue
        key = normalise_for_compare(text)
        first = seen.get(key)
        if first is None:
            seen[key] = line.number
            continue
        start, end = article.line_span_with_newline(line)
        yield Hit(
            f"line repeats line {first + article.body_line_offset}: {_excerpt(text)!r}",
            start=line.start,
            end=line.end,
            fix=Fix(start, end, ""),
        )


def _excerpt(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
