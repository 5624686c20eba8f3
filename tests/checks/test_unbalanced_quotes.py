"""Unit tests of NL303 unbalanced-quotes."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text, positions


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Officials said the obstacles be removed,” the office wrote.\n",
            [("NL303", 1, 41)],
            id="closing-without-opening",
        ),
        pytest.param(
            "She said that “obstacles” be removed,” the office wrote.\n",
            [("NL303", 1, 38)],
            id="extra-closing-after-a-pair",
        ),
        pytest.param(
            "The talks had “stalled,” adding that “no date was set.\n\nOfficials declined.\n",
            [("NL303", 1, 38)],
            id="opening-never-closed",
        ),
        pytest.param(
            'He called it "a disaster and left the room.\n',
            [("NL303", 1, 14)],
            id="odd-straight-quotes",
        ),
        pytest.param(
            "Il a dit : « Nous viendrons demain avant de partir.\n",
            [("NL303", 1, 12)],
            id="guillemet-never-closed",
        ),
        pytest.param(
            "“First part of a long quote.\n\n“Second part, still open.\n\nThen she left.\n",
            [("NL303", 3, 1)],
            id="continuation-then-unclosed",
        ),
        pytest.param(
            "“We will not give up,” she said. “The work goes on.\n\n“We owe it to them.”\n",
            [],
            id="quote-continues-into-next-paragraph",
        ),
        pytest.param('He called it "a disaster" and left.\n', [], id="straight-pair"),
        pytest.param(
            'The "aid" group, "along with others, is preparing provocations.”\n',
            [],
            id="mixed-straight-and-curly-pair",
        ),
        pytest.param("Er sagte: „Wir kommen morgen.“ Dann ging er.\n", [], id="german-quotes"),
        pytest.param("Il a dit : « Nous viendrons » avant.\n", [], id="guillemets"),
        pytest.param('She said: "Yes." He said: "No".\n', [], id="two-straight-pairs"),
        pytest.param("He said “we” and “they” are “one”.\n", [], id="three-curly-pairs"),
        pytest.param("The company's chief said 'no' to the deal.\n", [], id="single-quotes"),
        pytest.param('The 12" pipe burst under the road.\n', [], id="inch-mark"),
        pytest.param(
            "A long paragraph that wraps “over\ntwo lines” of text in the file here\n",
            [],
            id="pair-across-wrapped-lines",
        ),
    ],
)
def test_unbalanced_quotes(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL303")) == expected


def test_message_quotes_the_context() -> None:
    (finding,) = lint_text("Officials said the obstacles be removed,” the office wrote.\n", "NL303")
    assert finding.message.startswith("closing quotation mark with no opening one: '")
    assert "removed,” the" in finding.message
    assert (finding.end_line, finding.end_column) == (1, 42)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("News » World\n\nThe port reopened.\n", [], id="breadcrumb-separator"),
        pytest.param("Read more » on the harbour vote.\n", [], id="read-more-arrow"),
        pytest.param("«Nous partons», a-t-il dit.\n", [], id="french-pair"),
        pytest.param("»Wir gehen«, sagte er.\n", [], id="german-pair"),
        pytest.param("«Nous partons, a-t-il dit.\n", [("NL303", 1, 1)], id="french-unclosed"),
        pytest.param("»Wir gehen«, sagte er «morgen.\n", [("NL303", 1, 23)], id="german-stray"),
    ],
)
def test_guillemets(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL303")) == expected
