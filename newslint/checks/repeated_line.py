"""NL302 repeated-line: the same non-trivial line or paragraph twice in one article."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article, Line
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

    In blank-line paragraphs wrapped at a fixed width, the tail of a wrapped sentence (a
    line that continues the line above: "... observers," / "the official said.") counts only
    together with the lines it continues: two paragraphs that wrap onto the same short tail
    repeat nothing, a repeated paragraph is reported line by line.

    ## Known false positives
    Poems, chants or slogans deliberately quoted twice. Fix: delete the repeat (safe).
    """
    # Group lines by normalised text first; only lines whose text recurs need their words
    # counted (a regex scan), and most articles have none. The tail of a wrapped sentence
    # (a continuation line) is no line of its own: its key is its text plus the number of
    # the key of the line above, so it recurs only with the lines it continues (a repeated
    # paragraph), not when two paragraphs wrap onto the same tail ("the official said.").
    groups: dict[tuple[int, str], list[Line]] = {}
    numbers: dict[tuple[int, str], int] = {}
    continued = article.continuation_lines
    above = -1
    for line in article.lines:
        key = (above if line.index in continued else -1, normalise_for_compare(line.text))
        groups.setdefault(key, []).append(line)
        above = numbers.setdefault(key, len(numbers))
    hits: list[Hit] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        long_enough = [ln for ln in group if word_count(ln.text) >= options.min_words]
        for line in long_enough[1:]:
            text = line.text.strip()
            start, end = article.line_span_with_newline(line)
            message = (
                f"line repeats line {long_enough[0].number + article.body_line_offset}: "
                f"{_excerpt(text)!r}"
            )
            hits.append(Hit(message, start=line.start, end=line.end, fix=Fix(start, end, "")))
    yield from sorted(hits, key=lambda h: h.start)


def _excerpt(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
