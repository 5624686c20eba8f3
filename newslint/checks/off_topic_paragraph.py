"""NL301 off-topic-paragraph: a paragraph that shares little vocabulary with its article."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article
from newslint.checks._cohesion import find_outlier
from newslint.finding import Hit
from newslint.rule import RuleOptions, article_rule


class OffTopicParagraphOptions(RuleOptions):
    min_words: int = Field(
        12, ge=1, description="Shorter paragraphs are never flagged (too little to judge)."
    )
    min_paragraphs: int = Field(
        5,
        ge=3,
        description="Articles with fewer paragraphs of `min_words` (after the first) are "
        "not judged.",
    )
    max_cohesion: float = Field(
        0.05,
        ge=0.0,
        le=1.0,
        description="Flag only a paragraph whose cosine with the rest is below this.",
    )
    max_ratio: float = Field(
        0.2,
        gt=0.0,
        le=1.0,
        description="... and below this fraction of the article's median cohesion.",
    )
    min_median: float = Field(
        0.1,
        ge=0.0,
        le=1.0,
        description="Articles whose median cohesion is lower are not judged (no baseline).",
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
    # NOTE: off by default, from measurement: it finds a quarter of the splices in the
    # quality benchmark's short articles (target 0.8); see Known false positives.
    enabled_by_default=False,
)
def check(article: Article, options: OffTopicParagraphOptions) -> Iterator[Hit]:
    """## What it does
    Measures the lexical cohesion of each paragraph with the rest of the article: the cosine
    between its content words (lower-cased, lightly stemmed, stop words and weekdays/months
    removed) and those of all the other paragraphs, each word weighted by how rare it is in
    English at large (a bundled frequency table derived from wordfreq), so that words every
    story uses count for little and a story's topic words for much. The least cohesive
    paragraph is flagged when its cohesion is both low in absolute terms (`max_cohesion`)
    and far below the article's median (`max_ratio`). The first paragraph (headline or
    lede), short paragraphs, paragraphs that are mostly quotation and articles with too few
    paragraphs or too little cohesion overall (round-ups) are not judged. At most one
    paragraph per article is reported.

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
    - `min_words` (default 12): shorter paragraphs are never flagged.
    - `min_paragraphs` (default 5): paragraphs of `min_words` after the first needed to
      judge an article.
    - `max_cohesion` (default 0.05) and `max_ratio` (default 0.2): both must be undercut.
    - `min_median` (default 0.1): articles whose paragraphs share little with each other
      (median below this) give no baseline and are not judged; this also keeps round-ups of
      unrelated items ("news in brief") quiet.
    - `max_quoted` (default 0.5): paragraphs at least this much in quotes are skipped.

    Defaults come from bench/nl301_sweep.py (a paragraph of one story spliced into another
    story on a different subject, 1000 splices) and bench/quality.py: on the long articles
    of tests/fixtures/cohesion precision 1.0 at recall 0.62; with the quality benchmark's
    short articles added precision 1.0 at recall 0.26; in bench/quality.py precision 0.85
    at recall 0.25 and no finding on any untouched article. Laxer settings find more on
    long articles (`max_ratio` 0.4 with `min_median` 0.05: recall 0.91 at precision 0.985)
    but not on short ones: `min_median` 0.08 or 0.05 flags 5.9% or 9.1% of the quality
    benchmark's untouched articles at precision 0.23 or 0.19.

    ## Known false positives
    A legitimate digression (background on an unrelated event, a "meanwhile" paragraph).
    Page furniture that addresses the reader ("you", "your" outside quotes) is left to
    NL202. Misses, more than false alarms, are this rule's weakness: about one in five
    paragraphs of short news articles shares (almost) no weighted word with the rest of
    its own article ("Forecasters expect below-average rainfall" in a story on a water
    shortage), and a splice looks just like one, so the thresholds flag only paragraphs
    that stand far below the article's own median. Splices from a story on the *same*
    subject share its vocabulary and are not found; near-duplicate text is for NL302 and
    the corpus rules. Off by default: in bench/quality.py it finds a quarter of the splices
    in short articles (the issue asks for 0.8 at precision 0.9). Turn it on with
    `extend-select: [NL301]`.
    """
    paragraphs = article.paragraphs
    if len(paragraphs) <= options.min_paragraphs:
        return
    out = find_outlier(
        [p.text for p in paragraphs],
        min_words=options.min_words,
        min_paragraphs=options.min_paragraphs,
        max_cohesion=options.max_cohesion,
        max_ratio=options.max_ratio,
        min_median=options.min_median,
        max_quoted=options.max_quoted,
    )
    if out is not None:
        para = paragraphs[out.index]
        yield Hit(
            "paragraph shares little vocabulary with the rest of the article "
            f"(cohesion {out.cohesion:.2f}, article median {out.median:.2f})",
            start=para.start,
            end=para.end,
        )
