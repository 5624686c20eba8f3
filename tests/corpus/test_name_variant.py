"""NL504 name-variant: unit tests of key and reduce."""

from __future__ import annotations

import pytest

from newslint.corpus.name_variant import RULE, variant_groups
from newslint.finding import Severity
from tests.corpus import article, run, where

COMMON = "The envoy Andrei Vostrikov met the mayor. Officials said Vostrikov would return.\n"
OTHER = "In the port, envoy Vostrikov's aides spoke.\n"
RARE = "Talks went on.\nThe envoy Andrei Vostrykov said on Thursday that talks went well.\n"


def test_rarer_spelling_reported_where_used() -> None:
    arts = [article(COMMON, "a.txt"), article(OTHER, "b.txt"), article(RARE, "c.txt")]
    hits = run("NL504", arts)
    assert where(hits) == [("c.txt", 2, 18)]
    assert (hits[0].end_line, hits[0].end_column) == (2, 27)
    assert hits[0].message == (
        "'Vostrykov' is a variant spelling of 'Vostrikov': 'Vostrikov' 3x in 2 articles"
        " (first a.txt); 'Vostrykov' 1x in 1 article (first c.txt)"
    )


def test_rule_is_info_and_off_by_default() -> None:
    assert RULE.meta.severity is Severity.INFO
    assert RULE.meta.enabled_by_default is False


@pytest.mark.parametrize(
    ("texts", "options"),
    [
        pytest.param([COMMON, RARE], {}, id="commonest-below-min-count"),
        pytest.param([COMMON, OTHER, RARE], {"min_variant_count": 2}, id="min-variant-count"),
        pytest.param(
            [COMMON, OTHER, RARE], {"max_distance": 1, "min_similarity": 0.95}, id="similarity"
        ),
        pytest.param(
            [
                "The army of Belarus left. Belarus said so. Belarus again.\n",
                "The Belarusian army.\n",
            ],
            {},
            id="ending-not-spelling",
        ),
        pytest.param(
            ["Vostrikov. Vostrikov. Vostrikov.\n", "Fine.\nVostrykov went home.\n"],
            {},
            id="sentence-initial-capitals-ignored",
        ),
        pytest.param(
            ["We met Harbors twice, Harbors and Harbors.\n", "We met Harbers, the harbers.\n"],
            {},
            id="word-also-in-lower-case",
        ),
        pytest.param([COMMON, OTHER, RARE], {"min_length": 10}, id="min-length"),
    ],
)
def test_passes(texts: list[str], options: dict[str, float]) -> None:
    arts = [article(t, f"{i}.txt") for i, t in enumerate(texts)]
    assert run("NL504", arts, options) == []


def test_groups_of_more_than_two_spellings() -> None:
    groups = variant_groups({"Mohammed": 5, "Mohammad": 2, "Muhammad": 1, "Moscow": 9}, 2, 0.75, 5)
    assert groups == [["Mohammad", "Mohammed", "Muhammad"]]


def test_max_names_bounds_the_key() -> None:
    text = "We met " + ", ".join(f"Name{chr(97 + i)}xyz" for i in range(10)) + ".\n"
    key = RULE.key(article(text, "a.txt"), RULE.meta.options(max_names=3, min_length=2))
    assert key is None or len(key[0].split("\n")) <= 3
