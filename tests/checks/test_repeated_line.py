"""Unit tests of NL302 repeated-line."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text, positions


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Harbour budget approved by council\n\nHarbour budget approved by council\n",
            [("NL302", 3, 1)],
            id="repeated-headline-blank-style",
        ),
        pytest.param(
            "Harbour budget approved by council\nHARBOUR  budget approved by council\n",
            [("NL302", 2, 1)],
            id="case-and-space-insensitive",
        ),
        pytest.param(
            '“The vote was close,” she said.\n"The vote was close," she said.\n',
            [("NL302", 2, 1)],
            id="curly-vs-straight-quotes",
        ),
        pytest.param("Agencies\nAgencies\n", [], id="short-lines-ignored"),
        pytest.param(
            "Harbour budget approved by council\nHarbour budget rejected by council\n",
            [],
            id="different-lines",
        ),
    ],
)
def test_repeated_line(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL302")) == expected


def test_fix_deletes_the_repeat_and_its_newline() -> None:
    body = (
        "Budget approved by council today\nBudget approved by council today\nEnd of story here.\n"
    )
    (finding,) = lint_text(body, "NL302")
    assert finding.fix is not None
    fixed = body[: finding.fix.start] + finding.fix.replacement + body[finding.fix.end :]
    assert fixed == "Budget approved by council today\nEnd of story here.\n"


def test_min_words_option() -> None:
    body = "Breaking news\nBreaking news\n"
    assert positions(lint_text(body, "NL302")) == []
    assert positions(lint_text(body, "NL302", {"min_words": 2})) == [("NL302", 2, 1)]


# Blank-line paragraphs wrapped at 80 columns (the rendering of bench/quality.py's clean sets);
# two quotations end on the same wrapped tail (written for these tests, after clean set c).
WRAPPED = (
    "Council approves harbour budget\n"
    "\n"
    "The council approved the harbour budget on Tuesday after a long debate that ran\n"
    "late into the evening, officials said. The budget sets aside money for a new\n"
    "quay, for dredging the inner basin and for repairs to the old fish market, which\n"
    "has been closed since the storms of last winter.\n"
    "\n"
    '"The vote was close and the debate went on well into the night for all of us,"\n'
    "the official said.\n"
    "\n"
    "Work on the new quay will begin in the spring, and the council expects it to be\n"
    "finished within two years, at a cost the budget puts at about four million\n"
    "pounds.\n"
    "\n"
    '"We expect the harbour works to start before the end of the coming summer,"\n'
    "the official said.\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(WRAPPED, [], id="same-tail-of-two-wrapped-quotations"),
        pytest.param(WRAPPED.replace('us,"\n', "us,”\n"), [], id="same-tail-after-curly-quote"),
        pytest.param(
            WRAPPED + "\nCouncil approves harbour budget\n",
            [("NL302", 18, 1)],
            id="repeated-headline-still-reported",
        ),
        pytest.param(
            WRAPPED
            + '\n"The vote was close and the debate went on well into the night for all of us,"\n'
            "the official said.\n",
            [("NL302", 18, 1), ("NL302", 19, 1)],
            id="repeated-paragraph-reported-line-by-line",
        ),
        pytest.param(
            WRAPPED.replace(',"\nthe', '."\nthe'),
            [("NL302", 16, 1)],
            id="lines-after-a-full-stop-are-their-own",
        ),
        pytest.param(
            WRAPPED + "Reporting by Jane Doe in Leith\n\nReporting by Jane Doe in Leith\n",
            [("NL302", 19, 1)],
            id="repeated-sign-off-after-a-paragraph",
        ),
    ],
)
def test_wrapped_tails(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL302")) == expected
