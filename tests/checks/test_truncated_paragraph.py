"""Unit tests of NL305 truncated-paragraph."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text, positions

LEDE = "The council approved the harbour budget on Tuesday after a long debate.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            LEDE + "The mayor said the vote was a turning point for the town and its\n",
            [("NL305", 3, 62)],
            id="cut-off",
        ),
        pytest.param(
            LEDE + "The mayor said the vote was a turning point for the whole town...\n",
            [("NL305", 3, 59)],
            id="ellipsis",
        ),
        pytest.param(
            LEDE + "The mayor said the vote was a turning point for the whole town …\n",
            [("NL305", 3, 59)],
            id="unicode-ellipsis",
        ),
        pytest.param(
            "The mayor said the vote was a turning point for the town and that the budget would "
            "be spent on the walls, the channel and the ferry terminal over the next\n",
            [("NL305", 1, 151)],
            id="long-first-paragraph-is-body",
        ),
        pytest.param(
            LEDE + "The mayor said the vote was “a turning point for the town”\n", [], id="quote"
        ),
        pytest.param(
            LEDE + "The mayor said the vote was a turning point (for now)\n", [], id="paren"
        ),
        pytest.param(LEDE + "The mayor gave a statement to reporters\n", [], id="short"),
        pytest.param(
            "Council approves harbour budget after long and heated debate\n\n" + LEDE,
            [],
            id="headline-before-lede",
        ),
        pytest.param(
            "Published: Sat, May 06, 2017\nEconomy | By Jane Roe\n\n" + LEDE, [], id="metadata"
        ),
        pytest.param(
            LEDE + "Council Approves New Harbour Budget After A Long Night Of Debate\n",
            [],
            id="title-case-line",
        ),
        pytest.param(
            LEDE + "The main road of the region links the port with the city. Image: iStock\n",
            [],
            id="caption-credit",
        ),
        pytest.param(
            LEDE + "Read more about the new harbour rules and the levy here:\n", [], id="colon"
        ),
        pytest.param(
            LEDE + "- the first of several items in a list of things that follow\n", [], id="list"
        ),
        pytest.param(
            LEDE + "Updated 12 May 2024 at 10:31 with comments from the harbour master\n",
            [],
            id="updated-line",
        ),
        pytest.param(
            LEDE + "Find the full council report on the website at www.example.com/harbour\n",
            [],
            id="url-line",
        ),
    ],
)
def test_truncated_paragraph(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL305")) == expected


def test_title_metadata_line_is_skipped() -> None:
    body = LEDE + "Mayor says the harbour vote is a turning point for the town\n"
    assert positions(lint_text(body, "NL305")) == [("NL305", 3, 56)]
    title = "Mayor says the harbour vote is a turning point for the town"
    assert positions(lint_text(body, "NL305", title=title)) == []


def test_min_words_option() -> None:
    body = LEDE + "The mayor left the chamber without\n"
    assert positions(lint_text(body, "NL305")) == []
    assert positions(lint_text(body, "NL305", {"min_words": 5})) == [("NL305", 3, 28)]


def test_flag_ellipsis_option() -> None:
    body = LEDE + "The mayor said the vote was a turning point for the whole town...\n"
    assert positions(lint_text(body, "NL305", {"flag_ellipsis": False})) == []


def test_message_and_span() -> None:
    body = LEDE + "The mayor said the vote was a turning point for the town and its\n"
    (finding,) = lint_text(body, "NL305")
    assert finding.message == (
        "paragraph ends without terminal punctuation: "
        "'…ayor said the vote was a turning point for the town and its'"
    )
    assert (finding.end_line, finding.end_column) == (3, 65)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            LEDE + "He told the crowd the prize was theirs. â€œIt belongs to you all.â€\x9d\n",
            [],
            id="mojibake-closing-quote",
        ),
        pytest.param(
            LEDE + "He told the crowd the prize was theirs. Ã¢â‚¬Å“It is yours.Ã¢â‚¬Â\x9d\n",
            [],
            id="double-mojibake-closing-quote",
        ),
        pytest.param(
            LEDE + "He told the crowd that the prize was theirs and then â€\n",
            [("NL305", 3, 54)],
            id="mojibake-after-a-cut",
        ),
    ],
)
def test_mojibake_quote_ends_a_paragraph(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL305")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            LEDE + "Published after three years of sampling at more than 600 sites, the report\n",
            [("NL305", 3, 69)],
            id="published-opens-a-sentence",
        ),
        pytest.param(
            LEDE
            + "By contrast, the share of rivers in good health was close to one in three, when\n",
            [("NL305", 3, 76)],
            id="by-contrast-opens-a-sentence",
        ),
        pytest.param(
            LEDE
            + "Published on 12 May 2024 at 10:31 and revised after the harbour board meeting\n",
            [],
            id="published-stamp",
        ),
        pytest.param(
            LEDE + "By Jane Roe and Tom Smith of the Harbour Gazette news desk staff\n",
            [],
            id="byline-with-names",
        ),
    ],
)
def test_sentences_opening_like_header_words(
    body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert positions(lint_text(body, "NL305")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "<Label>: <short value>" fact lines of results stories and fact boxes
        pytest.param(
            LEDE + "Net income: $512 million, or $1.87 per diluted share, up 9%\n",
            [],
            id="results-line",
        ),
        pytest.param(
            LEDE + "Gross margin: 41.3%, compared with 39.8% a year earlier\n",
            [],
            id="results-line-percent",
        ),
        pytest.param(
            LEDE + "Operating cash flow: $690 million, up 11% from a year ago\n",
            [],
            id="three-word-label",
        ),
        pytest.param(
            LEDE + "Population: about 1.2 million at the 2021 census\n", [], id="fact-box-figure"
        ),
        pytest.param(
            LEDE + "Speakers: Jane Roe, Tom Smith, Ann Poe and Lee Chan of Harbour Trust\n",
            [],
            id="fact-box-names",
        ),
        pytest.param(
            LEDE + "Revenue: $4.2 billion, up 6% from the year before\n"
            "Net income: $512 million, or $1.87 per diluted share\n",
            [],
            id="block-of-fact-lines",
        ),
        # near misses: cut-off sentences and values with a colon
        pytest.param(
            LEDE + "The minister said the reasons were: budget cuts and the\n",
            [("NL305", 3, 53)],
            id="sentence-with-colon",
        ),
        pytest.param(
            LEDE + "He said: the budget was cut by 12% last year and the\n",
            [("NL305", 3, 50)],
            id="reporting-clause-label",
        ),
        pytest.param(
            LEDE + "The reasons: budget cuts of 12% and a hiring freeze in 2024\n",
            [("NL305", 3, 56)],
            id="determiner-label",
        ),
        pytest.param(
            LEDE + "Net income: $512 million, or $1.87 per diluted share, down from\n",
            [("NL305", 3, 60)],
            id="fact-value-cut-off",
        ),
        pytest.param(
            LEDE + "Revenue: sales fell in the quarter because of weak demand overseas\n",
            [("NL305", 3, 59)],
            id="prose-value",
        ),
        pytest.param(
            LEDE + "Outlook: revenue of $16.6 billion to $17.0 billion in 2023 and earnings per "
            "share of $7.05 to $7.35 as demand\n",
            [("NL305", 3, 104)],
            id="long-value",
        ),
        pytest.param(
            LEDE + "Revenue: $4.2 billion, up 6% from the year before\n"
            "The company said sales in the second half of the year were weak and\n",
            [("NL305", 4, 65)],
            id="fact-line-then-cut-off-line",
        ),
        # forms added with clean set d (bench/_held_out.py), written for these tests: a
        # qualifier after a comma in the label, numbers and hyphenated words as one word
        pytest.param(
            LEDE + "Turnout, first round: 61.2 per cent nationally\n", [], id="label-qualifier"
        ),
        pytest.param(
            LEDE + "Obesity, adults aged 18–64 in towns: 27.4 per cent\n",
            [],
            id="label-qualifier-with-range",
        ),
        pytest.param(
            LEDE + "Capacity: up to 2,400 seats per stand, expandable to 12,500 for concerts\n",
            [],
            id="numbers-count-once",
        ),
        # near misses: a sentence's opening words before a comma, a cut-off qualified line
        pytest.param(
            LEDE + "In the first round, turnout: 61.2 per cent of the roll\n",
            [("NL305", 3, 51)],
            id="preposition-before-comma",
        ),
        pytest.param(
            LEDE + "However, the turnout figure: 61.2 per cent across the nation\n",
            [("NL305", 3, 55)],
            id="sentence-adverb-before-comma",
        ),
        pytest.param(
            LEDE + "Turnout, officials said: 61.2 per cent across the whole nation\n",
            [("NL305", 3, 57)],
            id="reporting-clause-after-comma",
        ),
        pytest.param(
            LEDE + "Turnout, first round: 61.2 per cent, down from\n",
            [("NL305", 3, 43)],
            id="qualified-fact-value-cut-off",
        ),
        # forms added with clean set e (bench/_held_out.py), written for these tests: a label
        # of 5-10 words when the value is a bare amount or figure
        pytest.param(
            LEDE + "Parking in a loading bay overnight without a permit: £70\n",
            [],
            id="long-label-amount",
        ),
        pytest.param(
            LEDE + "Cycling on the harbour wall without lights after dark: €150\n",
            [],
            id="long-label-currency-sign",
        ),
        pytest.param(
            LEDE + "Average wait at the northern border crossing in August: 45 minutes\n",
            [],
            id="long-label-figure-unit",
        ),
        # near misses: a cut-off or prose value, a clause or a determiner in a long label
        pytest.param(
            LEDE + "Parking in a loading bay overnight without a permit: £70 and\n",
            [("NL305", 3, 58)],
            id="long-label-amount-cut-off",
        ),
        pytest.param(
            LEDE + "Parking in a loading bay overnight without a permit: a fine of £70 for\n",
            [("NL305", 3, 68)],
            id="long-label-prose-value",
        ),
        pytest.param(
            LEDE + "Officials said the cost of repairs to the harbour wall was: $4 million\n",
            [("NL305", 3, 64)],
            id="long-label-clause",
        ),
        pytest.param(
            LEDE + "The fine for parking in a loading bay overnight: £70\n",
            [("NL305", 3, 50)],
            id="long-label-determiner",
        ),
    ],
)
def test_fact_lines(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL305")) == expected


SPECS = (
    "Main particulars of the new ferry:",
    "Engines: two 4,800 kW dual-fuel units running on liquefied natural gas or marine diesel oil",
    "Capacity: 1,200 passengers and 420 cars on two vehicle decks",
    "Speed: 21 knots in service, with a top speed of 23.5 knots on trials",
)
LINE_LEDE = "The harbour board took delivery of its new ferry on Tuesday after sea trials.\n"
LINE_TAIL = "The ferry will enter service in June, the board said.\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a list of fact lines: its lines may be longer, in both renderings
        pytest.param(LEDE + "\n\n".join(SPECS) + "\n", [], id="list-blank-lines"),
        pytest.param(LINE_LEDE + "\n".join(SPECS) + "\n" + LINE_TAIL, [], id="list-one-per-line"),
        pytest.param(LEDE + "\n".join(SPECS) + "\n", [], id="list-one-block-with-lead-in"),
        pytest.param(
            LEDE + "\n\n".join((SPECS[0], SPECS[1], SPECS[3])) + "\n",
            [],
            id="long-lines-up-to-the-lead-in",
        ),
        # near misses: alone, with a clause in the value, cut off, or a lead-in far above
        pytest.param(LEDE + SPECS[1] + "\n", [("NL305", 3, 89)], id="long-line-alone"),
        pytest.param(
            LEDE
            + "\n\n".join(SPECS[:2])
            + "\n\nCapacity: 1,200 passengers and 420 cars, which were loaded on two decks by "
            "the crew\n",
            [("NL305", 7, 80)],
            id="list-line-with-a-clause",
        ),
        pytest.param(
            LEDE + "\n\n".join(SPECS[:3]) + "\n\nRange: 600 nautical miles at 18 knots with\n",
            [("NL305", 9, 39)],
            id="list-line-cut-off",
        ),
        pytest.param(
            LEDE + SPECS[0] + "\n\n" + LINE_TAIL + "\n" + SPECS[1] + "\n",
            [("NL305", 7, 89)],
            id="prose-between-lead-in-and-line",
        ),
    ],
)
def test_fact_line_lists(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL305")) == expected


CLOSED = "Suspended on Monday because of the strike:"
ITEM = "All bus routes in the three northern suburbs of the city and the airport shuttle"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # forms added with clean set e (bench/_held_out.py), written for these tests: the
        # items of a list without bullets or full stops after a lead-in ending in ":"
        pytest.param(
            LEDE + "\n\n".join((CLOSED, ITEM, "Night trains to the coast", LINE_TAIL)),
            [],
            id="bare-list-blank-lines",
        ),
        pytest.param(
            LINE_LEDE + "\n".join((CLOSED, ITEM, "Night trains to the coast", LINE_TAIL)),
            [],
            id="bare-list-one-per-line",
        ),
        pytest.param(
            LEDE
            + "\n\n".join((CLOSED, "Night trains, cancelled until 6 p.m.", ITEM, "The tram line")),
            [],
            id="bare-list-item-after-an-item",
        ),
        # near misses: one item alone, a list written with full stops, a clause, a cut
        # before a function word, prose between the lead-in and the line
        pytest.param(
            LEDE + "\n\n".join((CLOSED, ITEM, LINE_TAIL)),
            [("NL305", 5, 74)],
            id="bare-list-one-item",
        ),
        pytest.param(
            LEDE + "\n\n".join((CLOSED, ITEM, "Night trains to the coast.", LINE_TAIL)),
            [("NL305", 5, 74)],
            id="bare-list-other-items-end-in-a-stop",
        ),
        pytest.param(
            LEDE
            + "\n\n".join(
                (
                    CLOSED,
                    "All bus routes in the three northern suburbs, which were told to",
                    "Night trains to the coast",
                )
            ),
            [("NL305", 5, 63)],
            id="bare-list-item-with-a-clause",
        ),
        pytest.param(
            LEDE
            + "\n\n".join(
                (CLOSED, "All bus routes in the three northern suburbs of the", "Night trains")
            ),
            [("NL305", 5, 49)],
            id="bare-list-item-cut-off",
        ),
        pytest.param(
            LEDE + "\n\n".join((CLOSED, LINE_TAIL.strip(), ITEM, "Night trains to the coast")),
            [("NL305", 7, 74)],
            id="bare-list-prose-between",
        ),
    ],
)
def test_bare_lists(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL305")) == expected
