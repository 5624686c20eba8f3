"""NL503 shared-paragraph: substantial paragraphs that also appear in another article."""

from __future__ import annotations

import struct
from collections.abc import Collection, Iterator, Sequence

from pydantic import Field

from newslint.article import Article, ArticleRef
from newslint.corpus._shingles import body_hash, hash64, norm_text
from newslint.rule import CorpusHit, RuleOptions, corpus_rule

#: Articles remembered per paragraph hash: a paragraph in hundreds of articles is boilerplate,
#: and comparing with its first holders bounds the pairs (and findings) per article.
MAX_HOLDERS = 8
_PARA = struct.Struct("<QI")  # paragraph hash, body line << 8 | column (clamped to 255)


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
        normal = norm_text(text)
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
    """For each article, count paragraphs shared with each earlier article (pair-wise)."""
    # NOTE: paragraph -> first holder as a plain int, and lists only for the few paragraphs
    # held by several articles: a list per paragraph (millions of GC-tracked objects at 100k
    # articles) made the cyclic GC dominate and the reduce step grow superlinearly.
    first_holder: dict[int, int] = {}
    more: dict[int, list[int]] = {}
    for j, (ref, k) in enumerate(entries):
        if k is None:
            continue
        exact = k[:8]
        shared: dict[int, list[int]] = {}  # earlier article -> [count, line, column]
        for digest, where in _PARA.iter_unpack(k[8:]):
            line, col = where >> 8, where & 0xFF
            i0 = first_holder.setdefault(digest, j)
            if i0 == j:
                continue  # paragraphs are distinct within a key: j is the first holder
            members = more.setdefault(digest, [i0])
            for i in members:
                other = entries[i][1]
                if other is None or other[:8] == exact:
                    continue  # exact duplicate articles are NL501's
                if i in shared:
                    shared[i][0] += 1
                else:
                    shared[i] = [1, line, col]
            if len(members) < MAX_HOLDERS:
                members.append(j)
        for i in sorted(shared):
            count, line, col = shared[i]
            noun = "paragraph also appears" if count == 1 else "paragraphs also appear"
            first = line + ref.body_line_offset
            message = f"{count} {noun} in {entries[i][0].label} (first shared: line {first})"
            yield CorpusHit(ref, message, line, col, excerpt=entries[i][0].identity)


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
