"""NL301 off-topic-paragraph: a paragraph that shares little vocabulary with its article."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article
from newslint.checks._cohesion import find_outliers
from newslint.finding import Hit
from newslint.rule import RuleOptions, article_rule


class OffTopicParagraphOptions(RuleOptions):
    min_words: int = Field(
        25, ge=1, description="Shorter paragraphs are never flagged (too little to judge)."
    )
    min_paragraphs: int = Field(
        5, ge=3, description="Articles with fewer paragraphs of `min_words` are not judged."
    )
    max_cohesion: float = Field(
        0.08,
        ge=0.0,
        le=1.0,
        description="Flag only paragraphs whose cosine with the rest is below this.",
    )
    max_ratio: float = Field(
        0.3,
        gt=0.0,
        le=1.0,
        description="... and below this fraction of the article's median cohesion.",
    )
    min_median: float = Field(
        0.05,
        ge=0.0,
        le=1.0,
        description="Articles whose median cohesion is lower are not judged (no baseline).",
    )
    max_share: float = Field(
        0.25,
        gt=0.0,
        le=1.0,
        description="If more than this share of paragraphs are outliers, the article is a "
        "round-up of unrelated items and nothing is flagged.",
    )
    max_quoted: float = Field(
        0.5,
        ge=0.0,
        le=1.0,
        description="Paragraphs with at least this share of quoted text are not judged.",
    )


@article_rule(
    code="NL301",
    name="off-topic-paragraph",
    summary="A paragraph shares little vocabulary with the rest of the article (spliced in?).",
    options=OffTopicParagraphOptions,
    tags=("structure", "coherence"),
    # NOTE: off by default, from measurement: on the quality benchmark's short articles it
    # flags 6% of untouched articles (precision 0.04); see Known false positives.
    enabled_by_default=False,
)
def check(article: Article, options: OffTopicParagraphOptions) -> Iterator[Hit]:
    """## What it does
    Measures the lexical cohesion of each paragraph with the rest of the article: the cosine
    of their content words (lower-cased, lightly stemmed, stop words and weekdays/months
    removed) between the paragraph and all the other paragraphs. A paragraph is flagged when
    its cohesion is both low in absolute terms (`max_cohesion`) and far below the article's
    median (`max_ratio`). Short paragraphs, paragraphs that are mostly quotation and articles
    with too few paragraphs, too little cohesion overall or too many outliers (round-ups)
    are not judged.

    ## Why it matters
    Scrapers and content farms splice paragraphs from other stories into an article (a
    sidebar, a "related" teaser, a spinner's filler). The result reads as one story but
    mixes facts from several, which corrupts summaries and teaches models incoherence.

    ## Example
        (five paragraphs on a harbour budget vote, then:)

        Rovers won the cup for the first time in 63 years, beating the league champions
        2-1 after extra time in front of a sold-out crowd at the national stadium.

    ## Passes
        (five paragraphs on a harbour budget vote, then:)

        Fishermen at the harbour welcomed the vote, though the new mooring levy is steep
        for small boats, said one skipper who has fished from the port for thirty years.

    ## Options
    - `min_words` (default 25): shorter paragraphs are never flagged.
    - `min_paragraphs` (default 5): paragraphs of `min_words` needed to judge an article.
    - `max_cohesion` (default 0.08) and `max_ratio` (default 0.3): both must be undercut.
    - `min_median` (default 0.05): articles whose paragraphs share almost nothing with each
      other (median below this) give no baseline and are not judged.
    - `max_share` (default 0.25): more outliers than this share means a round-up of
      unrelated items ("news in brief"): nothing is flagged.
    - `max_quoted` (default 0.5): paragraphs at least this much in quotes are skipped.

    Defaults come from bench/nl301_sweep.py (a paragraph of one story spliced into another
    story on a different subject, 4 x 1500 splices): precision 0.99-1.0, recall 0.79-0.81,
    no finding on the untouched articles. `max_ratio` 0.325 gives recall 0.81-0.83 at
    precision 0.99 but flags one paragraph of the untouched articles.

    ## Known false positives
    A legitimate digression (background on an unrelated event, a "meanwhile" paragraph);
    a round-up of unrelated items where only one item stands out.
    Splices from a story on the *same* subject share its vocabulary and are not found: this
    rule catches different-topic splices; near-duplicate text is for NL302 and corpus rules.
    Off by default: on long articles (tests/fixtures/cohesion, 5+ paragraphs of 25+ words)
    precision is 0.99 at recall 0.8, but on the shorter articles of bench/quality.py it flags
    a legitimate paragraph in 2 of 36 base articles (6% of untouched variants) and finds
    under 5% of splices; the sweep with both sets (`bench/nl301_sweep.py --with-bench`) tops
    out at recall 0.45 for precision 0.9. Turn it on with `extend-select: [NL301]` for
    corpora of long articles.
    """
    paragraphs = article.paragraphs
    if len(paragraphs) < options.min_paragraphs:
        return
    found = find_outliers(
        [p.text for p in paragraphs],
        min_words=options.min_words,
        min_paragraphs=options.min_paragraphs,
        max_cohesion=options.max_cohesion,
        max_ratio=options.max_ratio,
        min_median=options.min_median,
        max_share=options.max_share,
        max_quoted=options.max_quoted,
    )
    for out in found:
        para = paragraphs[out.index]
        yield Hit(
            "paragraph shares little vocabulary with the rest of the article "
            f"(cohesion {out.cohesion.cosine:.2f}, article median {out.median:.2f})",
            start=para.start,
            end=para.end,
        )
