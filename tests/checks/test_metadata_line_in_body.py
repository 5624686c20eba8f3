"""Unit tests of NL105 metadata-line-in-body."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text, positions

TEXT = "The ministry said exports rose in April.\n"


CASES = [
    pytest.param("Published: Sat, May 06, 2017\n" + TEXT, [("NL105", 1, 1)], id="published"),
    pytest.param("Updated: 10:32 GMT\n" + TEXT, [("NL105", 1, 1)], id="updated"),
    pytest.param("Posted on April 19, 2019\n" + TEXT, [("NL105", 1, 1)], id="posted-on"),
    pytest.param("Last modified on 19 April 2019\n" + TEXT, [("NL105", 1, 1)], id="last-modified"),
    pytest.param(TEXT + "First published 2 hours ago\n", [("NL105", 2, 1)], id="first-published"),
    pytest.param("By Jane Doe\n" + TEXT, [("NL105", 1, 1)], id="byline"),
    pytest.param("By JANE DOE and John Roe, Reuters\n" + TEXT, [("NL105", 1, 1)], id="byline-two"),
    pytest.param("By Jane Doe | Staff Writer\n" + TEXT, [("NL105", 1, 1)], id="byline-pipe"),
    pytest.param("Economy | By Melissa Porter\n" + TEXT, [("NL105", 1, 1)], id="section-byline"),
    pytest.param(TEXT + "Posted by admin\n", [("NL105", 2, 1)], id="posted-by"),
    pytest.param("3 min read\n" + TEXT, [("NL105", 1, 1)], id="reading-time"),
    pytest.param("  _By Jane Doe_\n" + TEXT, [("NL105", 1, 3)], id="indented-markdown"),
    pytest.param("It was published on Monday by the ministry.\n", [], id="published-sentence"),
    pytest.param("By Tuesday, the rebels had withdrawn.\n", [], id="by-weekday-sentence"),
    pytest.param("By contrast, exports rose.\n", [], id="by-contrast"),
    pytest.param(
        "Published on Monday, the report found gaps.\n", [], id="published-sentence-start"
    ),
    pytest.param("Updated figures show exports rose in 2019.\n", [], id="updated-figures"),
    pytest.param(
        "The article was posted by an account with 3 followers.\n", [], id="posted-by-prose"
    ),
    pytest.param("– Agence France-Presse\n", [], id="credit-line"),
]


def test_message_and_fix_deletes_the_line() -> None:
    body = "Published: Sat, May 06, 2017\nEconomy | By Melissa Porter\n" + TEXT
    first, second = lint_text(body, "NL105")
    assert first.message == "date header line in the body: 'Published: Sat, May 06, 2017'"
    assert second.message == "section and byline line in the body: 'Economy | By Melissa Porter'"
    assert first.fix is not None and first.fix.safe
    fixed = body[: first.fix.start] + first.fix.replacement + body[first.fix.end :]
    assert fixed == "Economy | By Melissa Porter\n" + TEXT


def test_bylines_option() -> None:
    body = "Published: Sat, May 06, 2017\nBy Jane Doe\nPosted by admin\n3 min read\n" + TEXT
    assert positions(lint_text(body, "NL105", {"bylines": False})) == [
        ("NL105", 1, 1),
        ("NL105", 4, 1),
    ]


NEW_FORMS = [
    pytest.param("Ana Ruiz, Staff Reporter\n" + TEXT, [("NL105", 1, 1)], id="staff-reporter"),
    pytest.param("Ana Ruiz | March 5, 2024\n" + TEXT, [("NL105", 1, 1)], id="name-pipe-date"),
    pytest.param("News » World\n" + TEXT, [("NL105", 1, 1)], id="breadcrumb"),
    pytest.param("Home › Sport › Local Teams\n" + TEXT, [("NL105", 1, 1)], id="breadcrumb-3"),
    pytest.param(
        TEXT + "Ana Ruiz, a staff reporter, covered the vote.\n", [], id="reporter-in-text"
    ),
    pytest.param("Ana Ruiz | Economy\n" + TEXT, [], id="name-pipe-no-date"),
    pytest.param("The Sun, Staff Reporter\n" + TEXT, [], id="not-a-name"),
    pytest.param(TEXT + "Prices » rose again.\n", [], id="guillemet-in-text"),
]


MORE_FORMS = [
    pytest.param("Ana Ruiz / Staff Writer\n" + TEXT, [("NL105", 1, 1)], id="slash-role"),
    pytest.param("Ana Ruiz | Politics correspondent\n" + TEXT, [("NL105", 1, 1)], id="beat-role"),
    pytest.param("Byline: Ana Ruiz\n" + TEXT, [("NL105", 1, 1)], id="byline-label"),
    pytest.param("Economy | Ana Ruiz\n" + TEXT, [("NL105", 1, 1)], id="section-name"),
    pytest.param("Last edited 3 May 2021\n" + TEXT, [("NL105", 1, 1)], id="last-edited"),
    pytest.param("Last update: May 3, 2021\n" + TEXT, [("NL105", 1, 1)], id="last-update"),
    pytest.param("3.05.2021 | 09:40\n" + TEXT, [("NL105", 1, 1)], id="numeric-date-time"),
    pytest.param("  2021/05/03 09:40\n" + TEXT, [("NL105", 1, 3)], id="iso-slash-indent"),
    # near misses: the same words in reporting sentences and headings
    pytest.param(TEXT + "He was last edited out of the film in 2019.\n", [], id="edited"),
    pytest.param("Last edited out of the film, the scene returned.\n" + TEXT, [], id="le"),
    pytest.param(TEXT + "Ana Ruiz, a former reporter\n", [], id="former-reporter"),
    pytest.param("Politics | The Week Ahead\n" + TEXT, [], id="section-headline"),
    pytest.param("News | Sport | Weather\n" + TEXT, [], id="sections-only"),
    pytest.param("3.05.2021\n" + TEXT, [], id="numeric-date-alone"),
    pytest.param(TEXT + "Scores 12.30 | 14.45\n", [], id="scores"),
]


#: Forms added after held-out batch F (written for these tests, not taken from the batch).
ROUND_F_FORMS = [
    pytest.param("By: Ana Ruiz\n" + TEXT, [("NL105", 1, 1)], id="by-colon"),
    pytest.param("  By: Ana Ruiz and Tom Hale\n" + TEXT, [("NL105", 1, 3)], id="by-colon-two"),
    pytest.param("Ana Ruiz — 3 May 2021\n" + TEXT, [("NL105", 1, 1)], id="name-dash-date"),
    pytest.param("Ana Ruiz - Monday, May 3, 2021\n" + TEXT, [("NL105", 1, 1)], id="name-hyphen"),
    pytest.param(
        "Ana Ruiz, Chief Correspondent | Mon 3 May 2021\n" + TEXT,
        [("NL105", 1, 1)],
        id="role-then-date",
    ),
    pytest.param(
        "Ana Ruiz / Staff Writer — May 3, 2021\n" + TEXT, [("NL105", 1, 1)], id="role-dash-date"
    ),
    pytest.param("Ana Ruiz (Health Editor)\n" + TEXT, [("NL105", 1, 1)], id="role-in-brackets"),
    pytest.param("Ana Ruiz (Staff Writer)\n" + TEXT, [("NL105", 1, 1)], id="writer-in-brackets"),
    pytest.param("Compiled by Ana Ruiz\n" + TEXT, [("NL105", 1, 1)], id="compiled-by"),
    pytest.param("Edited by Ana Ruiz and Tom Hale\n" + TEXT, [("NL105", 1, 1)], id="edited-by"),
    pytest.param(TEXT + "Reported by Ana Ruiz\n", [("NL105", 2, 1)], id="reported-by"),
    # near misses: reporting sentences, people in brackets, dates after other words
    pytest.param("By: the end of May, exports rose.\n", [], id="by-colon-sentence"),
    pytest.param(
        TEXT + "Reported by the ministry, the figures rose in May.\n", [], id="reported-by-prose"
    ),
    pytest.param(TEXT + "Reported crimes fell by a third.\n", [], id="reported-crimes"),
    pytest.param("Ana Ruiz (Labour)\n" + TEXT, [], id="party-in-brackets"),
    pytest.param("Ana Ruiz (film critic)\n" + TEXT, [], id="critic-in-brackets"),
    pytest.param(
        "Ana Ruiz (Health Editor) said the figures were wrong.\n", [], id="brackets-sentence"
    ),
    pytest.param("Ana Ruiz, Staff Reporter | Economy\n" + TEXT, [], id="role-then-section"),
    pytest.param("Election Day — May 3, 2021\n" + TEXT, [], id="event-dash-date"),
    pytest.param("Politics — May 3, 2021\n" + TEXT, [], id="section-dash-date"),
    pytest.param("Ana Ruiz — who was elected on May 3, 2021 — resigned.\n", [], id="dash-aside"),
    pytest.param("Ana Ruiz — May 3\n" + TEXT, [], id="name-dash-date-without-year"),
]


@pytest.mark.parametrize(("body", "expected"), CASES + NEW_FORMS + MORE_FORMS + ROUND_F_FORMS)
def test_metadata_line_in_body(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL105")) == expected


#: Forms added after held-out batch G (written for these tests, not taken from the batch).
ROUND_G_FORMS = [
    pytest.param("Estimated read time: 4 min\n" + TEXT, [("NL105", 1, 1)], id="estimated-read"),
    pytest.param("Reading time: about 6 minutes\n" + TEXT, [("NL105", 1, 1)], id="reading-about"),
    pytest.param("7-minute read\n" + TEXT, [("NL105", 1, 1)], id="hyphen-minute-read"),
    pytest.param("Less than a minute read\n" + TEXT, [("NL105", 1, 1)], id="less-than-a-minute"),
    pytest.param("Reads in 6 minutes\n" + TEXT, [("NL105", 1, 1)], id="reads-in"),
    pytest.param("  4 minutes to read\n" + TEXT, [("NL105", 1, 3)], id="minutes-to-read"),
    pytest.param(TEXT + "12 min listen\n", [("NL105", 2, 1)], id="listen"),
    pytest.param(
        "Posted 3 May 2021 · Updated 4 May 2021 · 6 min read\n" + TEXT,
        [("NL105", 1, 1)],
        id="stamp-chain",
    ),
    pytest.param(
        "Published: May 3, 2021 | 2 minute read\n" + TEXT, [("NL105", 1, 1)], id="chain-pipe"
    ),
    pytest.param("Opinion by Ana Ruiz\n" + TEXT, [("NL105", 1, 1)], id="opinion-by"),
    pytest.param("News analysis by Ana Ruiz and Tom Hale\n" + TEXT, [("NL105", 1, 1)], id="news"),
    pytest.param("Review by Ana Ruiz, Film Critic\n" + TEXT, [("NL105", 1, 1)], id="review-by"),
    pytest.param("Commentary by Reuters\n" + TEXT, [("NL105", 1, 1)], id="commentary-agency"),
    # near misses: reading and analysis in reporting sentences and headings
    pytest.param(TEXT + "He said the analysis by the ministry was flawed.\n", [], id="analysis"),
    pytest.param("Analysis by the ministry was flawed.\n" + TEXT, [], id="analysis-the"),
    pytest.param("Review by Ofcom\n" + TEXT, [], id="review-one-word-body"),
    pytest.param("Opinion by Election Day\n" + TEXT, [], id="opinion-calendar"),
    pytest.param(TEXT + "Reading time for pupils rose to 20 minutes.\n", [], id="reading-prose"),
    pytest.param(TEXT + "Less than a minute later, the bus stopped.\n", [], id="minute-later"),
    pytest.param(TEXT + "It is a 5 minute read.\n", [], id="read-sentence"),
    pytest.param("Five minutes to midnight\n" + TEXT, [], id="minutes-headline"),
    pytest.param(
        "Published May 3, 2021 • Read the report in full\n" + TEXT, [], id="chain-with-a-link"
    ),
]


@pytest.mark.parametrize(("body", "expected"), ROUND_G_FORMS)
def test_metadata_line_round_g_forms(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL105")) == expected


#: Header lines of several parts, multi-writer and two-verb bylines, and writers' one-line
#: biographies (written for these tests; after held-out batch H, none of its lines).
HEADER_CHAIN_AND_BIO_FORMS = [
    pytest.param(
        "Ana Ruiz · 5 min read · 12 Mar 2024\n" + TEXT, [("NL105", 1, 1)], id="name-read-date"
    ),
    pytest.param(
        "World • 12 March 2024 • 4 min read\n" + TEXT, [("NL105", 1, 1)], id="section-date-read"
    ),
    pytest.param(
        "By Ana Ruiz | Business | 12/03/2024\n" + TEXT, [("NL105", 1, 1)], id="by-section-date"
    ),
    pytest.param(
        "Cost of Living — 12 March 2024 — 2 min read\n" + TEXT,
        [("NL105", 1, 1)],
        id="section-words-dashes",
    ),
    pytest.param(
        "Ana Ruiz | 4 min read | Updated 2 hours ago\n" + TEXT,
        [("NL105", 1, 1)],
        id="name-read-header",
    ),
    pytest.param("Written by Ana Ruiz and Tom Hale\n" + TEXT, [("NL105", 1, 1)], id="written-two"),
    pytest.param("Reported and written by Ana Ruiz\n" + TEXT, [("NL105", 1, 1)], id="two-verbs"),
    pytest.param("Words and pictures by Ana Ruiz\n" + TEXT, [("NL105", 1, 1)], id="words-pics"),
    pytest.param(
        TEXT + "Ana Ruiz is a senior health correspondent for Harbour Radio.\n",
        [("NL105", 2, 1)],
        id="bio-role-at-outlet",
    ),
    pytest.param(
        TEXT + "Ana Ruiz is the Lakeside Echo's chief political editor.\n",
        [("NL105", 2, 1)],
        id="bio-outlet-possessive",
    ),
    pytest.param(
        TEXT + "Ana Ruiz is an investigative journalist based in Nairobi, Kenya.\n",
        [("NL105", 2, 1)],
        id="bio-based-in",
    ),
    pytest.param(
        TEXT + "Ana Ruiz reports on climate and energy for Example News.\n",
        [("NL105", 2, 1)],
        id="bio-reports-on",
    ),
    pytest.param(
        TEXT + "Ana Ruiz is a staff writer at the Valley Post. Follow her on X at @anaruiz\n",
        [("NL105", 2, 1)],
        id="bio-follow-her",
    ),
    # near misses: reporting sentences about journalists, listings, results
    pytest.param(
        TEXT + "Ana Ruiz is a reporter at the Herald who broke the story.\n", [], id="bio-clause"
    ),
    pytest.param(TEXT + "Tom Hale was a reporter at the Valley Post.\n", [], id="bio-past"),
    pytest.param(TEXT + "The mayor is a columnist for the Valley Post.\n", [], id="bio-mayor"),
    pytest.param(TEXT + "Ana Ruiz is a senior editor at Penguin Books.\n", [], id="book-editor"),
    pytest.param(
        TEXT + "Tom Hale covers the cost of repairs for the Harbour Board.\n", [], id="covers"
    ),
    pytest.param(TEXT + "Ana Ruiz is a courts reporter.\n", [], id="bio-no-outlet"),
    pytest.param(
        "Written and directed by Ana Ruiz, the film opens on Friday.\n", [], id="written-clause"
    ),
    pytest.param(TEXT + "Harbour Hall | 12 March 2024 | Sold out\n", [], id="listing"),
    pytest.param(TEXT + "Arsenal 2 - 1 Chelsea\n", [], id="score"),
    pytest.param(TEXT + "Tickets • 12 March 2024 • 7pm till late\n", [], id="event-listing"),
    pytest.param(TEXT + "World • 12 March 2024 • Read the report\n", [], id="chain-with-a-link"),
]


@pytest.mark.parametrize(("body", "expected"), HEADER_CHAIN_AND_BIO_FORMS)
def test_header_chains_bylines_and_bios(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL105")) == expected


def test_author_bio_is_a_byline_kind() -> None:
    body = TEXT + "Ana Ruiz is a courts reporter for the Lakeside Echo.\n"
    (finding,) = lint_text(body, "NL105")
    assert finding.message.startswith("author bio line in the body: ")
    assert lint_text(body, "NL105", {"bylines": False}) == []


#: Wire routing lines, audio players' lengths and staff bylines with a numeric date
#: (written for these tests; after held-out batch I, none of its lines).
WIRE_AUDIO_AND_NUMERIC_FORMS = [
    pytest.param(
        "BC-Markets--Gold-Prices,3rd Ld-Writethru\n" + TEXT, [("NL105", 1, 1)], id="wire-slug"
    ),
    pytest.param("^BC-Weather--Heatwave^\n" + TEXT, [("NL105", 1, 1)], id="wire-slug-carets"),
    pytest.param("AP-Health--Flu-Season\n" + TEXT, [("NL105", 1, 1)], id="wire-slug-ap"),
    pytest.param(
        "PM-Ferry-Strike,Advisory\n" + TEXT, [("NL105", 1, 1)], id="wire-slug-version-note"
    ),
    pytest.param(
        "Eds: Updates with comment from the port authority.\n" + TEXT,
        [("NL105", 1, 1)],
        id="editors-note",
    ),
    pytest.param(
        "Listen to this story · 6 min\n" + TEXT, [("NL105", 1, 1)], id="listen-to-this-story"
    ),
    pytest.param(
        "Listen to the audio version of this article (4:30)\n" + TEXT,
        [("NL105", 1, 1)],
        id="listen-audio-version",
    ),
    pytest.param("Listen | 7 minutes\n" + TEXT, [("NL105", 1, 1)], id="listen-pipe"),
    pytest.param(
        "Ana Ruiz, Political Reporter | 12/03/2024\n" + TEXT,
        [("NL105", 1, 1)],
        id="staff-byline-slash-date",
    ),
    pytest.param(
        "Tom Hale, Correspondent · 2024-03-12\n" + TEXT,
        [("NL105", 1, 1)],
        id="staff-byline-iso-date",
    ),
    # near misses: sentences that start like a slug or an audio prompt, a name and a date
    pytest.param("AM-FM radio stations were told to close.\n", [], id="am-fm-sentence"),
    pytest.param("PM-designate Tom Hale arrived on Monday.\n", [], id="pm-designate"),
    pytest.param("BC-based firms hired 300 people.\n", [], id="bc-based"),
    pytest.param(TEXT + "AM-Fire-Service\n", [], id="hyphenated-name"),
    pytest.param("Ed: I think the harbour will reopen.\n", [], id="interview-ed"),
    pytest.param("Listen to this: 5 minutes of silence.\n", [], id="listen-to-this"),
    pytest.param("Listen to the story in five minutes, she said.\n", [], id="listen-sentence"),
    pytest.param(TEXT + "Listen to this article\n", [], id="listen-without-length"),
    pytest.param(TEXT + "Harbour Hall | 12/03/2024\n", [], id="place-numeric-date"),
    pytest.param(
        "Ana Ruiz, a reporter, said on 12/03/2024 that the port would reopen.\n",
        [],
        id="reporter-sentence",
    ),
]


@pytest.mark.parametrize(("body", "expected"), WIRE_AUDIO_AND_NUMERIC_FORMS)
def test_wire_slugs_audio_lengths_numeric_dates(
    body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert positions(lint_text(body, "NL105")) == expected


def test_wire_slug_kinds_and_bylines_option() -> None:
    body = "BC-Markets--Gold-Prices\nEds: Adds a quote.\nBy Ana Ruiz\n" + TEXT
    slug, note, _ = lint_text(body, "NL105")
    assert slug.message == "wire slug line in the body: 'BC-Markets--Gold-Prices'"
    assert note.message == "editors' note line in the body: 'Eds: Adds a quote.'"
    # a slug or an editors' note names no writer: still reported with bylines off
    assert positions(lint_text(body, "NL105", {"bylines": False})) == [
        ("NL105", 1, 1),
        ("NL105", 2, 1),
    ]


#: Stamp labels with "date", header lines joined by spaced slashes, labelled bylines, two
#: names and blog category labels in header lines, a category note after a posted-by stamp
#: (written for these tests; after held-out batch J, none of its lines).
LABELS_SLASHES_AND_CATEGORIES = [
    pytest.param("Date updated: 3 June 2021\n" + TEXT, [("NL105", 1, 1)], id="date-updated"),
    pytest.param(
        "Published date: Tuesday 4 May 2021\n" + TEXT, [("NL105", 1, 1)], id="published-date"
    ),
    pytest.param(
        "By Ana Ruiz / Politics / Date updated: 3 June 2021\n" + TEXT,
        [("NL105", 1, 1)],
        id="slash-chain-by",
    ),
    pytest.param(
        "Author: Ana Ruiz / 3 June 2021\n" + TEXT, [("NL105", 1, 1)], id="slash-chain-author"
    ),
    pytest.param(
        "Politics / Author: Ana Ruiz / 5 March 2024\n" + TEXT,
        [("NL105", 1, 1)],
        id="slash-chain-section-first",
    ),
    pytest.param(
        "Maria Lopez & Tom Hale • 4 June 2021 • Posted in Opinion\n" + TEXT,
        [("NL105", 1, 1)],
        id="two-names-date-category",
    ),
    pytest.param(
        "Posted in Politics | Ana Ruiz | June 3, 2021\n" + TEXT,
        [("NL105", 1, 1)],
        id="posted-in-chain",
    ),
    pytest.param(
        "Updated 4 June 2021 · Reporting: Tom Hale\n" + TEXT,
        [("NL105", 1, 1)],
        id="labelled-byline-chain",
    ),
    pytest.param(
        "Posted by admin | 2021-06-03 | Filed under Sport\n" + TEXT,
        [("NL105", 1, 1)],
        id="posted-by-categories",
    ),
    pytest.param(
        "Posted by Ana Ruiz on 2021-06-03 | Filed under Local News\n" + TEXT,
        [("NL105", 1, 1)],
        id="posted-by-pipe-category",
    ),
    # near misses: sentences that open with the same words, lines of other slashes
    pytest.param(TEXT + "Posted in Kabul, the letter urged calm.\n", [], id="posted-in-place"),
    pytest.param(
        TEXT + "Filed under seal, the documents stayed secret.\n", [], id="filed-under-seal"
    ),
    pytest.param(TEXT + "Price / Earnings / Dividend\n", [], id="slash-labels"),
    pytest.param(TEXT + "Harbour Hall / June 3, 2021 / 7:30pm\n", [], id="slash-listing"),
    pytest.param(
        TEXT + "Published date set for June 3, 2021, the council said\n", [], id="date-sentence"
    ),
    pytest.param(
        TEXT + "Written by Ana Ruiz on Monday, the letter was read aloud.\n",
        [],
        id="written-by-sentence",
    ),
    pytest.param(TEXT + "Author: Ana Ruiz / Illustrator: Tom Hale\n", [], id="credits-no-date"),
    pytest.param(
        TEXT + "Filed under Politics · 5 June 2021 · The council met\n", [], id="chain-sentence"
    ),
]


@pytest.mark.parametrize(("body", "expected"), LABELS_SLASHES_AND_CATEGORIES)
def test_date_labels_slash_chains_and_categories(
    body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert positions(lint_text(body, "NL105")) == expected


#: Issue and episode headers, a live blog's label and refresh stamp, picture credits beside a
#: byline, categories inside a posted stamp, a day written with a full stop and a clock word
#: of another language, a pictograph before a stamp, a breadcrumb ending in a date, a
#: biography with a question asking for tips (written for these tests; after held-out batch
#: K, none of its lines).
ISSUES_LIVE_BLOGS_AND_GLYPHS = [
    pytest.param(
        "Edition 31 — delivered to readers on Fri, June 4\n" + TEXT,
        [("NL105", 1, 1)],
        id="edition-sent",
    ),
    pytest.param(
        "Season 2, Episode 14 | 4 June 2021 | 52 min\n" + TEXT,
        [("NL105", 1, 1)],
        id="episode-date-length",
    ),
    pytest.param(
        "Live blog, Fri 4 June — last refreshed 09:12 EAT\n" + TEXT,
        [("NL105", 1, 1)],
        id="live-blog-refreshed",
    ),
    pytest.param(
        "Words by Ana Ruiz · Pictures by Tom Hale · 4 June 2021\n" + TEXT,
        [("NL105", 1, 1)],
        id="story-and-pictures-by",
    ),
    pytest.param(
        "Posted in Sport, Local on 04/06/2021 by Ana Ruiz\n" + TEXT,
        [("NL105", 1, 1)],
        id="posted-in-categories-on-date",
    ),
    pytest.param(
        "Posted on 4 June 2021 in Opinion by admin\n" + TEXT,
        [("NL105", 1, 1)],
        id="posted-on-date-in-category",
    ),
    pytest.param("14. juni 2021 kl. 09.12\n" + TEXT, [], id="month-of-another-language"),
    pytest.param("4. June 2021 klo 09.12\n" + TEXT, [("NL105", 1, 1)], id="day-full-stop-klo"),
    pytest.param(
        "⏱️ 6 min read · Updated June 4\n" + TEXT, [("NL105", 1, 1)], id="glyph-reading-time"
    ),
    pytest.param("📅 4 June 2021\n" + TEXT, [], id="glyph-bare-date"),
    pytest.param(
        "Home › Local › Friday, 4 June 2021\n" + TEXT, [("NL105", 1, 1)], id="dated-breadcrumb"
    ),
    pytest.param(
        TEXT + "Ana Ruiz covers courts and crime for the Lakeside Echo. Have a story idea? "
        "Message her on WhatsApp or call the desk any weekday morning.\n",
        [("NL105", 2, 1)],
        id="bio-with-tip-question",
    ),
    # near misses: sentences with the same words
    pytest.param(
        TEXT + "Issue 4 of the report was sent to members on Friday.\n", [], id="issue-of"
    ),
    pytest.param(TEXT + "Episode 3 — The storm\n", [], id="episode-title"),
    pytest.param(TEXT + "Live updates on the vote will follow.\n", [], id="live-updates-prose"),
    pytest.param(TEXT + "Live blog: Storm hits the coast\n", [], id="live-blog-title"),
    pytest.param(
        TEXT + "Posted in March 2021, the letter was ignored.\n", [], id="posted-in-month"
    ),
    pytest.param(
        TEXT + "The meeting on 4. June 2021 kl. 09.12 was cancelled.\n", [], id="dotted-day-prose"
    ),
    pytest.param(TEXT + "Story by Ana Ruiz • Photos by Tom Hale\n", [], id="credits-without-date"),
    pytest.param(
        TEXT + "Edition 12 — sent back to the printers on Monday\n", [], id="sent-back-prose"
    ),
    pytest.param(TEXT + "🕑 It was four o'clock.\n", [], id="glyph-sentence"),
    pytest.param(
        TEXT + "Ana Ruiz covers courts for the Lakeside Echo. Got a tip? She said she had none.\n",
        [],
        id="bio-then-sentence",
    ),
    pytest.param(
        TEXT + "Ana Ruiz is a lawyer who covers the costs of her clients in cases the courts "
        "refuse to fund, and she has done so for many years in the city.\n",
        [],
        id="long-is-sentence",
    ),
]


@pytest.mark.parametrize(("body", "expected"), ISSUES_LIVE_BLOGS_AND_GLYPHS)
def test_issues_live_blogs_and_glyphs(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL105")) == expected
