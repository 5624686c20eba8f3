"""Tests of the corpus rules (NL5xx), the corpus index and `learn`; helpers below."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from newslint.article import Article
from newslint.corpus import CORPUS_RULES
from newslint.corpus.index import merge_entries
from newslint.rule import CorpusHit, CorpusRule

RULES: dict[str, CorpusRule[Any]] = {r.meta.code: r for r in CORPUS_RULES}

# Invented vocabulary for generated test articles (never seed text).
_WORDS = [
    "harbour",
    "council",
    "budget",
    "ferry",
    "tunnel",
    "mayor",
    "vote",
    "river",
    "bridge",
    "school",
    "teachers",
    "union",
    "strike",
    "museum",
    "archive",
    "storm",
    "flood",
    "market",
    "traders",
    "festival",
    "stadium",
    "rail",
    "station",
    "tram",
    "depot",
    "port",
    "fishing",
    "fleet",
    "quota",
    "minister",
    "inquiry",
    "report",
    "court",
    "ruling",
    "appeal",
    "hospital",
    "nurses",
    "ward",
    "airport",
    "runway",
    "noise",
    "residents",
    "petition",
    "library",
    "garden",
    "plan",
    "housing",
    "rents",
    "landlord",
    "tenants",
    "energy",
    "prices",
    "wind",
    "farm",
    "turbines",
    "coast",
    "erosion",
    "beach",
    "tourists",
    "season",
    "hotel",
]
_GLUE = [
    "the",
    "a",
    "of",
    "to",
    "in",
    "on",
    "and",
    "with",
    "for",
    "after",
    "before",
    "said",
    "was",
    "were",
    "has",
    "had",
]


def make_text(seed: int, words: int = 240, per_line: int = 24) -> str:
    """Deterministic article-like text: lines of ~``per_line`` words ending in full stops."""
    rng = random.Random(seed)
    tokens = [rng.choice(_WORDS if i % 3 else _GLUE) for i in range(words)]
    lines = []
    for start in range(0, words, per_line):
        chunk = tokens[start : start + per_line]
        lines.append(" ".join(chunk).capitalize() + ".")
    return "\n".join(lines) + "\n"


def article(body: str, path: str, **kwargs: Any) -> Article:
    return Article.from_text(body, path=path, **kwargs)


def run(
    code: str, articles: Sequence[Article], options: dict[str, Any] | None = None
) -> list[CorpusHit]:
    """Map and reduce one corpus rule over ``articles`` as the runner does (corpus order)."""
    rule = RULES[code]
    opts = rule.meta.options(**(options or {}))
    entries = [(a.ref, rule.key(a, opts)) for a in articles]
    return list(rule.reduce(merge_entries(entries, []), opts))


def where(hits: Sequence[CorpusHit]) -> list[tuple[str, int, int]]:
    """(path, line, column) of each hit, in reduce order."""
    return [(h.ref.path, h.line, h.column) for h in hits]
