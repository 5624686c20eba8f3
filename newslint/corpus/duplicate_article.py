"""NL501 duplicate-article: the same article twice in the corpus (after normalisation)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence

from newslint.article import Article, ArticleRef
from newslint.corpus._columns import iter_keys
from newslint.corpus._shingles import body_hash, body_tokens
from newslint.rule import CorpusHit, NoOptions, corpus_rule

DOC = """## What it does
Flags every later copy of an article whose text is identical to an earlier article of the
corpus once whitespace, case, quotes and punctuation are normalised. The message names the
first copy (its path, plus record line and id for JSONL).

## Why it matters
Exact duplicates are the commonest defect of scraped news corpora (the same story under two
URLs, a re-run of the scraper). They over-weight one text in training and leak between train
and test splits.

## Example
    a.txt: Council approves the new harbour budget after a long debate.
    b.txt: COUNCIL approves the new harbour budget -- after a long debate!

## Passes
    a.txt: Council approves the new harbour budget after a long debate.
    b.txt: Council rejects the new harbour budget after a long debate.

## Options
None.

## Known false positives
Very short texts that are legitimately identical ("Photo gallery", a stub) are reported too;
`NL904`-style empty articles are skipped.
"""


def key(article: Article, options: NoOptions) -> int | None:
    """A 64-bit hash of the normalised body (None for an article without words)."""
    return body_hash(article) if body_tokens(article)[0] else None


def reduce(
    entries: Sequence[tuple[ArticleRef, int | None]],
    options: NoOptions,
    focus: Collection[int] | None = None,
) -> Iterator[CorpusHit]:
    """Report each later copy at line 1, column 1, naming the first copy in corpus order."""
    import numpy as np

    # NOTE: a stable sort of a uint64 array instead of a dict of Python ints (~100 bytes per
    # article at 100k articles): runs of equal hashes list the copies in corpus order.
    present = [i for i, digest in enumerate(iter_keys(entries)) if digest is not None]
    if len(present) < 2:
        return
    hashes = np.fromiter((d for d in iter_keys(entries) if d is not None), np.uint64, len(present))
    order = np.argsort(hashes, kind="stable")
    h = hashes[order]
    starts = np.flatnonzero(np.concatenate(([True], h[1:] != h[:-1])))
    sizes = np.diff(np.concatenate((starts, [h.size])))
    original = order[np.repeat(starts, sizes)]
    copies = np.sort(order[original != order])
    first = np.empty(len(present), dtype=np.int64)
    first[order] = original
    for p in copies.tolist():
        other = entries[present[first[p]]][0]
        yield CorpusHit(
            entries[present[p]][0], f"duplicate of {other.label}", excerpt=other.identity
        )


RULE = corpus_rule(
    code="NL501",
    name="duplicate-article",
    summary="The same article appears twice in the corpus.",
    doc=DOC,
    key=key,
    reduce=reduce,
    tags=("corpus", "duplicates"),
)
