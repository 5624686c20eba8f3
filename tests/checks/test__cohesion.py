"""Unit tests of the NL301 cohesion helpers (newslint.checks._cohesion)."""

from __future__ import annotations

import math

import pytest

from newslint.checks._cohesion import (
    cohesion_scores,
    content_terms,
    cosine,
    find_outliers,
    names,
    quoted_fraction,
    smoothed_idf,
    stem,
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("walls", "wall", id="plural"),
        pytest.param("policies", "policy", id="ies"),
        pytest.param("fishing", "fish", id="ing"),
        pytest.param("approved", "approv", id="ed"),
        pytest.param("agreed", "agreed", id="eed-kept"),
        pytest.param("bus", "bus", id="us-kept"),
        pytest.param("class", "class", id="ss-kept"),
        pytest.param("council's", "council", id="possessive"),
        pytest.param("king", "king", id="short-ing-kept"),
    ],
)
def test_stem(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_content_terms_drop_stop_words_short_words_and_numbers() -> None:
    text = "The Council said on Monday it had approved 48 new walls, walls and a levy."
    terms = content_terms(text)
    assert terms == {"council": 1, "approv": 1, "wall": 2, "levy": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Mayor Helen Corrigan spoke.", {"helen", "corrigan"}, id="sentence-start"),
        pytest.param(
            "He met Smith. Then Jones left. “Brown said so.”", {"smith", "jones"}, id="sentences"
        ),
        pytest.param("It rained on Monday in Port Ellery.", {"port", "ellery"}, id="stop-words"),
        pytest.param("no names at all here.", set(), id="none"),
    ],
)
def test_names(text: str, expected: set[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("“abcd” ef", 6 / 9, id="curly"),
        pytest.param('ab "cd" ef', 4 / 10, id="straight"),
        pytest.param("“a quote that runs on", 1.0, id="continued"),
        pytest.param("no quotes", 0.0, id="none"),
        pytest.param("", 0.0, id="empty"),
    ],
)
def test_quoted_fraction(text: str, expected: float) -> None:
    assert quoted_fraction(text) == pytest.approx(expected)


def test_smoothed_idf() -> None:
    idf = smoothed_idf([{"a": 1, "b": 2}, {"a": 3}])
    assert idf["a"] == pytest.approx(1.0)
    assert idf["b"] == pytest.approx(math.log(3 / 2) + 1)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param({"x": 1.0}, {"x": 2.0}, 1.0, id="parallel"),
        pytest.param({"x": 1.0}, {"y": 1.0}, 0.0, id="disjoint"),
        pytest.param({"x": 1.0, "y": 1.0}, {"x": 1.0}, 1 / math.sqrt(2), id="partial"),
        pytest.param({}, {"x": 1.0}, 0.0, id="empty"),
    ],
)
def test_cosine(a: dict[str, float], b: dict[str, float], expected: float) -> None:
    assert cosine(a, b) == pytest.approx(expected)


HARBOUR = [
    "The harbour council approved the harbour budget for new walls and a breakwater today.",
    "Councillors said the harbour walls and the breakwater needed urgent repair this winter.",
    "The budget for the harbour walls will be paid by a levy on boat moorings.",
    "Boat owners said the mooring levy for the harbour budget was steep but fair.",
    "The breakwater and the harbour walls will be finished by spring, the council said.",
    "Striker Vell headed the equaliser and the goalkeeper saved a penalty in extra time.",
]
KW = dict(min_words=5, min_paragraphs=5, max_cohesion=0.08, max_ratio=0.3)


def test_find_outliers_flags_the_spliced_paragraph() -> None:
    (out,) = find_outliers(HARBOUR, **KW)
    assert out.index == 5
    assert out.cohesion.cosine == 0.0
    assert out.median > 0.3


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param({"min_paragraphs": 7}, [], id="too-few-paragraphs"),
        pytest.param({"min_words": 15}, [], id="paragraphs-too-short"),
        pytest.param({"max_cohesion": 0.0}, [], id="absolute-threshold"),
        pytest.param({"max_names_shared": -1.0}, [], id="names-threshold"),
        pytest.param({"max_quoted": 0.0}, [], id="quoted-threshold"),
    ],
)
def test_find_outliers_thresholds(change: dict[str, float], expected: list[int]) -> None:
    kw = {**KW, **change}
    assert [o.index for o in find_outliers(HARBOUR, **kw)] == expected  # type: ignore[arg-type]


def test_idf_table_can_be_passed() -> None:
    plain = cohesion_scores(HARBOUR)
    weighted = cohesion_scores(HARBOUR, idf={"harbour": 0.0}, default_idf=1.0)
    assert weighted[0].cosine < plain[0].cosine
    assert [o.index for o in find_outliers(HARBOUR, idf={"harbour": 2.0}, **KW)] == [5]  # type: ignore[arg-type]


def test_names_shared() -> None:
    texts = ["Mayor Smith met Jones here.", "Then Smith left the room.", "No one."]
    scores = cohesion_scores(texts)
    assert [s.names_shared for s in scores] == [0.5, 1.0, 1.0]
