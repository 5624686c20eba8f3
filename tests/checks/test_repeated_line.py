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
