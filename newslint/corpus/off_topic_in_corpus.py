"""NL506 off-topic-paragraph-in-corpus: a paragraph whose words belong to other stories.

NL301 compares a paragraph's words with the rest of its own article; in short articles one
legitimate paragraph in five shares almost no weighted word with the rest, so a splice looks
like them. This rule also learns which words go together from the corpus being linted
(random indexing, a random projection of the term-article matrix) and compares what a
paragraph's words are *about* with what the rest of the article's words are about.

Map step (``key``): per paragraph with content terms, its distinct stemmed content terms
(the NL301 tokenizer, stemmer and stop words of ``newslint.checks._cohesion``) hashed to
uint32 (crc32), its body position and whether it is judged: 2 + 6 bytes per paragraph + 4
per term, ~385 bytes for the benchmark's articles. Reduce step: every article gets a sparse
random ±1 vector (NONZERO of DIMS entries, from a blake2b hash of its identity, so results
do not depend on order or ``--jobs``); a term's context vector is the sum of the vectors of
the articles holding it (terms in 2 to ``max_df`` of the articles, the commonest MAX_VOCAB);
a paragraph's vector is the IDF-weighted sum of its terms' unit context vectors, each with
the article's own vector taken out (leave-one-out: only *other* articles teach which words
go together). The score of a paragraph mixes two cosines with the rest of its article:
``direct_weight`` of the cosine of the words themselves (binary for the paragraph, ``1 +
log count`` for the rest, IDF from the corpus) and the rest of the cosine of their
association vectors.

Measured (bench/nl506_sweep.py, bench/quality.py; numbers in the rule doc): the association
vectors find splices when the corpus holds other articles of the host's and the donor's
own stories (the quality benchmark, where every story appears ~80 times) and add little
or nothing where it does not: on stories the corpus has never seen, NL301 does as well or
better. Pure association scores (``direct_weight`` 0) flagged 10% of untouched articles
on unseen subjects; the mix and ``min_coverage`` bring that down to 2% (in four random
draws of the article vectors, ``_SALT``), still not NL301's 0%.
"""

from __future__ import annotations

import hashlib
import statistics
import struct
import zlib
from array import array
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import Field

from newslint.article import Article, ArticleRef
from newslint.checks._cohesion import addresses_reader, quoted_fraction, terms_and_words
from newslint.rule import CorpusHit, RuleOptions, corpus_rule

if TYPE_CHECKING:
    import numpy as np

#: Dimensions of the random index vectors and their non-zero entries (±1) per article.
DIMS = 256
NONZERO = 8
_HEAD = struct.Struct("<H")  # number of paragraphs
_PARA = struct.Struct("<IH")  # judged << 31 | body line << 8 | column (clamped), n terms
_PARA_DTYPE = [("where", "<u4"), ("n", "<u2")]
_JUDGED = 1 << 31
#: Prefix of the hashed identities (bench/nl506_sweep.py varies it to measure how much the
#: results depend on the random draw).
_SALT = ""
#: Terms with context vectors at most (the commonest): MAX_VOCAB x DIMS float32 = 64 MiB.
MAX_VOCAB = 1 << 16
#: Rows of (article, term) gathered at once in the reduce step (x DIMS float32 each).
_CHUNK_ROWS = 1 << 16


class OffTopicInCorpusOptions(RuleOptions):
    min_articles: int = Field(
        200,
        ge=2,
        description="Corpora with fewer articles (with content words) get no findings: "
        "too little to learn which words go together.",
    )
    min_words: int = Field(
        12, ge=1, description="Shorter paragraphs are never flagged (too little to judge)."
    )
    min_paragraphs: int = Field(
        4,
        ge=2,
        description="Articles with fewer judged paragraphs (after the first) are not judged.",
    )
    max_quoted: float = Field(
        1.0,
        ge=0.0,
        le=1.0,
        description="Paragraphs with at least this share of quoted text are not judged "
        "(1.0: only paragraphs that are wholly a quotation).",
    )
    direct_weight: float = Field(
        0.75,
        ge=0.0,
        le=1.0,
        description="Share of the score that is the cosine of the words themselves (as "
        "NL301, with the corpus's IDF); the rest is the cosine of their associations.",
    )
    max_cohesion: float = Field(
        0.5,
        ge=-1.0,
        le=1.0,
        description="Flag only a paragraph whose score is below this.",
    )
    max_ratio: float = Field(
        0.4,
        gt=0.0,
        le=1.0,
        description="... and below this fraction of the article's median score.",
    )
    min_coverage: float = Field(
        0.2,
        ge=0.0,
        le=1.0,
        description="... and at least this share of whose words' weight is in words other "
        "articles use (a paragraph of words the corpus does not know is not judged).",
    )
    max_df: float = Field(
        0.5,
        gt=0.0,
        le=1.0,
        description="Terms in more than this share of the articles are ignored (no topic).",
    )
    max_terms: int = Field(
        400,
        ge=1,
        description="Distinct terms kept per article (the first ones), to bound memory.",
    )


DOC = """## What it does
Flags a paragraph that is about something else than the rest of its article, judged with
word associations learnt from the corpus being linted: words that occur in the same
articles go together. Each paragraph's content words (as NL301 takes them) get a "topic"
vector, the sum of the random vectors of the *other* articles that use each word, weighted
by the word's rarity in the corpus (random indexing). A paragraph's score mixes its cosine
with the rest of the article in these topic vectors and in the words themselves
(`direct_weight`); the lowest-scoring paragraph is reported when its score is below
`max_cohesion` and below `max_ratio` times the article's median, and the corpus knows
enough of its words (`min_coverage`). At most one paragraph per article. The first
paragraph, short paragraphs, paragraphs wholly in quotes and paragraphs that address the
reader are not judged; neither are articles with fewer than `min_paragraphs` judged
paragraphs. Corpora of fewer than `min_articles` articles get no findings at all.

## Why it matters
Scrapers and content farms splice paragraphs from other stories into an article. NL301
finds a splice only when its words are rare in English and absent from the rest of the
article, and legitimate paragraphs often look just like that ("Forecasters expect
below-average rainfall" in a story on a water shortage). A corpus that holds other
stories on droughts knows that rainfall and water shortages go together, and that a cup
final does not.

## Example
    (one of 500 articles, 40 of them on droughts and 40 on football: four paragraphs on a
    water shortage, then:)

    The winning goal came in the second half, a header from the striker after a corner,
    and the supporters in the stadium celebrated until the final whistle.

## Passes
    (the same corpus: four paragraphs on a water shortage, then:)

    Forecasters expect below-average rainfall for the rest of the season, which would
    leave the reservoir lower next spring than it is now.

## Options
- `min_articles` (default 200): smaller corpora are not judged (too little to learn from).
- `min_words` (default 12), `min_paragraphs` (default 4): which paragraphs and articles are
  judged, as in NL301. `max_quoted` (default 1.0): paragraphs at least this much in quotes
  are skipped; the default judges quotations (only a paragraph wholly in quotes is skipped),
  which found 15 more splices in 100 in the quality benchmark.
- `direct_weight` (default 0.75): share of the score that is the cosine of the words
  themselves; 0 is associations only.
- `max_cohesion` (default 0.5), `max_ratio` (default 0.4), `min_coverage` (default 0.2):
  all three must hold.
- `max_df` (default 0.5): words in more than this share of the articles get no topic vector.
- `max_terms` (default 400): distinct words kept per article (4 bytes each in memory).

Defaults from bench/nl506_sweep.py, three settings, a paragraph of another story spliced
in (ranges: four random draws of the article vectors):
- "bench", the quality benchmark's 3150 articles as one corpus, where every story appears
  ~80 times (so the spliced paragraph itself is in ~80 other articles): precision 0.956,
  recall 0.977, no untouched article flagged; the 6 false positives are one inserted photo
  caption ("FILE PHOTO: A view of the harbour at dawn"). NL301: 0.846, 0.250.
- "unseen story", 12 other articles on subjects the corpus covers in other words, spliced
  among each other, each in a corpus of 3000 benchmark articles: precision 1.0, recall
  0.46-0.57. NL301 on the same articles: 1.0, 0.59; both rules together: 1.0, 0.69-0.75.
- "leave base out", the host's and the donor's stories appear nowhere else in the corpus:
  precision 0.68-0.77, recall 0.16-0.19, 2.0% of untouched articles flagged. NL301: 0.97,
  0.19, none; both rules together: 0.77-0.84, 0.28-0.31.

## Known false positives
A legitimate digression (a "meanwhile" paragraph on another event) and a photo caption
about another picture are what the rule looks for and are reported. Results depend on the
corpus (deterministically, whatever the order or `--jobs`): on subjects the corpus holds no
other article about, the rule does no better than NL301 and flags about 2% of untouched
articles (see Options); it pays off where the corpus holds other copies or coverage of the
same stories (syndicated wire copy, several outlets, repeated scrapes). Off by default.
Turn it on with `extend-select: [NL506]` on a corpus of at least a few hundred articles,
next to NL301.
"""

Key = bytes


@lru_cache(maxsize=131072)
def _term_id(term: str) -> int:
    return zlib.crc32(term.encode("utf-8"))


def key(article: Article, options: OffTopicInCorpusOptions) -> Key | None:
    """Per paragraph with content terms: where it starts (and whether it is judged), then
    its distinct term ids (uint32). None for an article without content terms."""
    paragraphs = article.paragraphs
    counted = [terms_and_words(p.text) for p in paragraphs]
    judged = [
        i
        for i in range(1, len(paragraphs))
        if counted[i][1] >= options.min_words
        and quoted_fraction(paragraphs[i].text) < options.max_quoted
        and not addresses_reader(paragraphs[i].text)
    ]
    judge = set(judged) if len(judged) >= options.min_paragraphs else set()
    heads = bytearray()
    ids = array("I")
    n = 0
    budget = options.max_terms
    seen: set[int] = set()
    for i, (para, (terms, _words)) in enumerate(zip(paragraphs, counted, strict=True)):
        own = []
        for t in terms:
            h = _term_id(t)
            if h in seen or budget <= 0:
                if h in seen:
                    own.append(h)
                continue
            seen.add(h)
            budget -= 1
            own.append(h)
        if not own or n == 0xFFFF:
            continue
        text = para.text
        line, col = article.line_col(para.start + len(text) - len(text.lstrip()))
        where = min(line, 0x7FFFFF) << 8 | min(col, 0xFF)
        heads += _PARA.pack(where | (_JUDGED if i in judge else 0), len(own))
        ids.extend(own)
        n += 1
    if not n:
        return None
    return _HEAD.pack(n) + bytes(heads) + ids.tobytes()


@dataclass(frozen=True)
class Scored:
    """The judged paragraphs of one article: where each starts and its cosine with the rest."""

    entry: int
    where: list[int]
    cosine: list[float]  # in the space of word associations
    direct: list[float]  # of the words themselves (IDF-weighted, as NL301 but corpus IDF)
    coverage: list[float]  # share of the IDF mass in words other articles use
    digest: list[int]  # crc32 of each paragraph's term ids: stays put when lines move


def _random_index(identity: str) -> tuple[list[int], list[float]]:
    """NONZERO distinct positions in [0, DIMS) and their signs, from a stable hash
    (blake2b of the identity: positions from pairs of its bytes, signs from its last 8)."""
    digest = hashlib.blake2b((_SALT + identity).encode("utf-8"), digest_size=64).digest()
    bits = int.from_bytes(digest[-8:], "little")
    positions: list[int] = []
    salt = 0
    while len(positions) < NONZERO:
        for k in range(0, len(digest) - 8, 2):
            p = int.from_bytes(digest[k : k + 2], "little") % DIMS
            if p not in positions:
                positions.append(p)
                if len(positions) == NONZERO:
                    break
        salt += 1  # 28 draws all but always give NONZERO distinct positions
        digest = hashlib.blake2b(f"{_SALT}{identity}#{salt}".encode(), digest_size=64).digest()
    signs = [1.0 if bits >> j & 1 else -1.0 for j in range(NONZERO)]
    return positions, signs


def paragraph_scores(
    entries: Sequence[tuple[ArticleRef, Key | None]],
    options: OffTopicInCorpusOptions,
    focus: Collection[int] | None = None,
) -> Iterator[Scored]:
    """Cosine of each judged paragraph with the rest of its article (see the module doc).

    Nothing for corpora of fewer than ``min_articles`` articles with keys.
    """
    import numpy as np

    present = [i for i, (_ref, k) in enumerate(entries) if k]
    if len(present) < max(2, options.min_articles):
        return
    heads_parts: list[Any] = []
    term_parts: list[Any] = []
    per_article: list[int] = []
    for i in present:
        k = entries[i][1]
        assert k is not None
        (n,) = _HEAD.unpack_from(k)
        per_article.append(n)
        heads_parts.append(np.frombuffer(k, dtype=_PARA_DTYPE, count=n, offset=_HEAD.size))
        term_parts.append(np.frombuffer(k, dtype="<u4", offset=_HEAD.size + n * _PARA.size))
    heads = np.concatenate(heads_parts)
    terms = np.concatenate(term_parts)
    del heads_parts, term_parts
    n_art = len(present)
    # NOTE: int32 indexes (and uint64 only where pairs are packed) halve the reduce step's
    # peak memory, which is a few arrays over every (article, term) occurrence
    para_art = np.repeat(np.arange(n_art, dtype=np.int32), per_article)
    para_n = heads["n"].astype(np.int64)
    occ_art = np.repeat(para_art, para_n)
    # distinct (article, term) pairs -> document frequencies
    pair = np.unique((occ_art.astype(np.uint64) << np.uint64(32)) | terms.astype(np.uint64))
    pair_term = (pair & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    vocab, pair_tid = np.unique(pair_term, return_inverse=True)
    pair_art = (pair >> np.uint64(32)).astype(np.int32)
    pair_tid = pair_tid.astype(np.int32)
    del pair, pair_term, occ_art
    df = np.bincount(pair_tid, minlength=vocab.size)
    useful = (df >= 2) & (df <= options.max_df * n_art)
    kept = np.flatnonzero(useful)
    if kept.size > MAX_VOCAB:  # the commonest terms get context vectors: bounded memory
        useful[kept[np.argsort(-df[kept], kind="stable")[MAX_VOCAB:]]] = False
    # compact ids of the useful terms, -1 for the others
    compact = np.full(vocab.size, -1, dtype=np.int32)
    compact[useful] = np.arange(int(useful.sum()), dtype=np.int32)
    idf_all = np.log(n_art / df).astype(np.float32)
    idf = idf_all[useful]
    n_terms = idf.size
    # random index vectors of the articles
    pos = np.empty((n_art, NONZERO), dtype=np.int64)
    sign = np.empty((n_art, NONZERO), dtype=np.float32)
    for a, i in enumerate(present):
        p, s = _random_index(entries[i][0].identity)
        pos[a], sign[a] = p, s
    # context vectors: sum of the random vectors of the articles holding each term
    context = np.zeros(n_terms * DIMS, dtype=np.float32)
    keep = compact[pair_tid]
    sel = keep >= 0
    rows_t, rows_a = keep[sel], pair_art[sel]
    del keep, sel, pair_tid, pair_art
    for j in range(NONZERO):
        np.add.at(context, pos[rows_a, j] * n_terms + rows_t, sign[rows_a, j])  # int64
    del rows_t, rows_a
    ctx_t = context.reshape(DIMS, n_terms)  # dimension-major: see _score_batch
    sq = np.einsum("ij,ij->j", ctx_t, ctx_t)
    # judged articles (in the focus) and the occurrence rows of their paragraphs
    judged_para = (heads["where"] & np.uint32(_JUDGED)) != 0
    wanted = np.zeros(n_art, dtype=bool)
    wanted[np.unique(para_art[judged_para])] = True
    if focus is not None:
        in_focus = np.zeros(n_art, dtype=bool)
        index_of = {e: a for a, e in enumerate(present)}
        for e in focus:
            if e in index_of:
                in_focus[index_of[e]] = True
        wanted &= in_focus
    occ_v = np.searchsorted(vocab, terms).astype(np.int32)
    occ_tid = compact[occ_v]
    para_end = np.cumsum(para_n)
    para_start = para_end - para_n
    art_paras = np.searchsorted(para_art, np.arange(n_art + 1))  # paragraph rows per article
    todo = np.flatnonzero(wanted)
    b = 0
    while b < todo.size:
        # a batch of articles whose occurrence rows fit in _CHUNK_ROWS (at least one article)
        e = b + 1
        rows = int(para_end[art_paras[todo[b] + 1] - 1] - para_start[art_paras[todo[b]]])
        while e < todo.size:
            more = int(para_end[art_paras[todo[e] + 1] - 1] - para_start[art_paras[todo[e]]])
            if rows + more > _CHUNK_ROWS:
                break
            rows += more
            e += 1
        yield from _score_batch(
            todo[b:e],
            art_paras,
            para_start,
            para_end,
            heads,
            terms,
            occ_v,
            occ_tid,
            ctx_t,
            sq,
            idf,
            idf_all,
            pos,
            sign,
            present,
        )
        b = e


def _score_batch(
    arts: np.ndarray,
    art_paras: np.ndarray,
    para_start: np.ndarray,
    para_end: np.ndarray,
    heads: np.ndarray,
    terms: np.ndarray,
    occ_v: np.ndarray,
    occ_tid: np.ndarray,
    ctx_t: np.ndarray,
    sq: np.ndarray,
    idf: np.ndarray,
    idf_all: np.ndarray,
    pos: np.ndarray,
    sign: np.ndarray,
    present: Sequence[int],
) -> Iterator[Scored]:
    import numpy as np

    paras = np.concatenate([np.arange(art_paras[a], art_paras[a + 1]) for a in arts])
    owner = np.repeat(arts, art_paras[arts + 1] - art_paras[arts])
    counts = para_end[paras] - para_start[paras]
    occ = np.concatenate([np.arange(para_start[p], para_end[p]) for p in paras])
    occ_para = np.repeat(np.arange(paras.size), counts)
    local = {int(a): i for i, a in enumerate(arts)}
    own = np.array([local[int(a)] for a in owner], dtype=np.int64)
    direct = _direct_cosine(occ_v[occ], occ_para, own, idf_all, paras.size, arts.size)
    tid = occ_tid[occ]
    ok = tid >= 0
    # share of each paragraph's IDF mass in terms other articles use (and so give meaning)
    mass = idf_all[occ_v[occ]].astype(np.float64)
    known = np.bincount(occ_para, mass * ok, minlength=paras.size)
    every = np.bincount(occ_para, mass, minlength=paras.size)
    coverage = np.where(every > 0, known / np.where(every > 0, every, 1.0), 0.0)
    occ_para, tid = occ_para[ok], tid[ok]
    art = owner[occ_para]
    # leave-one-out: a term's vector is its context vector less the article's own random
    # vector, unit length, times the term's IDF; summed over a paragraph that is
    # sum(coef * context) - sum(coef) * own vector, with coef = idf / |context - own|
    p, s = pos[art], sign[art]
    dot = (ctx_t[p, tid[:, None]] * s).sum(axis=1)
    norm2 = sq[tid] - 2.0 * dot + NONZERO
    coef = np.where(norm2 > 1e-6, idf[tid] / np.sqrt(np.maximum(norm2, 1e-6)), 0.0)
    # dimension-major (DIMS, paragraphs): one bincount per dimension (add.at or reduceat
    # over a (rows, DIMS) array are several times slower)
    weights = coef.astype(np.float32)
    pvec = np.empty((DIMS, paras.size), dtype=np.float32)
    for d in range(DIMS):
        pvec[d] = np.bincount(occ_para, ctx_t[d, tid] * weights, minlength=paras.size)
    own_coef = np.bincount(occ_para, coef, minlength=paras.size)
    np.add.at(
        pvec,
        (pos[owner].ravel(), np.repeat(np.arange(paras.size), NONZERO)),
        (-own_coef[:, None] * sign[owner]).ravel(),
    )
    total = np.empty((DIMS, arts.size), dtype=np.float32)
    for d in range(DIMS):
        total[d] = np.bincount(own, pvec[d], minlength=arts.size)
    rest = total[:, own] - pvec
    num = np.einsum("ij,ij->j", pvec, rest)
    den = np.sqrt(np.einsum("ij,ij->j", pvec, pvec) * np.einsum("ij,ij->j", rest, rest))
    cos = np.where(den > 0, num / np.where(den > 0, den, 1.0), 0.0)
    firsts = np.flatnonzero(np.concatenate(([True], own[1:] != own[:-1])))
    where = heads["where"][paras]
    judged = (where & np.uint32(_JUDGED)) != 0
    bounds = np.append(firsts, paras.size).tolist()
    where_l, judged_l, paras_l = where.tolist(), judged.tolist(), paras.tolist()
    cos_l, direct_l, cover_l = cos.tolist(), direct.tolist(), coverage.tolist()
    for i, a in enumerate(arts.tolist()):
        sel = [k for k in range(bounds[i], bounds[i + 1]) if judged_l[k]]
        if sel:
            yield Scored(
                present[a],
                [where_l[k] & (_JUDGED - 1) for k in sel],
                [cos_l[k] for k in sel],
                [direct_l[k] for k in sel],
                [cover_l[k] for k in sel],
                [
                    zlib.crc32(terms[para_start[paras_l[k]] : para_end[paras_l[k]]].tobytes())
                    for k in sel
                ],
            )


def _direct_cosine(
    vocab_ids: np.ndarray,
    occ_para: np.ndarray,
    own: np.ndarray,
    idf_all: np.ndarray,
    n_paras: int,
    n_arts: int,
) -> np.ndarray:
    """Cosine of each paragraph's terms (binary, IDF-weighted) with the rest of its article's
    (``1 + log count`` over the other paragraphs, IDF-weighted), as NL301's term_cohesion."""
    import numpy as np

    w = idf_all[vocab_ids].astype(np.float64)
    art = own[occ_para]
    _u, inv, cnt = np.unique(
        art * (idf_all.size + 1) + vocab_ids, return_inverse=True, return_counts=True
    )
    c = cnt[inv].astype(np.float64)
    g_all = (1.0 + np.log(c)) * w
    rest = c - 1.0
    g_rest = np.where(rest > 0, (1.0 + np.log(np.maximum(rest, 1.0))) * w, 0.0)
    dot = np.bincount(occ_para, w * g_rest, minlength=n_paras)
    own2 = np.bincount(occ_para, w * w, minlength=n_paras)
    art2 = np.bincount(art, g_all * g_all / c, minlength=n_arts)
    para_art = np.zeros(n_paras, dtype=np.int64)
    para_art[occ_para] = art
    rest2 = (
        art2[para_art]
        - np.bincount(occ_para, g_all * g_all, minlength=n_paras)
        + np.bincount(occ_para, g_rest * g_rest, minlength=n_paras)
    )
    den = np.sqrt(np.maximum(own2 * rest2, 0.0))
    return np.where((dot > 0) & (den > 0), dot / np.where(den > 0, den, 1.0), 0.0)


def reduce(
    entries: Sequence[tuple[ArticleRef, Key | None]],
    options: OffTopicInCorpusOptions,
    focus: Collection[int] | None = None,
) -> Iterator[CorpusHit]:
    """Per judged article, the least cohesive judged paragraph if it stands out."""
    for scored in paragraph_scores(entries, options, focus):
        score = combined(scored, options.direct_weight)
        hit = outlier(score, scored.coverage, options)
        if hit is None:
            continue
        i, median = hit
        w = scored.where[i]
        ref = entries[scored.entry][0]
        line, col = w >> 8, w & 0xFF
        yield CorpusHit(
            ref,
            "paragraph's words go with other stories of the corpus, not with the rest of the "
            f"article (score {score[i]:.2f}, article median {median:.2f})",
            line,
            col,
            excerpt=f"terms {scored.digest[i]:08x}",
        )


def combined(scored: Scored, direct_weight: float) -> list[float]:
    """The score of each judged paragraph: association and direct cosines mixed."""
    if not direct_weight:
        return scored.cosine
    a = 1.0 - direct_weight
    return [a * c + direct_weight * d for c, d in zip(scored.cosine, scored.direct, strict=True)]


def outlier(
    score: Sequence[float], coverage: Sequence[float], options: OffTopicInCorpusOptions
) -> tuple[int, float] | None:
    """(index of the lowest-scoring paragraph, median score) if it undercuts the thresholds
    and the corpus knows enough of its words (``min_coverage``)."""
    if len(score) < options.min_paragraphs:
        return None
    median = statistics.median(score)
    low = min(range(len(score)), key=lambda i: (score[i], i))
    c = score[low]
    if (
        c < options.max_cohesion
        and c < options.max_ratio * median
        and coverage[low] >= options.min_coverage
    ):
        return low, median
    return None


RULE = corpus_rule(
    code="NL506",
    name="off-topic-paragraph-in-corpus",
    summary="A paragraph's words go with other stories of the corpus, not with its article.",
    doc=DOC,
    key=key,
    reduce=reduce,
    options=OffTopicInCorpusOptions,
    tags=("corpus", "structure", "coherence"),
    enabled_by_default=False,
)
