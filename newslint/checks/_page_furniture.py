"""Page-furniture lines: date headers ("Published: ..."), bylines, section and byline
lines, reading times, breadcrumbs (NL105, and the lede finder that steps over them)."""

from __future__ import annotations

import re

from newslint.checks._date_parse import (
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
    r"^(?P<label>(?:Published|Updated|Last\s+(?:updated?|modified|edited|revised|changed)"
    r"|First\s+published|"
    r"Originally\s+published|Posted|Modified|Date\s+published|Dated|Date|Filed)"
    r"(?:\s+(?:on|at))?)"
    r"(?P<colon>\s*:)?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_STAMP_WORDS = frozenset(
    split_words(
        "on at by ago and hours hour hrs minutes minute mins min days day weeks week local time "
        "am pm a.m. p.m. admin editor staff updated published | - – — , : · • /"
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
    rf"|{_SPAN}\s+to\s+read)\.?$",
    re.IGNORECASE,
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
#: A byline labelled with the writer's role: "Author: Jane Doe", "Words by Jane Doe".
_ROLE_BYLINE = re.compile(
    r"^(?:Authors?|Bylines?|Reporters?|Writers?|Words|Text|Story|Reporting|Interview|Editors?"
    r"|Contributors?|Correspondents?|Columnists?|Producers?|Reported|Compiled|Edited)"
    rf"(?:\s*:\s*|\s+by\s+)(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)\.?$"
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
    return text[start:end]


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
#: ("Jane Doe / Staff Writer" is found by its role noun) or a dash before a date.
#: KEEP IN STEP with the patterns above when a kind is added (tests/checks/test_prescan.py
#: compares NL105's findings with and without this pre-scan).
METADATA_PRESCAN = Prescan(
    r"(?mi)^[\s#>*_]*(?:published|updated|last|first|originally|posted|modified|date"
    r"|filed|by|written|submitted|read|authors?|bylines?|reporters?|writers?|words|text|story"
    r"|reporting|reported|compiled|edited|interview|editor|contributor|correspondent|columnist"
    r"|producer|\d"
    # reading times ("Estimated reading time", "Less than a minute read", "About 5 min read")
    r"|estimated|est\.|approx|average|listen"
    r"|(?:less\s+than|under|about|around|roughly|over|~)\s*(?:\d|an?\s|one\s)"
    # bylines naming the kind of piece ("Analysis by Jane Doe")
    r"|(?:news\s+|political\s+|economic\s+|guest\s+|special\s+)?(?:analysis|opinion"
    r"|commentary|comment|review|column|essay|perspective|explainer|feature|profile|obituary"
    r"|editorial|dispatch|letter|report|recap|preview|post|blog|fact[\s-]check)\s+by\s)"
    r"|[|•·»›]|\d[:.]\d\d|reporter|writer|correspondent|editor|journalist"
    r"|\s[-–—]\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat"
    r"|sun)"
    r"|(?:columnist|contributor|critic|producer|presenter|commentator)\b"
)


def _is_person(name: str) -> bool:
    """Do the Title-Case words of ``name`` read as a person's name (not a section or a
    calendar word)?"""
    words = name.split()
    return not any(w in _NOT_NAMES or w in _SECTIONS for w in words)


def _numeric_date_line(t: str) -> bool:
    """A numeric date and a separate clock time, and nothing but stamp words."""
    d = _NUMERIC_DATE.search(t)
    if d is None:
        return False
    rest = t[: d.start()] + " " + t[d.end() :]
    return bool(_CLOCK.search(rest)) and _is_stamp(rest)


_CHAIN_SEP = re.compile(r"\s+[|•·]\s+")


def _stamp_chain(t: str) -> bool:
    """Date headers and reading times joined by separators, at least one a date header:
    "Published May 3, 2021 • Last updated May 4, 2021 • 4 min read"."""
    parts = _CHAIN_SEP.split(t)
    if len(parts) < 2:
        return False
    headers = 0
    for part in parts:
        m = _STAMP_LABEL.match(part)
        if m and ((m["colon"] and m["rest"]) or _is_stamp(m["rest"])):
            headers += 1
        elif not _READING_TIME.match(part):
            return False
    return headers > 0


def metadata_line_kind(text: str) -> str | None:
    """What page-furniture line ``text`` is (whole line only), or None for anything else.

    Kinds: "date header", "byline", "section and byline", "posted-by", "reading time",
    "byline and date" ("Jane Doe | March 5, 2024", "Jane Doe — March 5, 2024", "Jane Doe,
    Staff Reporter | 5 May 2024"), "byline and reading time", "date line"
    (a date with a year and a clock time, nothing else), "breadcrumb" ("News » World").
    """
    t = clean_line(text)
    if not t or more_words_than(t, 25):
        return None
    m = _STAMP_LABEL.match(t)
    if m and ((m["colon"] and m["rest"]) or _is_stamp(m["rest"])):
        return "date header"
    if _is_byline(t):
        return "byline"
    s = _SECTION_BYLINE.match(t)
    if s and _is_byline(s["by"]):
        return "section and byline"
    p = _POSTED_BY.match(t)
    if p and (not p["rest"].strip() or _is_stamp(p["rest"].strip(" |,-–—"))):
        return "posted-by"
    if _READING_TIME.match(t):
        return "reading time"
    if _stamp_chain(t):
        return "date header"  # "Published May 3, 2021 • Updated May 4, 2021 • 4 min read"
    k = _KIND_BYLINE.match(t)
    who = k["name"] if k else ""
    # "Analysis by Jane Doe", "Commentary by Reuters": two name words, or a wire agency
    if k and _is_person(who) and (len(who.split()) >= 2 or _is_byline(f"By {who}")):
        return "byline"
    n = _STAFF_BYLINE.match(t) or _ROLE_BYLINE.match(t) or _NAME_STAMP.match(t)
    if n and not any(w in _NOT_NAMES for w in n["name"].split()):
        if n.re is _STAFF_BYLINE and n["rest"]:
            if _is_stamp(n["rest"]) and next(find_dates(n["rest"]), None):
                return "byline and date"  # "Jane Doe, Staff Reporter | Mon 5 May 2024"
        elif n.re is not _NAME_STAMP:
            return "byline"
        if _READING_TIME.match(n["rest"]):
            return "byline and reading time"
        if _is_stamp(n["rest"]) and next(find_dates(n["rest"]), None):
            return "byline and date"
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
    return None
