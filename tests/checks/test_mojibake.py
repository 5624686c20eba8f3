"""Unit tests of NL403 mojibake."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text, positions


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("The countryâ€™s leader spoke.\n", [("NL403", 1, 5)], id="cp1252-apostrophe"),
        pytest.param("Talks in MÃ¼nchen ended.\n", [("NL403", 1, 10)], id="latin1-umlaut"),
        pytest.param("Fine line.\nIt cost Â£5m.\n", [("NL403", 2, 9)], id="pound-second-line"),
        pytest.param("â€œWe agree,â€\x9d he said.\n", [("NL403", 1, 1)], id="curly-quotes"),
        pytest.param("ÐŸÑ€Ð¸Ð²ÐµÑ‚ from Moscow\n", [("NL403", 1, 1)], id="cyrillic"),
        pytest.param("donâ\x80\x99t\n", [("NL403", 1, 1)], id="latin1-c1-bytes"),
        pytest.param("Café in Zürich, São Paulo, naïve.\n", [], id="accents"),
        pytest.param("“Curly” and ‘single’ quotes — em – en dashes.\n", [], id="punctuation"),
        pytest.param("It cost €100 or £80, « très » cher, l’été.\n", [], id="currency-guillemets"),
        pytest.param("Größe, Ærø, Ñandú, Øresund, İstanbul, Ðakovo.\n", [], id="capital-letters"),
        pytest.param("Plain ASCII only.\n", [], id="ascii"),
    ],
)
def test_mojibake(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL403")) == expected


def _apply(body: str) -> str:
    (finding,) = lint_text(body, "NL403")
    fix = finding.fix
    assert fix is not None
    return body[: fix.start] + fix.replacement + body[fix.end :]


@pytest.mark.parametrize(
    ("body", "fixed"),
    [
        pytest.param("The countryâ€™s leader.\n", "The country’s leader.\n", id="apostrophe"),
        pytest.param("CafÃ© and Ã©tÃ©.\n", "Café and été.\n", id="two-words"),
        pytest.param("â€œYes,â€\x9d he said.\n", "“Yes,” he said.\n", id="quotes"),
    ],
)
def test_fix_repairs_only_the_bad_words(body: str, fixed: str) -> None:
    assert _apply(body) == fixed


def test_message_and_span() -> None:
    (finding,) = lint_text("The countryâ€™s and the regimeâ€™s aims.\n", "NL403")
    assert finding.message == "mojibake 'countryâ€™s', probably 'country’s' and 1 more"
    assert (finding.column, finding.end_column) == (5, 35)
    assert finding.fix is not None and finding.fix.safe


def test_repair_that_eats_a_space_is_unsafe() -> None:
    # the closing quote lost its last byte; ftfy reads the space as a lost no-break space
    (finding,) = lint_text("â€œYesâ€ he said.\n", "NL403")
    assert finding.fix is not None and not finding.fix.safe


def test_pre_test_keeps_ftfy_off_clean_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    import ftfy.badness

    calls: list[str] = []
    real = ftfy.badness.is_bad

    def counting(text: str) -> bool:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(ftfy.badness, "is_bad", counting)
    body = "Café in Zürich.\n“Quoted” text — here.\nThe countryâ€™s leader.\n"
    assert positions(lint_text(body, "NL403")) == [("NL403", 3, 5)]
    assert calls[0] == "The countryâ€™s leader."  # only the suspect line reached ftfy
