"""Lexical cohesion of paragraphs (NL301): content terms, names, (TF-IDF) cosine.

Pure functions, no third-party imports. ``cohesion_scores`` takes an optional IDF table so a
corpus-level rule can pass weights from the corpus being linted. Without one every content
term weighs the same: a within-article IDF (``smoothed_idf``) was measured and is worse,
because it down-weights exactly the topic words every paragraph shares (bench/nl301_sweep.py:
precision 0.91 / recall 0.70 against 0.99 / 0.79 unweighted at the same thresholds).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

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
    out: Counter[str] = Counter()
    for tok in _TOKEN.findall(text):
        low = tok.lower()
        if len(low) > 2 and low not in STOP_WORDS:
            out[stem(low)] += 1
    return out


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


@dataclass(frozen=True, slots=True)
class Cohesion:
    """How well one paragraph fits the rest: TF-IDF cosine and share of its names seen."""

    cosine: float
    names_shared: float  # fraction of the paragraph's names found elsewhere (1.0 if none)


def cohesion_scores(
    texts: Sequence[str],
    idf: Mapping[str, float] | None = None,
    default_idf: float | None = None,
) -> list[Cohesion]:
    """Cohesion of each text with the concatenation of all the others.

    ``idf`` maps stemmed terms to weights (e.g. from a corpus, or ``smoothed_idf``); terms it
    lacks get ``default_idf`` (default: its largest value). Without ``idf`` all terms weigh
    1. Term frequencies are sublinear (1 + log tf).
    """
    terms = [content_terms(t) for t in texts]
    table = idf if idf is not None else {}
    fallback = default_idf if default_idf is not None else max(table.values(), default=1.0)
    total: Counter[str] = Counter()
    for tc in terms:
        total.update(tc)
    name_sets = [names(t) for t in texts]
    name_count: Counter[str] = Counter()
    for ns in name_sets:
        name_count.update(ns)
    out: list[Cohesion] = []
    for tc, ns in zip(terms, name_sets, strict=True):
        rest = total - tc  # Counter subtraction drops terms that only occur here
        vec = {t: (1 + math.log(c)) * table.get(t, fallback) for t, c in tc.items()}
        rvec = {t: (1 + math.log(c)) * table.get(t, fallback) for t, c in rest.items()}
        shared = sum(1 for n in ns if name_count[n] > 1) / len(ns) if ns else 1.0
        out.append(Cohesion(cosine(vec, rvec), shared))
    return out


@dataclass(frozen=True, slots=True)
class Outlier:
    """A paragraph (index into the texts) whose cohesion is far below the article's."""

    index: int
    cohesion: Cohesion
    median: float


def find_outliers(
    texts: Sequence[str],
    *,
    min_words: int,
    min_paragraphs: int,
    max_cohesion: float,
    max_ratio: float,
    min_median: float = 0.0,
    max_share: float = 1.0,
    max_names_shared: float = 1.0,
    max_quoted: float = 0.5,
    idf: Mapping[str, float] | None = None,
) -> list[Outlier]:
    """Paragraphs of at least ``min_words`` words (not mostly quotation) whose cosine is below
    ``max_cohesion`` and below ``max_ratio`` times the median of those paragraphs, and of whose
    names at most ``max_names_shared`` appear elsewhere. Needs ``min_paragraphs`` of them and
    a median of at least ``min_median`` (paragraphs that share little with each other at all
    give no baseline to stand out from). When more than ``max_share`` of the judged paragraphs
    are outliers the article is a loose collection (a news round-up), and none is returned."""
    scores = cohesion_scores(texts, idf)
    judged = [
        i
        for i, t in enumerate(texts)
        if len(_TOKEN.findall(t)) >= min_words and quoted_fraction(t) < max_quoted
    ]
    if len(judged) < min_paragraphs:
        return []
    values = sorted(scores[i].cosine for i in judged)
    mid = len(values) // 2
    median = values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2
    if median < min_median:
        return []
    found = [
        Outlier(i, scores[i], median)
        for i in judged
        if scores[i].cosine < max_cohesion
        and scores[i].cosine < max_ratio * median
        and scores[i].names_shared <= max_names_shared
    ]
    return found if len(found) <= max_share * len(judged) else []
