"""NL402 foreign-paragraph: a paragraph in another language than the article's."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article
from newslint.checks._language import (
    LanguageOptions,
    article_guess,
    detect,
    pre_test,
    primary,
    sample,
)
from newslint.finding import Hit
from newslint.rule import article_rule

_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 8  # fewer letter words: numbers, scores, tables; nothing to judge
_MAX_CAPITALISED = 0.6  # a larger share of capitalised words: a list of names or places
_ARTICLE_SAMPLE = 2000  # as NL401's default sample_chars, so both rules judge alike


class ForeignParagraphOptions(LanguageOptions):
    min_chars: int = Field(100, ge=20, description="Shorter paragraphs are not judged.")
    min_probability: float = Field(
        0.9, ge=0, le=1, description="Least langdetect probability of the foreign language."
    )
    sample_chars: int = Field(
        300, ge=50, description="Characters of each paragraph that langdetect sees."
    )


@article_rule(
    code="NL402",
    name="foreign-paragraph",
    summary="A paragraph is in another language than the rest of the article.",
    options=ForeignParagraphOptions,
    tags=("language",),
)
def check(article: Article, options: ForeignParagraphOptions) -> Iterator[Hit]:
    """## What it does
    Flags a paragraph of at least `min_chars` characters whose language, detected with
    seeded langdetect on its first `sample_chars` characters, is not the expected language
    (article `language` metadata, else the `language` option) with probability at least
    `min_probability`. Paragraphs that a cheap stop-word test already shows to be in the
    expected language (lists for en, de, fr, es, it, pt, nl), or for English a lexicon test
    (85% English words, 15% English stop words), skip langdetect; so do
    paragraphs of fewer than 8 words or mostly capitalised words (lists of names). When
    the whole article is in another language, NL401 reports it and this rule stays quiet.

    ## Why it matters
    Scrapers splice in foreign-language teasers, untranslated wire copy and the other
    edition's paragraph. One foreign paragraph in an English article is noise for models and
    for every per-language statistic.

    ## Example
        The council approved the harbour budget on Tuesday after a long debate. ...

        Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Hafenhaushalt
        beschlossen, obwohl mehrere Mitglieder vor steigenden Kosten warnten.

    ## Passes
        The council approved the harbour budget on Tuesday after a long debate. ...

        Council member Anna Weber said the vote was "ein guter Tag" for the port.

    ## Options
    - `language` (default `en`): expected language; per-article `language` metadata wins.
    - `min_chars` (default 100; measured: no finding on 319 English paragraphs of 100-119
      characters from the benchmark articles and seeds): shorter paragraphs are skipped.
    - `min_probability` (default 0.9): least probability of the foreign language.
    - `sample_chars` (default 300): characters per paragraph given to langdetect.
    - `skip_share` (default 0.25): stop-word share that accepts the expected language.

    ## Known false positives
    A long quotation in its original language (report it or translate it), lists of foreign
    titles or organisation names in lower case, and close languages (no/da, hr/sr).
    """
    expected = primary(article.language or options.language)
    paragraphs = [p for p in article.paragraphs if len(p.text.strip()) >= options.min_chars]
    if not paragraphs or len(article.paragraphs) < 2:
        return
    hits: list[Hit] = []
    for para in paragraphs:
        text = sample(para.text.strip(), options.sample_chars)
        if pre_test(text, expected, options.skip_share) or not _judgeable(text):
            continue
        guess = detect(text)
        if guess is None or primary(guess.lang) == expected:
            continue
        if guess.prob < options.min_probability:
            continue
        hits.append(
            Hit(
                f"paragraph is in {guess.lang!r} (p={guess.prob:.2f}), expected {expected!r}: "
                f"{_excerpt(para.text.strip())!r}",
                start=para.start + len(para.text) - len(para.text.lstrip()),
                end=para.end,
            )
        )
    if hits:
        whole = article_guess(article.body, expected, options.skip_share, _ARTICLE_SAMPLE)
        if whole is not None and primary(whole.lang) != expected:
            return  # the article as a whole is in another language: NL401 reports that
    yield from hits


def _judgeable(text: str) -> bool:
    """Enough words, and not mostly capitalised ones (names, places, titles)."""
    words = _WORD.findall(text)
    if len(words) < _MIN_WORDS:
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised / len(words) <= _MAX_CAPITALISED


def _excerpt(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
