"""Unit tests of NL402 foreign-paragraph."""

from __future__ import annotations

from typing import Any

import pytest

from newslint.checks import _language, foreign_paragraph
from newslint.checks._language import Guess
from tests.conftest import lint_text, positions

EN1 = (
    "The city council approved the new harbour budget on Tuesday after a debate that lasted "
    "more than four hours, with several members warning that the cost could still rise."
)
EN2 = (
    "Police said the driver, a man from the north of the county, had been taken to hospital "
    "with minor injuries and would be questioned once he had recovered."
)
EN3 = (
    "The minister told reporters that the government had no plans to raise taxes before the "
    "election, but she declined to say whether spending on schools would be protected."
)
DE = (
    "Der Stadtrat hat am Dienstag nach einer mehr als vierstündigen Debatte den neuen "
    "Hafenhaushalt beschlossen, obwohl mehrere Mitglieder vor steigenden Kosten warnten."
)
DE2 = (
    "Die Polizei teilte mit, dass der Fahrer, ein Mann aus dem Norden des Landkreises, mit "
    "leichten Verletzungen in ein Krankenhaus gebracht worden sei und später befragt werde."
)
FR = (
    "La police a indiqué que le conducteur, un homme de 34 ans originaire du nord du "
    "département, avait été transporté à l'hôpital avec des blessures légères."
)
NAMES = (
    "Present were Anna Weber, Jean-Luc Moreau, Giulia Rossi, Pedro Alves, Joost van Dijk, "
    "Karin Müller, Lars Nilsson, Ahmet Yilmaz and Maria Papadopoulou of the Harbour Board."
)
EN_ARTICLE = f"{EN1}\n\n{EN2}\n\n{EN3}\n"
DE_ARTICLE = f"{DE}\n\n{DE2}\n\n{EN1}\n"


@pytest.mark.parametrize(
    ("body", "options", "meta", "expected"),
    [
        pytest.param(f"{EN1}\n\n{DE}\n\n{EN2}\n", {}, {}, [("NL402", 3, 1)], id="german-para"),
        pytest.param(f"{EN1}\n\n{EN2}\n\n   {FR}\n", {}, {}, [("NL402", 5, 4)], id="indented"),
        pytest.param(f"{EN1}\n{FR}\n{EN2}\n", {}, {}, [("NL402", 2, 1)], id="line-paragraphs"),
        pytest.param(EN_ARTICLE, {}, {}, [], id="all-english"),
        pytest.param(f"{DE}\n\n{DE}\n\n{FR}\n", {}, {}, [], id="whole-article-foreign-nl401"),
        pytest.param(DE_ARTICLE, {"language": "de"}, {}, [("NL402", 5, 1)], id="expected-de"),
        pytest.param(DE_ARTICLE, {}, {"language": "de"}, [("NL402", 5, 1)], id="metadata-de"),
        pytest.param(f"{DE}\n\n{EN1}\n", {"language": "de"}, {}, [], id="half-half-is-nl401s"),
        pytest.param(f"{EN1}\n\n{NAMES}\n\n{EN2}\n", {}, {}, [], id="list-of-names"),
        pytest.param(f"{EN1}\n\nDer Stadtrat tagt heute.\n\n{EN2}\n", {}, {}, [], id="short"),
        pytest.param(f"{EN1}\n\n{DE}\n\n{EN2}\n", {"min_chars": 200}, {}, [], id="min-chars"),
        pytest.param(f"{EN1}\n\n{DE}\n", {"min_probability": 1.0}, {}, [], id="min-probability"),
        pytest.param(DE, {}, {}, [], id="single-paragraph-is-nl401s"),
    ],
)
def test_foreign_paragraph(
    body: str, options: dict[str, Any], meta: dict[str, Any], expected: list[tuple[str, int, int]]
) -> None:
    assert positions(lint_text(body, "NL402", options, **meta)) == expected


def test_message_names_language_probability_and_excerpt() -> None:
    (finding,) = lint_text(f"{EN1}\n\n{DE}\n\n{EN2}\n", "NL402")
    assert finding.message == (
        "paragraph is in 'de' (p=1.00), expected 'en': "
        "'Der Stadtrat hat am Dienstag nach einer mehr als vierstündi…'"
    )
    assert (finding.end_line, finding.end_column) == (3, len(DE) + 1)


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = foreign_paragraph.detect

    def counting(text: str) -> Guess | None:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(foreign_paragraph, "detect", counting)
    return calls


def test_pre_test_skips_langdetect_for_expected_language(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _spy(monkeypatch)
    assert positions(lint_text(EN_ARTICLE, "NL402")) == []
    assert calls == []
    # stop words alone cannot tell at 0.9, but the English lexicon test can
    assert positions(lint_text(EN_ARTICLE, "NL402", {"skip_share": 0.9})) == []
    assert calls == []
    monkeypatch.setattr(_language, "_LEXICON_SHARE", 2.0)  # lexicon test off
    assert positions(lint_text(EN_ARTICLE, "NL402", {"skip_share": 0.9})) == []
    assert len(calls) == 3  # every paragraph went to langdetect, which said English


@pytest.mark.parametrize(
    ("text", "english"),
    [
        pytest.param(
            "OSLO, March 11 (Bloomberg) - Opposition lawmakers rejected claims about emissions "
            "targets, saying the government had ignored warnings.",
            True,
            id="telegraphic-english",
        ),
        pytest.param(DE, False, id="german"),
        pytest.param(
            "Le gouvernement a présenté mardi un plan pour réduire les retards des trains "
            "régionaux avant la fin de l'année.",
            False,
            id="french",
        ),
        pytest.param("Harbour budget approved", False, id="too-short"),
    ],
)
def test_english_lexicon_pre_test(text: str, english: bool) -> None:
    assert _language.looks_english_by_lexicon(text) is english


def test_sample_chars_option(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _spy(monkeypatch)
    body = f"{EN1}\n\n{DE} {DE}\n\n{EN2}\n"
    assert positions(lint_text(body, "NL402", {"sample_chars": 100})) == [("NL402", 3, 1)]
    assert [len(c) <= 100 for c in calls] == [True]


ES_SHORT = (  # 100-119 characters: under the old default of 120
    "La alcaldesa aseguró el martes que las obras del nuevo puerto comenzarán en primavera "
    "y durarán dos años."
)
EN_SHORT = (
    "The mayor said on Tuesday that work on the harbour would begin in the spring and last for "
    "about two years."
)


@pytest.mark.parametrize(
    ("body", "options", "expected"),
    [
        pytest.param(f"{EN1}\n\n{ES_SHORT}\n\n{EN2}\n", {}, [("NL402", 3, 1)], id="short-es"),
        pytest.param(f"{EN1}\n\n{EN_SHORT}\n\n{EN2}\n", {}, [], id="short-en"),
        pytest.param(f"{EN1}\n\n{ES_SHORT}\n\n{EN2}\n", {"min_chars": 120}, [], id="old-default"),
    ],
)
def test_paragraphs_of_100_to_119_characters(
    body: str, options: dict[str, Any], expected: list[tuple[str, int, int]]
) -> None:
    assert 100 <= len(ES_SHORT) < 120 and 100 <= len(EN_SHORT) < 120
    assert positions(lint_text(body, "NL402", options)) == expected
