"""Lexical cohesion of paragraphs (NL301): content terms weighted by background rarity.

Pure functions. A paragraph's cohesion is the cosine between its content terms and those of
all the other paragraphs of the article. Terms are weighted by how rare they are in English
at large (``background_weight``: ``8.5 - Zipf frequency``, from the bundled table
``_word_zipf.txt`` derived from wordfreq), so that words every story uses ("people",
"city", "told") count for little and the words that carry a story's topic count for much.
``cohesion_scores`` also takes another weight table (e.g. IDF from the corpus being linted).

Measured with bench/nl301_sweep.py (1000 splices, the rule's defaults): against equal
weights the background weights find more splices at the same or better precision (long
articles: recall 0.62 against 0.55, precision 1.0 for both; with the quality benchmark's
short articles added: 0.26 at precision 1.0 against 0.26 at 0.985). A within-article IDF
(``smoothed_idf``) is worse than either, because it down-weights exactly the topic words
every paragraph shares.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

_STOP_TEXT = """
a about above according added after again against ago all almost along already also although
always am among an and another any april are around as at august away back be became because
been before being below between both but by can cannot could day days december did do does
doing done down dr during each eight either else end even ever every february few first five
for four friday from further get gets got had has have having he her here hers herself him
himself his how however i if in including instead into is it its itself january july june
just last later least less like made make many march may me might monday month months more
most mr mrs ms much must my myself near nearly never new next nine no nor not november now
october of off often on once one only or other others our ours out over own per percent put
rather said same saturday say saying says second see september seven several she should
since six so some still such sunday ten than that the their theirs them themselves then
there these they third this those though three through thursday thus time to told too took
tuesday two under until up upon us use used very via was we wednesday week weeks well were
what when where whether which while who whom whose why will with within without would year
years yet you your
"""
STOP_WORDS = frozenset(_STOP_TEXT.split())

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?:”\"])\s+")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Za-z]+)*")
_LEAD_JUNK = re.compile(r"[\s“\"‘'(\[-]*")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“]*“")


def stem(word: str) -> str:
    """A light, consistent suffix stripper (lower-cased input): plurals, -ing, -ed, 's."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    n = len(word)
    if n > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if n > 5 and word.endswith("ing"):
        return word[:-3]
    if n > 4 and word.endswith("ed") and not word.endswith("eed"):
        return word[:-2]
    if n > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_terms(text: str) -> Counter[str]:
    """Stemmed, lower-cased content words (stop words and words under 3 letters dropped)."""
    return terms_and_words(text)[0]


def terms_and_words(text: str) -> tuple[Counter[str], int]:
    """``content_terms`` of ``text`` and its number of words (one pass of the tokenizer)."""
    tokens = _TOKEN.findall(text.lower())
    return Counter(filter(None, map(_term, tokens))), len(tokens)


@lru_cache(maxsize=65536)
def _term(low: str) -> str:
    """The stemmed term of a lower-cased token, "" for a stop word or a word under 3 letters."""
    return stem(low) if len(low) > 2 and low not in STOP_WORDS else ""


def names(text: str) -> set[str]:
    """Capitalised words that do not start a sentence (people, places, organisations)."""
    out: set[str] = set()
    for sentence in _SENTENCE_BREAK.split(text):
        first = _LEAD_JUNK.match(sentence)
        skip = first.end() if first else 0
        for m in _NAME.finditer(sentence):
            low = m.group().lower()
            if m.start() > skip and low not in STOP_WORDS:
                out.add(low)
    return out


def quoted_fraction(text: str) -> float:
    """Share of the characters of ``text`` that lie inside double quotation marks."""
    if not text:
        return 0.0
    inside = sum(m.end() - m.start() for m in _QUOTED.finditer(text))
    if text.lstrip()[:1] in '“"«„' and inside == 0:
        return 1.0  # a quotation that runs on into the next paragraph
    return inside / len(text)


#: Zipf value (log10 per billion words) above which a term weighs nothing; 8.5 is above any
#: English word, so every term keeps some weight (``the`` is 7.7, but it is a stop word).
BACKGROUND_TOP = 8.5
#: Zipf value assumed for terms the table lacks (rarer than Zipf 3: names, jargon).
RARE_ZIPF = 2.0
_ZIPF_TABLE = "_word_zipf.txt"


@cache
def word_zipf() -> dict[str, float]:
    """The bundled table: stem -> English Zipf frequency (read once; see the file header)."""
    text = resources.files("newslint.checks").joinpath(_ZIPF_TABLE).read_text(encoding="utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            value, *stems = line.split()
            zipf = int(value) / 10
            for s in stems:
                out[s] = zipf
    return out


@cache
def background_weights() -> dict[str, float]:
    """Every listed stem's weight: ``BACKGROUND_TOP`` minus its Zipf frequency (at least 0)."""
    return {t: max(0.0, BACKGROUND_TOP - z) for t, z in word_zipf().items()}


def background_weight(term: str) -> float:
    """Weight of a stemmed term; a term the table lacks is taken to be of ``RARE_ZIPF``."""
    return background_weights().get(term, BACKGROUND_TOP - RARE_ZIPF)


_READER = re.compile(r"\byou(?:r|rs|rself)?\b", re.IGNORECASE)


def addresses_reader(text: str) -> bool:
    """Whether ``text`` says "you"/"your" outside quotation marks: page furniture (cookie
    notices, "Tap here to ...", newsletter prompts), which is NL202's business, not a splice."""
    return _READER.search(_QUOTED.sub(" ", text)) is not None


def smoothed_idf(docs: Sequence[Mapping[str, int]]) -> dict[str, float]:
    """IDF with add-one smoothing: ``log((1 + N) / (1 + df)) + 1`` (never zero)."""
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(doc.keys())
    n = len(docs)
    return {t: math.log((1 + n) / (1 + d)) + 1.0 for t, d in df.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    if dot == 0.0:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb)


def cohesion_scores(
    texts: Sequence[str],
    weights: Mapping[str, float] | None = None,
    default_weight: float | None = None,
) -> list[float]:
    """``term_cohesion`` of the ``content_terms`` of each text."""
    return term_cohesion([content_terms(t) for t in texts], weights, default_weight)


#: ``1 + log(n)`` for small counts (sublinear term frequency), index 0 unused.
_SUBLINEAR = [0.0] + [1.0 + math.log(n) for n in range(1, 64)]


def term_cohesion(
    terms: Sequence[Mapping[str, int]],
    weights: Mapping[str, float] | None = None,
    default_weight: float | None = None,
) -> list[float]:
    """Cosine of each text with the concatenation of all the others.

    Term vectors are ``(1 + log tf) * weight``. ``weights`` maps stemmed terms to weights
    (terms it lacks get ``default_weight``, default its largest value); without it terms
    get their ``background_weight``. The same as ``cosine`` of each text against the sum of
    the others' counts, in time linear in the number of words (the rest's vector is the
    article's, changed only in the terms of the text itself).
    """
    table: Mapping[str, float]
    if weights is None:
        table, fallback = background_weights(), BACKGROUND_TOP - RARE_ZIPF
    else:
        table = weights
        fallback = (
            default_weight if default_weight is not None else max(weights.values(), default=1.0)
        )
    total: dict[str, int] = {}
    get = total.get
    for tc in terms:
        for t, c in tc.items():
            total[t] = get(t, 0) + c
    sub, n_sub = _SUBLINEAR, len(_SUBLINEAR)
    w = {t: table.get(t, fallback) for t in total}
    full2 = {}
    norm2 = 0.0
    for t, c in total.items():
        g = (sub[c] if c < n_sub else 1.0 + math.log(c)) * w[t]
        full2[t] = g * g
        norm2 += g * g
    out: list[float] = []
    for tc in terms:
        dot = own2 = 0.0
        rest2 = norm2
        for t, c in tc.items():
            wt = w[t]
            own = (sub[c] if c < n_sub else 1.0 + math.log(c)) * wt
            own2 += own * own
            rest2 -= full2[t]
            r = total[t] - c
            if r:
                other = (sub[r] if r < n_sub else 1.0 + math.log(r)) * wt
                rest2 += other * other
                dot += own * other
        out.append(dot / math.sqrt(own2 * rest2) if dot > 0.0 and rest2 > 0.0 else 0.0)
    return out


@dataclass(frozen=True, slots=True)
class Outlier:
    """A paragraph (index into the texts) whose cohesion is far below the article's."""

    index: int
    cohesion: float
    median: float


def find_outlier(
    texts: Sequence[str],
    *,
    min_words: int,
    min_paragraphs: int,
    max_cohesion: float,
    max_ratio: float,
    min_median: float = 0.0,
    max_quoted: float = 1.0,
    weights: Mapping[str, float] | None = None,
) -> Outlier | None:
    """The least cohesive paragraph, if it stands out; ``None`` otherwise.

    Judged: the paragraphs after the first (a headline or lede sets the topic, it is never
    judged) of at least ``min_words`` words. With at least ``min_paragraphs`` of them and a
    median cohesion of at least ``min_median`` (paragraphs that share little with each
    other at all give no baseline to stand out from), the least cohesive of those whose
    ``quoted_fraction`` is below ``max_quoted`` is returned when its cosine is below
    ``max_cohesion`` and below ``max_ratio`` times the median. Paragraphs that address the
    reader (``addresses_reader``) are never returned either. Quotations count in the
    median but are never returned (leaving them out of the median, too, moved it across
    ``min_median`` in measured articles and flagged legitimate paragraphs). At most one
    paragraph per article (ties go to the earlier one): that is the rule the benchmarks
    measured, where each article holds one splice and every other paragraph that undercuts
    the thresholds is a false positive.
    """
    if len(texts) <= min_paragraphs:
        return None
    counted = [terms_and_words(t) for t in texts]
    judged = [i for i in range(1, len(texts)) if counted[i][1] >= min_words]
    if len(judged) < min_paragraphs:
        return None
    scores = term_cohesion([c[0] for c in counted], weights)
    median = statistics.median(scores[i] for i in judged)
    if median < min_median:
        return None
    limit = min(max_cohesion, max_ratio * median)
    for i in sorted((i for i in judged if scores[i] < limit), key=lambda i: (scores[i], i)):
        if quoted_fraction(texts[i]) < max_quoted and not addresses_reader(texts[i]):
            return Outlier(i, scores[i], median)
    return None
