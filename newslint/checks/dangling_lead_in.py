"""NL203 dangling-lead-in: a line ending in a colon that introduces nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article
from newslint.checks._boilerplate import (
    compile_with_extras,
    core,
    delete_line,
    excerpt,
    phrase_pattern,
)
from newslint.checks._text import word_count
from newslint.finding import Hit
from newslint.rule import RuleOptions, article_rule

#: Page-furniture lead-ins of at most four words; a demonstrably short, closed list.
LEAD_INS = (
    "read more", "read also", "also read", "read next", "read more here", "read the full story",
    "more", "more on this", "more on this story", "more from", "more stories", "more news",
    "related", "related stories", "related articles", "related news", "related content",
    "related coverage", "related links", "related posts", "related topics", "see also",
    "also see", "see more", "watch", "watch video", "watch the video", "watch more", "listen",
    "like this", "share this", "share", "share this article", "share this story",
    "you may also like", "you might also like", "recommended", "recommended for you",
    "further reading", "don't miss", "don’t miss", "must read", "trending", "trending now",
    "most read", "most popular", "top stories", "latest", "latest news", "in other news",
    "click here", "follow us", "sponsored", "advertisement",
)  # fmt: skip
_LEAD_IN_TEMPLATE = r"^(?:{phrases})\s*(?:\.{3}|…)?$"
_BASE = phrase_pattern(LEAD_INS)
#: What a lead-in may legitimately introduce: a list item, a quotation, a lower-case
#: continuation, a link or a bare headline (no end punctuation).
_INTRODUCED = re.compile(r"^\s*(?:[-*•–—·+]\s|\d{1,2}[.)]\s|[\"“‘'«„\[(<]|[a-z]|https?://|www\.)")
_END_PUNCT = tuple('.!?"”’»')


class DanglingLeadInOptions(RuleOptions):
    min_unrelated_words: int = Field(
        8,
        ge=1,
        description="After a known lead-in, a following line of at least this many words "
        "ending like a sentence is an unrelated paragraph (shorter ones may be headlines).",
    )
    max_safe_fix_words: int = Field(
        12,
        ge=1,
        description="A colon line at the end longer than this gets an unsafe fix only "
        "(deleting a long sentence needs a look).",
    )
    extra_phrases: list[str] = Field(
        default_factory=list,
        description="More lead-in phrases, without the colon, e.g. 'Lesen Sie auch'.",
    )


@article_rule(
    code="NL203",
    name="dangling-lead-in",
    summary="A line ending in a colon introduces nothing (end of text or unrelated line).",
    options=DanglingLeadInOptions,
    tags=("boilerplate",),
    fix_safety="safe",
)
def check(article: Article, options: DanglingLeadInOptions) -> Iterator[Hit]:
    """## What it does
    Flags a line that ends in a colon but introduces nothing: any such line at the very end
    of the article, and a known page lead-in ("Read more:", "Like this:", "Related stories:",
    "See also:", "Watch:", "More on this:") followed by an unrelated paragraph instead of the
    links, list or quotation it once introduced.

    ## Why it matters
    Extractors keep the lead-in of a link box or share bar and drop what it led into. The
    orphan colon line is noise, and a model trained on it learns to end texts with "Read more:".

    ## Example
        The harbour will reopen on Monday, the port authority said.
        Read more:
        Fishermen in the bay have complained about the closure for weeks, saying they lost income.

    ## Passes
        The minister said:
        "We will reopen the harbour on Monday."

    ## Options
    - `min_unrelated_words` (default 8): shorter lines after a lead-in may be linked headlines.
    - `max_safe_fix_words` (default 12): longer colon lines at the end get an unsafe fix.
    - `extra_phrases` (default none): more lead-ins, e.g. `Lesen Sie auch`.

    ## Known false positives
    A lead-in followed by a linked story's full first sentence. Fix: delete the line (safe).
    """
    lines = article.lines
    lead_in = compile_with_extras(
        _LEAD_IN_TEMPLATE, _BASE, tuple(options.extra_phrases), re.IGNORECASE
    )
    for i, line in enumerate(lines):
        text = core(line.text)
        if not text.endswith(":") or text.endswith("::") or text.endswith("://"):
            continue
        words = word_count(text)
        if i == len(lines) - 1:
            safe = words <= options.max_safe_fix_words
            yield Hit(
                f"lead-in {excerpt(text)!r} at the end of the article introduces nothing",
                start=line.start,
                end=line.end,
                fix=delete_line(article, line, safe=safe),
            )
            continue
        if not lead_in.match(text[:-1].strip()):
            continue
        nxt = _rest_of_paragraph(article, lines[i + 1].start)
        nxt_core = core(nxt)
        if not (nxt_core.endswith(":") and lead_in.match(nxt_core[:-1].strip())) and (
            _INTRODUCED.match(nxt)
            or word_count(nxt) < options.min_unrelated_words
            or not nxt.endswith(_END_PUNCT)
        ):
            continue
        yield Hit(
            f"lead-in {excerpt(text)!r} is followed by {excerpt(nxt, 40)!r}, not by what it "
            "introduced",
            start=line.start,
            end=line.end,
            fix=delete_line(article, line),
        )


def _rest_of_paragraph(article: Article, start: int) -> str:
    """The text from ``start`` to the end of its paragraph (wrapped lines joined)."""
    for para in article.paragraphs:
        if para.start <= start <= para.end:
            return " ".join(article.body[start : para.end].split())
    return article.body[start : article.line_end(start)].strip()
