"""NL307 mid-story-lede: the article opens with a paragraph from the middle of a story."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.article import Article
from newslint.checks._datelines import match_dateline
from newslint.checks._lede import find_lede
from newslint.finding import Hit
from newslint.rule import NoOptions, article_rule

#: Words that point back to text before them: personal pronouns and their possessives (a
#: person named earlier), and connectives that continue an argument. Left out: "It" and
#: "There" ("It was the coldest night in a decade", "There was no shortage of ..." open
#: features), demonstratives ("This week ...").
_OPENER = re.compile(
    r"(?:He|She|They|His|Her|Their|But|However|Meanwhile|Also|And|Moreover|Furthermore|"
    r"Nevertheless|Nonetheless|Still|Yet|Instead|Besides|Otherwise|Likewise|Similarly)"
    r"(?=[ ,])"
)
#: "The Observatory also reported ...", "Police also said ...": a subject of up to four
#: words, then "also" and a verb, in the first clause (no comma or quote before it).
#: Where the first clause ends: a comma, semicolon, colon, quote or sentence end.
_CLAUSE_END = re.compile(r"[,;:\"“”]|(?<=[.!?]) ")
_ALSO = re.compile(r"(?:[\w'’.-]+ ){1,4}?also [a-z]+")


@article_rule(
    code="NL307",
    name="mid-story-lede",
    summary="The first paragraph reads as the middle of a story (its start is missing).",
    options=NoOptions,
    tags=("structure", "splice"),
)
def check(article: Article, options: NoOptions) -> Iterator[Hit]:
    """## What it does
    Flags the lede (the first paragraph of text after the title, header, byline and caption
    lines; after its dateline, if any) when its first words point back to text that is not
    there: a personal pronoun or possessive ("He said ...", "Their lawyers ..."), a
    connective ("But ...", "However, ...", "Meanwhile ...", "Also ..."), or "also" in the
    first clause ("The Observatory also reported heavy fighting ...").

    ## Why it matters
    Extractors that drop the first paragraphs, and spinners that open an article with a
    paragraph taken from the middle of another story, leave a lede that refers to people
    and events never introduced. Models trained on it learn to start in the middle.

    ## Example
        The Observatory also reported heavy fighting in the north of the province.

    ## Passes
        The Observatory reported heavy fighting in the north of the province on Monday.

        There was no shortage of volunteers at the harbour on Saturday morning.

    ## Options
    None.

    ## Known false positives
    Feature and column ledes that open with a pronoun on purpose ("She was 19 when she
    first ...") or a connective for effect ("But first, the weather.").
    """
    lede = find_lede(article)
    if lede is None:
        return
    text = lede.text
    offset = 0
    dateline = match_dateline(text)
    if dateline is not None:
        offset = dateline.end
    while offset < len(text) and text[offset] in " \t-—–:":
        offset += 1
    opening = text[offset:]
    first_clause = _CLAUSE_END.split(opening, maxsplit=1)[0]
    m = _OPENER.match(opening) or _ALSO.match(first_clause)
    if m is None:
        return
    start = lede.start + offset
    shown = " ".join(m[0].split())
    yield Hit(
        f"the lede opens mid-story ({shown!r}…): it refers back to text that is not there "
        "(the story's start is missing, or this paragraph comes from another story)",
        start,
        start + len(m[0]),
    )
