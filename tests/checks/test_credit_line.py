"""Unit tests of NL205 credit-line."""

from __future__ import annotations

import pytest

from newslint.finding import Severity
from tests.conftest import lint_text, positions

P = "The harbour will reopen on Monday, the port authority said.\n"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Agencies", id="agencies"),
        pytest.param("– Agence France-Presse", id="dash-agency"),
        pytest.param("— AP", id="em-dash-ap"),
        pytest.param("AP", id="bare-ap"),
        pytest.param("(AFP)", id="parenthesised"),
        pytest.param("With AFP", id="with-agency"),
        pytest.param("With AFP, Reuters", id="with-two-agencies"),
        pytest.param("AFP/Reuters", id="slash-agencies"),
        pytest.param("Staff and agencies", id="staff-and-agencies"),
        pytest.param("(Reporting by Jane Doe; Editing by John Roe)", id="reuters-credit"),
        pytest.param("Additional reporting by Jane Doe in Beirut", id="additional-reporting"),
        pytest.param("Compiled by John Roe", id="compiled-by"),
        pytest.param("Source: Reuters", id="source-agency"),
        pytest.param("Sources: AFP, Reuters", id="sources"),
        pytest.param("The Associated Press contributed to this report.", id="contributed"),
    ],
)
def test_credit_line_fires(line: str) -> None:
    findings = lint_text(P + line + "\n", "NL205")
    assert positions(findings) == [("NL205", 2, 1)]
    assert findings[0].severity is Severity.INFO
    assert "legitimate" in findings[0].message


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Agence France-Presse reported the talks would resume.", id="agency-subject"),
        pytest.param("Reuters said the talks would resume.", id="reuters-said"),
        pytest.param("The agencies did not comment.", id="agencies-in-prose"),
        pytest.param("With AFP reporters barred from the city, details were scarce.", id="with"),
        pytest.param(
            "Source: a senior official who asked not to be named because he was not authorised",
            id="source-long",
        ),
    ],
)
def test_credit_line_quiet(line: str) -> None:
    assert positions(lint_text(P + line + "\n", "NL205")) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Agencies\n" + P * 4, [], id="agency-line-far-from-end"),
        pytest.param(
            "(Reporting by Jane Doe; Editing by John Roe)\n" + P * 4,
            [("NL205", 1, 1)],
            id="reuters-credit-anywhere",
        ),
        pytest.param(
            P + "The port will reopen, he said. (Reporting by Jane Doe; Editing by John Roe)\n" + P,
            [("NL205", 2, 32)],
            id="reuters-credit-glued",
        ),
        pytest.param(
            P + "– Agence France-Presse\nLeave a comment\nYour email will not be published.\n",
            [("NL205", 2, 1)],
            id="credit-before-comment-form",
        ),
    ],
)
def test_credit_line_positions(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL205")) == expected


def test_fix_is_unsafe_and_removes_only_a_glued_credit() -> None:
    body = "The port will reopen, he said. (Reporting by Jane Doe)\n"
    (finding,) = lint_text(body, "NL205")
    assert finding.fix is not None and not finding.fix.safe
    fixed = body[: finding.fix.start] + finding.fix.replacement + body[finding.fix.end :]
    assert fixed == "The port will reopen, he said.\n"


def test_tail_lines_option() -> None:
    body = "Agencies\n" + P * 4
    assert positions(lint_text(body, "NL205")) == []
    assert positions(lint_text(body, "NL205", {"tail_lines": 5})) == [("NL205", 1, 1)]


def test_extra_phrases_option() -> None:
    body = P + "Kathimerini\n"
    assert positions(lint_text(body, "NL205")) == []
    expected = [("NL205", 2, 1)]
    assert positions(lint_text(body, "NL205", {"extra_phrases": ["Kathimerini"]})) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(P + "— With files from The Canadian Press\n", [("NL205", 2, 1)], id="files"),
        pytest.param(P + "With files from Reuters\n", [("NL205", 2, 1)], id="files-agency"),
        pytest.param(
            P + "With files from the inquiry, lawyers spent three years on the case.\n",
            [],
            id="files-in-a-sentence",
        ),
    ],
)
def test_with_files_from(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL205")) == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Staff and wire reports", id="staff-and-wire"),
        pytest.param("— From staff and news services", id="from-staff-and-services"),
        pytest.param("Reuters and staff", id="agency-and-staff"),
        pytest.param("Compiled from agency reports", id="compiled-from"),
        pytest.param("Adapted from Reuters and AFP", id="adapted-from-agencies"),
        pytest.param("Based on wire dispatches", id="based-on"),
        pytest.param("With additional reporting by Jane Doe", id="with-additional-reporting"),
        pytest.param("Additional reporting: Jane Doe and John Roe", id="reporting-label"),
        pytest.param("Editing: John Roe", id="editing-label"),
    ],
)
def test_credit_line_fires_on_staff_and_wire_forms(line: str) -> None:
    assert positions(lint_text(P + line + "\n", "NL205")) == [("NL205", 2, 1)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Staff", id="staff-alone"),
        pytest.param("The staff and wire reports were merged into one story.", id="staff-prose"),
        pytest.param("He said the account was compiled from wire reports.", id="compiled-prose"),
        pytest.param("Reporting: the hard part is over", id="reporting-colon-sentence"),
        pytest.param("Based on the figures, prices will rise.", id="based-on-prose"),
    ],
)
def test_credit_line_quiet_on_staff_and_wire_near_misses(line: str) -> None:
    assert lint_text(P + line + "\n", "NL205") == []


def test_with_additional_reporting_in_parentheses_anywhere() -> None:
    body = P + "The talks resume next week. (With additional reporting by Jane Doe)\n" + P * 4
    assert positions(lint_text(body, "NL205")) == [("NL205", 2, 29)]


#: Forms added after held-out batch F (written for these tests, not taken from the batch).
@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Reuters and AFP contributed.", id="agencies-contributed"),
        pytest.param("AFP contributed reporting", id="agency-contributed-reporting"),
        pytest.param("Material from Reuters and AFP was used.", id="material-was-used"),
        pytest.param("This story includes material from AFP.", id="story-includes-material"),
        pytest.param("Includes reporting from The Canadian Press", id="includes-reporting"),
        pytest.param("Information from Xinhua was used in the story.", id="information-used"),
        pytest.param("– Xinhua News Agency", id="agency-news-agency"),
        pytest.param("— Kyodo News Service", id="agency-news-service"),
        pytest.param("Ana Ruiz contributed reporting.", id="person-contributed"),
        pytest.param("Ana Ruiz contributed reporting from Eastwick and Lakeside.", id="places"),
        pytest.param(
            "Ana Ruiz in Eastwick and Tom Vance in Lakeside contributed research.",
            id="people-in-places",
        ),
    ],
)
def test_credit_line_fires_on_round_f_forms(line: str) -> None:
    assert positions(lint_text(P + line + "\n", "NL205")) == [("NL205", 2, 1)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Reuters contributed to a fund for the flood victims.", id="contributed-to"),
        pytest.param("AFP contributed photos of the storm, the museum said.", id="contributed-x"),
        pytest.param(
            "Material from Reuters was used in the court case, lawyers said.", id="material-prose"
        ),
        pytest.param("Information from residents was used in this report.", id="not-an-agency"),
        pytest.param("The report contains material from AFP archives.", id="archives"),
        pytest.param("Bloomberg News reported the deal on Friday.", id="agency-news-subject"),
        pytest.param(
            "Ana Ruiz contributed reporting to the inquiry, the panel said.", id="person-prose"
        ),
        pytest.param("Volunteers contributed reporting from the camps.", id="not-a-name"),
    ],
)
def test_credit_line_quiet_on_round_f_near_misses(line: str) -> None:
    assert lint_text(P + line + "\n", "NL205") == []


#: Forms added after held-out batch G (written for these tests, not taken from the batch).
@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "(This article was auto-generated from a syndicated feed and has not been edited by "
            "our staff.)",
            id="auto-generated-feed",
        ),
        pytest.param(
            "Only the headline of this story has been changed; the rest comes from a news "
            "agency feed.",
            id="headline-changed-agency-feed",
        ),
        pytest.param(
            "Disclaimer: This story is from a syndicated feed. Nothing but the headline has been "
            "altered.",
            id="disclaimer-two-sentences",
        ),
        pytest.param("(APP)", id="pakistan-agency"),
        pytest.param("(BSS)", id="bangladesh-agency"),
        pytest.param("— Lusa", id="portugal-agency"),
        pytest.param("- ABC News", id="broadcaster"),
        pytest.param("Inputs: PTI", id="inputs-label"),
        pytest.param("(Input from agencies)", id="input-from-agencies"),
        pytest.param("(Agency inputs)", id="agency-inputs"),
    ],
)
def test_credit_line_fires_on_round_g_forms(line: str) -> None:
    assert positions(lint_text(P + line + "\n", "NL205")) == [("NL205", 2, 1)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Police said the video came from a news agency feed that was edited.", id="said"
        ),
        pytest.param("The feed was changed last year.", id="feed-prose"),
        pytest.param(
            "The story was carried by a syndicated feed of the wire, she said.", id="carried-said"
        ),
        pytest.param("The app was changed after complaints.", id="app-word"),
        pytest.param("(NAN) reported the attack first.", id="agency-subject"),
        pytest.param("Inputs from farmers rose in May.", id="inputs-prose"),
    ],
)
def test_credit_line_quiet_on_round_g_near_misses(line: str) -> None:
    assert lint_text(P + line + "\n", "NL205") == []


#: Republication notes (written for these tests; after held-out batch H, none of its lines).
@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "This story was originally published by the Lakeside Echo, a nonprofit newsroom, and "
            "is shared under a content partnership.",
            id="originally-published-by",
        ),
        pytest.param("This article first appeared in the Eastwick Herald.", id="first-appeared"),
        pytest.param("A version of this story appeared on eastwick.example", id="a-version-of"),
        pytest.param(
            "This article is republished from Example News under a Creative Commons licence. "
            "Read the original article.",
            id="republished-from",
        ),
        pytest.param("(This piece was first published by Portside Weekly.)", id="bracketed"),
        pytest.param("Republished with permission from the Eastwick Herald.", id="with-permission"),
        pytest.param("Reprinted with the kind permission of Portside Weekly", id="reprinted"),
        pytest.param("Originally published in the Lakeside Echo on 3 March 2024.", id="bare"),
        pytest.param("This story is co-published with the Eastwick Herald.", id="co-published"),
    ],
)
def test_credit_line_fires_on_republication_notes(line: str) -> None:
    assert positions(lint_text(P + line + "\n", "NL205")) == [("NL205", 2, 1)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("First published in 1925, the novel sold slowly.", id="novel"),
        pytest.param("Originally published in The Times, the essay caused a stir.", id="essay"),
        pytest.param("The report was first published in the Lancet in 2019.", id="the-report"),
        pytest.param("This article was published on Monday.", id="published-on"),
        pytest.param(
            "This story was first reported by the Eastwick Herald, officials said.", id="said"
        ),
        pytest.param(
            "The photographs were reproduced with permission from the museum.", id="photographs"
        ),
        pytest.param("The story first appeared in a local paper on Tuesday.", id="the-story"),
        pytest.param("This story appeared to be a hoax.", id="appeared-to-be"),
    ],
)
def test_credit_line_quiet_on_republication_near_misses(line: str) -> None:
    assert lint_text(P + line + "\n", "NL205") == []


#: Partner and funder notes (written for these tests; after held-out batch I, none of its
#: lines).
@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "This story was produced in partnership with the Quay Herald.", id="in-partnership"
        ),
        pytest.param(
            "This article is published in collaboration with Bay News.", id="in-collaboration"
        ),
        pytest.param(
            "This story was reported in partnership with Portside Weekly.", id="reported-in"
        ),
        pytest.param("This reporting was supported by a grant from the Example Fund.", id="grant"),
        pytest.param(
            "This story was produced with support from the Example Foundation.", id="support"
        ),
        pytest.param(
            "This series is part of the Harbour Reporting Project, a collaboration between two "
            "newsrooms.",
            id="part-of-project",
        ),
        pytest.param(
            "This story is part of a collaboration between Bay News and the Quay Herald.",
            id="part-of-collaboration",
        ),
        pytest.param("Produced in association with Bay News", id="bare-participle"),
        pytest.param("(This piece was made possible by readers like you.)", id="bracketed"),
    ],
)
def test_credit_line_fires_on_partner_notes(line: str) -> None:
    assert positions(lint_text(P + line + "\n", "NL205")) == [("NL205", 2, 1)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "This project was produced in partnership with local schools.", id="this-project"
        ),
        pytest.param(
            "This report was produced in partnership with the World Bank, she said.", id="said"
        ),
        pytest.param("This investigation is part of a wider police operation.", id="operation"),
        pytest.param(
            "Produced in partnership with the BBC, the series drew five million viewers.",
            id="participle-clause",
        ),
        pytest.param("This post is part of our series on housing.", id="our-series"),
        pytest.param(
            "The series, produced in partnership with the BBC, airs on Monday.", id="mid-sentence"
        ),
        pytest.param("The museum was funded by a grant from the council.", id="museum-funded"),
    ],
)
def test_credit_line_quiet_on_partner_near_misses(line: str) -> None:
    assert lint_text(P + line + "\n", "NL205") == []


#: An agency and its writer after a dash or in brackets, syndicates that distribute the
#: story (written for these tests; after held-out batch J, none of its lines).
@pytest.mark.parametrize(
    "line",
    [
        pytest.param("[Reuters/Maria Lopez]", id="bracketed-agency-writer"),
        pytest.param("(AFP/jd)", id="bracketed-agency-initials"),
        pytest.param("-- ANI/ab/sd", id="double-hyphen-initials"),
        pytest.param("Supplied through Harbourline Features Agency.", id="features-agency"),
        pytest.param("Syndicated by Example News Service", id="news-service"),
        pytest.param("Syndicated via Reuters", id="syndicated-agency"),
    ],
)
def test_credit_line_fires_on_agency_writers_and_syndicates(line: str) -> None:
    assert positions(lint_text(P + line + "\n", "NL205")) == [("NL205", 2, 1)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Distributed by volunteers at the town hall.", id="volunteers"),
        pytest.param(
            "Distributed by the Red Cross, the parcels reached 400 families.", id="red-cross"
        ),
        pytest.param("Distributed by Vertigo Films", id="film-distributor"),
        pytest.param("Distributed by Altitude Media.", id="media-distributor"),
        pytest.param("The leaflets were distributed by Harbour News Service.", id="sentence"),
        pytest.param("REUTERS/Tom Hale", id="photo-credit-without-dash"),
        pytest.param("— AFP/Getty Images photographers were there.", id="dash-sentence"),
    ],
)
def test_credit_line_quiet_on_agency_writer_and_syndicate_near_misses(line: str) -> None:
    assert lint_text(P + line + "\n", "NL205") == []


#: A translator's credit with the source language, a press release's "SOURCE" line and its
#: end mark, a note on the writer's reporting fellowship or the programme that funds the beat
#: (written for these tests; after held-out batch K, none of its lines).
@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Translated from the Portuguese by Ana Ruiz.", id="translated-from-the"),
        pytest.param("Translated from Arabic into English by Tom Hale", id="translated-into"),
        pytest.param("English translation by Ana Ruiz", id="english-translation-by"),
        pytest.param("SOURCE Harbourline Freight Ltd.", id="source-issuer"),
        pytest.param("-ENDS-", id="ends-dashes"),
        pytest.param("ENDS", id="ends"),
        pytest.param("- 30 -", id="thirty"),
        pytest.param("# # #", id="hashes"),
        pytest.param(
            "Ana Ruiz is a corps member with the Coastal News Fellowship, which sends reporters "
            "to small towns for two years.",
            id="corps-member",
        ),
        pytest.param(
            "Tom Hale is a data journalism fellow at the Lakeside Echo.", id="journalism-fellow"
        ),
        pytest.param(
            "Ana Ruiz is a fellow with the Valley Reporting Fellowship.", id="fellowship-programme"
        ),
        pytest.param(
            "Tom Hale’s reporting is funded in part by the Lakeside Local News Initiative.",
            id="funded-beat",
        ),
    ],
)
def test_credit_line_fires_on_translators_releases_and_fellows(line: str) -> None:
    assert positions(lint_text(P + line + "\n", "NL205")) == [("NL205", 2, 1)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Translated from the Spanish by a team of volunteers, the novel sold well.",
            id="translated-sentence",
        ),
        pytest.param("SOURCE CODE", id="source-capitals"),
        pytest.param("The source of the leak was never found.", id="source-sentence"),
        pytest.param("Ends", id="ends-word"),
        pytest.param("THE END", id="the-end"),
        pytest.param("30", id="bare-thirty"),
        pytest.param(
            "Ana Ruiz is a research fellow at the Institute for the Study of Journalism.",
            id="source-title",
        ),
        pytest.param("Tom Hale is a fellow of the Royal Society of Literature.", id="fellow-of"),
        pytest.param("Ana Ruiz's work is funded by the Arts Council.", id="artist-funded"),
        pytest.param(
            "Tom Hale was a reporting fellow at the paper before he joined the council in 2019.",
            id="past-fellow",
        ),
        pytest.param(
            "Ana Ruiz is a corps member with the Harbour Conservation Corps.", id="other-corps"
        ),
        pytest.param("Ana Ruiz is a reporting fellow at the paper, she said.", id="fellow-said"),
    ],
)
def test_credit_line_quiet_on_translator_release_and_fellow_near_misses(line: str) -> None:
    assert lint_text(P + line + "\n", "NL205") == []


def test_end_mark_message() -> None:
    findings = lint_text(P + "/ENDS\n", "NL205")
    assert positions(findings) == [("NL205", 2, 1)]
    assert findings[0].message.startswith("end mark '/ENDS' of a press release")
