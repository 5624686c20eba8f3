"""NL505 repeated-boilerplate: a short line that recurs in many articles of the corpus."""

from __future__ import annotations

import math
import struct
from collections.abc import Collection, Iterator, Sequence

from pydantic import Field

from newslint.article import Article, ArticleRef, Line
from newslint.corpus._columns import iter_keys, release_keys
from newslint.corpus._shingles import clamp32, hash64, norm_text
from newslint.rule import CorpusHit, RuleOptions, corpus_rule

_LINE = struct.Struct("<QIHH")  # line hash, body line, first column, end column (clamped)
_LINE_DTYPE = [("hash", "<u8"), ("line", "<u4"), ("col", "<u2"), ("end", "<u2")]


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
    import numpy as np

    # NOTE: one numpy record per kept line (16 bytes, read straight from the packed keys)
    # instead of dicts of Python ints: at 100k articles the dicts held hundreds of
    # thousands of entries and dominated the reduce step's memory.
    present = [i for i, packed in enumerate(iter_keys(entries)) if packed is not None]
    if not present:
        return
    rows = np.frombuffer(
        b"".join(k for k in iter_keys(entries) if k is not None), dtype=_LINE_DTYPE
    )
    sizes = np.fromiter(
        (len(k) // _LINE.size for k in iter_keys(entries) if k is not None),
        np.int64,
        len(present),
    )
    owner = np.repeat(np.arange(len(present), dtype=np.int64), sizes)
    release_keys(entries)
    # lines are distinct within a key: occurrences of a hash = articles holding it
    _, first, inverse, counts = np.unique(
        rows["hash"], return_index=True, return_inverse=True, return_counts=True
    )
    needed = max(options.min_articles, math.ceil(options.min_share * len(present)))
    frequent = np.flatnonzero(counts[inverse] >= needed)  # rows in corpus order
    # one message and excerpt string per line hash, shared by all its findings
    texts: dict[int, tuple[str, str]] = {}
    for r in frequent.tolist():
        row, u = rows[r], int(inverse[r])
        text = texts.get(u)
        if text is None:
            origin = entries[present[owner[first[u]]]][0]
            first_line = int(rows["line"][first[u]])
            where = f"{origin.label} line {first_line + origin.body_line_offset}"
            message = (
                f"line recurs in {int(counts[u])} articles (first: {where}): likely boilerplate"
            )
            text = texts[u] = (message, f"{int(row['hash']):016x}")
        line, col, end_col = int(row["line"]), int(row["col"]), int(row["end"])
        yield CorpusHit(
            entries[present[owner[r]]][0], text[0], line, col, line, end_col, excerpt=text[1]
        )


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
