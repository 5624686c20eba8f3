"""NL503 shared-paragraph: substantial paragraphs that also appear in another article."""

from __future__ import annotations

import struct
from collections.abc import Collection, Iterator, Sequence
from typing import TYPE_CHECKING

from pydantic import Field

from newslint.article import Article, ArticleRef
from newslint.corpus._columns import iter_keys, release_keys
from newslint.corpus._shingles import body_hash, hash64, paragraph_norm_text
from newslint.rule import CorpusHit, RuleOptions, corpus_rule

if TYPE_CHECKING:
    import numpy as np

#: Articles remembered per paragraph hash: a paragraph in hundreds of articles is boilerplate,
#: and comparing with its first holders bounds the pairs (and findings) per article.
MAX_HOLDERS = 8
_PARA = struct.Struct("<QI")  # paragraph hash, body line << 8 | column (clamped to 255)
_PARA_DTYPE = [("hash", "<u8"), ("where", "<u4")]


class SharedParagraphOptions(RuleOptions):
    min_chars: int = Field(
        100,
        ge=1,
        description="Paragraphs shorter than this (characters, stripped) are not compared.",
    )
    max_paragraphs: int = Field(
        32, ge=1, description="Paragraphs kept per article (the first ones), to bound memory."
    )


DOC = """## What it does
Flags an article that contains substantial paragraphs (at least `min_chars` characters) also
found, after normalising case, quotes, punctuation and spaces, in an earlier article of the
corpus. Reported once per article pair, on the later article, at the first shared paragraph,
with the number of shared paragraphs.

## Why it matters
Syndicated wire copy and copied paragraphs make several "different" articles repeat the same
text, which skews n-gram statistics and leaks between splits even when whole-article
deduplication finds nothing.

## Example
    a.txt: three paragraphs of a wire story, then local reporting
    b.txt: other reporting, then the same three wire paragraphs

## Passes
    a.txt: a story quoting a short sentence that b.txt also quotes
    b.txt: an unrelated story with that same short sentence

## Options
- `min_chars` (default 100): trafilatura's duplicate-segment minimum is 100 characters;
  shorter shared sentences ("Officials made no comment.") are too common to mean copying.
- `max_paragraphs` (default 32): paragraphs kept per article.

## Known false positives
Long boilerplate paragraphs (legal notices, "about us" blurbs) shared by many articles; only
the first few holders of a paragraph are compared, so such a paragraph is reported a bounded
number of times. Exact duplicate articles are left to NL501.
"""

Key = bytes


def key(article: Article, options: SharedParagraphOptions) -> Key | None:
    """Exact article hash (8 bytes), then (hash, line and column) of each long paragraph.

    One bytes object, 12 bytes per paragraph: a paragraph starting past column 255 is
    reported at column 255 (paragraphs start at the margin or a small indent).
    """
    packed = bytearray()
    seen: set[int] = set()
    for para in article.paragraphs:
        text = para.text.strip()
        if len(text) < options.min_chars:
            continue
        normal = paragraph_norm_text(article, para.index)
        digest = hash64(normal) if normal else None
        if digest is None or digest in seen:
            continue
        seen.add(digest)
        line, col = article.line_col(para.start + len(para.text) - len(para.text.lstrip()))
        packed += _PARA.pack(digest, min(line, 0xFFFFFF) << 8 | min(col, 0xFF))
        if len(seen) >= options.max_paragraphs:
            break
    if not packed:
        return None
    return body_hash(article).to_bytes(8, "little") + bytes(packed)


def reduce(
    entries: Sequence[tuple[ArticleRef, Key | None]],
    options: SharedParagraphOptions,
    focus: Collection[int] | None = None,
) -> Iterator[CorpusHit]:
    """For each article, count paragraphs shared with each earlier article (pair-wise).

    Each later holder of a paragraph is compared with the paragraph's first MAX_HOLDERS
    holders (those before it); per article pair, the count and the later article's first
    shared paragraph (in its own order) make the hit.
    """
    import numpy as np

    # NOTE: numpy arrays over all paragraphs (12 bytes each, read straight from the packed
    # keys) instead of dicts of Python ints: at 100k articles the dicts held a million entries
    # (~100 bytes each) and dominated the peak memory of the reduce step.
    present = np.flatnonzero(np.fromiter((bool(k) for k in iter_keys(entries)), dtype=bool))
    if present.size < 2:
        return
    exact = np.frombuffer(b"".join(k[:8] for k in iter_keys(entries) if k), dtype="<u8")
    paras = np.frombuffer(b"".join(k[8:] for k in iter_keys(entries) if k), dtype=_PARA_DTYPE)
    counts = np.fromiter(
        ((len(k) - 8) // _PARA.size for k in iter_keys(entries) if k), np.int64, present.size
    )
    ends = np.cumsum(counts)
    release_keys(entries)
    first_i, later_j, where = _holder_pairs(paras["hash"], ends)
    keep = exact[first_i] != exact[later_j]  # exact duplicate articles are NL501's
    first_i, later_j, where = first_i[keep], later_j[keep], where[keep]
    if not later_j.size:
        return
    # per (later, earlier) pair: the count, and the later article's first shared paragraph
    # (paragraph rows of one article follow its key order)
    order = np.lexsort((where, first_i, later_j))
    first_i, later_j, where = first_i[order], later_j[order], where[order]
    starts = np.flatnonzero(
        np.concatenate(([True], (first_i[1:] != first_i[:-1]) | (later_j[1:] != later_j[:-1])))
    )
    sizes = np.diff(np.concatenate((starts, [first_i.size])))
    packed = paras["where"][where[starts]]
    # NOTE: hits are sorted by later article, and name a few earlier articles again and again
    # (the first holders of common paragraphs): one ref per later article and one label and
    # identity string per earlier one, shared by their findings (tens of thousands at 100k).
    names: dict[int, tuple[str, str]] = {}
    last_j, ref = -1, None
    for i, j, count, w in zip(
        first_i[starts].tolist(),
        later_j[starts].tolist(),
        sizes.tolist(),
        packed.tolist(),
        strict=True,
    ):
        if j != last_j:
            last_j, ref = j, entries[int(present[j])][0]
        assert ref is not None
        name = names.get(i)
        if name is None:
            other = entries[int(present[i])][0]
            name = names[i] = (other.label, other.identity)
        line, col = w >> 8, w & 0xFF
        noun = "paragraph also appears" if count == 1 else "paragraphs also appear"
        first = line + ref.body_line_offset
        message = f"{count} {noun} in {name[0]} (first shared: line {first})"
        yield CorpusHit(ref, message, line, col, excerpt=name[1])


def _holder_pairs(
    hashes: np.ndarray, ends: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(earlier article, later article, paragraph row of the later one) of shared paragraphs.

    ``hashes`` lists every article's paragraphs in corpus order, article ``a`` owning rows
    ``ends[a - 1]`` to ``ends[a]``. A paragraph is distinct within its article, so after a
    stable sort by hash each run lists the paragraph's holders in corpus order; the holder of
    rank t meets the holders of rank < min(t, MAX_HOLDERS). NOTE: done in 8 slices of the hash
    space (by its low bits), so the sort's temporaries are an eighth of the corpus's.
    """
    import numpy as np

    out_i, out_j, out_w = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=np.int64)], []
    out_w.append(np.zeros(0, dtype=np.int64))
    low = (hashes & np.uint64(7)).astype(np.uint8)
    for part in range(8):
        rows = np.flatnonzero(low == part)
        h = hashes[rows]
        order = np.argsort(h, kind="stable")
        rows, h = rows[order], h[order]
        del order
        new_run = np.concatenate(([True], h[1:] != h[:-1]))
        del h
        starts = np.flatnonzero(new_run)
        sizes = np.diff(np.concatenate((starts, [rows.size])))
        shared = np.repeat(sizes > 1, sizes)  # rows of paragraphs held by several articles
        rows, run_start = rows[shared], np.repeat(starts, sizes)[shared]
        rank = np.flatnonzero(shared) - run_start
        run_start = np.searchsorted(np.flatnonzero(shared), run_start)  # within the kept rows
        del shared, new_run, starts, sizes
        owner = np.searchsorted(ends, rows, side="right")
        for s in range(MAX_HOLDERS):
            later = np.flatnonzero(rank > s)
            if not later.size:
                break
            out_i.append(owner[run_start[later] + s])
            out_j.append(owner[later])
            out_w.append(rows[later])
    return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_w)


RULE = corpus_rule(
    code="NL503",
    name="shared-paragraph",
    summary="A substantial paragraph also appears in another article.",
    doc=DOC,
    key=key,
    reduce=reduce,
    options=SharedParagraphOptions,
    tags=("corpus", "duplicates"),
)
