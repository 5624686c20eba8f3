"""NL503 shared-paragraph: unit tests of key and reduce."""

from __future__ import annotations

import pytest

from tests.corpus import article, make_text, run, where

WIRE_1 = (
    "The harbour authority said on Monday that the new ferry terminal would open in spring, "
    "two years later than planned, after delays in the delivery of steel for the pier."
)
WIRE_2 = (
    "Local traders have complained for months that the unfinished terminal keeps tourists "
    "away from the old market, and a petition against the delay has gathered 4,000 names."
)
SHORT = "The mayor made no comment on the report."


def body(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


A = body("Harbour news in brief.", WIRE_1, SHORT, WIRE_2)
B = body("Our own reporter adds:", SHORT, "The council meets again next week.", WIRE_1, WIRE_2)


def test_reported_once_per_pair_on_the_later_article() -> None:
    hits = run("NL503", [article(A, "a.txt"), article(B, "b.txt")])
    assert where(hits) == [("b.txt", 7, 1)]
    assert hits[0].message == "2 paragraphs also appear in a.txt (first shared: line 7)"


def test_normalised_comparison_and_singular_message() -> None:
    variant = WIRE_1.upper().replace(",", " ;").replace("the", "“the”")
    hits = run("NL503", [article(A, "a.txt"), article(body("Intro.", variant), "b.txt")])
    assert where(hits) == [("b.txt", 3, 1)]
    assert hits[0].message == "1 paragraph also appears in a.txt (first shared: line 3)"


def test_message_uses_file_lines_and_column_of_indented_paragraph() -> None:
    later = article(body("Intro.", "    " + WIRE_2), "b.md", body_line_offset=4)
    hits = run("NL503", [article(A, "a.txt"), later])
    assert where(hits) == [("b.md", 3, 5)]
    assert hits[0].message.endswith("(first shared: line 7)")


def test_each_earlier_article_is_a_separate_pair() -> None:
    arts = [article(A, "a.txt"), article(B, "b.txt"), article(body(WIRE_2), "c.txt")]
    hits = run("NL503", arts)
    assert [(h.ref.path, h.message) for h in hits] == [
        ("b.txt", "2 paragraphs also appear in a.txt (first shared: line 7)"),
        ("c.txt", "1 paragraph also appears in a.txt (first shared: line 1)"),
        ("c.txt", "1 paragraph also appears in b.txt (first shared: line 1)"),
    ]


@pytest.mark.parametrize(
    ("later", "options"),
    [
        pytest.param(A, {}, id="exact-duplicate-is-NL501s"),
        pytest.param(body(SHORT, make_text(2)), {}, id="short-shared-sentence"),
        pytest.param(B, {"min_chars": 200}, id="min-chars-option"),
        pytest.param(
            body("a " * 60, WIRE_1), {"max_paragraphs": 1, "min_chars": 100}, id="max-paragraphs"
        ),
    ],
)
def test_passes(later: str, options: dict[str, int]) -> None:
    assert run("NL503", [article(A, "a.txt"), article(later, "b.txt")], options) == []
