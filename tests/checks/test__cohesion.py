"""Unit tests of the NL301 cohesion helpers (newslint.checks._cohesion)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping

import pytest

from newslint.checks._cohesion import (
    BACKGROUND_TOP,
    RARE_ZIPF,
    addresses_reader,
    background_weight,
    cohesion_scores,
    content_terms,
    cosine,
    find_outlier,
    names,
    quoted_fraction,
    smoothed_idf,
    stem,
    terms_and_words,
    word_zipf,
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


def test_terms_and_words_counts_every_word() -> None:
    terms, words = terms_and_words("The Council approved 48 new walls.")
    assert terms == {"council": 1, "approv": 1, "wall": 1}
    assert words == 5  # numbers are not words


def test_word_zipf_table_is_bundled_and_keyed_by_stem() -> None:
    table = word_zipf()
    assert len(table) > 20000
    assert table["government"] > table["harbour"] > table["dredge"]
    assert "wall" in table and "walls" not in table  # stems, as content_terms makes them


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        pytest.param("government", BACKGROUND_TOP - word_zipf()["government"], id="common"),
        pytest.param("zzyzxq", BACKGROUND_TOP - RARE_ZIPF, id="unlisted-is-rare"),
    ],
)
def test_background_weight(term: str, expected: float) -> None:
    assert background_weight(term) == pytest.approx(expected)


def test_rare_words_weigh_more_than_common_ones() -> None:
    assert background_weight("breakwater") > background_weight("council") > 0.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("We use cookies to improve your experience.", True, id="cookie-notice"),
        pytest.param("Tap here to get the news sent straight to you.", True, id="you"),
        pytest.param("“You never forget it,” he said of the final.", False, id="quoted-you"),
        pytest.param("Young people queued to vote.", False, id="young"),
    ],
)
def test_addresses_reader(text: str, expected: bool) -> None:
    assert addresses_reader(text) is expected


HARBOUR = [
    "Harbour budget approved",
    "The harbour council approved the harbour budget for new walls and a breakwater today.",
    "Councillors said the harbour walls and the breakwater needed urgent repair this winter.",
    "The budget for the harbour walls will be paid by a levy on boat moorings.",
    "Boat owners said the mooring levy for the harbour budget was steep but fair.",
    "The breakwater and the harbour walls will be finished by spring, the council said.",
    "Striker Vell headed the equaliser and the goalkeeper saved a penalty in extra time.",
]
KW = dict(min_words=5, min_paragraphs=5, max_cohesion=0.05, max_ratio=0.2, min_median=0.1)


def test_cohesion_scores_linear_form_equals_the_plain_cosine() -> None:
    # term_cohesion computes each cosine from the article's totals; check it against a
    # direct cosine of the text with the sum of the others
    terms = [content_terms(t) for t in HARBOUR]
    for i, score in enumerate(cohesion_scores(HARBOUR)):
        rest: Counter[str] = Counter()
        for j, tc in enumerate(terms):
            if j != i:
                rest.update(tc)

        def vec(counts: Mapping[str, int]) -> dict[str, float]:
            return {t: (1 + math.log(c)) * background_weight(t) for t, c in counts.items()}

        assert score == pytest.approx(cosine(vec(terms[i]), vec(rest)))


def test_find_outlier_flags_the_spliced_paragraph() -> None:
    out = find_outlier(HARBOUR, **KW)  # type: ignore[arg-type]
    assert out is not None
    assert out.index == 6
    assert out.cohesion == 0.0
    assert out.median > 0.3


def test_the_first_paragraph_is_never_judged() -> None:
    texts = [HARBOUR[6], *HARBOUR[1:6]]
    assert find_outlier(texts, **KW) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"min_paragraphs": 7}, id="too-few-paragraphs"),
        pytest.param({"min_words": 15}, id="paragraphs-too-short"),
        pytest.param({"max_cohesion": 0.0}, id="absolute-threshold"),
        pytest.param({"max_ratio": 0.0}, id="ratio-threshold"),
        pytest.param({"min_median": 0.9}, id="median-threshold"),
        pytest.param({"max_quoted": 0.0}, id="quoted-threshold"),
    ],
)
def test_find_outlier_thresholds(change: dict[str, float]) -> None:
    assert find_outlier(HARBOUR, **{**KW, **change}) is None  # type: ignore[arg-type]


def test_quoted_and_reader_paragraphs_are_never_returned() -> None:
    quoted = [*HARBOUR[:6], "“" + HARBOUR[6] + "”"]
    furniture = [*HARBOUR[:6], "Sign up and we will send you the best stories every morning."]
    assert find_outlier(quoted, **KW) is None  # type: ignore[arg-type]
    assert find_outlier(furniture, **KW) is None  # type: ignore[arg-type]


def test_weights_can_be_passed() -> None:
    background = cohesion_scores(HARBOUR)
    equal = cohesion_scores(HARBOUR, weights={"": 1.0})
    assert background != equal
    muted = cohesion_scores(HARBOUR, weights={"harbour": 0.0}, default_weight=1.0)
    assert muted[1] < equal[1]
    out = find_outlier(HARBOUR, weights={"harbour": 2.0}, **KW)  # type: ignore[arg-type]
    assert out is not None and out.index == 6
