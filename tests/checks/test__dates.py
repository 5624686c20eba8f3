"""Unit tests of the shared NL1xx date and metadata helpers (_date_parse, _datelines,
_page_furniture, _lede, _reference_date)."""

from __future__ import annotations

import datetime as dt

import pytest

from newslint.checks._date_parse import MONTHS, WEEKDAYS, find_dates
from newslint.checks._datelines import diagnose_dateline, match_dateline
from newslint.checks._lede import find_lede
from newslint.checks._page_furniture import metadata_line_kind
from newslint.checks._reference_date import event_years, has_date_anchor, reference_date
from tests.conftest import make_article


def test_month_and_weekday_tables() -> None:
    assert MONTHS["sept"] == MONTHS["sep"] == MONTHS["september"] == 9
    assert MONTHS["may"] == 5
    assert WEEKDAYS["thurs"] == WEEKDAYS["thu"] == WEEKDAYS["thursday"] == 3
    assert WEEKDAYS["monday"] == 0 and WEEKDAYS["sun"] == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "on Friday, April 19, 2019.",
            ("Friday, April 19, 2019", 2019, 4, 19, 4),
            id="mdy-weekday",
        ),
        pytest.param(
            "Sat, May 06, 2017",
            ("Sat, May 06, 2017", 2017, 5, 6, 5),
            id="abbrev-weekday-padded-day",
        ),
        pytest.param(
            "Friday 19 April 2019", ("Friday 19 April 2019", 2019, 4, 19, 4), id="dmy-weekday"
        ),
        pytest.param(
            "Fri., Apr. 19, 2019",
            ("Fri., Apr. 19, 2019", 2019, 4, 19, 4),
            id="abbrevs-with-periods",
        ),
        pytest.param("Sept. 11, 2001", ("Sept. 11, 2001", 2001, 9, 11, None), id="reuters-sept"),
        pytest.param("the 2019-04-19 report", ("2019-04-19", 2019, 4, 19, None), id="iso"),
        pytest.param("on 6th May 2017", ("6th May 2017", 2017, 5, 6, None), id="ordinal"),
        pytest.param("due April 25-26 in", ("April 25", None, 4, 25, None), id="no-year"),
        pytest.param("MAY 6, 2017", ("MAY 6, 2017", 2017, 5, 6, None), id="capitals"),
    ],
)
def test_find_dates(text: str, expected: tuple[object, ...]) -> None:
    (d,) = list(find_dates(text))
    assert (d.text, d.year, d.month, d.day, d.weekday) == expected
    assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("in March 2019", id="month-year"),
        pytest.param("you may 6 times", id="lower-case-may"),
        pytest.param("a march of 20 people", id="lower-case-march"),
        pytest.param("at 10:30 on the 5th", id="no-month"),
    ],
)
def test_find_dates_none(text: str) -> None:
    assert list(find_dates(text)) == []


def test_sun_after_a_name_is_a_newspaper() -> None:
    (d,) = list(find_dates("the Baltimore Sun, May 7, 2017"))
    assert (d.text, d.weekday) == ("May 7, 2017", None)


def test_validity() -> None:
    (d,) = list(find_dates("February 29, 2019"))
    assert not d.valid and d.date is None
    (d,) = list(find_dates("February 29, 2020"))
    assert d.valid and d.date == dt.date(2020, 2, 29)
    (d,) = list(find_dates("February 29"))
    assert d.valid  # no year: could be a leap year


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        pytest.param(
            "DAMASCUS, April 19 (Reuters) - Talks", "DAMASCUS, April 19 (Reuters) -", id="reuters"
        ),
        pytest.param(
            "    LONDON, Sept 3 (Reuters) - Talks",
            "LONDON, Sept 3 (Reuters) -",
            id="reuters-indent-sept",
        ),
        pytest.param("BEIRUT (AP) — Talks", "BEIRUT (AP) —", id="ap"),
        pytest.param(
            "BEIRUT, Lebanon, June 2 (UPI) — Talks", "BEIRUT, Lebanon, June 2 (UPI) —", id="upi"
        ),
        pytest.param("NEW YORK — Talks", "NEW YORK —", id="bare-city-spaces"),
        pytest.param(
            "WINSTON-SALEM, N.C. – Talks", "WINSTON-SALEM, N.C. –", id="hyphen-city-state-en-dash"
        ),
        pytest.param("ST. LOUIS -- Talks", "ST. LOUIS --", id="period-city-double-hyphen"),
        pytest.param("GRAND RAPIDS, Mich. — Talks", "GRAND RAPIDS, Mich. —", id="ap-state"),
        pytest.param("Beirut (AFP) - Talks", "Beirut (AFP) -", id="afp-title-case"),
        pytest.param("NEW DELHI: Talks", "NEW DELHI:", id="colon"),
        pytest.param("ZÜRICH, 2 May (dpa) - Talks", "ZÜRICH, 2 May (dpa) -", id="accent-day-first"),
        pytest.param("**CAIRO** — Talks", "**CAIRO** —", id="markdown-bold"),
        pytest.param("BERLIN, 4. April (dpa) - Der", "BERLIN, 4. April (dpa) -", id="german-date"),
        pytest.param("Paris, 4 avril (AFP) - Le", "Paris, 4 avril (AFP) -", id="french-date"),
        # forms added with clean set a (bench/_held_out.py), written for these tests
        pytest.param(
            "HARARE, Sept 2 (IANS) The bank raised rates.", "HARARE, Sept 2 (IANS)", id="no-dash"
        ),
        pytest.param(
            "Pune, Oct 3 (PTI) The bank raised rates.", "Pune, Oct 3 (PTI)", id="title-no-dash"
        ),
        pytest.param("Pune (PTI) The bank raised rates.", "Pune (PTI)", id="known-agency-no-date"),
        pytest.param(
            "DENVER, May 4, 2021 /PRNewswire/ -- Acme Corp said",
            "DENVER, May 4, 2021 /PRNewswire/ --",
            id="prnewswire",
        ),
        pytest.param(
            "TORONTO, June 1, 2022 (GLOBE NEWSWIRE) -- Acme said",
            "TORONTO, June 1, 2022 (GLOBE NEWSWIRE) --",
            id="globe-newswire",
        ),
        pytest.param(
            "ST. PETERSBURG, March 3. /TASS/. The port said",
            "ST. PETERSBURG, March 3. /TASS/.",
            id="tass",
        ),
        pytest.param("PATNA, DEC 14: The state said", "PATNA, DEC 14:", id="caps-month-colon"),
        pytest.param(
            "Nelson, 9 March: The council said on Friday", "Nelson, 9 March:", id="title-date-colon"
        ),
        pytest.param(
            "Boise, Idaho — The council voted on Friday", "Boise, Idaho —", id="title-city-state"
        ),
        pytest.param(
            "Abuja, Nigeria | The central bank said on Friday",
            "Abuja, Nigeria |",
            id="city-country-pipe",
        ),
        pytest.param("Doha: A new bus line opened on Sunday", "Doha:", id="title-colon"),
        pytest.param("Galway – Stand at the quay on a wet morning", "Galway –", id="title-dash"),
        pytest.param(
            "Rio de Janeiro — Police said on Monday that", "Rio de Janeiro —", id="particle"
        ),
        pytest.param(
            "Port-au-Prince, Haiti — Schools stayed shut on Friday",
            "Port-au-Prince, Haiti —",
            id="hyphen-particles",
        ),
        # forms added with clean set b (bench/_held_out.py), written for these tests
        pytest.param(
            "Aug. 14 (UPI) -- About 4,000 kettles are being recalled", "Aug. 14 (UPI) --", id="upi"
        ),
        pytest.param("(CNN) — A federal judge on Friday blocked", "(CNN) —", id="cnn"),
        pytest.param(
            "June 2 (Tribune News Service) — The county said",
            "June 2 (Tribune News Service) —",
            id="date-and-capitalised-agency",
        ),
        pytest.param(
            "Nashik | Grape growers said on Monday that unseasonal rain had damaged the crop.",
            "Nashik |",
            id="one-place-pipe-sentence",
        ),
        pytest.param(
            "Navi Mumbai | The civic body on Tuesday began a survey of the bridges and",
            "Navi Mumbai |",
            id="two-word-place-pipe-wrapped-line",
        ),
        # forms added with clean set e (bench/_held_out.py), written for these tests
        pytest.param(
            "Quito, 14 Feb (EFE).- The central bank said", "Quito, 14 Feb (EFE).-", id="efe"
        ),
        pytest.param(
            "KHARKIV. March 9 (Interfax-Ukraine) - The city said",
            "KHARKIV. March 9 (Interfax-Ukraine) -",
            id="interfax",
        ),
        pytest.param(
            "APA-Bamako (Mali) – Farmers in the south said the rains came late",
            "APA-Bamako (Mali) –",
            id="agency-prefix",
        ),
        pytest.param(
            "Lusaka. The central bank has cut its main lending rate by half a point.",
            "Lusaka.",
            id="known-place-stop",
        ),
        pytest.param(
            "ST. LOUIS. The county council has approved a new budget for the roads.",
            "ST. LOUIS.",
            id="caps-place-stop",
        ),
        pytest.param(
            "AUSTIN, TX, UNITED STATES, May 5, 2025 /Example Wire/ -- Acme said",
            "AUSTIN, TX, UNITED STATES, May 5, 2025 /Example Wire/ --",
            id="release-state-and-country",
        ),
        pytest.param(
            "May 5, 2025 – Whitehorse, Yukon – The territory today opened a new",
            "May 5, 2025 – Whitehorse, Yukon –",
            id="date-first",
        ),
    ],
)
def test_match_dateline(text: str, dateline: str) -> None:
    d = match_dateline(text)
    assert d is not None and d.text == dateline


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Syrian officials said on Friday.", id="prose"),
        pytest.param("EXCLUSIVE-Syria talks", id="headline-tag"),
        pytest.param("UPDATE 2 - Syria talks", id="update-tag"),
        pytest.param("Damascus — the capital — was calm.", id="title-case-no-agency"),
        pytest.param("A — B", id="single-letter"),
        # near misses of the Title-case forms: sentences, labels, headers
        pytest.param("Officials — who had resisted it — said on Friday", id="subject-dash"),
        pytest.param("Boeing: the company said it would cut jobs.", id="company-colon-lower"),
        pytest.param("Update: The ministry has since said it would", id="label-colon"),
        pytest.param("Editor's note: This story has been updated to", id="editors-note"),
        pytest.param("Sir – The council's plan for the harbour is misguided.", id="letter"),
        pytest.param("Assad — Who has ruled since 2000 — said it", id="parenthetical"),
        pytest.param("Monday, June 4: Protesters gathered in the square.", id="weekday-date"),
        pytest.param("World | Jane Doe", id="section-byline"),
        pytest.param("Politics, Health | Jane Doe and John Roe", id="sections-pipe-names"),
        pytest.param("Lagos | Operators of mobile money platforms said", id="pipe-place-fragment"),
        # near misses of the agency-only and "Place | sentence" forms
        pytest.param("(Photo) — A federal judge on Friday blocked it", id="bracket-not-agency"),
        pytest.param("(Harbour Group) — The trust said on Friday", id="unknown-agency-no-date"),
        pytest.param("Aug. 14 (local time) — The ship docked", id="date-lower-case-bracket"),
        pytest.param("(CNN) — a judge on Friday blocked it", id="agency-lower-case-text"),
        pytest.param(
            "Opinion | The case for a four-day week is stronger than it looks.",
            id="section-pipe-sentence",
        ),
        pytest.param(
            "Economy | By Jane Doe and Tom Smith, who reported from the markets desk.",
            id="section-pipe-byline",
        ),
        pytest.param(
            "Cricket | India beat Australia by six wickets to win the series on Sunday.",
            id="sport-section-pipe",
        ),
        pytest.param(
            "Pune | By Jane Doe, who covered the match for the paper on Friday.",
            id="place-pipe-byline",
        ),
        pytest.param("Pune | Updated: March 3, 2024 10:45 IST", id="place-pipe-stamp"),
        pytest.param(
            "Jane Doe | Pune | Updated on March 3, 2024, after the council met.",
            id="several-pipes",
        ),
        pytest.param(
            "Pune | The new metro line to the airport and the old city.", id="pipe-no-verb"
        ),
        pytest.param("Mumbai | Rains lash city as monsoon arrives early", id="pipe-headline"),
        pytest.param("Pune | The civic body on Tuesday began a survey of", id="pipe-short-line"),
        pytest.param(
            "Greater Pune Area | Farmers said on Monday that rain had damaged the crop.",
            id="pipe-three-words",
        ),
        pytest.param("Doha: Talks", id="colon-no-sentence"),
        pytest.param(
            "WHO (World Health Organization) Director-General Ana Ruiz said", id="acronym-expanded"
        ),
        pytest.param("HARARE, Sept 2 (IANS) the bank raised rates.", id="no-dash-lower-case"),
        # near misses of the clean set e forms
        pytest.param("QUITO, Feb 14 (EFE). The central bank said", id="agency-full-stop"),
        pytest.param("KHARKIV. March 9 - The city said", id="city-stop-no-agency"),
        pytest.param("UPDATE-Bamako (Mali) – Farmers in the south said the rains", id="tag-prefix"),
        pytest.param("UN-Habitat (Nairobi) – The agency said on Friday that it", id="two-caps"),
        pytest.param("Paris. It was the spring of 1968 and the students were out.", id="pronoun"),
        pytest.param(
            "Lisbon. The city is built on seven hills, and it shows on foot.", id="the-city-is"
        ),
        pytest.param(
            "Lisbon. The city's trams are older than most of the people riding them.",
            id="the-city-possessive",
        ),
        pytest.param("Oslo. Oslo is a city that rewards the slow walker.", id="place-again"),
        pytest.param("Silence. The hall waited for the verdict to be read out.", id="no-place"),
        pytest.param("II. The council has approved a new budget for the roads.", id="roman"),
        pytest.param("Lusaka. Council approves new harbour budget", id="stop-headline"),
        pytest.param("May 5 – Whitehorse – The territory today opened a new", id="no-year"),
        pytest.param("May 5, 2025 – Update – The territory today opened a new", id="label"),
        pytest.param("May 5, 2025 – Whitehorse – Park opens", id="date-first-headline"),
        pytest.param(
            "AUSTIN, TX, UNITED STATES /Example Wire/ -- Acme said", id="two-regions-no-date"
        ),
    ],
)
def test_match_dateline_none(text: str) -> None:
    assert match_dateline(text) is None


def test_match_dateline_date_and_extra_patterns() -> None:
    d = match_dateline("DAMASCUS, April 19, 2019 (Reuters) - Talks")
    assert d is not None and (d.year, d.month, d.day) == (2019, 4, 19)
    weak = "NEW YORK — Talks"
    assert match_dateline(weak, need_date_or_agency=True) is None
    import re

    assert match_dateline("[Dubai] Talks") is None
    assert match_dateline("[Dubai] Talks", [re.compile(r"\[[A-Z][a-z]+\] ")]) is not None
    # forms without a date or an agency do not count away from the lede
    assert match_dateline("Doha: A new bus line opened", need_date_or_agency=True) is None
    d = match_dateline("Nelson, 9 March: The council said on", need_date_or_agency=True)
    assert d is not None and (d.month, d.day) == (3, 9)
    # an agency without a place counts away from the lede; a place and a pipe does not
    d = match_dateline("Aug. 14 (UPI) -- About 4,000 kettles", need_date_or_agency=True)
    assert d is not None and (d.start, d.month, d.day) == (0, 8, 14)
    d = match_dateline("  (CNN) — A judge blocked it", need_date_or_agency=True)
    assert d is not None and (d.start, d.text) == (2, "(CNN) —")
    pipe = "Nashik | Grape growers said on Monday that rain had damaged the crop."
    assert match_dateline(pipe, need_date_or_agency=True) is None
    # a place and a full stop count in the lede only; a date-first line starts at its date,
    # an agency prefix at the agency
    stop = "Lusaka. The central bank has cut its main lending rate by half a point."
    assert match_dateline(stop, need_date_or_agency=True) is None
    d = match_dateline("  May 5, 2025 – Whitehorse, Yukon – The territory today opened a new")
    assert d is not None and (d.start, d.year, d.month, d.day) == (2, 2025, 5, 5)
    d = match_dateline("APA-Bamako (Mali) – Farmers in the south said the rains came late")
    assert d is not None and (d.start, d.end) == (0, 19)


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        pytest.param(
            "Damascus April 19 Reuters The talks",
            ["no comma after the city", "agency not in parentheses", "no dash before the text"],
            id="all-wrong",
        ),
        pytest.param("DAMASCUS April 19 - The talks", ["no comma after the city"], id="no-comma"),
        pytest.param(
            "DAMASCUS, April 19 (Reuters) the talks", ["no dash before the text"], id="no-dash"
        ),
        pytest.param(
            "DAMASCUS, April 19 Reuters - The talks",
            ["agency not in parentheses"],
            id="bare-agency",
        ),
        pytest.param(
            "damascus, April 19 (Reuters) - The talks", ["city not in capitals"], id="lower-case"
        ),
        pytest.param(
            "singapore — New rules passed on Tuesday will require banks to act",
            ["city not in capitals"],
            id="lower-case-city-dash",
        ),
        pytest.param(
            "new york – Police said on Monday that the suspect had fled",
            ["city not in capitals"],
            id="lower-case-two-words-dash",
        ),
    ],
)
def test_diagnose_dateline(text: str, problems: list[str]) -> None:
    found = diagnose_dateline(text)
    assert found is not None and found[2] == problems


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("On April 19, the talks opened.", id="sentence-opener"),
        pytest.param("Friday, April 19 - talks", id="weekday"),
        pytest.param("Assad — who has ruled since 2000 — said", id="parenthetical-dashes"),
        pytest.param("Officials told Reuters on Friday.", id="agency-later"),
        pytest.param("Syrian officials said on Friday.", id="prose"),
        pytest.param("Officials — who had resisted it said on Friday", id="subject-dash"),
        pytest.param("Boeing: the company said it would cut jobs.", id="company-colon"),
        pytest.param(
            "officials — who had resisted the plan — said on Friday", id="lower-case-subject-dash"
        ),
        pytest.param("note: The ministry has since said it would", id="lower-case-label-colon"),
        pytest.param("singapore — the city said on Friday", id="lower-case-city-no-sentence"),
    ],
)
def test_diagnose_dateline_none(text: str) -> None:
    assert diagnose_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Published: Sat, May 06, 2017", "date header", id="published"),
        pytest.param("Updated 3 hours ago", "date header", id="updated-ago"),
        pytest.param("Posted on April 19, 2019 by admin", "date header", id="posted-on"),
        pytest.param("Posted on March 3, 2021 by newsdesk", "date header", id="posted-by-user"),
        pytest.param("Last modified on 19 April 2019, at 10:32", "date header", id="last-modified"),
        pytest.param(
            "First published on Fri 19 Apr 2019 12.00 BST", "date header", id="first-published"
        ),
        pytest.param("Updated: Adds comment from ministry", "date header", id="colon-any-text"),
        pytest.param("By Jane Doe", "byline", id="byline"),
        pytest.param("By JANE DOE and John Roe, Reuters", "byline", id="byline-two-agency"),
        pytest.param("By Jane Doe | Staff Writer", "byline", id="byline-pipe"),
        pytest.param("By Patrick O'Brien and Mary McDonald", "byline", id="byline-apostrophe"),
        pytest.param("By Reuters", "byline", id="byline-agency"),
        pytest.param("**By Jane Doe**", "byline", id="byline-markdown"),
        pytest.param("Economy | By Melissa Porter", "section and byline", id="section-byline"),
        pytest.param("Posted by admin", "posted-by", id="posted-by"),
        pytest.param("3 min read", "reading time", id="min-read"),
        pytest.param("Reading time: 4 minutes", "reading time", id="reading-time"),
    ],
)
def test_metadata_line_kind(text: str, kind: str) -> None:
    assert metadata_line_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Author: Maria Novak", "byline", id="role-label-colon"),
        pytest.param("Text by Maria Novak and Omar Haddad", "byline", id="role-label-by"),
        pytest.param("By Maria Novak in Lisbon", "byline", id="by-name-in-city"),
        pytest.param("Maria Novak — Crime Correspondent", "byline", id="name-dash-role"),
        pytest.param("Maria Novak | 6 min read", "byline and reading time", id="name-read-time"),
        pytest.param("Dated: 12 March 2021", "date header", id="dated-label"),
        pytest.param("Updated March 12, 2021, 4:05 p.m.", "date header", id="pm-with-stop"),
        pytest.param("12 March 2021 16:05 CET", "date line", id="bare-date-and-time"),
    ],
)
def test_metadata_line_kind_general_forms(text: str, kind: str) -> None:
    assert metadata_line_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Date night returns to the old cinema.", id="date-in-a-sentence"),
        pytest.param("The story by Maria Novak won a prize.", id="story-by-in-a-sentence"),
        pytest.param("Author: unknown", id="role-label-no-name"),
        pytest.param("In Lisbon on March 12, 2021", id="date-without-time"),
        pytest.param("The vote ended at 16:05 on March 12, 2021.", id="sentence-with-time"),
    ],
)
def test_metadata_line_kind_general_forms_none(text: str) -> None:
    assert metadata_line_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It was published on Monday by the ministry.", id="published-in-sentence"),
        pytest.param("Published on Monday, the report found gaps.", id="published-sentence-start"),
        pytest.param("By Tuesday, the rebels had withdrawn.", id="by-weekday"),
        pytest.param("By contrast, exports rose.", id="by-contrast"),
        pytest.param("By The Numbers", id="by-the"),
        pytest.param("By Tuesday", id="by-weekday-alone"),
        pytest.param("Posted on Facebook", id="posted-no-date"),
        pytest.param("Updated figures show a rise in 2019.", id="updated-figures"),
    ],
)
def test_metadata_line_kind_none(text: str) -> None:
    assert metadata_line_kind(text) is None


def test_lede_skips_title_header_byline_and_captions() -> None:
    body = (
        "Published: Sat, May 06, 2017\n"
        "Economy | By Jane Doe\n"
        "Harbour budget approved\n"
        "This undated image shows the harbour.\n"
        "The council approved the budget on Friday.\n"
    )
    article = make_article(body, title="Harbour budget approved")
    lede = find_lede(article)
    assert lede is not None and lede.number == 5
    lede = find_lede(article, skip_lines=2)
    assert lede is not None and lede.number == 3


def test_lede_of_wrapped_paragraphs() -> None:
    body = (
        "Harbour budget\napproved\n\nBy Jane Doe\nThe council approved the budget on\n"
        "Friday after a long debate.\n\nIt will cost more.\n"
    )
    lede = find_lede(make_article(body))
    assert lede is not None and lede.number == 5
    body = "Harbour budget approved\nThe council approved the budget after a long debate.\n"
    lede = find_lede(make_article(body))
    assert lede is not None and lede.number == 2


def test_lede_with_credit_words() -> None:
    body = (
        "The square at dawn. Image: Jane Doe\n\n"
        "Getty Images said on Monday it would sell its archive to a rival for $1bn.\n"
    )
    lede = find_lede(make_article(body))
    assert lede is not None and lede.number == 3


def test_lede_of_all_preamble_is_none() -> None:
    assert find_lede(make_article("Harbour budget approved\nPhoto: Jane Doe\n")) is None


@pytest.mark.parametrize(
    ("body", "kwargs", "expected"),
    [
        pytest.param(
            "Talks opened.\n",
            {"date": dt.date(2019, 4, 19)},
            (2019, "metadata", None),
            id="metadata",
        ),
        pytest.param(
            "Title here\nLONDON, April 19, 2019 (Reuters) - Talks opened.\n",
            {},
            (2019, "dateline", 2),
            id="dateline-with-year",
        ),
        pytest.param(
            "Updated: May 9, 2018\nPublished: Sat, May 06, 2017\nTalks opened.\n",
            {},
            (2017, "'Published' header", 2),
            id="published-before-updated",
        ),
        pytest.param(
            "Published: 06.05.2017\nTalks opened.\n",
            {},
            (2017, "'Published' header", 1),
            id="bare-year",
        ),
    ],
)
def test_reference_date(body: str, kwargs: dict[str, object], expected: tuple[object, ...]) -> None:
    ref = reference_date(make_article(body, **kwargs))
    assert ref is not None and (ref.year, ref.source, ref.line) == expected


def test_reference_date_none_and_yearless_dateline_anchor() -> None:
    article = make_article("LONDON, April 19 (Reuters) - Talks opened on Friday.\n")
    assert reference_date(article) is None
    assert has_date_anchor(article)
    assert not has_date_anchor(make_article("Talks opened on Friday.\n"))
    assert has_date_anchor(make_article("Talks opened on April 19, 2019.\n"))


def test_describe() -> None:
    ref = reference_date(make_article("x\n", date=dt.date(2019, 4, 19)))
    assert ref is not None
    assert ref.describe() == "the article date 2019-04-19 (from metadata)"


@pytest.mark.parametrize(
    ("body", "years"),
    [
        pytest.param("Russia intervened in 2015.", [2015], id="in"),
        pytest.param("The war began in March 2011.", [2011], id="month"),
        pytest.param("The vote was on April 19, 2019.", [2019], id="full-date"),
        pytest.param("Fighting since mid-2014 and the 2016 vote.", [2014, 2016], id="mid-and-the"),
        pytest.param("Some 2000 troops arrived.", [], id="quantity"),
        pytest.param("The raid began at 2100 GMT.", [], id="clock-time"),
        pytest.param("The city aims to be carbon neutral by 2030.", [], id="future-target"),
        pytest.param("Output will double in 2025.", [], id="future-will"),
        pytest.param("Call 555-2019 or visit /2018/.", [], id="numbers-in-ids"),
        pytest.param("About 2,015 people fled.", [], id="comma-number"),
    ],
)
def test_event_years(body: str, years: list[int]) -> None:
    assert [y for y, _ in event_years(make_article(body))] == years


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Maria Novak / Staff Writer", "byline", id="slash-role"),
        pytest.param("Maria Novak | World correspondent", "byline", id="beat-lower-role"),
        pytest.param("Maria Novak, Health and Science Editor", "byline", id="two-beats"),
        pytest.param("Maria Novak - Film Critic", "byline", id="critic"),
        pytest.param("Byline: Maria Novak", "byline", id="byline-label"),
        pytest.param("Contributor: Maria Novak", "byline", id="contributor-label"),
        pytest.param("Politics | Maria Novak", "section and byline", id="section-name"),
        pytest.param("Last edited 12 March 2021", "date header", id="last-edited"),
        pytest.param("Last update: March 12, 2021", "date header", id="last-update"),
        pytest.param("Last revised on 12 March 2021", "date header", id="last-revised"),
        pytest.param("12.03.2021 | 16:05", "date line", id="dotted-date-time"),
        pytest.param("12/03/2021 4:05 PM", "date line", id="slashed-date-time"),
    ],
)
def test_metadata_line_kind_round_e_forms(text: str, kind: str) -> None:
    assert metadata_line_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He was last edited out of the film.", id="last-edited-in-sentence"),
        pytest.param("Last edited out of the film, the scene returned.", id="last-edited-start"),
        pytest.param("Maria Novak, a former reporter", id="apposition"),
        pytest.param("Politics | The Week Ahead", id="section-and-headline"),
        pytest.param("Politics | Monday Briefing", id="section-and-calendar"),
        pytest.param("News | Sport | Weather", id="sections"),
        pytest.param("12.03.2021", id="numeric-date-alone"),
        pytest.param("Match 12.30 | Final 14.45", id="scores"),
        pytest.param("Update: The council has since responded.", id="update-note"),
    ],
)
def test_metadata_line_kind_round_e_near_misses(text: str) -> None:
    assert metadata_line_kind(text) is None
