"""Unit tests of NL103 weekday-date-mismatch."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text, positions


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Talks opened on Friday, April 20, 2019.", [("NL103", 1, 17)], id="wrong-mdy"),
        pytest.param("Talks opened on Friday, April 19, 2019.", [], id="right-mdy"),
        pytest.param("Published: Sat, May 06, 2017", [], id="right-abbrev-padded"),
        pytest.param("Published: Fri, May 06, 2017", [("NL103", 1, 12)], id="wrong-abbrev"),
        pytest.param("Talks opened on Friday 20 April 2019.", [("NL103", 1, 17)], id="wrong-dmy"),
        pytest.param("Talks: Fri., Apr. 20, 2019.", [("NL103", 1, 8)], id="wrong-abbrev-periods"),
        pytest.param("Talks opened Thursday, Sept. 12, 2019.", [], id="right-sept"),
        pytest.param("Talks opened on Friday, April 20.", [], id="no-year-not-checked"),
        pytest.param(
            "Talks open on Friday; April 20, 2019 is the deadline.", [], id="not-adjacent"
        ),
        pytest.param(
            "The talks, on February 30, 2019, failed.", [("NL103", 1, 15)], id="invalid-date"
        ),
        pytest.param(
            "The talks, on Friday, February 29, 2019, failed.",
            [("NL103", 1, 15)],
            id="invalid-leap",
        ),
        pytest.param("Leap day was Saturday, February 29, 2020.", [], id="valid-leap"),
        pytest.param("It ended on April 31.", [("NL103", 1, 13)], id="invalid-no-year"),
        pytest.param("It ended on February 29.", [], id="feb-29-no-year"),
        pytest.param("As the Baltimore Sun, May 7, 2017, reported.", [], id="newspaper-sun"),
        pytest.param("Published: Sun, May 6, 2017", [("NL103", 1, 12)], id="sun-after-label"),
        pytest.param("Published Sun, May 7, 2017", [], id="sun-after-label-right"),
    ],
)
def test_weekday_date_mismatch(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL103")) == expected


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param(
            "Friday, April 20, 2019", "Friday, April 20, 2019 was a Saturday", id="weekday"
        ),
        pytest.param(
            "on February 30, 2019.",
            "'February 30, 2019' is not a valid date (February has 28 days in 2019)",
            id="invalid-feb",
        ),
        pytest.param(
            "on April 31.", "'April 31' is not a valid date (April has 30 days)", id="invalid-april"
        ),
    ],
)
def test_messages(body: str, message: str) -> None:
    (finding,) = lint_text(body, "NL103")
    assert finding.message == message


def test_span_covers_the_date() -> None:
    (finding,) = lint_text("Talks opened on Friday, April 20, 2019.", "NL103")
    assert (finding.column, finding.end_column) == (17, 39)


def test_invalid_dates_option() -> None:
    body = "The talks, on February 30, 2019, failed."
    assert positions(lint_text(body, "NL103", {"invalid_dates": False})) == []
