"""Unit tests of NL304 spacing-artifact."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text, positions


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("The US -backed forces advanced.\n", [("NL304", 1, 7)], id="space-hyphen"),
        pytest.param(
            "Kurdish USA -backed units held.\n", [("NL304", 1, 12)], id="space-hyphen-usa"
        ),
        pytest.param("The deal -which was signed- held.\n", [], id="dash-before-function-word"),
        pytest.param("Temperatures fell to -5 degrees.\n", [], id="negative-number"),
        pytest.param("Forces - backed by Russia - held.\n", [], id="spaced-dash"),
        pytest.param("The army said , on Monday, it won.\n", [("NL304", 1, 14)], id="space-comma"),
        pytest.param("It rose this year .\n", [("NL304", 1, 18)], id="space-period-at-end"),
        pytest.param("Why now ? Nobody knows.\n", [("NL304", 1, 8)], id="space-question"),
        pytest.param("Wait . . . nothing happened.\n", [], id="spaced-ellipsis"),
        pytest.param("He paused ... then spoke.\n", [], id="ellipsis"),
        pytest.param("The file extension .txt is used.\n", [], id="dot-extension"),
        pytest.param("The town had fallen.The army agreed.\n", [("NL304", 1, 20)], id="no-space"),
        pytest.param("Sales rose in 2015.Then fell.\n", [("NL304", 1, 19)], id="no-space-digit"),
        pytest.param('He said."The end came.\n', [("NL304", 1, 8)], id="no-space-with-quote"),
        pytest.param("The U.S.Army and the U.K. agreed.\n", [], id="initials"),
        pytest.param("Rates rose 3.5 percent.\n", [], id="decimal"),
        pytest.param("Visit example.com today.\n", [], id="domain"),
        pytest.param("Book at Booking.Com now.\n", [], id="capitalised-domain"),
        pytest.param("See www.Example.org or http://a.b/Xy.Zz now.\n", [], id="urls"),
        pytest.param("He flew to St.Louis on Monday.\n", [], id="st-louis"),
        pytest.param("They met the the mayor.\n", [("NL304", 1, 14)], id="doubled"),
        pytest.param("The the mayor spoke.\n", [("NL304", 1, 5)], id="doubled-case"),
        pytest.param("He had had enough.\n", [], id="had-had"),
        pytest.param("He said that that was fine.\n", [], id="that-that"),
        pytest.param("What it is is a delay.\n", [], id="is-is"),
        pytest.param("Walla Walla and Boutros Boutros-Ghali.\n", [], id="names"),
        pytest.param("The score was 10 10 at the end.\n", [], id="numbers"),
        pytest.param("It ends in Idlib\nIdlib is next, he said.\n", [], id="not-across-lines"),
    ],
)
def test_spacing_artifact(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL304")) == expected


def _apply(body: str) -> str:
    findings = sorted(lint_text(body, "NL304"), key=lambda f: -f.fix.start if f.fix else 0)
    for f in findings:
        assert f.fix is not None and f.fix.safe
        body = body[: f.fix.start] + f.fix.replacement + body[f.fix.end :]
    return body


@pytest.mark.parametrize(
    ("body", "fixed"),
    [
        pytest.param("The US -backed units.\n", "The US-backed units.\n", id="hyphen"),
        pytest.param("He said , then left .\n", "He said, then left.\n", id="punct"),
        pytest.param("It fell.The end.\n", "It fell. The end.\n", id="missing-space"),
        pytest.param('He said."The end.\n', 'He said." The end.\n', id="missing-space-quote"),
        pytest.param("The the mayor.\n", "The mayor.\n", id="doubled"),
        pytest.param(
            "The US -backed forces said , that the the town had fallen.The army agreed.\n",
            "The US-backed forces said, that the town had fallen. The army agreed.\n",
            id="all-four",
        ),
    ],
)
def test_fix(body: str, fixed: str) -> None:
    assert _apply(body) == fixed


def test_one_finding_per_artifact_positioned_on_it() -> None:
    body = "The US -backed forces said , that the the town had fallen.The army agreed.\n"
    found = [(f.column, f.end_column) for f in lint_text(body, "NL304")]
    assert found == [(7, 9), (27, 29), (39, 42), (58, 59)]


def test_allow_doubled_option() -> None:
    body = "He had had enough of the the crowd.\n"
    assert positions(lint_text(body, "NL304")) == [("NL304", 1, 26)]
    assert positions(lint_text(body, "NL304", {"allow_doubled": ["the"]})) == [("NL304", 1, 8)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # reduplicated names (clean set c of bench/_held_out.py), written for these tests
        pytest.param("Scones won at the Wagga Wagga show.\n", [], id="name-in-sentence"),
        pytest.param("Wagga Wagga, NSW — Scones won the prize.\n", [], id="name-opens-dateline"),
        pytest.param("It rained. Bora Bora was quiet.\n", [], id="name-opens-sentence"),
        pytest.param("PAGO PAGO, American Samoa — Rain fell.\n", [], id="name-in-capitals"),
        pytest.param('"Baden Baden is lovely," she said.\n', [], id="name-after-quote"),
        pytest.param("Fans of The The queued.\n", [], id="band-inside-sentence"),
        # near misses: function words at a sentence start, lower case, mixed case
        pytest.param("The The mayor spoke.\n", [("NL304", 1, 5)], id="the-the-opens-text"),
        pytest.param(
            "It rained. The The mayor left.\n", [("NL304", 1, 16)], id="the-the-after-stop"
        ),
        pytest.param('He left. "In In the end," he said.\n', [("NL304", 1, 14)], id="in-in-quoted"),
        pytest.param("They met the the mayor.\n", [("NL304", 1, 14)], id="lower-case"),
        pytest.param("The the mayor spoke.\n", [("NL304", 1, 5)], id="mixed-case"),
        pytest.param("It was wagga wagga.\n", [("NL304", 1, 14)], id="lower-case-name"),
        pytest.param("A Wagga WAGGA sign.\n", [("NL304", 1, 9)], id="copies-differ"),
    ],
)
def test_reduplicated_names(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL304")) == expected


@pytest.mark.parametrize(
    ("options", "kwargs", "expected"),
    [
        pytest.param({}, {}, [("NL304", 1, 5), ("NL304", 1, 16)], id="english"),
        pytest.param({"french_spacing": True}, {}, [], id="option"),
        pytest.param({}, {"language": "fr"}, [], id="metadata-language"),
    ],
)
def test_french_spacing(
    options: dict[str, bool], kwargs: dict[str, str], expected: list[tuple[str, int, int]]
) -> None:
    body = "Quoi ? Il a dit !\n"
    assert positions(lint_text(body, "NL304", options, **kwargs)) == expected


def test_french_spacing_still_flags_comma() -> None:
    assert positions(lint_text("Il a dit , puis rien.\n", "NL304", {"french_spacing": True})) == [
        ("NL304", 1, 9)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("The take -off was delayed.\n", [("NL304", 1, 9)], id="take-off"),
        pytest.param("A walk -in clinic opened.\n", [("NL304", 1, 7)], id="walk-in"),
        pytest.param("A first -time buyer.\n", [("NL304", 1, 8)], id="first-time"),
        pytest.param("A five -year plan.\n", [("NL304", 1, 7)], id="five-year"),
        pytest.param("The deal -which was signed- holds.\n", [], id="dash-before-which"),
        pytest.param("The rate is is too high.\n", [("NL304", 1, 13)], id="is-is"),
        pytest.param("The bridge, which is is old.\n", [("NL304", 1, 22)], id="which-is-is"),
        pytest.param("What it is is a delay.\n", [], id="what-it-is-is"),
        pytest.param("Who she is is unclear.\n", [], id="who-she-is-is"),
    ],
)
def test_compound_tails_and_is_is(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL304")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Top grades in\nin mathematics rose.\n", [("NL304", 2, 1)], id="wrapped-in-in"
        ),
        pytest.param(
            "The vote was held in\nIn the end it passed.\n", [], id="wrapped-case-differs"
        ),
        pytest.param("He said that\nthat was wrong.\n", [], id="wrapped-allowed-double"),
    ],
)
def test_doubled_word_across_a_line_break(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL304")) == expected


def test_doubled_word_pre_test_takes_the_same_tokens_for_ascii_and_unicode_text() -> None:
    import random

    from newslint.checks import spacing_artifact as sa

    rng = random.Random(5)
    alphabet = "aB c\tD\n_9.,'-\x0b\x1c\x0c\r"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        general = text.translate(sa._WORD_CHARS_ONLY).lower().split()
        ascii_path = text.encode().translate(sa._ASCII_WORD_CHARS_LOWER).decode().split()
        assert ascii_path == general, repr(text)
    assert sa.maybe_doubled_word("It was the The end.")
    assert not sa.maybe_doubled_word("Rates rose 8.8 percent.")
    assert sa.maybe_doubled_word("Café café au lait")  # the Unicode path
