"""NL401 unexpected-language: the article is not in the expected language."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article
from newslint.checks._language import LanguageOptions, article_guess, primary
from newslint.finding import Hit
from newslint.rule import article_rule


class UnexpectedLanguageOptions(LanguageOptions):
    min_chars: int = Field(
        200, ge=1, description="Articles with a shorter body are not judged (too little text)."
    )
    sample_chars: int = Field(
        2000,
        ge=100,
        description="Characters langdetect sees: four windows spread over the article.",
    )


@article_rule(
    code="NL401",
    name="unexpected-language",
    summary="The article is in another language than expected.",
    options=UnexpectedLanguageOptions,
    tags=("language",),
)
def check(article: Article, options: UnexpectedLanguageOptions) -> Iterator[Hit]:
    """## What it does
    Detects the language of the article body with langdetect (seeded, so results are
    reproducible) and flags the article when its most likely language is not the expected
    one: the article's `language` metadata if it has one, else the `language` option (the
    project config's `language`, default `en`). Codes are compared by primary subtag
    (`en-GB` = `en`). The message gives the detected language and its probability.

    ## Why it matters
    Scraped corpora pick up translated editions, foreign-language wire copy and pages in the
    wrong locale. Mixed languages in a single-language training set add noise, and a
    `language` field that lies misleads every later filter.

    ## Example
        Der Stadtrat hat am Dienstag den neuen Hafenhaushalt beschlossen, obwohl mehrere
        Mitglieder vor steigenden Kosten für das Fährterminal warnten. ...

    ## Passes
        The city council approved the new harbour budget on Tuesday, although several
        members warned that the cost of the ferry terminal could still rise. ...

    ## Options
    - `language` (default `en`): expected language; per-article `language` metadata wins.
    - `min_chars` (default 200): shorter bodies are skipped.
    - `sample_chars` (default 2000): size of the sample langdetect sees.
    - `skip_share` (default 0.25): a stop-word share that accepts en, de, fr, es, it, pt or nl
      without running langdetect (other languages always run it); English text below it
      can still pass the lexicon test (85% English words, 15% English stop words).

    ## Known false positives
    Very short or list-like bodies (tables, scores, names), and articles that mix two
    languages about equally (the probability in the message is then low). langdetect tells
    close languages (no/da, hr/sr/bs, id/ms) apart poorly.
    """
    if len(article.body.strip()) < options.min_chars:
        return
    expected = primary(article.language or options.language)
    guess = article_guess(article.body, expected, options.skip_share, options.sample_chars)
    if guess is None or primary(guess.lang) == expected:
        return
    yield Hit(
        f"article is in {guess.lang!r} (p={guess.prob:.2f}), expected {expected!r}",
        start=0,
    )
