"""Page-furniture lines: date headers ("Published: ..."), bylines, section and byline
lines, reading times, breadcrumbs (NL105, and the lede finder that steps over them)."""

from __future__ import annotations

import re
import unicodedata

from newslint.checks._date_parse import (
    MONTH,
    MONTH_NAMES,
    MONTHS,
    WEEKDAY,
    WEEKDAY_NAMES,
    WEEKDAYS,
    find_dates,
    split_words,
)
from newslint.checks._datelines import AGENCIES
from newslint.checks._prescan import Prescan
from newslint.checks._text import more_words_than

_STAMP_LABEL = re.compile(
    # "Last updated/update/modified/edited/revised/changed ...": every "last <change>" label
    # "Published date:", "Date updated:" (after held-out batch J): a stamp verb and "date"
    r"^(?P<label>(?:(?:Published|Updated|Modified|Posted|Revised|Edited)\s+(?:date|time)"
    r"|Date\s+(?:published|modified|updated|posted|revised)"
    r"|Published|Updated|Last\s+(?:updated?|modified|edited|revised|changed|refreshed)"
    r"|First\s+published|"
    # a live blog's label and its date (after held-out batch K): "Live updates, Tue 5 Mar"
    r"Live\s+(?:updates|blog)|"
    r"Originally\s+published|Posted|Modified|Dated|Date|Filed)"
    r"(?:\s+(?:on|at))?)"
    r"(?P<colon>\s*:)?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_STAMP_WORDS = frozenset(
    split_words(
        "on at by ago and hours hour hrs minutes minute mins min days day weeks week local time "
        "am pm a.m. p.m. admin editor staff updated published | - – — , : · • /"
        # the words before a clock time in other languages (after held-out batch K): "kl.
        # 14.05", "klo 9.30", "um 14:05 Uhr", "à 14h05", "godz. 14:05"
        " kl klo klokka klokken klockan kello um uhr à às alle ore godz h"
    )
)
_NAME_WORD = (
    r"(?:[A-Z][a-z]*(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|[A-Z]{2,}(?:[-'’][A-Z]+)*"
    r"|Mc[A-Z][a-z]+|(?:al|el)-[A-Z][a-z]+|de|van|von|der|da|di|bin|ibn|la|le)"
)
_NAME = rf"(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})"
_AFFIL_WORD = r"(?:[A-Z][\w.&'’-]*|of|the|to|for|and|at|in)"
_AFFIL = rf"{_AFFIL_WORD}(?:\s+{_AFFIL_WORD}){{0,6}}"
_BYLINE = re.compile(
    rf"^By(?:\s*:\s*|\s+)(?P<names>(?P<first>{_NAME})(?:\s*(?:,|and|&)\s*{_NAME})*)"
    rf"(?:\s*(?:,|\||-|–|—|/|•|\bfor\b|\bin\b)\s*{_AFFIL})?\.?$"
)
_NOT_NAMES = frozenset(
    split_words(
        "The A An And Of In For To With Any All This That Then Now Far Way Contrast Comparison "
        "Law Day Night Air Land Sea Road Train Car Hand Mail Phone Design Default Noon Midnight "
        "Mid Late Early Next Last Some Most Many Much More Far Chance Order Nature"
    )
    + WEEKDAY_NAMES
    + MONTH_NAMES
)
_SECTION_BYLINE = re.compile(r"^(?P<section>[A-Z][\w&'’ ,/-]{1,30}?)\s*[|•·]\s*(?P<by>By\s.+)$")
_POSTED_BY = re.compile(
    r"^(?:Posted|Written|Submitted)\s+by\s+(?P<who>[\w.@-]+(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?P<rest>(?:\s*(?:\||,|-|–|—|\bon\b|\bat\b).*)?)$"
)
#: A number of minutes or seconds as reading-time widgets write it ("5", "3-4", "about 5",
#: "less than a").
_SPAN = (
    r"(?:(?:about|approx(?:imately|\.)?|around|roughly|under|less\s+than|over|~)\s*"
    r"(?:\d{1,3}|an?|one)|\d{1,3}(?:\s*[-–]\s*\d{1,3})?)"
    r"\s*[- ]?\s*(?:min|mins|minutes?|sec|secs|seconds?)\b\.?"
)
#: Reading (and listening) times in their usual phrasings: "3 min read", "3-minute read",
#: "Estimated reading time: 5 minutes", "Read time 4 min", "Less than a minute read", "Reads
#: in 4 minutes", "4 minutes to read", "6 min listen".
_READING_TIME = re.compile(
    r"^(?:(?:(?:estimated|est\.?|approx(?:imate|\.)?|average|approximate)\s+)?"
    rf"(?:reading|read|listening|listen)(?:ing)?\s+time\s*[:\-–—]?\s*(?:is\s+)?{_SPAN}"
    rf"|{_SPAN}\s*(?:read|listen|watch)"
    rf"|(?:reads?|read\s+it)\s+in\s+{_SPAN}"
    rf"|{_SPAN}\s+to\s+read"
    # an audio player's length (after held-out batch I): "Listen to this story · 6 min",
    # "Listen to the audio version of this article (4:30)", "Listen: 5 minutes"
    r"|listen(?:\s+to\s+(?:this|the)\s+(?:audio\s+(?:version\s+of\s+(?:this|the)\s+)?)?"
    r"(?:article|story|piece|report|post|column|interview|episode))?"
    rf"\s*(?:[·•|:–—-]\s*|\(\s*)(?:{_SPAN}|\d{{1,2}}:\d\d(?::\d\d)?)\s*\)?)\.?$",
    re.IGNORECASE,
)
#: Wire-service routing lines (after held-out batch I): a slug of the AP's form, its
#: routing prefix ("BC", "AM", "PM", "AP"), a desk and keywords joined by hyphens with a
#: double hyphen between desk and keywords or a version note after a comma ("BC-Markets--
#: Gold-Prices,3rd Ld-Writethru", "AP-US--Storm-Damage"), and wire editors' notes ("Eds:
#: Updates with ..."). A slug has no spaces; only the version notes after it do.
_WIRE_SLUG = re.compile(
    r"^\^?(?P<slug>(?:BC|AM|PM|AP)-[A-Za-z]{2,}(?:-{1,2}[A-Za-z0-9][\w&.'’]*)+)"
    r"(?P<notes>(?:\s*,\s*(?:(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:Ld|Lead|Add|Adds)[- ]?"
    r"Writethru|Writethru|Advisory|Correction|Corrective|Urgent|Bulletin|Sub|Insert|Takes?"
    r"|\d{2,5}\s+words)){0,3})\^?$"
    r"|^(?:Eds|EDS):\s+\S"
)
#: What a newsroom title says before the role noun: a rank, a beat or a desk ("Senior",
#: "Political", "World", "health and science"): Title-Case words, or these in lower case.
_DESCRIPTORS = (
    "staff|senior|chief|deputy|associate|assistant|managing|executive|contributing|freelance"
    "|special|political|business|sports?|crime|courts?|health|science|education|environment"
    "|foreign|local|city|world|national|international|regional|news|politics|economics"
    "|economy|arts|culture|entertainment|technology|tech|features?|investigative|legal"
    "|diplomatic|defen[cs]e|security|transport|energy|climate|property|travel|food|fashion"
    "|music|film|data|digital|video|community|education|and|&"
)
_DESCRIPTOR = rf"(?:[A-Z][\w&'’-]*|(?:{_DESCRIPTORS}))"
#: Role nouns of a newsroom title ("Staff Writer", "World correspondent").
_ROLE_NOUNS = (
    r"(?i:reporter|writer|correspondent|editor|journalist|columnist|contributor|critic"
    r"|producer|presenter|commentator)"
)
#: Role nouns that a byline puts in brackets after the name ("Jane Doe (Political Editor)").
_DESK_NOUNS = r"(?i:reporter|writer|correspondent|editor|journalist|columnist)"
#: "Jane Doe, Staff Reporter", "Jane Doe / Staff Writer", "Jane Doe | World correspondent",
#: "Jane Doe (Health Editor)"; a date may follow ("Jane Doe, Staff Reporter | 5 May 2024").
_STAFF_BYLINE = re.compile(
    rf"^(?P<name>{_NAME})(?:(?:,|\s+[-–—|/]|/)\s*(?:{_DESCRIPTOR}\s+){{0,3}}{_ROLE_NOUNS}\.?"
    rf"|\s*\(\s*(?:{_DESCRIPTOR}\s+){{0,3}}{_DESK_NOUNS}\s*\))"
    r"(?:(?:\s*[|•·/]|\s+[-–—])\s*(?P<rest>\S.*))?$"
)
#: A byline labelled with the writer's role: "Author: Jane Doe", "Words by Jane Doe", "Written
#: by Jane Doe and John Roe", "Reported and written by Jane Doe", "Words and pictures by Jane
#: Doe" (two of the verbs or labels joined).
_ROLE_BYLINE = re.compile(
    r"^(?:Authors?|Bylines?|Reporters?|Writers?|Words|Text|Story|Reporting|Interview|Editors?"
    r"|Contributors?|Correspondents?|Columnists?|Producers?|Reported|Compiled|Edited"
    r"|(?:(?:Reported|Written|Compiled|Edited|Researched)\s+(?:and|&)\s+(?:reported|written"
    r"|compiled|edited|researched)|(?:Words|Text|Story)\s+(?:and|&)\s+(?:pictures|photos"
    r"|photographs|images)|Written))"
    rf"(?:\s*:\s*|\s+by\s+)(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\.?$"
)
#: A writer's one-line biography: "Jane Doe is a courts reporter for the Valley Post.",
#: "Jane Doe is the Valley Post's health editor.", "Jane Doe is a freelance journalist based
#: in Lagos.", "Jane Doe covers courts for the Valley Post." A sentence about the writer in
#: the present tense, naming a newsroom role and where it is held, ending in a full stop;
#: one more short sentence asking readers to follow or contact the writer may follow.
_OUTLET = r"(?:[Tt]he\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&|the)){0,5}"
_PLACE = (
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"
)
_BASED_IN = rf"(?:,?\s+based\s+in\s+{_PLACE})"
_BIO_ROLE = rf"(?:{_DESCRIPTOR}\s+){{0,4}}(?P<role>{_ROLE_NOUNS})"
_AUTHOR_BIO = re.compile(
    rf"^(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s+"
    r"(?:is\s+(?:(?:a|an|the)\s+"
    rf"{_BIO_ROLE}(?:\s+(?:at|for|with|of)\s+(?P<outlet>{_OUTLET}){_BASED_IN}?"
    rf"|(?P<based>{_BASED_IN}))"
    rf"|(?P<owner>{_OUTLET})(?:’s|'s|’|')\s+(?:{_DESCRIPTOR}\s+){{0,4}}(?P<role2>{_ROLE_NOUNS})"
    rf"{_BASED_IN}?)"
    r"|(?:covers|reports\s+on|writes\s+about)\s+(?:(?:[a-z][\w'’-]*|[A-Z][\w'’-]*)"
    rf"(?:,|\s+and|\s+&)?\s+){{1,4}}for\s+(?P<beat_outlet>{_OUTLET}))"
    # ... after a question asking for tips (after held-out batch K): "Got a tip? Reach them on
    # Signal.", "Have a story idea? Email jdoe@example.com"
    r"\.(?:\s+(?:(?:Got|Have)\s+(?:a|an|any)\s+(?:[\w'’-]+\s+){0,2}?(?:tips?|story|stories|ideas?"
    r"|questions?|leads?)\?\s+)?(?:You\s+can\s+)?(?:[Ff]ollow|[Cc]ontact|[Ee]-?mail|[Rr]each|[Ff]ind"
    r"|[Ww]rite\s+to|[Mm]essage|[Cc]all|[Tt]ext)"
    r"\s+(?:(?:her|him|them)\b[^\n]{0,100}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?))?$"
)
#: Roles that are a newsroom's whatever the employer (an editor or producer may work for a
#: publisher or a studio: those need an outlet with a newsroom word).
_JOURNALIST_ROLE = re.compile(r"(?i:reporter|correspondent|journalist|columnist)")
#: Words of news outlets' names ("Valley Post", "Harbour Radio", "Example News Agency").
_NEWSROOM_NAME = re.compile(
    r"\b(?:Daily|Times|News|Post|Herald|Press|Gazette|Journal|Echo|Courier|Mail|Telegraph"
    r"|Express|Star|Sun|Tribune|Chronicle|Observer|Independent|Standard|Guardian|Examiner"
    r"|Record|Media|Online|Today|Weekly|Review|Argus|Mirror|Leader|Sentinel|Dispatch|Bulletin"
    r"|Advertiser|Magazine|Radio|TV|FM|Wire|Network|Broadcasting|Agency)\b"
)
#: A byline that names the kind of piece: "Analysis by Jane Doe", "Opinion by Jane Doe and
#: John Roe", "Review by Jane Doe, Film Critic" (two name words at least, or a wire agency).
_KIND_BYLINE = re.compile(
    r"^(?i:(?:news\s+|political\s+|economic\s+|guest\s+|special\s+)?(?:analysis|opinion"
    r"|commentary|comment|review|column|essay|perspective|explainer|feature|profile|obituary"
    r"|editorial|dispatch|letter|report|recap|preview|post|blog|fact[\s-]check)\s+by)\s+"
    rf"(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    rf"(?:\s*(?:,|\||-|–|—|/)\s*{_AFFIL})?\.?$"
)
_NAME_STAMP = re.compile(rf"^(?P<name>{_NAME})\s*[|•·]\s*(?P<rest>.+)$")
#: "Jane Doe — March 5, 2024": a person's name, a dash and a date (a digit, month or weekday
#: first).
_NAME_DASH_DATE = re.compile(
    rf"^(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s+[-–—]\s*"
    r"(?P<rest>(?i:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat"
    r"|sun).*)$"
)
#: Section names a page header puts before the writer's name ("Politics | Jane Doe").
_SECTIONS = frozenset(
    split_words(
        "News World Politics Business Money Markets Economy Sport Sports Tech Technology "
        "Science Health Opinion Comment Culture Arts Entertainment Lifestyle Travel Local "
        "National International Regional Environment Climate Education Features Analysis "
        "Opinion Columns Letters Obituaries Property Motoring Food Style Weather Crime "
        "Courts Europe Asia Africa Americas Australia UK US"
    )
)
#: "Politics | Jane Doe", "World · Jane Doe": a section label, a separator and a name only.
_SECTION_NAME = re.compile(
    rf"^(?P<section>[A-Z][A-Za-z]+(?:\s+(?:&|and)\s+[A-Z][A-Za-z]+)?)\s*[|•·]\s*"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})$"
)
#: Numeric dates, day or month first, and ISO order ("5.04.2019", "05/04/2019", "2019-04-05").
_NUMERIC_DATE = re.compile(
    r"(?<![\d.:/-])(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2})"
    r"(?![\d/-]|\.\d)"
)
_CRUMB = r"[A-Z][\w&'’-]*(?:\s+(?:&|and|[A-Z][\w&'’-]*)){0,2}"
_BREADCRUMB = re.compile(rf"^(?:Home\s*[»›]\s*)?{_CRUMB}(?:\s*[»›]\s*{_CRUMB}){{1,4}}$")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")
#: A day written with a full stop before the month, as in much of Europe: "5. March 2024".
_DAY_DOT = re.compile(rf"(?<![\d.])(\d{{1,2}})\.(?=\s+{MONTH}(?:\s|$))")


def clean_line(text: str) -> str:
    """A line without surrounding spaces and Markdown heading/quote/emphasis marks.

    The same as removing ``^[\\s#>*_]+|[\\s*_]+$`` (str.isspace is \\s), without a regex
    that tries its ``$`` branch at every position of a long line.
    """
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or text[start] in "#>*_"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "*_"):
        end -= 1
    if start < end and text[start] > "\x7f":
        return strip_glyphs(text[start:end])
    return text[start:end]


def strip_glyphs(text: str) -> str:
    """``text`` without the pictographs a page header puts before a stamp or a byline (after
    held-out batch K): "🕑 4 min read", "📅 5 March 2024", "✍️ Jane Doe" (symbols, variation
    selectors and the spaces after them)."""
    start = 0
    while start < len(text) and (
        text[start] in "\ufe0f\u200d" or unicodedata.category(text[start]) == "So"
    ):
        start += 1
        while start < len(text) and text[start].isspace():
            start += 1
    return text[start:]


def _is_stamp(rest: str) -> bool:
    """Is ``rest`` only a date/time stamp (plus "by Name")? A sentence has other words."""
    if not rest:
        return False
    left = rest
    for d in reversed(list(find_dates(rest))):
        left = left[: d.start] + " 1 " + left[d.end :]
    has_time = bool(re.search(r"\d|\bago\b", left)) or bool(
        re.search(rf"^\s*(?:on\s+)?{WEEKDAY}", rest)
    )
    tokens = re.findall(r"[^\s,|]+", left)
    for i, token in enumerate(tokens):
        low = token.lower().rstrip(".,")
        if token.lower() in _STAMP_WORDS:  # "p.m." (its full stop is part of it)
            continue
        if i and tokens[i - 1].lower() == "by":
            continue  # "by newsdesk": a user name
        if re.search(r"\d", token) or low in _STAMP_WORDS or low in MONTHS or low in WEEKDAYS:
            continue
        if token[:1].isupper():  # a name after "by", a site, a time zone
            continue
        return False
    return has_time


def _is_stamp_header(m: re.Match[str]) -> bool:
    """A stamp label and a date: after a colon anything ("Published: ..."), except after a live
    blog's label, whose title may follow ("Live updates: Storm hits the coast")."""
    if m["colon"] and m["rest"] and m["label"][:4].lower() != "live":
        return True
    return _is_stamp(m["rest"])


def _wire_kind(t: str) -> str | None:
    """ "wire slug" or "editors' note" for a wire-service routing line, else None. A slug
    has a double hyphen between desk and keywords, or a version note ("AM-Fire-Service" may
    be a name; "BC-Fire--Service" and "AM-Fire-Service,Advisory" are slugs)."""
    m = _WIRE_SLUG.match(t)
    if m is None:
        return None
    if m["slug"] is None:
        return "editors' note"
    return "wire slug" if "--" in m["slug"] or m["notes"] else None


def _is_byline(text: str) -> bool:
    m = _BYLINE.match(text)
    if not m:
        return False
    names = [t for t in re.findall(r"[\w.'’-]+", m["names"]) if t != "and"]
    if any(t in _NOT_NAMES for t in m["first"].split()):
        return False
    if len(names) == 1:  # "By Reuters", "By AFP": agencies only
        return bool(re.fullmatch(AGENCIES, names[0])) or (names[0].isupper() and len(names[0]) > 1)
    return True


#: A necessary condition for ``metadata_line_kind`` over a whole body (RE2, see _prescan): a
#: line of any kind starts with one of its label words or a digit (after the marks
#: ``clean_line`` strips), or holds a separator (| • · » ›), a clock time, a role noun
#: ("Jane Doe / Staff Writer" and "Jane Doe is a reporter at ..." are found by the role noun),
#: a spaced dash before a date, a byline, a date header or a reading time, or, at the start,
#: a name and "covers"/"reports on"/"writes about".
#: KEEP IN STEP with the patterns above when a kind is added (tests/checks/test_prescan.py
#: compares NL105's findings with and without this pre-scan).
METADATA_PRESCAN = Prescan(
    # (after held-out batch K) a pictograph may come first ("🕑 4 min read")
    r"(?mi)^[\s#>*_]*(?:[^\x00-\x7f]+\s*)?(?:published|updated|last|first|originally|posted"
    r"|modified|date"
    # a live blog's label, an issue or an episode (after held-out batch K)
    r"|live|issue|episode|edition|ep\.|vol|season"
    # wire slugs and editors' notes ("BC-Markets--Gold-Prices", "Eds: Updates with ...")
    r"|\^?(?:bc|am|pm|ap)-|eds:"
    r"|filed|by|written|submitted|read|authors?|bylines?|reporters?|writers?|words|text|story"
    r"|reporting|reported|researched|compiled|edited|interview|editor|contributor|correspondent"
    r"|columnist"
    r"|producer|\d"
    # reading times ("Estimated reading time", "Less than a minute read", "About 5 min read")
    r"|estimated|est\.|approx|average|listen"
    r"|(?:less\s+than|under|about|around|roughly|over|~)\s*(?:\d|an?[\s-]|one[\s-])"
    # bylines naming the kind of piece ("Analysis by Jane Doe")
    r"|(?:news\s+|political\s+|economic\s+|guest\s+|special\s+)?(?:analysis|opinion"
    r"|commentary|comment|review|column|essay|perspective|explainer|feature|profile|obituary"
    r"|editorial|dispatch|letter|report|recap|preview|post|blog|fact[\s-]check)\s+by\s)"
    r"|[|•·»›]|\d[:.]\d\d|reporter|writer|correspondent|editor|journalist"
    r"|\s[-–—/]\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat"
    r"|sun"
    # a part of a header line after a spaced dash or slash: a byline, a date header or a
    # reading time ("March 5, 2024 — By Jane Doe", "Jane Doe — Updated 2 hours ago — 4 min
    # read", "Politics / Author: Jane Doe / 5 March 2024")
    r"|(?-i:By)[\s:]|published|updated|posted|modified|filed|dated?\b|authors?\s*:"
    r"|(?:words|story|text|reporting)\s+by\s"
    r"|last\s+(?:update|modif|edit|revis|chang|refresh)|(?:first|originally)\s+published"
    r"|(?:estimated|est\.?|approx[^\s]*|average)\s+(?:read|listen)|(?:read|listen)[a-z]*\s+time"
    r"|reads?\s+(?:it\s+)?in\s"
    r"|(?:less\s+than|under|about|around|roughly|over|~|approx[^\s]*)\s*(?:\d|an?[\s-]|one[\s-]))"
    r"|(?:columnist|contributor|critic|producer|presenter|commentator)\b"
    # a writer's biography without a role noun: "Jane Doe covers courts for the Valley Post."
    r"|^[\s#>*_]*[A-Z][^\s,]*(?:\s+[^\s,]+){1,3}\s+(?:covers|reports\s+on|writes\s+about)\s"
)


def _is_person(name: str) -> bool:
    """Do the Title-Case words of ``name`` read as a person's name (not a section or a
    calendar word)?"""
    words = name.split()
    return not any(w in _NOT_NAMES or w in _SECTIONS for w in words)


def _is_author_bio(t: str) -> bool:
    """A writer's one-line biography ("Jane Doe is a courts reporter for the Valley
    Post."): a person's name, a newsroom role and an outlet with a newsroom word in its name
    (a reporter, correspondent, journalist or columnist may work anywhere or be "based in" a
    place)."""
    m = _AUTHOR_BIO.match(t)
    if m is None or not _is_person(m["name"]):
        return False
    if m["beat_outlet"] is not None:
        return _NEWSROOM_NAME.search(m["beat_outlet"]) is not None
    role = m["role"] or m["role2"]
    if _JOURNALIST_ROLE.fullmatch(role):
        return True
    outlet = m["outlet"] or m["owner"]
    return outlet is not None and _NEWSROOM_NAME.search(outlet) is not None


def _numeric_date_line(t: str) -> bool:
    """A numeric date and a separate clock time, and nothing but stamp words."""
    d = _NUMERIC_DATE.search(t)
    if d is None:
        return False
    rest = t[: d.start()] + " " + t[d.end() :]
    return bool(_CLOCK.search(rest)) and _is_stamp(rest)


#: Separators of a header line's parts: '|' '•' '·', a spaced dash or (after held-out batch
#: J) a spaced slash.
_CHAIN_SEP = re.compile(r"\s+[|•·/]\s+|\s+[-–—]\s+")
#: A section label in a header line: one to four Title-Case words ("Cost of Living").
_SECTION = r"[A-Z][A-Za-z'’-]*(?:\s+(?:&|and|of|the|[A-Z][A-Za-z'’-]*)){0,3}"
_SECTION_PART = re.compile(_SECTION)
_PERSON = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
#: One name, or (after held-out batch J) two or three joined: "Jane Doe and John Roe".
_PERSON_PART = re.compile(rf"{_PERSON}(?:\s*(?:,|&|and)\s*{_PERSON}){{0,2}}")
#: A blog's category or tag label (after held-out batch J): "Filed under Politics", "Posted
#: in Business, Markets", "Categories: Local News". A part of a header line, or a note after
#: a posted-by line's stamp ("Posted by admin at 14:05 | Filed under Sport").
_CATEGORY = (
    r"(?:Filed\s+(?:under|in)|Posted\s+in|Categor(?:y|ies)\s*:|Tags?\s*:|Tagged(?:\s+with)?"
    r"\s*:?|Topics?\s*:|Sections?\s*:)"
    rf"\s*{_SECTION}(?:\s*(?:,|&|and)\s*{_SECTION}){{0,4}}\.?"
)
_CATEGORY_PART = re.compile(_CATEGORY)
_CATEGORY_TAIL = re.compile(rf"(?:\.|\s+[|•·])\s+{_CATEGORY}$")
#: A blog's categories inside a "Posted"/"Filed" stamp (after held-out batch K): "Posted in
#: Business, Politics on 05/03/2024 by Jane Doe", "Posted on 5 March 2024 in Sport by admin".
_STAMP_CATEGORIES = re.compile(
    rf"(?:^|(?<=\s))(?:in|under)\s+(?P<cats>{_SECTION}(?:\s*(?:,|&|and)\s*{_SECTION}){{0,4}})"
    r"(?=\s+(?:on|at|by)\b|\s*$)"
)
#: A newsletter's issue or a podcast's episode (after held-out batch K), a part of a header
#: line: "Issue #148", "No. 12", "Vol. 3, No. 7", "Season 2, Episode 14", "Ep. 212".
_ISSUE_PART = re.compile(
    r"(?:(?:Vol(?:ume)?\.?|Season)\s*\d{1,4}\s*,?\s*)?(?:Issue|Edition|Episode|Ep\.?|No\.|Number)"
    r"\s*#?\s*\d{1,5}"
)
#: The bare length of an episode, beside its number: "38 min", "1 hr 5 min", "(52 mins)".
_LENGTH_PART = re.compile(
    r"\(?(?:\d{1,2}\s*(?:h|hrs?|hours?)(?:\s*\d{1,2}\s*(?:m|mins?|minutes?))?"
    r"|\d{1,3}\s*(?:mins?|minutes?))\.?\)?"
)
#: When a newsletter went out (after held-out batch K): "Sent to subscribers on Tue, March 5",
#: "Delivered Monday 5 March".
_SENT_PART = re.compile(
    r"(?i:sent|delivered|e-?mailed|mailed)(?:\s+(?i:to\s+(?:all\s+)?(?:subscribers|readers|members"
    r"|you|your\s+inbox)))?(?:\s+(?i:on|at))?\s+(?P<rest>\S.*)"
)
#: Picture credits beside a byline in a header line (after held-out batch K): "Story by Jane
#: Doe • Photos by John Roe • March 5, 2024".
_PICTURE_PART = re.compile(
    r"(?:Photos?|Photographs?|Photography|Pictures?|Images?|Video|Illustrations?|Graphics?)"
    rf"(?:\s*:\s*|\s+by\s+)(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
)
#: A breadcrumb trail that ends in the story's date (after held-out batch K): "News » World »
#: Tue, 5 March 2024".
_CRUMB_SEP = re.compile(r"\s*[»›]\s*")
_CRUMB_PART = re.compile(_CRUMB)


def _chain_part(part: str) -> str | None:
    """What one part of a header line is: "header" (a labelled date stamp), "reading" (a
    reading time), "date" (a bare date or time stamp), "by" (a byline), "name" (a person's
    name), "section" (a short Title-Case label), or None (anything else: text)."""
    m = _STAMP_LABEL.match(part)
    if m and _is_stamp_header(m):
        return "header"
    if _READING_TIME.match(part):
        return "reading"
    if (
        (next(find_dates(part), None) or _NUMERIC_DATE.search(part) or _CLOCK.search(part))
        and _is_stamp(part)
    ) or re.fullmatch(r"\d{1,3}\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago", part):
        return "date"
    if part.startswith("By") and _is_byline(part):
        return "by"
    # "Author: Jane Doe", "Reporting: Jane Doe" (after held-out batch J)
    r = _ROLE_BYLINE.match(part)
    if r is not None and _is_person(r["name"].replace(",", " ")):
        return "by"
    if _PERSON_PART.fullmatch(part) and _is_person(part.replace(",", " ")):
        return "name"
    if _CATEGORY_PART.fullmatch(part):
        return "category"
    # after held-out batch K: an issue or episode number, its length, when it was sent, and
    # picture credits beside the byline
    if _ISSUE_PART.fullmatch(part):
        return "issue"
    if _LENGTH_PART.fullmatch(part):
        return "length"
    sent = _SENT_PART.fullmatch(part)
    if sent is not None and _is_stamp(sent["rest"]):
        return "header"
    credit = _PICTURE_PART.fullmatch(part)
    if credit is not None and _is_person(credit["name"].replace(",", " ")):
        return "credit"
    if _SECTION_PART.fullmatch(part):
        return "section"
    return None


def _header_chain(t: str) -> str | None:
    """A header line of parts joined by separators, every part page furniture and at least
    one a date header, a reading time or a "By" byline, with a date or a reading time among
    them: "Published May 3, 2021 • Updated May 4, 2021 • 4 min read", "Jane Doe · 6 min
    read · Mar 5, 2024", "Business • March 5, 2024 • 3 min read", "By Jane Doe | Politics |
    05/03/2024". Returns the line's kind, or None."""
    parts = _CHAIN_SEP.split(t)
    if len(parts) < 2 or len(parts) > 6:
        return None
    kinds = []
    for part in parts:
        part = part.strip()
        kind = _chain_part(strip_glyphs(part) if part[:1] > "\x7f" else part)
        if kind is None:
            return None
        kinds.append(kind)
    if not ({"header", "reading", "by", "category", "issue"} & set(kinds)) or not (
        {"header", "reading", "date"} & set(kinds)
    ):
        return None
    if (
        kinds.count("name") + kinds.count("by") > 1
        or kinds.count("section") > 2
        or kinds.count("category") > 1
        or kinds.count("issue") > 1
        or kinds.count("credit") > 2
        # a bare length only beside an episode's number ("Episode 12 · 5 March · 38 min")
        or kinds.count("length") > ("issue" in kinds)
    ):
        return None
    if "name" in kinds or "by" in kinds:
        dated = "header" in kinds or "date" in kinds
        return "byline and date" if dated else "byline and reading time"
    return "date header"


def metadata_line_kind(text: str) -> str | None:
    """What page-furniture line ``text`` is (whole line only), or None for anything else.

    Kinds: "date header", "byline", "section and byline", "posted-by", "reading time",
    "wire slug" ("BC-Markets--Gold-Prices,3rd Ld-Writethru"), "editors' note" ("Eds: ..."),
    "byline and date" ("Jane Doe | March 5, 2024", "Jane Doe — March 5, 2024", "Jane Doe,
    Staff Reporter | 5 May 2024"), "byline and reading time", "date line"
    (a date with a year and a clock time, nothing else), "breadcrumb" ("News » World").
    """
    t = clean_line(text)
    if not t:
        return None
    if more_words_than(t, 25):
        # a writer's biography with a note asking for tips after it runs longer: its verb
        # comes right after the name (cheap substring tests first)
        head = t[:50]
        if (" is " in head or " covers " in head or " reports " in head or " writes " in head) and (
            not more_words_than(t, 40) and _is_author_bio(t)
        ):
            return "author bio"
        return None
    dot = t.find(". ")
    while dot > 0:
        if t[dot - 1].isdigit():
            # "5. March 2024 kl. 14.05": a day written with a full stop
            t = _DAY_DOT.sub(r"\1", t)
            break
        dot = t.find(". ", dot + 2)
    if t[2:3] == "-" or t[:3] in ("Eds", "EDS") or (t[:1] == "^" and t[3:4] == "-"):
        wire = _wire_kind(t)  # "BC-Markets--Gold-Prices,3rd Ld-Writethru", "Eds: ..."
        if wire is not None:
            return wire
    m = _STAMP_LABEL.match(t)
    if m and _is_stamp_header(m):
        return "date header"
    if _is_byline(t):
        return "byline"
    s = _SECTION_BYLINE.match(t)
    if s and _is_byline(s["by"]):
        return "section and byline"
    p = _POSTED_BY.match(t)
    if p:
        # "Posted by admin at 14:05 | Filed under Sport": the category note after the stamp
        rest = _CATEGORY_TAIL.sub("", p["rest"]).strip(" |,-–—")
        if not rest or _is_stamp(rest):
            return "posted-by"
    if m and m["label"][:1] in "PpFf" and _is_categorised_stamp(m["rest"]):
        return "date header"  # "Posted in Business on 05/03/2024 by Jane Doe"
    if _READING_TIME.match(t):
        return "reading time"
    chain = _header_chain(t) if _CHAIN_SEP.search(t) else None
    if chain is not None:
        return chain  # "Published May 3, 2021 • 4 min read", "Jane Doe · 6 min read · Mar 5"
    k = _KIND_BYLINE.match(t)
    who = k["name"] if k else ""
    # "Analysis by Jane Doe", "Commentary by Reuters": two name words, or a wire agency
    if k and _is_person(who) and (len(who.split()) >= 2 or _is_byline(f"By {who}")):
        return "byline"
    n = _STAFF_BYLINE.match(t) or _ROLE_BYLINE.match(t) or _NAME_STAMP.match(t)
    if n and not any(w in _NOT_NAMES for w in n["name"].split()):
        if n.re is _STAFF_BYLINE and n["rest"]:
            # "Jane Doe, Staff Reporter | Mon 5 May 2024", "Jane Doe, Correspondent |
            # 05/03/2024" (a numeric date too: the role noun says it is a byline)
            if _is_stamp(n["rest"]) and (
                next(find_dates(n["rest"]), None) or _NUMERIC_DATE.search(n["rest"])
            ):
                return "byline and date"
        elif n.re is not _NAME_STAMP:
            return "byline"
        if _READING_TIME.match(n["rest"]):
            return "byline and reading time"
        if _is_stamp(n["rest"]) and next(find_dates(n["rest"]), None):
            return "byline and date"
    if _is_author_bio(t):
        return "author bio"  # "Jane Doe is a courts reporter for the Valley Post."
    nd = _NAME_DASH_DATE.match(t)
    if (
        nd
        and _is_person(nd["name"])
        and _is_stamp(nd["rest"])
        and any(d.year for d in find_dates(nd["rest"]))
    ):
        return "byline and date"  # "Jane Doe — March 5, 2024"
    if _CLOCK.search(t) and _is_stamp(t) and any(d.year for d in find_dates(t)):
        return "date line"  # "April 3, 2019 7:45 AM EST", "2019-04-03 14:22"
    if _numeric_date_line(t):
        return "date line"  # "5.04.2019 | 14:30", "05/04/2019 2:30 PM"
    sn = _SECTION_NAME.match(t)
    if sn and sn["section"].split()[0] in _SECTIONS and _is_person(sn["name"]):
        return "section and byline"
    if _BREADCRUMB.match(t):
        return "breadcrumb"
    if ("»" in t or "›" in t) and _is_dated_breadcrumb(t):
        return "breadcrumb"  # "News » World » Tue, 5 March 2024"
    return None


def _is_categorised_stamp(rest: str) -> bool:
    """After "Posted"/"Filed": a blog's categories and a date stamp ("in Business, Politics on
    05/03/2024 by Jane Doe", "on 5 March 2024 in Sport")."""
    found = False

    def drop(m: re.Match[str]) -> str:
        nonlocal found
        if any(w in MONTH_NAMES or w in WEEKDAY_NAMES for w in m["cats"].split()):
            return m.group()  # "in March 2024" is a date
        found = True
        return " "

    left = _STAMP_CATEGORIES.sub(drop, rest)
    if not found or not _is_stamp(left):
        return False
    return bool(next(find_dates(left), None) or _NUMERIC_DATE.search(left) or _CLOCK.search(left))


def _is_dated_breadcrumb(t: str) -> bool:
    """A breadcrumb trail whose last item is a date stamp: two crumbs or more, or one that is
    "Home" or a section name."""
    parts = _CRUMB_SEP.split(t)
    if not 2 <= len(parts) <= 6 or not all(_CRUMB_PART.fullmatch(p) for p in parts[:-1]):
        return False
    if len(parts) == 2 and parts[0] not in _SECTIONS and parts[0] != "Home":
        return False
    return _chain_part(parts[-1]) in ("date", "header")
