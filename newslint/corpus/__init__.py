"""Corpus-level rules (NL5xx) and the on-disk corpus index; CORPUS_RULES lists the rules."""

from __future__ import annotations

from newslint.corpus import (
    duplicate_article,
    name_variant,
    near_duplicate_article,
    off_topic_in_corpus,
    repeated_boilerplate,
    shared_paragraph,
)
from newslint.rule import CorpusRule

CORPUS_RULES: tuple[CorpusRule, ...] = (
    duplicate_article.RULE,
    near_duplicate_article.RULE,
    shared_paragraph.RULE,
    name_variant.RULE,
    repeated_boilerplate.RULE,
    off_topic_in_corpus.RULE,
)
