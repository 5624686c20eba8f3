"""NL501 duplicate-article: unit tests of key and reduce."""

from __future__ import annotations

import pytest

from tests.corpus import article, make_text, run, where

BASE = "Council approves the new harbour budget.\nThe vote was 7 to 2 on Tuesday.\n"


@pytest.mark.parametrize(
    "copy",
    [
        pytest.param(BASE, id="identical"),
        pytest.param(BASE.upper(), id="case"),
        pytest.param(
            "Council  approves the new harbour budget\n\n\nThe vote was 7 to 2 on Tuesday",
            id="whitespace",
        ),
        pytest.param(
            "“Council” approves the new harbour budget!\nThe vote was 7 to 2, on Tuesday.",
            id="quotes-punctuation",
        ),
    ],
)
def test_later_copy_names_the_first(copy: str) -> None:
    hits = run("NL501", [article(BASE, "a.txt"), article(copy, "b.txt")])
    assert where(hits) == [("b.txt", 1, 1)]
    assert hits[0].message == "duplicate of a.txt"


def test_every_later_copy_names_the_first_in_corpus_order() -> None:
    arts = [article(BASE, p) for p in ("c.txt", "a.txt", "b.txt")]
    hits = run("NL501", arts)
    assert where(hits) == [("b.txt", 1, 1), ("c.txt", 1, 1)]
    assert {h.message for h in hits} == {"duplicate of a.txt"}


def test_jsonl_record_label() -> None:
    first = article(BASE, "feed.jsonl", record=3, id="x1")
    later = article(BASE, "feed.jsonl", record=9, id="x7")
    hits = run("NL501", [first, later])
    assert hits[0].ref.record == 9
    assert hits[0].message == "duplicate of feed.jsonl:3 (id x1)"


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(
            "Council rejects the new harbour budget.\nThe vote was 7 to 2 on Tuesday.",
            id="one-word",
        ),
        pytest.param(make_text(1), id="unrelated"),
    ],
)
def test_different_text_passes(other: str) -> None:
    assert run("NL501", [article(BASE, "a.txt"), article(other, "b.txt")]) == []


def test_articles_without_words_are_skipped() -> None:
    assert run("NL501", [article("---\n", "a.txt"), article("***", "b.txt")]) == []
