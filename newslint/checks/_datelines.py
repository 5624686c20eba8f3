"""Wire datelines at the start of a line: well-formed ("DAMASCUS, April 19 (Reuters) -")
and malformed ("Damascus April 19 Reuters"). Used by NL102 and for the article date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newslint.checks._date_parse import (
    MONTH,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    YEAR,
    find_dates,
    split_words,
)
from newslint.checks._place_names import PLACE_NAMES

_UP = "A-ZÀ-ÖØ-Þ"
_CAPS_WORD = rf"[{_UP}](?:[{_UP}'’.\-]*[{_UP}.])?"
_CITY_CAPS = rf"(?:{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}})"
_TITLE_WORD = rf"[{_UP}][a-zà-öø-ÿ'’.\-]+"
#: Lower-case particles inside Title-case place names ("Port-au-Prince", "Rio de Janeiro",
#: "Dar es Salaam", "Stratford-upon-Avon", "Coeur d'Alene").
_PARTICLE = (
    r"(?:de|da|do|dos|das|du|des|del|della|di|la|le|les|au|aux|es|el|al|upon|on|sur|am|im"
    r"|der|den|van|von)"
)
_CITY_TITLE = rf"(?:{_TITLE_WORD}(?:[\s-](?:{_PARTICLE}[\s-])*(?:d['’])?{_TITLE_WORD}){{0,2}})"
_REGION_WORD = rf"[{_UP}][\w.'’\-]*"
#: Lower-case words inside region names: "Isle of Lewis", "Trinidad and Tobago", "Republic
#: of the Congo", "Mato Grosso do Sul"; one of them in a region ("Friends of the Earth and
#: Oxfam" is a list of names).
_REGION_GLUE = rf"(?:of(?:\s+the)?|and|{_PARTICLE})"
_REGION = (
    rf"(?:{_REGION_WORD}(?:\s+{_REGION_WORD}){{0,2}}"
    rf"|{_REGION_WORD}(?:\s+{_REGION_WORD})?\s+{_REGION_GLUE}\s+{_REGION_WORD}"
    rf"|{_REGION_WORD}\s+{_REGION_GLUE}\s+{_REGION_WORD}\s+{_REGION_WORD})"
)
#: A day of the month; unlike ``DAY`` a colon may follow ("CHENNAI, NOV 5: ..."), not a
#: clock time ("5:30").
_DL_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)(?!:\d)"
_DL_DATE = rf"(?:{MONTH}\s+{_DL_DAY}(?:,?\s+{YEAR})?|{_DL_DAY}\s+{MONTH}(?:,?\s+{YEAR})?)"
_AGENCY = r"\(\s*[A-Za-z][\w .&/'’-]{0,40}?\s*\)"
#: A full stop between a bracketed agency and a hyphen, the Spanish EFE style: "Quito, 4 feb
#: (EFE).- ..." (never a full stop alone: "(EFE). The ..." is no dash).
_AGENCY_STOP = r"(?:\.(?=-))?"
#: Press-release and TASS agencies between slashes: "/PRNewswire/", "/TASS/", "/CNW/".
_SLASH_AGENCY = r"/\s*[A-Za-z][\w .&'’-]{0,40}?\s*/"
#: "--", em and en dashes, a hyphen; and " _ ", the dash of plain-text AP wire copy.
_DASH = r"(?:\s*(?:--|—|–)|\s+-|-(?=\s)|\s+_(?=\s))"
_LEAD = r"^\s*[*_]*"
#: Caps words that open headlines or labels, not places ("EXCLUSIVE-", "UPDATE 2 -").
_NOT_CITIES = frozenset(
    split_words(
        "UPDATE UPDATED BREAKING EXCLUSIVE ANALYSIS OPINION WATCH LIVE VIDEO PHOTOS EDITORIAL "
        "COMMENTARY FACTBOX EXPLAINER REVIEW INTERVIEW CORRECTED CORRECTION URGENT FLASH ALERT "
        "NOTE EDITOR'S TIMELINE Q&A WARNING FILE PHOTO SOURCE READ LISTEN SEE"
    )
)
_DATELINE_STRICT = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_CAPS})[*_]*(?:,\s*(?P<region>{_REGION}))?"
    rf"(?:,\s*(?P<date>{_DL_DATE}))?\s*(?:(?P<agency>{_AGENCY}){_AGENCY_STOP})?(?:{_DASH}|\s*:\s)"
)
_DATELINE_TITLE = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_TITLE})(?:,\s*(?P<region>{_REGION}))?"
    rf"(?:,\s*(?P<date>{_DL_DATE}))?\s*(?P<agency>{_AGENCY}){_AGENCY_STOP}(?:{_DASH}|\s*:\s)"
)  # a colon after the agency too: "Mumbai, March 3 (PTI): " (Indian wire style)
#: Any short date before a wire agency: "BERLIN, 4. April (dpa) -", "PARIS, 4 avril (AFP) -".
_DATELINE_AGENCY = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_CAPS}|{_CITY_TITLE}),\s*(?P<date>[^()\n,]{{1,25}}?)"
    rf"\s*(?P<agency>{_AGENCY}){_AGENCY_STOP}{_DASH}"
)
#: Where the text starts after a dateline without a dash: a capital, a digit or a quote.
_TEXT_START = r"(?=[“\"‘'0-9" + _UP + r"])"
#: An agency in brackets and no dash before the text (IANS and PTI style): "MUMBAI, Jan 12
#: (IANS) The ...", "Kolkata, Mar 2 (PTI) The ..."; a date or a known agency is needed.
_DATELINE_NO_DASH = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_CAPS}|{_CITY_TITLE})(?:,\s*(?P<region>{_REGION}))?"
    rf"(?:,\s*(?P<date>{_DL_DATE}))?\s*(?P<agency>{_AGENCY})\s+{_TEXT_START}"
)
#: Press releases and TASS: "SAN FRANCISCO, April 2, 2024 /PRNewswire/ --", "MOSCOW,
#: November 20. /TASS/. ..."; with a date, a long place of a state and a country (release
#: wires that print both): "AUSTIN, TX, UNITED STATES, May 5, 2025 /Example Wire/ --".
_DATELINE_SLASH = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_CAPS}|{_CITY_TITLE})(?:,\s*(?P<region>{_REGION}))?"
    rf"(?:,\s*(?P<region2>{_REGION}))?"
    rf"(?:,\s*(?P<date>{_DL_DATE}))?\.?\s*(?P<agency>{_SLASH_AGENCY})"
    rf"(?:{_DASH}|\s*:\s|\.?\s+{_TEXT_START})"
)
#: Title-case datelines without an agency, and pipes after the place: "Columbus, Ohio — ...",
#: "Wellington, 4 June: ...", "Lagos, Nigeria | ...", "Dubai: ...", "Cork – ..."; a sentence
#: must follow (a capital or digit first, lower-case words soon: not a header "World | Jane
#: Doe").
_DATELINE_PLAIN = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_CAPS}|{_CITY_TITLE})(?:,\s*(?P<region>{_REGION}))?"
    rf"(?:,\s*(?P<date>{_DL_DATE}))?(?P<sep>{_DASH}|\s*:|\s+\|)\s+"
    rf"(?P<text>[“\"‘']?[0-9{_UP}][^\n]*)"
)
#: No place, only an agency in brackets (with a date before it) and a dash: "Aug. 14 (UPI)
#: -- ...", "(CNN) — ..."; a known agency, or a date and a capitalised agency ("June 2
#: (Tribune News Service) —"), then the text.
_DATELINE_AGENCY_ONLY = re.compile(
    rf"{_LEAD}(?:(?P<date>{_DL_DATE}),?\s*)?(?P<agency>{_AGENCY}){_AGENCY_STOP}{_DASH}"
    rf"\s*{_TEXT_START}"
)
#: An agency's abbreviation in capitals, unbracketed, after the date (a comma or not), then a
#: dash and the text (Caribbean, Ghanaian, Nigerian, Bangladeshi, Australian wires):
#: "BRIDGETOWN, Barbados, Jan 9, CMC – ...", "Ho, May 21, GNA - ...", "HOBART, Oct 3 AAP -
#: ..."; not "PARIS, Jan 9, NATO said ..." or "PARIS, Jan 9 NATO said ...".
_DATELINE_BARE_AGENCY = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_CAPS}|{_CITY_TITLE})(?:,\s*(?P<region>{_REGION}))?"
    rf",\s*(?P<date>{_DL_DATE})(?:,\s*|\s+)(?P<agency>[{_UP}]{{2,8}}){_DASH}\s*{_TEXT_START}"
)
#: Two or three cities joined by a slash (stories filed from several places), in capitals or
#: Title case, then a date or an agency (bracketed, or an abbreviation in capitals after the
#: date) and a dash, a colon or, after a bracketed agency, the text: "LIMA/LA PAZ, March 11
#: (Reuters) - ...", "Brussels/Berlin/Warsaw, June 2 (AFP) - ", "NEW YORK/LONDON (Reuters)
#: — ..."; not "US/EU — ..." (``_cities_ok``). Tried only on a line with a slash.
_DATELINE_CITIES = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_CAPS}(?:\s?/\s?{_CITY_CAPS}){{1,2}}"
    rf"|{_CITY_TITLE}(?:\s?/\s?{_CITY_TITLE}){{1,2}})[*_]*(?:,\s*(?P<date>{_DL_DATE}))?"
    rf"(?:\s*(?P<agency>{_AGENCY})|(?:,\s*|\s+)[{_UP}]{{2,8}}(?={_DASH}))?"
    rf"(?:{_DASH}|\s*:\s|(?<=\))\s+(?={_TEXT_START}))[*_]*\s*{_TEXT_START}"
)
#: A region in brackets and a country in square brackets after the city, then a date and an
#: agency (ANI style): "Srinagar (Jammu and Kashmir) [India], March 8 (ANI): ...".
_DATELINE_BRACKETED = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_CAPS}|{_CITY_TITLE})"
    rf"(?:\s*\(\s*(?P<region>{_REGION})\s*\))?(?:\s*\[\s*(?P<country>{_REGION})\s*\])?"
    rf",\s*(?P<date>{_DL_DATE})\s*(?P<agency>{_AGENCY})"
    rf"(?:{_AGENCY_STOP}{_DASH}|\s*:\s|\s+{_TEXT_START})"
)
#: A full stop after the city before the date and a bracketed agency (Interfax style):
#: "KHARKIV. March 9 (Interfax-Ukraine) - ...", "Omsk. 4 May (Interfax) - ...".
_DATELINE_STOP_DATE = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_CAPS}|{_CITY_TITLE})\.\s+(?P<date>{_DL_DATE})\s*"
    rf"(?P<agency>{_AGENCY}){_AGENCY_STOP}(?:{_DASH}|\s*:\s)"
)
#: An agency's abbreviation joined to the city by a hyphen, a country in brackets, a dash
#: (the African APA style): "APA-Bamako (Mali) – ...", "XYZ-LOME (Togo) — ...". The text
#: must be a sentence (``_agency_prefix_ok``).
_DATELINE_AGENCY_PREFIX = re.compile(
    rf"{_LEAD}(?P<agency>[{_UP}]{{3,6}})-(?P<city>{_CITY_TITLE}|{_CITY_CAPS})"
    rf"\s*\(\s*(?P<region>{_REGION})\s*\)(?P<sep>{_DASH})\s*(?P<text>[“\"‘']?[0-9{_UP}][^\n]*)"
)
#: A date with its year first, then the place between two dashes (government releases):
#: "May 5, 2025 – Whitehorse, Yukon – ...", "12 March 2024 — GALWAY — ...". The text must be
#: a sentence (``_date_first_ok``).
_DATELINE_DATE_FIRST = re.compile(
    rf"{_LEAD}(?P<date>{MONTH}\s+{_DL_DAY},?\s+{YEAR}|{_DL_DAY}\s+{MONTH},?\s+{YEAR}){_DASH}"
    rf"\s*(?P<city>{_CITY_CAPS}|{_CITY_TITLE})(?:,\s*(?P<region>{_REGION}))?"
    rf"(?P<sep>{_DASH})\s+(?P<text>[“\"‘']?[0-9{_UP}][^\n]*)"
)
#: The place and a full stop, then the text (the East African style): "Entebbe. The
#: airport authority said ...", "MOMBASA. Port workers ...". Judged by ``_stop_ok``: a
#: known place or a place in capitals, and a lede sentence after it that does not point back
#: at the place ("Paris. It was ...", "Lisbon. The city is ...": a feature's lede).
_DATELINE_STOP = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_CAPS}|{_CITY_TITLE})(?P<sep>\.)\s+"
    rf"(?P<text>[“\"‘']?[0-9{_UP}][^\n]*)"
)
AGENCIES = (
    "Reuters|AP|AFP|UPI|Xinhua|dpa|DPA|ANSA|EFE|Bernama|IANS|PTI|ANI|Anadolu|TASS|Kyodo|"
    "Yonhap|IRNA|SANA|WAM|KUNA|SPA|Bloomberg|CNN|Agencies|AA"
)
_AGENCY_WORD = rf"(?:\(\s*(?:{AGENCIES})\s*\)|\b(?:{AGENCIES})\b)"
_KNOWN_AGENCY = re.compile(rf"\(\s*(?:{AGENCIES})\s*\)")
_DATELINE_LOOSE = re.compile(
    rf"{_LEAD}(?P<city>[A-Za-zÀ-ÿ][\w'’.\-]*(?:\s+[{_UP}][\w'’.\-]*){{0,2}}?)(?P<comma>\s*,)?\s*"
    rf"(?:(?P<date>{_DL_DATE})(?:\s*,)?\s*(?P<agency>{_AGENCY_WORD})?|(?P<agency2>{_AGENCY_WORD}))"
    rf"(?P<dash>{_DASH}|\s*:\s)?"
)
#: Words that open sentences, not datelines ("On April 19, ...", "Meanwhile — ...").
_NOT_CITY_WORDS = frozenset(
    split_words(
        "On In At By Since Until From Before After During Through Between Last Next This That "
        "The A An Early Late As And But So Yet Still Now Then Today Yesterday Tonight Meanwhile "
        "However Also Instead Indeed Overall Finally First Second Again Earlier Later "
        "Starting Beginning Officials Sources Police He She They We It There Here"
    )
    + WEEKDAY_NAMES
    + MONTH_NAMES
)
#: First words of labels, kickers, salutations and sentence subjects that a colon, a dash or
#: a pipe follows at the start of a paragraph, never places (compared in capitals): "Update:
#: ...", "Editor's note: ...", "Sir – ...", "Residents — ...". Only the Title-case forms
#: without an agency need them (a caps "WATCH —" is in ``_NOT_CITIES``).
_LABEL_WORDS = frozenset(
    w.upper()
    for w in split_words(
        "Update Updated Note Notes Editor Editor's Editors Dear Sir Madam Summary Background "
        "Context Disclaimer Transcript Question Answer Key Verdict Rating Recipe Spoiler "
        "Trigger Content Plus Related Latest Comment Column Letters Letter Obituary Fact "
        "Sponsored Advertisement Partner Photo Photos Image Images Picture Caption Credit "
        "Pictured Video Source Sources Published Posted Filed Date Dateline Location Where When "
        "What Who Why How Venue Tickets Price Prices Time Times Result Results Score Final Status "
        "Topic Topics Tags Category Section Author Authors Reporter Words Text Story Headline "
        "Lead Bottom Quick Breaking Developing Just Special Report Feature Profile Preview "
        "Recap Roundup Brief Briefing News Opinion Editorial Guest Viewpoint Perspective Essay "
        "Advice Tip Tips Warning Alert Notice Announcement Statement Minutes Agenda Item Chapter "
        "Part Episode Scene Act Step Day Week Round Half Quarter Exclusive Analysis Review "
        "Interview Explainer Factbox Timeline Watch Listen Read See Live Correction Clarification "
        "Residents Witnesses Authorities Experts Analysts Critics Scientists Researchers "
        "Doctors Teachers Parents Students Workers People Voters Officers Investigators "
        "Prosecutors Lawmakers Ministers Leaders Citizens Protesters Fans Supporters Others "
        "Everyone Nobody Someone Some Many Most All Every Each No Not Yes I You His Her Their Our "
        "My Its Mr Mrs Ms Dr Prof Rev Sen Rep Gov President Minister Judge Chief Meanwhile "
        # section names of page headers ("Politics, Health | Jane Doe ...")
        "World Politics Business Health Sport Sports Tech Technology Science Culture Arts "
        "Entertainment Lifestyle Travel Local National International Regional Environment "
        "Climate Education Features Money Markets Economy Style Food Weather Crime Courts "
        # kickers and section names of Indian and other sites before a pipe ("Explained |
        # ...", "Cricket | ...")
        "Explained Explainer Cricket Football Soccer Tennis Hockey Golf Rugby Athletics "
        "Motorsport Boxing Chess Badminton Kabaddi Olympics Elections Election Budget "
        "Trending Viral Bollywood Hollywood Movies Cinema Music Books Television Gaming Auto "
        "Autos Property Realty Jobs Careers Wellness Fitness Videos Podcast Podcasts "
        "Obituaries Fashion Beauty Horoscope Astrology Religion Faith Traffic Transport "
        "Agriculture Energy Startups Companies Industry Banking Finance Insurance Investing "
        "Tax Crypto Defence Defense Security Law Legal Justice Governance Polity Nation"
    )
)
#: First words of a role or an organisation "of" something, never of a region: "Donald
#: Macleod, Chair of the Trust — ...", "Oxfam, Friends of the Earth — ..." (compared in
#: capitals; labels, sections and titles of ``_LABEL_WORDS`` too).
_NOT_REGION_HEADS = _LABEL_WORDS | frozenset(
    w.upper()
    for w in split_words(
        "Head Heads Director Directors Secretary Chair Chairman Chairwoman Chairperson Leader "
        "Member Members Friends Friend Spokesman Spokeswoman Spokesperson Governor Mayor "
        "Councillor Councilor Deputy Vice Manager Owner Founder Captain Coach Editor Dean "
        "Ministry Department Office University College School Bank Board Council Committee "
        "Union Association Federation Society Institute Chamber Court House Party Church "
        "Museum Trust Foundation Company Group Club League Team Army Navy Police Bureau Agency "
        "Commission Authority Service Centre Center Hospital Fund Campaign Coalition Alliance"
    )
)
_NAME_GLUE = frozenset(split_words("and or by of the de da van von bin al el"))
#: Lower-case verbs that make the text after "City |" a sentence: auxiliaries and the common
#: irregular verbs of news copy (regular past tenses end in "-ed").
_VERBS = frozenset(
    split_words(
        "is are was were be been has have had will would can could may might must shall should "
        "do does did said says took takes beat beats won wins lost loses made makes got gets "
        "gave gives went goes came comes saw sees told tells left leaves met meets hit hits "
        "fell falls rose rises led leads set sets held holds kept keeps paid pays sold sells "
        "built builds brought brings began begins found finds ran runs struck strikes spent "
        "spends stood stands sent sends sought seeks shut shuts cut cuts put puts drew draws "
        "chose chooses became becomes grew grows fought fights knew knows thought thinks "
        "wants plans hopes expects faces warns urges calls asks needs looks remains"
    )
)
#: First words of a sentence after "Place." that point back at the place or open no lede
#: ("Paris. It was ...", "Harare. That is where ...", "Lisbon. And then ..."): the place is
#: a feature's one-word opening, not a dateline.
_BACK_WORDS = frozenset(
    split_words(
        "It It's It’s Its This That These Those There Here Such He She They We I You His Her "
        "Their Our My Your And But Or So Yet Nor Then Once Now Where When Why How What Who "
        "Whose Which Yes No Not Never Always Again Even Only Just Welcome Oh Ah"
    )
    + WEEKDAY_NAMES
    + MONTH_NAMES
)
#: Nouns for a place: "The city" after "Place." points back at it when a verb or a
#: possessive follows ("Lisbon. The city is ...", "The town's ..."), not in a compound ("The
#: city council voted ...").
_PLACE_NOUNS = frozenset(
    split_words(
        "city town capital village country nation island port place region state province "
        "metropolis megacity district suburb neighbourhood neighborhood settlement county "
        "municipality"
    )
)
#: Lower-case words after "The city" that make it the subject pointing back (besides the
#: verbs of ``_VERBS`` and "-ed" forms): "The city of seven hills", "The town now ...".
_BACK_NEXT = frozenset(
    split_words(
        "of itself that which where whose who now still once also already never always "
        "sits lies stands boasts hosts feels seems lives sleeps wakes known famous"
    )
)
#: A word of three letters or more and a full stop inside a place ("Paris. London"), not an
#: abbreviation ("St. Louis").
_WORD_STOP = re.compile(r"\w{3}\.\s")
_ROMAN = re.compile(r"[IVXLCDM]+")
#: A sentence end: a terminal mark (a closing quote or bracket may follow), then a space or
#: the end of the line.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?:\s|$)")


#: A place written in lower case before a dash: "singapore — ...", "new york – ..." (before a
#: colon it is more often a label: "note: ...").
_LOWER_PLACE = re.compile(
    r"^\s*[*_]*(?P<city>[a-zà-öø-ÿ][a-zà-öø-ÿ'’.\-]*(?:\s+[a-zà-öø-ÿ][a-zà-öø-ÿ'’.\-]*){0,2})"
    r"(?=\s*(?:—|–|--)|\s+[-_]\s)"
)
_PARTICLES = re.compile(_PARTICLE)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at the start of a line; offsets into the searched string."""

    start: int
    end: int
    text: str
    month: int | None = None
    day: int | None = None
    year: int | None = None


def _is_place(city: str, *, title_only: bool = False) -> bool:
    """Can ``city`` (the words before the comma or separator) be a place? Not a headline tag
    and two letters at least; a Title-case city (or any, with ``title_only``) is not a label,
    a salutation or a sentence opener either."""
    first = city.split()[0].strip("*_")
    if first.upper() in _NOT_CITIES or sum(c.isalpha() for c in city) < 2:
        return False
    if title_only or city != city.upper():
        return first not in _NOT_CITY_WORDS and first.upper() not in _LABEL_WORDS
    return True


def _cities_ok(m: re.Match[str]) -> bool:
    """The checks of two or three cities joined by a slash (``_DATELINE_CITIES``): each a
    place, and a date or a bracketed agency after them (an unbracketed one only after a
    date)."""
    if not (m["date"] or m["agency"]):
        return False
    return all(_is_place(part.strip()) for part in m["city"].split("/"))


def _is_sentence(text: str) -> bool:
    """Does ``text`` read as the start of a sentence: four words or more, two lower-case
    words among the first eight that do not join names (a header "World | Jane Doe and John
    Roe" has none)?"""
    words = text.split(None, 8)
    lower = [w for w in words[1:8] if w[:1].islower() and w not in _NAME_GLUE]
    return len(words) >= 4 and len(lower) >= 2


def _plain_ok(m: re.Match[str]) -> bool:
    """The checks of a dateline without an agency (``_DATELINE_PLAIN``)."""
    city, sep = m["city"], m["sep"].strip()
    caps = city == city.upper()
    if not _is_place(city, title_only=True) or not _is_sentence(m["text"]):
        return False
    if sep == "|":  # "Lagos, Nigeria | ...", not "Politics, Health | ..."
        words = f"{city} {m['region'] or ''}".upper().split()
        if not _LABEL_WORDS.isdisjoint(words):
            return False
        if m["region"] or m["date"]:
            return True
        # "Pune | Left-arm spinner ... took four wickets ...": one or two words, then a
        # sentence with a verb; not "Cricket | India beat ...", "Opinion | The case for ..."
        return len(words) <= 2 and _pipe_sentence(m["text"])
    if caps or m["region"] or m["date"] or sep == ":":
        return True
    # "Cork – Stand at a stop ...", not a parenthetical "Assad — Who ... — said"
    sentence = re.split(r"[.!?]\s", m["text"], maxsplit=1)[0]
    return sep not in sentence


def _pipe_sentence(text: str) -> bool:
    """Is ``text`` (after "City |") a lede sentence, not a headline, a byline or a header
    field: no other pipe, no label or byline word first ("By ...", "Updated ..."), a verb
    among its lower-case words, and a sentence end in the line or 10 words at least (the
    first line of a wrapped paragraph)?"""
    if "|" in text:
        return False
    first = text.split(None, 1)[0].strip("“\"‘'")
    if first.upper() in _LABEL_WORDS or first.upper() == "BY":
        return False
    words = text.split()
    if not any(
        w in _VERBS or (len(w) > 4 and w.endswith("ed"))
        for w in (w.strip(",;:.!?\"'”’()") for w in words[1:])
        if w.islower()
    ):
        return False
    return (len(words) >= 8 and bool(_SENTENCE_END.search(text))) or len(words) >= 10


def _region_ok(m: re.Match[str]) -> bool:
    """Can the regions of ``m`` (if any) be places? One with a lower-case word ("Isle of
    Lewis") must not open with a role or an organisation ("Chair of the Trust", "Friends of
    the Earth"): the dateline would be a sentence's subject."""
    for group in ("region", "region2"):
        region = m[group] if group in m.re.groupindex else None
        if (
            region
            and any(w[:1].islower() for w in region.split())
            and region.split()[0].upper() in _NOT_REGION_HEADS
        ):
            return False
    return True


def _stop_ok(m: re.Match[str]) -> bool:
    """The checks of "Place. Text" (``_DATELINE_STOP``): the place written in capitals, or a
    known country or capital ("Entebbe." is neither: a missed dateline; "Silence. The hall
    ..." is no place; capitals of three letters or more, no Roman numeral "II."); a lede
    sentence after it (``_is_sentence``, and a sentence end in the line or 10 words at least:
    not a headline "Kenya. Treasury cuts forecast") that neither opens with another fragment
    ("Paris. London. Rome. ...") nor points back at the place: a pronoun, a demonstrative,
    a connective, a month or weekday, the place again, or "The <city|town|capital ...>"
    before a verb, a possessive or a comma ("Paris. It was ...", "Harare. That is where
    ...", "Lisbon. The city is ...", "Oslo. Oslo is ..."; "Lisbon. The city council voted
    ..." is a dateline)."""
    city, text = m["city"], m["text"]
    if not _is_place(city, title_only=True) or not _is_sentence(text):
        return False
    n = len(text.split(None, 10))  # a sentence, not a headline: "Kenya. Treasury cuts ..."
    if n < 8 or (n < 10 and not _SENTENCE_END.search(text)):
        return False
    if _WORD_STOP.search(city):  # "Paris. London. Rome. The tour ...": fragments
        return False
    if city == city.upper():  # "MOMBASA.", not "II." or "UN."
        if sum(c.isalpha() for c in city) < 3 or _ROMAN.fullmatch(city):
            return False
    elif city.split()[-1] not in PLACE_NAMES:
        return False
    first, *rest = text.split(None, 3)
    head = first.strip("“\"‘'")
    if head in _BACK_WORDS or head.endswith((".", ",", ";", ":")):
        return False
    if head.upper() in {w.upper() for w in city.split()}:
        return False
    if head == "The" and rest:
        noun = rest[0].rstrip(",;:")
        base = noun.removesuffix("'s").removesuffix("’s")
        if base.lower() in _PLACE_NOUNS:
            if base != rest[0]:  # "The city's ...", "The capital, ..."
                return False
            nxt = rest[1] if len(rest) > 1 else ""
            if nxt.islower() and (nxt in _VERBS or nxt.endswith("ed") or nxt in _BACK_NEXT):
                return False
    return True


def _agency_prefix_ok(m: re.Match[str]) -> bool:
    """The checks of "AGENCY-City (Country) –" (``_DATELINE_AGENCY_PREFIX``): no headline
    tag for the agency ("UPDATE-..."), a place and a region that can be places, and a
    sentence after the dash."""
    return (
        m["agency"] not in _NOT_CITIES
        and _is_place(m["city"], title_only=True)
        and m["region"].split()[0].upper() not in _NOT_REGION_HEADS
        and _is_sentence(m["text"])
    )


def _date_first_ok(m: re.Match[str]) -> bool:
    """The checks of "Date – Place – Text" (``_DATELINE_DATE_FIRST``): a place (no label or
    sentence subject: "Update", "Officials"), regions that can be places, and a sentence
    after the second dash."""
    return _is_place(m["city"], title_only=True) and _region_ok(m) and _is_sentence(m["text"])


def _match_any(text: str, need_date_or_agency: bool = False) -> re.Match[str] | None:
    """The first dateline pattern that matches ``text`` and passes its checks (the forms
    without a date or an agency that count in the lede only are not tried with
    ``need_date_or_agency``). A form that needs a bracketed agency or a slash is not tried
    on a line without "(" or "/" (most lines of prose)."""
    bracket = "(" in text
    for pattern, needs in (
        (_DATELINE_STRICT, ""),
        (_DATELINE_TITLE, "("),
        (_DATELINE_AGENCY, "("),
        (_DATELINE_SLASH, "/"),
        (_DATELINE_BARE_AGENCY, ""),
    ):
        if needs not in text:
            continue
        m = pattern.match(text)
        if m and _is_place(m["city"]) and _region_ok(m):
            # two regions ("AUSTIN, TX, UNITED STATES") only before a date
            if pattern is _DATELINE_SLASH and m["region2"] and not m["date"]:
                continue
            return m
    # "LIMA/LA PAZ, March 11 (Reuters) - ": cities joined by a slash
    if "/" in text:
        m = _DATELINE_CITIES.match(text)
        if m and _cities_ok(m):
            return m
    if bracket:
        m = _match_bracketed(text)
        if m:
            return m
    m = _DATELINE_PLAIN.match(text)
    if m and _plain_ok(m) and _region_ok(m):
        return m
    return _match_rare(text, need_date_or_agency, bracket)


def _match_bracketed(text: str) -> re.Match[str] | None:
    """The forms with a bracketed agency after ``_match_any``'s first five."""
    # "Srinagar (Jammu and Kashmir) [India], March 8 (ANI): ": a bracket after the city
    m = _DATELINE_BRACKETED.match(text)
    if m and (m["region"] or m["country"]) and _is_place(m["city"]) and _region_ok(m):
        return m
    # no place: "Aug. 14 (UPI) -- ...", "(CNN) — ..."
    m = _DATELINE_AGENCY_ONLY.match(text)
    if m and (
        _KNOWN_AGENCY.fullmatch(m["agency"])
        or (m["date"] and m["agency"][1:].lstrip()[:1].isupper())
    ):
        return m
    # no dash: a date or a known agency ("WHO (World Health Organization) Director-General
    # ..." is a sentence)
    m = _DATELINE_NO_DASH.match(text)
    if (
        m
        and _is_place(m["city"])
        and _region_ok(m)
        and (m["date"] or _KNOWN_AGENCY.fullmatch(m["agency"]))
    ):
        return m
    return None


def _match_rare(text: str, need_date_or_agency: bool, bracket: bool) -> re.Match[str] | None:
    """The rarer forms, tried last: "KHARKIV. March 9 (Interfax-Ukraine) -", "APA-Bamako
    (Mali) –", "May 5, 2025 – Whitehorse, Yukon –" and, in the lede only, "Entebbe. The
    ..."; each only on a line with the marks it needs (a bracket, a full stop or a digit
    among the first words)."""
    head = text[:80]
    stop = "." in head
    if bracket:
        if stop:
            m = _DATELINE_STOP_DATE.match(text)
            if m and _is_place(m["city"]):
                return m
        if "-" in head:
            m = _DATELINE_AGENCY_PREFIX.match(text)
            if m and _agency_prefix_ok(m):
                return m
    # (the anchored match is cheaper than a Python test for a digit first)
    m = _DATELINE_DATE_FIRST.match(text)
    if m and _date_first_ok(m):
        return m
    if need_date_or_agency or not stop:
        return None
    m = _DATELINE_STOP.match(text)
    return m if m and _stop_ok(m) else None


def match_dateline(
    text: str, extra: Sequence[re.Pattern[str]] = (), *, need_date_or_agency: bool = False
) -> Dateline | None:
    """A well-formed dateline opening ``text`` (see NL102's doc for the forms).

    ``extra`` are house-style patterns (matched at the start); ``need_date_or_agency`` refuses
    the forms without either ("CITY —", "Dubai: "; used away from the lede, where they are
    too weak a signal).
    """
    for pattern in extra:
        em = pattern.match(text)
        if em:
            return Dateline(em.start(), em.end(), em[0].strip())
    m = _match_any(text, need_date_or_agency)
    if m is None:
        return None
    groups = m.groupdict()
    plain = m.re is _DATELINE_PLAIN
    date, agency = groups.get("date"), groups.get("agency")
    if need_date_or_agency and not (date or (not plain and agency)):
        return None
    # without an agency, the dateline ends at its separator: "Cork –", "Entebbe."
    end = m.end("sep") if "sep" in groups else m.end()
    # the place, the date or the agency opens it, whichever comes first
    start = min(m.start(g) for g in ("city", "date", "agency") if groups.get(g) is not None)
    out = Dateline(start, end, text[m.start() : end].strip())
    if date:
        d = next(find_dates(date), None)
        if d is not None:
            out = Dateline(out.start, out.end, out.text, d.month, d.day, d.year)
    return out


def diagnose_dateline(text: str) -> tuple[int, int, list[str]] | None:
    """A malformed dateline opening ``text``: (start, end, problems), or None.

    Needs a city followed by a date and a dash or agency, or by a wire agency, or a caps city
    and a date ("Damascus April 19 Reuters", "DAMASCUS April 19 -"), or a lower-case place
    that would be a dateline if capitalised ("singapore — New rules ..."). Sentence openers ("On
    April 19, ...") never count, nor a word before a dash or a colon that is not a dateline
    ("Officials — who ...", "Boeing: the company said"): that is a sentence.
    """
    m = _DATELINE_LOOSE.match(text)
    if m and m["city"].split()[0] not in _NOT_CITY_WORDS | _NOT_CITIES:
        city, agency = m["city"], m["agency"] or m["agency2"]
        caps = city == city.upper()
        if agency or m["dash"] or caps:
            problems = []
            if city[0].islower():
                problems.append("city not in capitals")
            if m["date"] and not m["comma"]:
                problems.append("no comma after the city")
            if agency and not agency.startswith("("):
                problems.append("agency not in parentheses")
            if not m["dash"]:
                problems.append("no dash before the text")
            if problems:
                return m.start("city"), m.end(), problems
    # "singapore — New rules ...": a dateline once its place is capitalised
    low = _LOWER_PLACE.match(text)
    if low:
        city = " ".join(
            w if _PARTICLES.fullmatch(w) else w[:1].upper() + w[1:] for w in low["city"].split()
        )
        if len(city) == len(low["city"]):  # one space between the words: offsets hold
            fixed = text[: low.start("city")] + city + text[low.end("city") :]
            d = match_dateline(fixed)
            if d is not None and d.start == low.start("city"):
                return d.start, d.end, ["city not in capitals"]
    return None
