"""Unit tests of NL301 off-topic-paragraph (on the clean articles of tests/fixtures/cohesion)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import FIXTURES, lint_text, positions

COHESION = FIXTURES / "cohesion"
ARTICLES = sorted(p.stem for p in COHESION.glob("*.txt"))


def paragraphs(name: str) -> list[str]:
    text = (COHESION / f"{name}.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def spliced(host: str, donor: str, donor_index: int, position: int) -> str:
    paras = paragraphs(host)
    paras.insert(position, paragraphs(donor)[donor_index])
    return "\n\n".join(paras) + "\n"


def line_of(position: int) -> int:
    return 1 + 2 * position  # blank-line separated paragraphs, one line each


@pytest.mark.parametrize("name", ARTICLES)
def test_clean_articles_pass(name: str) -> None:
    assert lint_text("\n\n".join(paragraphs(name)) + "\n", "NL301") == []


@pytest.mark.parametrize(
    ("host", "donor", "donor_index", "position"),
    [
        pytest.param("harbour-budget", "cup-final", 2, 3, id="football-in-harbour"),
        pytest.param("interest-rates", "wildfire", 1, 5, id="wildfire-in-rates"),
        pytest.param("interest-rates", "data-breach", 2, 1, id="breach-after-lede"),
        pytest.param("teachers-strike", "satellite-launch", 4, 7, id="satellite-at-end"),
        pytest.param("hospital-wing", "election-parliament", 5, 4, id="election-in-hospital"),
    ],
)
def test_spliced_paragraph_is_flagged(
    host: str, donor: str, donor_index: int, position: int
) -> None:
    body = spliced(host, donor, donor_index, position)
    assert positions(lint_text(body, "NL301")) == [("NL301", line_of(position), 1)]


def test_message_gives_the_scores_and_the_span_covers_the_paragraph() -> None:
    body = spliced("harbour-budget", "cup-final", 2, 3)
    (finding,) = lint_text(body, "NL301")
    assert finding.message.startswith(
        "paragraph shares little vocabulary with the rest of the article (cohesion 0."
    )
    assert ", article median 0." in finding.message
    assert (finding.end_line, finding.end_column) == (7, len(paragraphs("cup-final")[2]) + 1)


@pytest.mark.parametrize(
    ("body", "options"),
    [
        pytest.param(
            "\n\n".join([*paragraphs("harbour-budget")[:3], paragraphs("cup-final")[2]]) + "\n",
            {},
            id="article-too-short",
        ),
        pytest.param(
            spliced("harbour-budget", "cup-final", 2, 3), {"min_words": 60}, id="min-words"
        ),
        pytest.param(
            spliced("harbour-budget", "cup-final", 2, 3),
            {"min_paragraphs": 9},
            id="min-paragraphs",
        ),
        pytest.param(
            spliced("harbour-budget", "cup-final", 2, 3),
            {"max_cohesion": 0.0},
            id="max-cohesion",
        ),
        pytest.param(
            spliced("harbour-budget", "cup-final", 2, 3), {"max_quoted": 0.0}, id="max-quoted"
        ),
        pytest.param(
            spliced("harbour-budget", "cup-final", 2, 3), {"min_median": 0.5}, id="min-median"
        ),
    ],
)
def test_quiet_cases_and_options(body: str, options: dict[str, Any]) -> None:
    assert lint_text(body, "NL301", options) == []


def test_short_spliced_paragraph_is_not_judged() -> None:
    paras = paragraphs("harbour-budget")
    paras.insert(3, "Rovers won the cup on Saturday, beating Northgate 2-1.")
    assert lint_text("\n\n".join(paras) + "\n", "NL301") == []


def test_spliced_quotation_is_not_judged() -> None:
    paras = paragraphs("harbour-budget")
    paras.insert(
        3,
        "“We played with heart from the first whistle to the last, and the supporters carried "
        "us through extra time when our legs had gone,” the Rovers captain said.",
    )
    assert lint_text("\n\n".join(paras) + "\n", "NL301") == []


def test_max_ratio_trades_precision_for_recall() -> None:
    # A splice that shares a few words with its host is missed at the default ratio; a laxer
    # ratio finds it, but the same laxer ratio flags a legitimate paragraph elsewhere
    body = spliced("cup-final", "drought-farmers", 2, 3)
    assert positions(lint_text(body, "NL301")) == []
    assert positions(lint_text(body, "NL301", {"max_ratio": 0.4})) == [("NL301", 7, 1)]
    legit = spliced("election-parliament", "harbour-budget", 2, 3)
    assert positions(lint_text(legit, "NL301", {"max_ratio": 0.4})) == [("NL301", 5, 1)]


def test_min_median_keeps_loose_articles_quiet() -> None:
    # drought-farmers' own paragraphs share little with each other (median under 0.1)
    body = spliced("drought-farmers", "cup-final", 2, 3)
    assert positions(lint_text(body, "NL301")) == []
    assert positions(lint_text(body, "NL301", {"min_median": 0.05})) == [("NL301", 7, 1)]


def test_only_the_least_cohesive_paragraph_is_reported() -> None:
    # two splices: the football one (the less cohesive) is reported, the other is not
    paras = paragraphs("harbour-budget")
    paras.insert(2, paragraphs("cup-final")[2])
    paras.insert(6, paragraphs("data-breach")[2])
    found = positions(lint_text("\n\n".join(paras) + "\n", "NL301"))
    assert found == [("NL301", line_of(2), 1)]


def test_reader_addressing_furniture_is_not_reported() -> None:
    paras = paragraphs("interest-rates")
    paras.insert(
        3,
        "We use cookies to improve your experience on our website. By continuing to browse "
        "the site you agree to our use of cookies and our privacy policy.",
    )
    assert lint_text("\n\n".join(paras) + "\n", "NL301") == []
