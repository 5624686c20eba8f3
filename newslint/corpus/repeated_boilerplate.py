"""NL505 repeated-boilerplate: a short line that recurs in many articles of the corpus."""

from __future__ import annotations

import math
import struct
from collections.abc import Collection, Iterator, Sequence

from pydantic import Field

from newslint.article import Article, ArticleRef, Line
from newslint.corpus._shingles import clamp32, hash64, norm_text
from newslint.rule import CorpusHit, RuleOptions, corpus_rule

_LINE = struct.Struct("<QIHH")  # line hash, body line, first column, end column (clamped)


class RepeatedBoilerplateOptions(RuleOptions):
    min_articles: int = Field(
        5, ge=2, description="A line must recur in at least this many articles."
    )
    min_share: float = Field(
        0.01,
        ge=0,
        le=1,
        description="...and in at least this share of the corpus (matters for large corpora).",
    )
    max_chars: int = Field(
        100,
        ge=1,
        description="Longer lines are paragraphs of reporting (NL503's job), not boilerplate.",
    )
    max_lines: int = Field(
        16,
        ge=2,
        description="Short lines kept per article: half from the top, half from the bottom.",
    )


DOC = """## What it does
Flags every occurrence of a short line (at most `max_chars` characters) that recurs, after
normalising case, quotes, punctuation and spaces, in at least `min_articles` articles and at
least `min_share` of the corpus: site footers, share buttons and widget text nobody has
listed in a rule pack yet. `newslint learn` turns these lines into a reviewable rule pack.

## Why it matters
Page furniture repeated across thousands of articles is not reporting; it dominates n-gram
counts and teaches models to end every story with "Leave a comment".

## Example
    (in 40 of 500 articles)
    Your email address will not be published.

## Passes
    (in 2 of 500 articles)
    The council meets again on Tuesday.

## Options
- `min_articles` (default 5) and `min_share` (default 0.01): both must hold; in small
  corpora `min_articles` decides, in large ones `min_share`.
- `max_chars` (default 100): footers and widgets are short; longer shared lines are copied
  reporting, reported by NL503 (whose `min_chars` default is the same 100).
- `max_lines` (default 16): lines kept per article; boilerplate sits at the top and bottom.

## Known false positives
A short sentence of one wire story syndicated to many outlets, or a recurring standard
phrase ("The company did not respond to a request for comment."): review `newslint learn`
output before enabling it.
"""


def short_lines(article: Article, max_chars: int, max_lines: int) -> Iterator[tuple[Line, int]]:
    """(line, hash of its normalised text) of the distinct short lines NL505 looks at.

    NOTE: with more than ``max_lines`` short lines, the first and last halves are kept:
    boilerplate sits at the top (bylines, menus) and the bottom (footers, share widgets).
    """
    short = [ln for ln in article.lines if len(ln.text.strip()) <= max_chars]
    half = max_lines // 2
    if len(short) > max_lines:
        short = short[:half] + short[-half:]
    seen: set[int] = set()
    for line in short:
        normal = norm_text(line.text)
        if not normal:
            continue  # separators and symbols only
        digest = hash64(normal)
        if digest not in seen:
            seen.add(digest)
            yield line, digest


def key(article: Article, options: RepeatedBoilerplateOptions) -> bytes:
    """Packed (hash, line, column, end column) of the distinct short lines, top and bottom.

    Never None: an article without short lines still counts for ``min_share``.
    """
    packed = bytearray()
    for line, digest in short_lines(article, options.max_chars, options.max_lines):
        packed += _LINE.pack(digest, *_position(article, line))
    return bytes(packed)


def _position(article: Article, line: Line) -> tuple[int, int, int]:
    indent = len(line.text) - len(line.text.lstrip())
    number, col = article.line_col(line.start + indent)
    end_col = len(line.text.rstrip()) + 1
    return clamp32(number), min(col, 0xFFFF), min(end_col, 0xFFFF)


def reduce(
    entries: Sequence[tuple[ArticleRef, bytes | None]],
    options: RepeatedBoilerplateOptions,
    focus: Collection[int] | None = None,
) -> Iterator[CorpusHit]:
    """Count articles per line hash, then report every occurrence of the frequent ones."""
    counts: dict[int, int] = {}
    # hash -> entry index << 32 | line: plain ints keep millions of entries out of the GC
    first: dict[int, int] = {}
    articles = 0
    for i, (_, packed) in enumerate(entries):
        if packed is None:
            continue
        articles += 1
        for digest, line, _col, _end in _LINE.iter_unpack(packed):
            counts[digest] = counts.get(digest, 0) + 1
            first.setdefault(digest, i << 32 | line)
    needed = max(options.min_articles, math.ceil(options.min_share * articles))
    for ref, packed in entries:
        if packed is None:
            continue
        for digest, line, col, end_col in _LINE.iter_unpack(packed):
            count = counts[digest]
            if count < needed:
                continue
            i, first_line = first[digest] >> 32, first[digest] & 0xFFFFFFFF
            origin = entries[i][0]
            where = f"{origin.label} line {first_line + origin.body_line_offset}"
            message = f"line recurs in {count} articles (first: {where}): likely boilerplate"
            yield CorpusHit(ref, message, line, col, line, end_col, excerpt=f"{digest:016x}")


RULE = corpus_rule(
    code="NL505",
    name="repeated-boilerplate",
    summary="A short line recurs in many articles of the corpus (footer, widget text).",
    doc=DOC,
    key=key,
    reduce=reduce,
    options=RepeatedBoilerplateOptions,
    tags=("corpus", "boilerplate"),
)
