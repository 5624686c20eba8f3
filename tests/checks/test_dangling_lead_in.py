"""Unit tests of NL203 dangling-lead-in."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text, positions

P = "The harbour will reopen on Monday, the port authority said.\n"
UNRELATED = (
    "Fishermen in the bay have complained about the closure for weeks, saying they lost income.\n"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(P + "Read more:\n", [("NL203", 2, 1)], id="read-more-at-end"),
        pytest.param(P + "\nLike this:\n\n", [("NL203", 3, 1)], id="like-this-at-end-blank-lines"),
        pytest.param(P + "He said:\n", [("NL203", 2, 1)], id="any-colon-line-at-end"),
        pytest.param(P + "**Related stories:**\n", [("NL203", 2, 1)], id="markdown-bold-at-end"),
        pytest.param(P + "Read more:\n" + UNRELATED, [("NL203", 2, 1)], id="read-more-unrelated"),
        pytest.param(P + "See also:\n" + UNRELATED, [("NL203", 2, 1)], id="see-also-unrelated"),
        pytest.param(P + "Watch:\n" + UNRELATED, [("NL203", 2, 1)], id="watch-unrelated"),
        pytest.param(P + "More on this:\n" + UNRELATED, [("NL203", 2, 1)], id="more-on-this"),
        pytest.param(P + "READ MORE:\n" + UNRELATED, [("NL203", 2, 1)], id="upper-case"),
        pytest.param(
            P + "Read more:\nShare this:\n" + UNRELATED,
            [("NL203", 2, 1), ("NL203", 3, 1)],
            id="lead-in-followed-by-lead-in",
        ),
    ],
)
def test_dangling_lead_in_fires(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL203")) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(P + "He said:\n“We will reopen on Monday.”\n" + UNRELATED, id="quote-follows"),
        pytest.param(P + "He said:\n" + UNRELATED, id="unknown-lead-in-mid-article"),
        pytest.param(P + "Related stories:\n- Harbour closed by storm\n", id="list-follows"),
        pytest.param(P + "Read more:\n1. Harbour closed by storm\n", id="numbered-list-follows"),
        pytest.param(P + "Read more:\nHarbour closed after storm damages piers\n", id="headline"),
        pytest.param(
            P + "See also:\nthe port's statement of last week, which set out the plan.\n",
            id="lower-case-continuation",
        ),
        pytest.param(P + "Read more:\nHarbour to reopen.\n", id="short-next-line"),
        pytest.param(P + "Read more: Harbour closed after storm\n", id="colon-not-final"),
        pytest.param(P + "Read more:\nhttps://example.com/harbour\n", id="link-follows"),
        pytest.param(P + "Visit https://\n" + UNRELATED, id="url-scheme"),
    ],
)
def test_dangling_lead_in_quiet(body: str) -> None:
    assert positions(lint_text(body, "NL203")) == []


def test_fix_deletes_the_line() -> None:
    body = P + "Read more:\n" + UNRELATED
    (finding,) = lint_text(body, "NL203")
    assert finding.fix is not None and finding.fix.safe
    assert body[: finding.fix.start] + body[finding.fix.end :] == P + UNRELATED


def test_fix_of_last_line_without_newline() -> None:
    body = P + "Like this:"
    (finding,) = lint_text(body, "NL203")
    assert finding.fix is not None
    assert body[: finding.fix.start] + body[finding.fix.end :] == P.rstrip("\n")


def test_min_unrelated_words_option() -> None:
    body = P + "Read more:\nThe port reopened.\n"
    assert positions(lint_text(body, "NL203")) == []
    assert positions(lint_text(body, "NL203", {"min_unrelated_words": 3})) == [("NL203", 2, 1)]


def test_max_safe_fix_words_option() -> None:
    body = P + "The full statement of the port authority reads as follows:\n"
    (finding,) = lint_text(body, "NL203")
    assert finding.fix is not None and finding.fix.safe
    (finding,) = lint_text(body, "NL203", {"max_safe_fix_words": 5})
    assert finding.fix is not None and not finding.fix.safe


def test_extra_phrases_option() -> None:
    body = P + "Lesen Sie auch:\n" + UNRELATED
    assert positions(lint_text(body, "NL203")) == []
    expected = [("NL203", 2, 1)]
    assert positions(lint_text(body, "NL203", {"extra_phrases": ["Lesen Sie auch"]})) == expected
