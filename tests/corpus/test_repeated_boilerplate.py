"""NL505 repeated-boilerplate: unit tests of key and reduce."""

from __future__ import annotations

import pytest

from newslint.article import Article
from tests.corpus import article, make_text, run, where

FOOTER = "Follow the Harbour Gazette on social media"


OTHERS = [article(make_text(50 + i, words=96), f"x{i}.txt") for i in range(7)]


def corpus(n: int, footer: str = FOOTER, indent: str = "") -> list[Article]:
    return [
        article(make_text(i, words=96) + f"\n{indent}{footer}\n", f"{i:02}.txt") for i in range(n)
    ]


def test_every_occurrence_is_reported_with_the_line_span() -> None:
    hits = run("NL505", corpus(5))
    assert where(hits) == [(f"{i:02}.txt", 6, 1) for i in range(5)]
    assert hits[0].message == "line recurs in 5 articles (first: 00.txt line 6): likely boilerplate"
    assert (hits[0].end_line, hits[0].end_column) == (6, len(FOOTER) + 1)


def test_normalised_and_indented() -> None:
    arts = [*corpus(4), article("Story.\n  FOLLOW the Harbour Gazette on social media!\n", "z.txt")]
    hits = run("NL505", arts)
    assert where(hits)[-1] == ("z.txt", 2, 3)


@pytest.mark.parametrize(
    ("arts", "options"),
    [
        pytest.param(corpus(4), {}, id="too-few-articles"),
        pytest.param(corpus(6), {"min_articles": 7}, id="min-articles-option"),
        pytest.param(corpus(6) + OTHERS, {"min_share": 0.5}, id="min-share-option"),
        pytest.param(corpus(6, footer="x " * 60), {}, id="long-line-is-reporting"),
        pytest.param(corpus(6, footer="* * *"), {}, id="symbols-only"),
        pytest.param(corpus(6), {"max_chars": 20}, id="max-chars-option"),
    ],
)
def test_passes(arts: list[Article], options: dict[str, float]) -> None:
    assert run("NL505", arts, options) == []


def test_max_lines_keeps_top_and_bottom() -> None:
    many = "\n".join(f"Item {i} of the list" for i in range(30))
    arts = [article(f"{FOOTER}\n{many}\nEnd of page {i}\n", f"{i}.txt") for i in range(5)]
    # top: the footer and "Item 0"; bottom: "Item 29" and the (differing) "End of page" line
    assert {h.line for h in run("NL505", arts, {"max_lines": 4})} == {1, 2, 31}
    assert {h.line for h in run("NL505", arts, {"max_lines": 2})} == {1}
