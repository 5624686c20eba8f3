"""Unit tests of NL401 unexpected-language."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import lint_text, positions

EN = (
    "The city council approved the new harbour budget on Tuesday after a debate that lasted "
    "more than four hours.\n\nSeveral members warned that the cost of the ferry terminal could "
    "still rise, and the mayor said the vote was only the first step.\n"
)
DE = (
    "Der Stadtrat hat am Dienstag nach einer mehr als vierstündigen Debatte den neuen "
    "Hafenhaushalt beschlossen.\n\nMehrere Mitglieder warnten, dass die Kosten für das "
    "Fährterminal noch steigen könnten, und der Bürgermeister sprach von einem ersten Schritt.\n"
)
SV = (
    "Kommunfullmäktige godkände på tisdagen den nya hamnbudgeten efter en debatt som varade i "
    "mer än fyra timmar. Flera ledamöter varnade för att kostnaderna för färjeterminalen kan "
    "stiga ytterligare under året.\n"
)


@pytest.mark.parametrize(
    ("body", "options", "meta", "expected"),
    [
        pytest.param(DE, {}, {}, [("NL401", 1, 1)], id="german-article-expected-en"),
        pytest.param(EN, {}, {}, [], id="english-article"),
        pytest.param(DE, {"language": "de"}, {}, [], id="option-language-de"),
        pytest.param(EN, {"language": "de"}, {}, [("NL401", 1, 1)], id="english-expected-de"),
        pytest.param(DE, {}, {"language": "de"}, [], id="metadata-wins-over-option"),
        pytest.param(DE, {"language": "de"}, {"language": "en"}, [("NL401", 1, 1)], id="meta-en"),
        pytest.param(EN, {}, {"language": "en-GB"}, [], id="region-subtag"),
        pytest.param(SV, {"language": "sv"}, {}, [], id="no-stopword-list-uses-langdetect"),
        pytest.param(SV, {}, {}, [("NL401", 1, 1)], id="swedish-expected-en"),
        pytest.param(DE[:150], {}, {}, [], id="shorter-than-min-chars"),
        pytest.param(DE[:150], {"min_chars": 100}, {}, [("NL401", 1, 1)], id="min-chars-option"),
        pytest.param("2024 1:0 3:2 " * 30, {}, {}, [], id="no-letters"),
    ],
)
def test_unexpected_language(
    body: str, options: dict[str, Any], meta: dict[str, Any], expected: list[tuple[str, int, int]]
) -> None:
    assert positions(lint_text(body, "NL401", options, **meta)) == expected


def test_message_gives_language_probability_and_expectation() -> None:
    (finding,) = lint_text(DE, "NL401")
    assert finding.message == "article is in 'de' (p=1.00), expected 'en'"
    assert finding.fix is None


def test_a_foreign_opening_does_not_decide_the_article() -> None:
    # the sample is spread over the article: a German opening block is outvoted
    assert positions(lint_text(DE * 2 + EN * 12, "NL401")) == []


@pytest.mark.parametrize("sample_chars", [100, 500, 2000])
def test_sample_chars_option_bounds_what_langdetect_sees(
    monkeypatch: pytest.MonkeyPatch, sample_chars: int
) -> None:
    from newslint.checks import _language

    seen: list[int] = []
    real = _language.detect

    def measuring(text: str) -> _language.Guess | None:
        seen.append(len(text))
        return real(text)

    monkeypatch.setattr(_language, "detect", measuring)
    found = lint_text(DE * 20, "NL401", {"sample_chars": sample_chars})
    assert positions(found) == [("NL401", 1, 1)]
    assert len(seen) == 1 and sample_chars // 2 < seen[0] <= sample_chars


def test_skip_share_option_decides_when_langdetect_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    from newslint.checks import _language

    calls: list[str] = []
    real = _language.detect

    def counting(text: str) -> _language.Guess | None:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(_language, "detect", counting)
    assert positions(lint_text(EN, "NL401")) == []
    assert calls == []  # the stop-word pre-test accepted English without langdetect
    assert positions(lint_text(EN, "NL401", {"skip_share": 0.95})) == []
    assert calls == []  # an unreachable share, but the English lexicon test settles it
    monkeypatch.setattr(_language, "_LEXICON_SHARE", 2.0)  # lexicon test off
    assert positions(lint_text(EN, "NL401", {"skip_share": 0.95})) == []
    assert len(calls) == 1  # now langdetect decides (still English)
