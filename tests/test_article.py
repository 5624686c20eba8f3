"""Article: paragraph-style detection, positions, wrapped-line continuation."""

from __future__ import annotations

import pytest

from newslint.article import Article, detect_paragraph_style


@pytest.mark.parametrize(
    ("body", "style"),
    [
        pytest.param("One line.\nAnother line.\nThird line.\n", "line", id="one-per-line"),
        pytest.param(
            "A wrapped paragraph that goes\non here.\n\nSecond one.\n", "blank", id="wrapped"
        ),
        pytest.param("Title\n\nFirst para.\nSecond para.\nThird para.\n", "line", id="stray-blank"),
        pytest.param("Single line only", "line", id="single"),
        # fact lines neither wrap nor end in a full stop: they count for neither style
        pytest.param(
            "Chip launched\nThe chip ships in May.\nIt is small.\nSpecifications:\n"
            "Channels: up to 18 cells\nAccuracy: 0.8 mV\nIt costs $4.\n",
            "line",
            id="one-per-line-with-fact-lines",
        ),
        pytest.param(
            "Results\nKorir won in 1:09:47.\nShe led from the start.\nTop three:\n"
            "1  Jane Korir  KEN  1:09:47\n2  Ann Tola  UGA  1:10:02\n3  Eve Abebe  ETH  1:10:29\n"
            "Organisers said 9,200 ran.\n",
            "line",
            id="one-per-line-with-a-table",
        ),
        pytest.param(
            "Published: Sat, May 06, 2017\nEconomy | By Jane Roe\n\n"
            "The officials said the plan was late and declined to\ncomment.\n",
            "blank",
            id="header-block-above-wrapped-text",
        ),
    ],
)
def test_detect_paragraph_style(body: str, style: str) -> None:
    assert detect_paragraph_style(body) == style


def test_paragraphs_in_blank_style_span_wrapped_lines() -> None:
    a = Article.from_text("The council met on\nTuesday evening.\n\nIt voted nine to four.\n")
    assert [(p.line, p.text) for p in a.paragraphs] == [
        (1, "The council met on\nTuesday evening."),
        (4, "It voted nine to four."),
    ]


def test_line_col_counts_characters_and_normalises_crlf() -> None:
    a = Article.from_text("\ufeffCafé owners\r\nprotest à Paris.\rEnd.")
    assert a.body == "Café owners\nprotest à Paris.\nEnd."
    assert a.line_col(a.body.index("à")) == (2, 9)
    assert a.line_col(a.body.index("End")) == (3, 1)


def test_continuation_lines_are_the_tails_of_wrapped_sentences() -> None:
    body = (
        "Published: Sat, May 06, 2017\nEconomy | By Jane Roe\n\n"
        "The officials said the plan was running late and declined to\ncomment.\n\n"
        "Share this:\nRead more:\n"
    )
    a = Article.from_text(body)
    continued = [ln.text for ln in a.lines if a.is_continuation(ln)]
    assert continued == ["comment."]


def test_a_comma_before_closing_quotes_ends_no_line() -> None:
    body = (
        "The officials said the plan was running late and declined to say by how much.\n\n"
        '"The works will be finished before the end of the coming summer,"\nthe official said.'
        "\n\n"
        '"The works will be finished before the end of the coming summer."\nThe end came.\n\n'
        "The council said the budget would rise sharply next year because of the new\n"
        "quay and the repairs to the old fish market, which has been closed for a year\n"
        "since the storms of last winter brought down part of its roof and flooded the\n"
        "cellars.\n"
    )
    a = Article.from_text(body)
    assert a.paragraph_style == "blank"
    continued = [ln.text for ln in a.lines if a.is_continuation(ln)]
    assert continued == [
        "the official said.",
        "quay and the repairs to the old fish market, which has been closed for a year",
        "since the storms of last winter brought down part of its roof and flooded the",
        "cellars.",
    ]


def test_one_per_line_text_has_no_continuations() -> None:
    a = Article.from_text("First paragraph here\nSecond paragraph here.\nThird one.\n")
    assert a.continuation_lines == frozenset()


def test_line_span_with_newline_of_last_line_without_newline() -> None:
    a = Article.from_text("Keep this.\nDrop this")
    start, end = a.line_span_with_newline(a.lines[1])
    assert a.body[:start] + a.body[end:] == "Keep this."


def test_severity_orders_by_rank_not_by_name() -> None:
    from newslint.finding import Severity

    assert Severity.ERROR > Severity.WARNING > Severity.INFO
    assert Severity.ERROR >= Severity.WARNING and Severity.INFO <= Severity.INFO
    assert not Severity.INFO >= Severity.WARNING


@pytest.mark.parametrize(
    ("body", "target", "expected"),
    [
        pytest.param("A para.\n\nX\n\nB para.\n", "X", "A para.\n\nB para.\n", id="middle"),
        pytest.param("X\n\nB para.\n\nC para.\n", "X", "B para.\n\nC para.\n", id="first"),
        pytest.param("A para.\n\nB para.\n\nX\n", "X", "A para.\n\nB para.\n", id="last"),
        pytest.param("A para.\n\nB para.\n\nX", "X", "A para.\n\nB para.\n", id="last-no-eol"),
        pytest.param(
            "Head one\nX\n\nB para.\n\nC para.\n",
            "X",
            "Head one\n\nB para.\n\nC para.\n",
            id="inside-a-block",
        ),
        pytest.param("A.\nX\nB.\n", "X", "A.\nB.\n", id="line-style"),
    ],
)
def test_deleting_a_line_leaves_no_double_gap(body: str, target: str, expected: str) -> None:
    a = Article.from_text(body)
    line = next(ln for ln in a.lines if ln.text == target)
    start, end = a.line_span_with_newline(line)
    assert body[:start] + body[end:] == expected
