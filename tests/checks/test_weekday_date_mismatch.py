"""Unit tests of NL103 weekday-date-mismatch."""

from __future__ import annotations

import datetime as dt
from typing import Any

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


APRIL_2019 = {"date": dt.date(2019, 4, 1)}


@pytest.mark.parametrize(
    ("body", "meta", "expected"),
    [
        pytest.param("It opens on Friday, April 20.", APRIL_2019, [("NL103", 1, 13)], id="no-year"),
        pytest.param("It opens on Friday, April 19.", APRIL_2019, [], id="no-year-right"),
        pytest.param("It opens on Friday, April 20.", {}, [], id="no-year-no-article-date"),
        pytest.param(
            "Published: Mon, Apr 01, 2019\n\nIt opens on Friday, April 20.",
            {},
            [("NL103", 3, 13)],
            id="no-year-published-header",
        ),
        pytest.param(
            "It opens on Friday, April 20.",
            {"date": dt.date(2019, 11, 1)},
            [],
            id="no-year-far-from-article-date",
        ),
        pytest.param(
            "It opens on Tuesday, the 3rd of February.",
            {"date": dt.date(2020, 1, 20)},
            [("NL103", 1, 13)],
            id="no-year-nth-of",
        ),
        pytest.param(
            "It opens on Friday, January 3.",
            {"date": dt.date(2019, 12, 20)},
            [],
            id="no-year-next-year",
        ),
        pytest.param("It opens Monday (June 2, 2024).", {}, [("NL103", 1, 10)], id="brackets"),
        pytest.param("It opens Sunday (June 2, 2024).", {}, [], id="brackets-right"),
        pytest.param("It opens Sunday 03/02/2020.", {}, [("NL103", 1, 10)], id="numeric-both"),
        pytest.param("It opens Monday 03/02/2020.", {}, [], id="numeric-fits-a-reading"),
        pytest.param("It opens Wednesday 04/03/2020.", {}, [], id="numeric-ambiguous"),
        pytest.param(
            "It opens Wednesday 04/03/2020. Filed 25/01/2020.",
            {},
            [],
            id="numeric-day-first-settled-fits",
        ),
        pytest.param(
            "It opens Wednesday 04/03/2020. Filed 01/25/2020.",
            {},
            [("NL103", 1, 10)],
            id="numeric-month-first-settled-wrong",
        ),
    ],
)
def test_dates_without_year_in_brackets_and_numeric(
    body: str, meta: dict[str, Any], expected: list[tuple[str, int, int]]
) -> None:
    assert positions(lint_text(body, "NL103", **meta)) == expected


@pytest.mark.parametrize(
    ("body", "meta", "message"),
    [
        pytest.param(
            "It opens on Friday, April 20.",
            APRIL_2019,
            "Friday, April 20 was a Saturday in 2019",
            id="no-year",
        ),
        pytest.param(
            "It opens Monday (June 2, 2024).", {}, "Monday (June 2, 2024) was a Sunday", id="br"
        ),
        pytest.param(
            "It opens Sunday 03/02/2020.",
            {},
            "Sunday 03/02/2020 was a Monday (3 February or 2 March)",
            id="numeric",
        ),
    ],
)
def test_new_messages(body: str, meta: dict[str, Any], message: str) -> None:
    (finding,) = lint_text(body, "NL103", **meta)
    assert finding.message == message


def test_max_days_without_year_option() -> None:
    body = "It opens on Friday, April 20."
    assert lint_text(body, "NL103", {"max_days_without_year": 0}, **APRIL_2019) == []
    assert lint_text(body, "NL103", {"max_days_without_year": 20}, **APRIL_2019) != []
    assert lint_text(body, "NL103", {"max_days_without_year": 18}, **APRIL_2019) == []
