"""Unit tests of NL201 caption-fragment."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text, positions

LEDE = "The new bridge over the river opened to traffic on Monday, officials said.\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Image: iStock\n" + LEDE, [("NL201", 1, 1)], id="label-image"),
        pytest.param(LEDE + "Photo: Reuters\n", [("NL201", 2, 1)], id="label-photo"),
        pytest.param(
            "Photograph: Jane Doe/The Courier\n" + LEDE, [("NL201", 1, 1)], id="photograph"
        ),
        pytest.param("(AFP Photo)\n" + LEDE, [("NL201", 1, 1)], id="agency-photo-parens"),
        pytest.param("AP Photo/Evan Stone\n" + LEDE, [("NL201", 1, 1)], id="ap-photo-slash"),
        pytest.param(LEDE + "Getty Images\n", [("NL201", 2, 1)], id="brand-only"),
        pytest.param(LEDE + "Shutterstock\n", [("NL201", 2, 1)], id="shutterstock"),
        pytest.param("File photo\n" + LEDE, [("NL201", 1, 1)], id="file-photo"),
        pytest.param(
            "This undated image posted online Friday, June.\n" + LEDE,
            [("NL201", 1, 1)],
            id="undated-image-truncated",
        ),
        pytest.param(
            "In this Jan. 5, 2019, file photo, the mayor cuts a ribbon.\n" + LEDE,
            [("NL201", 1, 1)],
            id="in-this-file-photo",
        ),
        pytest.param(
            "FILE - The old bridge is seen in March.\n" + LEDE, [("NL201", 1, 1)], id="ap-file-dash"
        ),
        pytest.param(
            "This photo provided by the city shows the bridge.\n" + LEDE,
            [("NL201", 1, 1)],
            id="this-photo-provided",
        ),
        pytest.param(
            "Pictured: the mayor on the new bridge.\n" + LEDE, [("NL201", 1, 1)], id="pictured"
        ),
        pytest.param(LEDE + "Credit: Jane Doe\n", [("NL201", 2, 1)], id="credit"),
        pytest.param(LEDE + "(Photo by Jane Doe/AFP)\n", [("NL201", 2, 1)], id="photo-by"),
        pytest.param("Picture: Supplied\n" + LEDE, [("NL201", 1, 1)], id="picture"),
        pytest.param("Video: Traffic crosses the bridge\n" + LEDE, [("NL201", 1, 1)], id="video"),
        pytest.param(LEDE + "REUTERS/Jane Doe\n", [("NL201", 2, 1)], id="reuters-slash-name"),
        pytest.param(LEDE + "Jane Doe/AFP\n", [("NL201", 2, 1)], id="name-slash-agency"),
        pytest.param("[Photo]\n" + LEDE, [("NL201", 1, 1)], id="bracket-placeholder"),
        pytest.param(
            "Image copyright Getty Images\n" + LEDE, [("NL201", 1, 1)], id="image-copyright"
        ),
        pytest.param("  **Photo: Reuters**\n" + LEDE, [("NL201", 1, 1)], id="markdown-emphasis"),
        pytest.param(
            "The bridge links the two banks. Image: iStock\n" + LEDE,
            [("NL201", 1, 33)],
            id="glued-label-credit",
        ),
        pytest.param(
            LEDE + "Cars queued for hours, police said. (AFP Photo)\n",
            [("NL201", 2, 37)],
            id="glued-agency-photo",
        ),
        pytest.param(
            "The bridge links the two banks. REUTERS/Jane Doe\n" + LEDE,
            [("NL201", 1, 33)],
            id="glued-reuters-slash",
        ),
        pytest.param(
            "The bridge links the two banks.” Getty Images\n" + LEDE,
            [("NL201", 1, 34)],
            id="glued-after-quote",
        ),
    ],
)
def test_caption_fragment_fires(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL201")) == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("The photo, taken in 2015, shows the square.", id="reporting-about-photo"),
        pytest.param("Getty Images said it would appeal the ruling.", id="brand-as-subject"),
        pytest.param("She posted a picture online.", id="posted-picture"),
        pytest.param("In this photo essay, our reporter walks the old city.", id="photo-essay"),
        pytest.param("This photo shows the square.", id="this-photo-shows"),
        pytest.param("The agency sold the pictures to Getty Images.", id="brand-as-object"),
        pytest.param("File photos show the building before the fire.", id="file-photos-plural"),
        pytest.param("The US/EU trade talks resumed on Monday.", id="slash-in-prose"),
        pytest.param("He told AP/Reuters that he would stay.", id="agency-slash-in-prose"),
        pytest.param("Credit Suisse shares fell 3 per cent.", id="credit-suisse"),
        pytest.param("Credit card debt rose in March.", id="credit-card"),
        pytest.param("The picture: bleak.", id="the-picture-colon"),
        pytest.param("Reuters", id="agency-only-is-nl205"),
        pytest.param(
            "The bridge links the two banks. Video: Traffic crosses the bridge on its first "
            "morning as crowds watch from the banks",
            id="glued-credit-too-long",
        ),
    ],
)
def test_caption_fragment_quiet(line: str) -> None:
    assert positions(lint_text(LEDE + line + "\n", "NL201")) == []


def _apply(body: str) -> str:
    (finding,) = lint_text(body, "NL201")
    assert finding.fix is not None and finding.fix.safe
    return body[: finding.fix.start] + finding.fix.replacement + body[finding.fix.end :]


def test_fix_deletes_a_whole_caption_line() -> None:
    assert _apply("Image: iStock\n" + LEDE) == LEDE


def test_fix_removes_only_a_glued_credit() -> None:
    body = "The bridge links the two banks. Image: iStock\n" + LEDE
    assert _apply(body) == "The bridge links the two banks.\n" + LEDE


def test_glued_message_says_when_the_line_reads_like_a_caption() -> None:
    (caption,) = lint_text("The bridge links the two banks. Image: iStock\n", "NL201")
    assert "reads like a caption" in caption.message
    (said,) = lint_text("The bridge opened, the mayor said. Image: iStock\n", "NL201")
    assert "reads like a caption" not in said.message


def test_max_words_option() -> None:
    body = "Pictured: the mayor and two aides walk across the new bridge at dawn.\n"
    assert positions(lint_text(body, "NL201")) == [("NL201", 1, 1)]
    assert positions(lint_text(body, "NL201", {"max_words": 5})) == []


def test_max_credit_words_option() -> None:
    body = "The bridge links the two banks. Photo: Jane Doe for the City Courier\n"
    assert positions(lint_text(body, "NL201")) == [("NL201", 1, 33)]
    assert positions(lint_text(body, "NL201", {"max_credit_words": 3})) == []


def test_extra_phrases_option() -> None:
    body = "Bildquelle: Jane Doe\n" + LEDE
    assert positions(lint_text(body, "NL201")) == []
    assert positions(lint_text(body, "NL201", {"extra_phrases": ["Bildquelle:"]})) == [
        ("NL201", 1, 1)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Dockers wait outside the port gates on Monday. (EPA)\n" + LEDE,
            [("NL201", 1, 48)],
            id="caption-sentence-agency-in-brackets",
        ),
        pytest.param(
            "Mayor Ana Ruiz speaks to reporters. Photo / Tom Vance\n" + LEDE,
            [("NL201", 1, 37)],
            id="photo-slash-name",
        ),
        pytest.param(
            LEDE + "Photo courtesy of the harbour museum\n",
            [("NL201", 2, 1)],
            id="photo-courtesy-of",
        ),
        pytest.param(
            LEDE + "The minister said the talks would go on next week. (AFP)\n",
            [],
            id="agency-after-reporting-sentence",
        ),
        pytest.param(
            LEDE + "Talks resumed on Monday. Both sides were upbeat. (AFP)\n",
            [],
            id="agency-after-two-sentences",
        ),
        pytest.param(
            LEDE + "Photo courtesy of the museum was not requested, officials said.\n",
            [],
            id="photo-courtesy-in-a-sentence",
        ),
        pytest.param(LEDE + "He sent the photo/video to police.\n", [], id="photo-slash-in-text"),
    ],
)
def test_caption_fragment_new_forms(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL201")) == expected


#: Forms added after held-out batch F (written for these tests, not taken from the batch).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Archive picture\n" + LEDE, [("NL201", 1, 1)], id="archive-picture"),
        pytest.param(LEDE + "File footage.\n", [("NL201", 2, 1)], id="file-footage"),
        pytest.param(LEDE + "(Handout)\n", [("NL201", 2, 1)], id="handout-in-brackets"),
        pytest.param(LEDE + "(Library image)\n", [("NL201", 2, 1)], id="library-in-brackets"),
        pytest.param(
            "Crews clear the road at dawn. (Supplied)\n" + LEDE,
            [("NL201", 1, 31)],
            id="glued-source-note",
        ),
        pytest.param(LEDE + "KYODO/Tom Vance\n", [("NL201", 2, 1)], id="more-agencies"),
        pytest.param(
            LEDE + "Tom Vance/The Canadian Press\n", [("NL201", 2, 1)], id="name-slash-agency"
        ),
        pytest.param(
            LEDE + "THE HARBOUR TIMES/Tom Vance\n", [("NL201", 2, 1)], id="outlet-in-capitals"
        ),
        pytest.param(LEDE + "TikTok/@harbourcam\n", [("NL201", 2, 1)], id="platform-handle"),
        pytest.param(
            LEDE + "Screenshot: YouTube/Tom Vance\n", [("NL201", 2, 1)], id="platform-label"
        ),
        # near misses: the same words in reporting sentences and ordinary lines
        pytest.param(LEDE + "File footage showed the bridge swaying.\n", [], id="footage-prose"),
        pytest.param(LEDE + "Archive pictures are on show until May.\n", [], id="archive-prose"),
        pytest.param(LEDE + "(Supplied by the council, the figures were late.)\n", [], id="supp"),
        pytest.param(LEDE + "He said the photos were supplied by a neighbour.\n", [], id="said"),
        pytest.param(LEDE + "Facebook/Meta shares rose 4 per cent on Monday.\n", [], id="meta"),
        pytest.param(LEDE + "The UK/EU deal was signed.\n", [], id="caps-slash-prose"),
        pytest.param(
            LEDE + "The minister opened the road on Tuesday. (PTI)\n", [], id="wire-brief-nl205"
        ),
        pytest.param(LEDE + "Kyodo reported the quake first.\n", [], id="agency-subject"),
    ],
)
def test_caption_fragment_round_f_forms(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL201")) == expected


#: Forms added after held-out batch G (written for these tests, not taken from the batch).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(LEDE + "©SPORTSFILE/Tom Vance\n", [("NL201", 2, 1)], id="copyright-agency"),
        pytest.param(LEDE + "© Tom Vance/Getty Images\n", [("NL201", 2, 1)], id="copyright-name"),
        pytest.param(LEDE + "Photo © Tom Vance\n", [("NL201", 2, 1)], id="photo-copyright"),
        pytest.param(
            LEDE + "Tom Vance/The Lakeside Times\n", [("NL201", 2, 1)], id="name-slash-outlet"
        ),
        pytest.param(
            LEDE + "Screen grab from a video posted on social media\n",
            [("NL201", 2, 1)],
            id="screen-grab",
        ),
        pytest.param(LEDE + "Still image taken from video\n", [("NL201", 2, 1)], id="still"),
        pytest.param(LEDE + "Frame grab from CCTV footage\n", [("NL201", 2, 1)], id="frame-grab"),
        pytest.param(LEDE + "Screengrab: TikTok\n", [("NL201", 2, 1)], id="grab-label"),
        pytest.param(
            "Videographer: Tom Vance/Reuters\n" + LEDE, [("NL201", 1, 1)], id="videographer"
        ),
        pytest.param(LEDE + "Photographer: Tom Vance\n", [("NL201", 2, 1)], id="photographer"),
        pytest.param(LEDE + "IMAGE | SUPPLIED\n", [("NL201", 2, 1)], id="image-pipe-source"),
        pytest.param(LEDE + "Photo | Tom Vance\n", [("NL201", 2, 1)], id="photo-pipe-name"),
        pytest.param(LEDE + "HANDOUT | PHOTO\n", [("NL201", 2, 1)], id="source-pipe-photo"),
        pytest.param(
            LEDE + "Photo…Tom Vance for The Lakeside Times\n", [("NL201", 2, 1)], id="ellipsis"
        ),
        pytest.param(
            LEDE + "Photographs by Ana Ruiz | Hair and make-up by Tom Vance\n",
            [("NL201", 2, 1)],
            id="shoot-credits",
        ),
        pytest.param(LEDE + "Photography by Ana Ruiz\n", [("NL201", 2, 1)], id="photography-by"),
        pytest.param(
            "Crews clear the road at dawn. (Handout: Tom Vance)\n" + LEDE,
            [("NL201", 1, 31)],
            id="glued-source-and-name",
        ),
        pytest.param(
            "Crews clear the road at dawn. (RNZ News: Tom Vance)\n" + LEDE,
            [("NL201", 1, 31)],
            id="glued-outlet-and-name",
        ),
        pytest.param(LEDE + "Courtesy of the Vance family\n", [("NL201", 2, 1)], id="courtesy"),
        pytest.param(LEDE + "Pictured below: the old quay\n", [("NL201", 2, 1)], id="pictured"),
        pytest.param(LEDE + "Composite: Ana Ruiz; Getty\n", [("NL201", 2, 1)], id="composite"),
        # near misses: the same words in reporting sentences and ordinary lines
        pytest.param(
            LEDE + "A video grab from social media showed the fire spreading.\n", [], id="grab"
        ),
        pytest.param(LEDE + "Screenshots from the video were shared widely.\n", [], id="shots"),
        pytest.param(LEDE + "Images from Mars\n", [], id="images-from-heading"),
        pytest.param(
            LEDE + "Photography by drones is banned over the airport.\n", [], id="photography"
        ),
        pytest.param(
            LEDE + "Photography by Ana Ruiz, who died in 2019, is on show.\n", [], id="clause"
        ),
        pytest.param(LEDE + "Credit... where credit is due, the coach said.\n", [], id="credit"),
        pytest.param(LEDE + "New York/New Jersey\n", [], id="places-slash"),
        pytest.param(LEDE + "Ana Ruiz/Tom Vance\n", [], id="names-slash"),
        pytest.param(
            LEDE + "Photographer Ana Ruiz said the pictures were taken at dawn.\n", [], id="said"
        ),
        pytest.param(LEDE + "Photos | Video | Podcasts\n", [], id="navigation"),
        pytest.param(LEDE + "The vote was close. (UPDATE: Talks Resume)\n", [], id="update"),
        pytest.param(LEDE + "Courtesy costs nothing\n", [], id="courtesy-proverb"),
        pytest.param(
            LEDE + "Courtesy of the council, the bins were emptied.\n", [], id="courtesy-clause"
        ),
        pytest.param(LEDE + "Screen time rose during lockdown.\n", [], id="screen-time"),
    ],
)
def test_caption_fragment_round_g_forms(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL201")) == expected


#: Media embed titles, credits after a separator or in brackets after a caption's last word,
#: "special arrangement" sources (written for these tests; after held-out batch H, none of its
#: lines).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            LEDE + "WATCH: Crowds line the quay as the tall ship docks\n",
            [("NL201", 2, 1)],
            id="watch-title",
        ),
        pytest.param(
            LEDE + "IN PICTURES | The storm that shut the coast road\n",
            [("NL201", 2, 1)],
            id="in-pictures",
        ),
        pytest.param(LEDE + "LISTEN: The mayor on the budget\n", [("NL201", 2, 1)], id="listen"),
        pytest.param(
            LEDE + "Crowds line the quay as the ship docks (Video: Tom Vance)\n",
            [("NL201", 2, 40)],
            id="bracket-credit-after-word",
        ),
        pytest.param(
            "The quay at dawn on Tuesday. | Picture credit: Tom Vance\n" + LEDE,
            [("NL201", 1, 32)],
            id="pipe-photo-credit",
        ),
        pytest.param(
            "The quay at dawn on Tuesday – Image: Tom Vance/Reuters\n" + LEDE,
            [("NL201", 1, 31)],
            id="dash-image-credit",
        ),
        pytest.param(
            "The quay at dawn on Tuesday | Credit: REUTERS\n" + LEDE,
            [("NL201", 1, 31)],
            id="pipe-credit-agency",
        ),
        pytest.param(LEDE + "PHOTO | SPECIAL ARRANGEMENT\n", [("NL201", 2, 1)], id="pipe-special"),
        pytest.param(LEDE + "(By special arrangement)\n", [("NL201", 2, 1)], id="special-note"),
        # near misses: the same words in reporting sentences and fact lines
        pytest.param(LEDE + "WATCH this space, the minister said.\n", [], id="watch-sentence"),
        pytest.param(LEDE + "WATCH:\n", [], id="watch-alone"),
        pytest.param(LEDE + "He posted the clip online (video below).\n", [], id="video-below"),
        pytest.param(LEDE + "Inflation rose 3% (credit: Moody's)\n", [], id="credit-rating"),
        pytest.param(LEDE + "Tickets cost £10 - Credit: cards accepted\n", [], id="credit-card"),
        pytest.param(LEDE + "Tickets £10 | Credit: Cards accepted\n", [], id="credit-capital"),
        pytest.param(LEDE + "Sales rose in March - Bloomberg\n", [], id="dash-wire-name"),
        pytest.param(
            LEDE + "The deal was agreed by special arrangement with the council.\n", [], id="deal"
        ),
    ],
)
def test_caption_fragment_embeds_and_separated_credits(
    body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert positions(lint_text(body, "NL201")) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(LEDE + "PHOTO BY JANE DOE/HARBOUR HERALD\n", [("NL201", 2, 1)], id="by-slash"),
        pytest.param(
            LEDE + "Photo | Jane Doe / Lakeside Post\n", [("NL201", 2, 1)], id="pipe-name-outlet"
        ),
        pytest.param(
            LEDE + "John Roe scores against Kilkenny. Jane Doe/Sportsfile\n",
            [("NL201", 2, 35)],
            id="sports-agency",
        ),
        pytest.param(
            LEDE + "hide caption Jane Doe/Reuters\n", [("NL201", 2, 1)], id="caption-control"
        ),
        pytest.param(
            LEDE + "Lanterns float on the lake at dusk. Jane Doe | The Riverside Beacon\n",
            [("NL201", 2, 37)],
            id="name-pipe-outlet",
        ),
        pytest.param(
            LEDE + "Firefighters douse the blaze on Oak Street. (WXYZ Photo/Jane Doe)\n",
            [("NL201", 2, 45)],
            id="call-sign-photo",
        ),
        pytest.param(
            LEDE + "Buses wait at the depot on Ring Road. IMAGE | SUPPLIED\n",
            [("NL201", 2, 39)],
            id="glued-pipe-source",
        ),
        # near misses: the same words in reporting sentences
        pytest.param(
            LEDE + "The club sold the photo by Jane Doe to the museum, the curator said.\n",
            [],
            id="photo-by-sentence",
        ),
        pytest.param(
            LEDE + "He said the agency's photo/video unit was cut.\n", [], id="photo-slash"
        ),
        pytest.param(
            LEDE + "Fans cheered. Jane Doe | Ticket holders were told to wait.\n",
            [],
            id="pipe-sentence",
        ),
        pytest.param(LEDE + "The team drew. The Harbour Times | Sport\n", [], id="outlet-section"),
        pytest.param(
            LEDE + "Show caption contest winners were named on Friday.\n", [], id="caption-contest"
        ),
        pytest.param(
            LEDE + "She spent six years at Sportsfile, the agency, before joining us.\n",
            [],
            id="agency-in-prose",
        ),
    ],
)
def test_caption_fragment_outlet_and_source_credits(
    body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert positions(lint_text(body, "NL201")) == expected


#: Media glyphs before a caption, agency kinds and file notes after "<Name>/<agency>",
#: bracketed agency credits and usage restrictions, gallery counters, several photographers,
#: "(Courtesy of X)", "PHOTO | <Name>" and "© <Name>" glued to a caption (written for these
#: tests; after held-out batch J, none of its lines).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            LEDE + "► Footage: storm surge at the harbour wall\n",
            [("NL201", 2, 1)],
            id="play-glyph-label",
        ),
        pytest.param(LEDE + "📷 Photo: Tom Hale\n", [("NL201", 2, 1)], id="camera-glyph"),
        pytest.param(
            LEDE + "Maria Lopez/Xinhua Pictures, Pool\n", [("NL201", 2, 1)], id="kind-and-pool"
        ),
        pytest.param(LEDE + "Tom Hale/Reuters Pictures\n", [("NL201", 2, 1)], id="agency-kind"),
        pytest.param(
            LEDE + "[EPA Photo/Tom Hale] NO SALES\n", [("NL201", 2, 1)], id="bracketed-agency"
        ),
        pytest.param(
            LEDE + "REUTERS/Maria Lopez NO RESALES. NO ARCHIVES\n",
            [("NL201", 2, 1)],
            id="restrictions",
        ),
        pytest.param(
            LEDE + "Maria Lopez/AFP MANDATORY CREDIT\n", [("NL201", 2, 1)], id="mandatory-credit"
        ),
        pytest.param(LEDE + "Slide 5 of 9\n", [("NL201", 2, 1)], id="slide-counter"),
        pytest.param(LEDE + "Photo 2/7\n", [("NL201", 2, 1)], id="photo-counter"),
        pytest.param(
            LEDE + "7/20: Crowds on the pier for the regatta\n",
            [("NL201", 2, 1)],
            id="bare-counter-caption",
        ),
        pytest.param(
            LEDE + "Pictures by Maria Lopez & Tom Hale; hair and make-up by Ana Ruiz\n",
            [("NL201", 2, 1)],
            id="two-photographers",
        ),
        pytest.param(
            LEDE + "Volunteers clear the beach. (Courtesy of the Harbour Trust archive)\n",
            [("NL201", 2, 29)],
            id="glued-courtesy",
        ),
        pytest.param(
            LEDE + "Fishermen mend nets at the quay on Monday. Pic | Tom Hale\n",
            [("NL201", 2, 44)],
            id="glued-pipe-name",
        ),
        pytest.param(
            LEDE + "The pier was crowded for the regatta. © Maria Lopez\n",
            [("NL201", 2, 39)],
            id="glued-copyright-name",
        ),
        # near misses: the same words and shapes in reporting
        pytest.param(LEDE + "► The council will vote on Monday.\n", [], id="glyph-bullet"),
        pytest.param(
            LEDE + "Slide 3 of the presentation showed a drop in sales.\n", [], id="slide-of"
        ),
        pytest.param(LEDE + "Image 4 of 9 shows the damage.\n", [], id="counter-sentence"),
        pytest.param(
            LEDE + "The town was quiet. © Harbour Media Group\n", [], id="copyright-company"
        ),
        pytest.param(LEDE + "The brand was sold. © Maria Lopez 2019\n", [], id="copyright-year"),
        pytest.param(
            LEDE + "Photos by the river were banned, and officials said so.\n",
            [],
            id="photos-by-place",
        ),
        pytest.param(
            LEDE + "He thanked donors. (Courtesy of the bank, he said, the hall was lent for "
            "free to the club.)\n",
            [],
            id="courtesy-long",
        ),
        pytest.param(LEDE + "Sales rose 3 of 4 years, the firm said.\n", [], id="of-in-prose"),
    ],
)
def test_caption_fragment_glyphs_counters_and_restrictions(
    body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert positions(lint_text(body, "NL201")) == expected


#: A photographer and an agency in square brackets after a caption's last word, picture
#: labels of other languages and abbreviated ones, national agencies after a slash, "Photo
#: courtesy of <Name>" after a separator with a class year, an agency in brackets after
#: "Photo/<Name>"; tickers in brackets are not credits (written for these tests; after
#: held-out batch K and clean held-out set e, none of their lines).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            LEDE
            + "Fans cheer at the final whistle in the rain [Ana Ruiz/Harbour Sports Pictures]\n",
            [("NL201", 2, 45)],
            id="bracketed-photographer-agency",
        ),
        pytest.param(LEDE + "Foto: Ana Ruiz\n", [("NL201", 2, 1)], id="foto-label"),
        pytest.param(LEDE + "Kuva: Tom Hale / Lehtikuva\n", [("NL201", 2, 1)], id="kuva-label"),
        pytest.param(LEDE + "Fot. Ana Ruiz/MTI\n", [("NL201", 2, 1)], id="fot-abbreviation"),
        pytest.param(LEDE + "Tom Hale/ČTK\n", [("NL201", 2, 1)], id="national-agency"),
        pytest.param(
            LEDE + "Marchers cross the bridge on Friday. – Photo courtesy of Ana Ruiz '24\n",
            [("NL201", 2, 40)],
            id="courtesy-class-year",
        ),
        pytest.param(
            LEDE + "Pictures by Ana Ruiz '25\n", [("NL201", 2, 1)], id="pictures-by-class-year"
        ),
        pytest.param(LEDE + "Photo/Tom Hale (Kyodo)\n", [("NL201", 2, 1)], id="photo-slash-agency"),
        # near misses: tickers, brackets and the same words in reporting
        pytest.param(
            LEDE + "Shares in Harbour Mining Ltd. (ASX: HBM)\n", [], id="ticker-after-company"
        ),
        pytest.param(LEDE + "(NYSE: QRX)\n", [], id="ticker-line"),
        pytest.param(
            LEDE + "Lakeside Gold Corp. (TSXV: LGC; OTCQB: LKGDF)\n", [], id="two-tickers"
        ),
        pytest.param(
            LEDE + "Crowds gather at dawn. (EPA: Ana Ruiz)\n",
            [("NL201", 2, 24)],
            id="agency-photographer-still-a-credit",
        ),
        pytest.param(LEDE + "The court heard the claim [sic]\n", [], id="sic"),
        pytest.param(LEDE + "She cited the ruling [Section 12/2019]\n", [], id="bracketed-law"),
        pytest.param(LEDE + "The derby ended level [Arsenal/Chelsea]\n", [], id="one-word-names"),
        pytest.param(LEDE + "Pic. of the week\n", [], id="pic-of"),
        pytest.param(
            LEDE + "Imagen Television aired the debate on Monday.\n", [], id="imagen-sentence"
        ),
        pytest.param(
            LEDE + "He thanked the crew — photo courtesy of Ana Ruiz was a highlight\n",
            [],
            id="courtesy-mid-sentence",
        ),
    ],
)
def test_caption_fragment_brackets_labels_and_tickers(
    body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert positions(lint_text(body, "NL201")) == expected
