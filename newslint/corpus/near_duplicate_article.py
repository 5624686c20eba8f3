"""NL502 near-duplicate-article: MinHash-LSH and bottom-k containment between articles."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from pydantic import Field, model_validator

from newslint.article import Article, ArticleRef
from newslint.corpus import _workers
from newslint.corpus._columns import bytes_key_blocks, iter_keys
from newslint.corpus._shingles import (
    band_hashes,
    body_hash,
    body_tokens,
    bottom_k,
    candidate_code_batches,
    minhash,
    shingle_hashes,
    sketch_compare_grid,
    sketch_grid,
)
from newslint.rule import CorpusHit, RuleOptions, corpus_rule

if TYPE_CHECKING:
    import numpy as np

#: An LSH bucket holding more articles is mostly boilerplate (minima of common shingles in
#: template articles), sometimes a cluster of copies: each member is compared with its
#: predecessor in the bucket only, so candidates grow linearly with the corpus. A sketch value
#: in more sketches is a common shingle ("of the") and is ignored.
MAX_BUCKET = 16
#: Shared bottom-k values that make a containment candidate (unrelated texts share ~0).
MIN_SHARED = 3
#: Candidate pairs verified per numpy batch (about 4 MB of working arrays: a constant, not a
#: share of the corpus; larger batches measured no faster).
_BATCH = 4096
#: Smaller corpora are verified in one process: forking costs more than it saves.
_PARALLEL_MIN_ARTICLES = 5_000


class NearDuplicateOptions(RuleOptions):
    threshold: float = Field(
        0.5, gt=0, le=1, description="Estimated Jaccard similarity of word shingles to report."
    )
    containment: float = Field(
        0.8,
        gt=0,
        le=1,
        description="Share of the shorter article's shingles found in the other to report it "
        "as a truncated or extended copy.",
    )
    shingle_size: int = Field(2, ge=1, le=8, description="Words per shingle.")
    num_perm: int = Field(
        128, ge=16, le=1024, description="MinHash signature values (one-permutation hashing)."
    )
    bands: int = Field(32, ge=1, description="LSH bands (num_perm // bands rows each).")
    sketch_size: int = Field(
        48, ge=8, le=512, description="Bottom-k sketch size used to verify candidates."
    )
    min_words: int = Field(30, ge=1, description="Shorter articles are not compared.")

    @model_validator(mode="after")
    def _bands_fit(self) -> NearDuplicateOptions:
        if self.bands > self.num_perm:
            raise ValueError(f"bands ({self.bands}) cannot exceed num_perm ({self.num_perm})")
        return self


DOC = """## What it does
Flags an article that is a near copy of an earlier one: the same story lightly edited
(estimated Jaccard similarity of word shingles >= `threshold`), or a truncated or extended
copy (>= `containment` of the shorter article's shingles appear in the other). Candidates come
from MinHash-LSH band hashes and shared bottom-k sketch values, and every candidate is
verified with a bottom-k estimate. The message names the most similar earlier article among
the candidates: an LSH bucket of more than 16 articles (template text, or many copies of one
story) pairs each article with the previous one in it only, so that the work grows linearly
with the corpus.

## Why it matters
Near duplicates (wire copy re-published with a new headline, a story updated twice) escape
exact-hash deduplication and over-weight one text; dedup pipelines remove them for that reason.

## Example
    a.txt: the full 600-word wire story
    b.txt: the same story with the last three paragraphs cut and a new first sentence

## Passes
    a.txt: a story about the harbour budget
    b.txt: a different story about the same harbour budget, written independently

## Options
- `threshold` (default 0.5): measured on the seeds, two outlets' stories on the same event
  score <= 0.08 and the syndicated pair (nine shared paragraphs, NL503's case) 0.29, while a
  copy with 10% of its words changed scores about 0.67 and one with 15% about 0.56
  (synthetic benchmark: 100% and 80% found, no false positives in 10k articles).
- `containment` (default 0.8), `shingle_size` (2, as text-dedup's news benchmark),
  `num_perm` (128), `bands` (32), `sketch_size` (48), `min_words` (30).

## Known false positives
Articles built from a template (results tables, weather, market reports) look alike; exact
duplicates are left to NL501 and never reported here.
"""

Key = bytes


def key(article: Article, options: NearDuplicateOptions) -> Key | None:
    """Exact hash (8 bytes), LSH band hashes (4 each), bottom-k sketch (4 each), in one bytes.

    One bytes object instead of a tuple of three: 361 instead of ~490 bytes per article in
    memory with the defaults.
    """
    tokens, joined = body_tokens(article)
    if len(tokens) < options.min_words:
        return None
    shingles = shingle_hashes(tokens, options.shingle_size, joined)
    signature = minhash(shingles, options.num_perm)
    exact = body_hash(article).to_bytes(8, "little")
    return exact + band_hashes(signature, options.bands) + bottom_k(shingles, options.sketch_size)


def _arrays(
    entries: Sequence[tuple[ArticleRef, Key | None]], n: int, options: NearDuplicateOptions
) -> tuple[np.ndarray, ...]:
    """(exact hashes, band grid, sketch grid, sketch lengths) of the ``n`` keys, as arrays.

    NOTE: compact arrays (about 330 bytes per article with the defaults), filled block by
    block while the pipeline's copy of the keys is released (``bytes_key_blocks``), so the
    rule's peak holds one copy of its keys; the reduce step then never touches a Python object
    per article or per candidate pair.
    """
    import numpy as np

    head = 8 + 4 * options.bands
    exact = np.zeros(n, dtype=np.uint64)
    bands = np.zeros((n, options.bands), dtype=np.uint32)
    sketches = np.zeros((n, options.sketch_size), dtype=np.uint32)
    lengths = np.zeros(n, dtype=np.int64)
    row = 0
    for keys in bytes_key_blocks(entries):
        grid = np.frombuffer(b"".join(k[:head] for k in keys), dtype=np.uint8).reshape(-1, head)
        end = row + grid.shape[0]
        exact[row:end] = grid[:, :8].copy().view("<u8").ravel()
        bands[row:end] = grid[:, 8:].copy().view("<u4")
        part, part_lengths = sketch_grid((k[head:] for k in keys), options.sketch_size, len(keys))
        sketches[row:end], lengths[row:end] = part, part_lengths
        row = end
    return exact, bands, sketches, lengths


def reduce(
    entries: Sequence[tuple[ArticleRef, Key | None]],
    options: NearDuplicateOptions,
    focus: Collection[int] | None = None,
) -> Iterator[CorpusHit]:
    """Verify candidate pairs; report each article once, on the later one, naming the best."""
    present = [j for j, k in enumerate(iter_keys(entries)) if k is not None]
    if len(present) < 2:
        return
    exact, bands, sketches, lengths = _arrays(entries, len(present), options)
    # NOTE: hits land on the later article of a pair; with a focus (pre-commit against an
    # indexed corpus) pairs whose later article is outside it need no verification.
    wanted = None if focus is None else set(focus)
    later_in = None if wanted is None else [p for p, j in enumerate(present) if j in wanted]
    workers = _workers.worker_count() if len(present) >= _PARALLEL_MIN_ARTICLES else 1
    # NOTE: each process generates the candidate batches itself (deterministic) and verifies
    # every workers-th one: nothing is materialised or sent, so a process needs no more
    # memory than the one-process run; the closest match per article is then merged.
    parts = _workers.map_parts(
        _verify_share, workers, workers, bands, exact, sketches, lengths, later_in, options
    )
    best = _merge_best(parts)
    for jj in sorted(best):
        _, neg_i, similar, how, score = best[jj]
        other = entries[present[-neg_i]][0]
        if similar:
            message = f"near-duplicate of {other.label} (estimated similarity {score:.2f})"
        else:
            message = f"{how} {other.label} (estimated containment {score:.2f})"
        yield CorpusHit(entries[present[jj]][0], message, excerpt=other.identity)


def _best_matches(
    batches: Iterable[np.ndarray],
    n: int,
    exact: np.ndarray,
    sketches: np.ndarray,
    lengths: np.ndarray,
    options: NearDuplicateOptions,
) -> dict[int, tuple[float, int, bool, str, float]]:
    """later -> (score, -earlier, similar?, containment wording, score) of its closest match.

    Candidates are verified in numpy batches (see ``sketch_compare_grid``); the closest match
    is the highest score, ties going to the earliest article. The result does not depend on
    the order of the batches, nor on a pair being verified twice.
    """
    import numpy as np

    best: dict[int, tuple[float, int, bool, str, float]] = {}
    for codes in batches:
        for lo in range(0, codes.size, _BATCH):
            part = codes[lo : lo + _BATCH]
            i, j = part // n, part % n
            jac, c_this, c_other = sketch_compare_grid(sketches, lengths, j, i)
            hi, low = np.maximum(c_this, c_other), np.minimum(c_this, c_other)
            similar = jac >= options.threshold
            # NOTE: containment is one-sided only: when both directions pass, the texts have
            # similar sizes and the similarity threshold, not containment, decides.
            contained = ~similar & (hi >= options.containment) & (options.containment > low)
            hit = (similar | contained) & (exact[i] != exact[j])  # exact copies are NL501's
            for p in np.flatnonzero(hit).tolist():
                score = float(jac[p]) if similar[p] else float(hi[p])
                jj, ii = int(j[p]), int(i[p])
                current = best.get(jj)
                if current is None or (score, -ii) > current[:2]:
                    how = "mostly contained in" if c_this[p] >= c_other[p] else "contains most of"
                    best[jj] = (score, -ii, bool(similar[p]), how, score)
    return best


def _verify_share(
    index: int,
    shares: int,
    bands: np.ndarray,
    exact: np.ndarray,
    sketches: np.ndarray,
    lengths: np.ndarray,
    later_in: list[int] | None,
    options: NearDuplicateOptions,
) -> dict[int, tuple[float, int, bool, str, float]]:
    """``_best_matches`` over every ``shares``-th candidate batch, from the ``index``-th."""
    batches = candidate_code_batches(bands, sketches, lengths, MAX_BUCKET, MIN_SHARED, later_in)
    mine = itertools.islice(batches, index, None, shares)
    return _best_matches(mine, exact.size, exact, sketches, lengths, options)


def _merge_best(
    parts: Iterable[dict[int, tuple[float, int, bool, str, float]]],
) -> dict[int, tuple[float, int, bool, str, float]]:
    """The closest match per article over the processes' shares: the highest score, ties to
    the earliest article (a total order, so the result is the same for any split)."""
    best: dict[int, tuple[float, int, bool, str, float]] = {}
    for part in parts:
        for jj, found in part.items():
            current = best.get(jj)
            if current is None or found[:2] > current[:2]:
                best[jj] = found
    return best


RULE = corpus_rule(
    code="NL502",
    name="near-duplicate-article",
    summary="An article is a near copy, or a truncated or extended copy, of another.",
    doc=DOC,
    key=key,
    reduce=reduce,
    options=NearDuplicateOptions,
    tags=("corpus", "duplicates"),
)
