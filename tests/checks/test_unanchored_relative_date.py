"""Unit tests of NL104 unanchored-relative-date."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.conftest import lint_text, positions


@pytest.mark.parametrize(
    ("body", "kwargs", "expected"),
    [
        pytest.param("The minister resigned on Friday.", {}, [("NL104", 1, 23)], id="on-weekday"),
        pytest.param(
            "The minister said Friday he would resign.", {}, [("NL104", 1, 19)], id="bare-weekday"
        ),
        pytest.param("Exports fell last month.", {}, [("NL104", 1, 14)], id="last-month"),
        pytest.param("Yesterday the minister resigned.", {}, [("NL104", 1, 1)], id="yesterday"),
        pytest.param(
            "Prices rose earlier this year.", {}, [("NL104", 1, 13)], id="earlier-this-year"
        ),
        pytest.param("A vote is due next Tuesday.", {}, [("NL104", 1, 15)], id="next-weekday"),
        pytest.param("The vote is tonight.", {}, [("NL104", 1, 13)], id="tonight"),
        pytest.param("It closed three days ago.", {}, [("NL104", 1, 11)], id="days-ago"),
        pytest.param(
            "Crowds gathered on Good Friday and on Fridays in summer.",
            {},
            [],
            id="named-and-plural",
        ),
        pytest.param("The Sunday Times said so.", {}, [], id="newspaper"),
        pytest.param("Every Sunday, the market fills with traders.", {}, [], id="habit-every"),
        pytest.param("Markets opened lower.", {}, [], id="no-reference"),
        pytest.param(
            "The minister resigned on Friday.",
            {"date": dt.date(2019, 4, 19)},
            [],
            id="metadata-date",
        ),
        pytest.param(
            "BEIRUT, April 19 (Reuters) - The minister resigned on Friday.",
            {},
            [],
            id="dateline-with-date",
        ),
        pytest.param(
            "BEIRUT (AP) — The minister resigned on Friday.",
            {},
            [("NL104", 1, 37)],
            id="dateline-no-date",
        ),
        pytest.param(
            "Published: Sat, May 06, 2017\nThe minister resigned on Friday.", {}, [], id="header"
        ),
        pytest.param(
            "The minister, appointed on March 3, 2015, resigned on Friday.",
            {},
            [],
            id="full-date-in-body",
        ),
        pytest.param(
            "The minister, appointed in March 2015, resigned on Friday.",
            {},
            [("NL104", 1, 49)],
            id="month-year-is-no-anchor",
        ),
        pytest.param(
            "The summit, on Friday, April 19, 2019, ended.", {}, [], id="weekday-in-full-date"
        ),
    ],
)
def test_unanchored_relative_date(
    body: str, kwargs: dict[str, Any], expected: list[tuple[str, int, int]]
) -> None:
    assert positions(lint_text(body, "NL104", **kwargs)) == expected


def test_one_finding_with_count() -> None:
    body = "The minister resigned on Friday.\nHe had said last week that he would stay.\n"
    (finding,) = lint_text(body, "NL104")
    assert finding.message == (
        "relative date 'on Friday' cannot be placed in time: the article carries no date "
        "(2 relative references)"
    )
    assert (finding.line, finding.column, finding.end_column) == (1, 23, 32)


def test_min_references_option() -> None:
    body = "The minister resigned on Friday."
    assert positions(lint_text(body, "NL104", {"min_references": 2})) == []
    body += " He had said last week that he would stay."
    assert positions(lint_text(body, "NL104", {"min_references": 2})) == [("NL104", 1, 23)]
