"""NL307 mid-story-lede: each way a lede points back, next to a lede that starts a story."""

from __future__ import annotations

import pytest

from newslint.article import Article
from newslint.checks.mid_story_lede import check
from newslint.rule import NoOptions


def opening(body: str, title: str = "Talks end without a deal") -> list[str]:
    article = Article.from_text(body, title=title)
    return [article.body[h.start : h.end] for h in check.check(article, NoOptions())]


@pytest.mark.parametrize(
    ("mid_story", "found"),
    [
        ("He also cited a huge gap between promises and deeds.", "He"),
        ("Their lawyers said they would appeal the ruling.", "Their"),
        ("However, the operator said the ferries would not run.", "However"),
        ("Meanwhile the talks went on behind closed doors.", "Meanwhile"),
        ("The Observatory also reported heavy fighting.", "The Observatory also reported"),
        ("Police also arrested two men near the port.", "Police also arrested"),
    ],
)
def test_ledes_that_point_back_are_reported(mid_story: str, found: str) -> None:
    assert opening(mid_story) == [found]
    # after a dateline, the finding starts after it
    assert opening("ASTANA (Reuters) - " + mid_story) == [found]


@pytest.mark.parametrize(
    "lede",
    [
        "The Observatory reported heavy fighting in the north on Monday.",
        "There was no shortage of volunteers at the harbour on Saturday.",
        "It was the coldest night in a decade, forecasters said.",
        "Hundreds of people, who also brought food, lined the wharf.",  # "also" after a comma
        '"We also wanted to say thank you," a passenger said.',  # a quote opens the lede
        "Hermann Schulz, the mayor, said the budget was approved.",  # "Her" inside a name
        "Butchers in the town said prices rose.",  # "But" inside a word
    ],
)
def test_ledes_that_start_a_story_pass(lede: str) -> None:
    assert opening(lede + "\n\nHe said more talks were planned.") == []


def test_only_the_lede_is_judged() -> None:
    body = "ASTANA (Reuters) - Talks ended on Friday.\n\nBut the delegations left early."
    assert opening(body) == []


def test_headline_and_byline_lines_above_the_lede_are_skipped() -> None:
    body = "Talks end without a deal\nBy Jane Roe\n\nBut the delegations left early."
    assert opening(body) == ["But"]
