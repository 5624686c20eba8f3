"""Shared date and metadata helpers of the NL1xx rules (pure functions, separately tested).

Explicit dates in prose, wire datelines, page-furniture lines (date headers, bylines), the lede,
and the article's reference date with where it came from. Month and weekday names are matched
case-sensitively (Title case or capitals) so that "may" and "march" in prose never count.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from newslint.article import Article, Line
from newslint.checks._boilerplate import is_web_furniture
from newslint.checks._text import normalise_for_compare, word_count
from newslint.checks.caption_fragment import is_caption


def _split(text: str) -> list[str]:
    return text.split()


_MONTHS_EN = _split(
    "January February March April May June July August September October November December"
)
#: Lower-case month name or abbreviation (Reuters style "Sept" included) -> month number.
MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(_MONTHS_EN, 1)}
MONTHS.update({name[:3].lower(): i for i, name in enumerate(_MONTHS_EN, 1)})
MONTHS["sept"] = 9
_WEEKDAYS_EN = _split("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
#: Lower-case weekday name or abbreviation -> weekday number (Monday = 0).
WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(_WEEKDAYS_EN)}
WEEKDAYS.update({name[:3].lower(): i for i, name in enumerate(_WEEKDAYS_EN)})
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})


def _alternation(names: Sequence[str]) -> str:
    forms = {f for n in names for f in (n.capitalize(), n.upper())}
    return "|".join(sorted(forms, key=len, reverse=True))


MONTH = rf"(?:{_alternation(list(MONTHS))})\b\.?"
WEEKDAY = rf"(?:{_alternation(list(WEEKDAYS))})\b\.?"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:1[6-9]|20|21)\d\d(?!\d)"
_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?)?"
_DATE = re.compile(
    rf"\b(?=[A-Z\d]){_WD_PREFIX}(?:"
    rf"(?P<m1>{MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{MONTH})(?:,?\s+(?P<y2>{_YEAR}))?"
    rf"|(?P<y3>{_YEAR})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>{_DAY})"
    r")"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """An explicit date written in text; offsets are into the searched string."""

    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int
    weekday: int | None  # as written (Monday = 0), None without a weekday

    @property
    def valid(self) -> bool:
        """False for impossible dates (April 31; February 29 of a common year)."""
        limit = calendar.monthrange(self.year or 2000, self.month)[1]
        return self.day <= limit

    @property
    def date(self) -> dt.date | None:
        if self.year is None or not self.valid:
            return None
        return dt.date(self.year, self.month, self.day)


def _num(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def find_dates(text: str) -> Iterator[DateMention]:
    """Explicit dates: "April 19, 2019", "19 April 2019", "Sat, May 06, 2017", "2019-04-19"...

    A day without a year ("on April 19") is returned with ``year`` None. Memoised per text
    (several rules scan the same body): a pure function of ``text``, mentions are frozen.
    """
    return iter(_dates_of(text))


@lru_cache(maxsize=32)
def _dates_of(text: str) -> tuple[DateMention, ...]:
    return tuple(_scan_dates(text))


def _scan_dates(text: str) -> Iterator[DateMention]:
    for m in _DATE.finditer(text):
        if m["m1"]:
            month, day, year = MONTHS[m["m1"].rstrip(".").lower()], m["d1"], m["y1"]
        elif m["m2"]:
            month, day, year = MONTHS[m["m2"].rstrip(".").lower()], m["d2"], m["y2"]
        else:
            month, day, year = int(m["m3"]), m["d3"], m["y3"]
        wd = m["wd"]
        if wd and wd.rstrip(".").lower() == "sun" and _after_name(text, m.start()):
            # "The Sun, May 7, 2017" / "Toronto Sun, ...": a newspaper, not Sunday
            yield from find_dates_at(text, m.start("wd") + len(wd))
            continue
        weekday = WEEKDAYS[wd.rstrip(".").lower()] if wd else None
        yield DateMention(
            m.start(),
            m.end(),
            m[0],
            int(year) if year else None,
            month,
            _num(day),
            weekday,
        )


def find_dates_at(text: str, offset: int) -> Iterator[DateMention]:
    """The dates of ``text[offset:]``, offsets still relative to ``text``."""
    for d in find_dates(text[offset:]):
        yield DateMention(
            d.start + offset, d.end + offset, d.text, d.year, d.month, d.day, d.weekday
        )


def _after_name(text: str, pos: int) -> bool:
    """Is ``pos`` right after a name ("Toronto Sun") rather than a label ("Published: Sun")?"""
    before = text[max(0, pos - 30) : pos].split()
    if not before or before[-1] in _LABELS:
        return False
    return bool(re.fullmatch(r"[A-Z][a-z]+|the", before[-1]))


_LABELS = frozenset(_split("Published Updated Posted Modified Date On Last First Dated"))


# --- datelines -------------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-Þ"
_CAPS_WORD = rf"[{_UP}](?:[{_UP}'’.\-]*[{_UP}.])?"
_CITY_CAPS = rf"(?:{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}})"
_TITLE_WORD = rf"[{_UP}][a-zà-öø-ÿ'’.\-]+"
_CITY_TITLE = rf"(?:{_TITLE_WORD}(?:[\s-]{_TITLE_WORD}){{0,2}})"
_REGION = rf"(?:[{_UP}][\w.'’\-]*(?:\s+[{_UP}][\w.'’\-]*){{0,2}})"
_DL_DATE = rf"(?:{MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{MONTH}(?:,?\s+{_YEAR})?)"
_AGENCY = r"\(\s*[A-Za-z][\w .&/'’-]{0,40}?\s*\)"
_DASH = r"(?:\s*(?:--|—|–)|\s+-|-(?=\s))"
_LEAD = r"^\s*[*_]*"
#: Caps words that open headlines or labels, not places ("EXCLUSIVE-", "UPDATE 2 -").
_NOT_CITIES = frozenset(
    _split(
        "UPDATE UPDATED BREAKING EXCLUSIVE ANALYSIS OPINION WATCH LIVE VIDEO PHOTOS EDITORIAL "
        "COMMENTARY FACTBOX EXPLAINER REVIEW INTERVIEW CORRECTED CORRECTION URGENT FLASH ALERT "
        "NOTE EDITOR'S TIMELINE Q&A WARNING FILE PHOTO SOURCE READ LISTEN SEE"
    )
)
_DATELINE_STRICT = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_CAPS})[*_]*(?:,\s*(?P<region>{_REGION}))?"
    rf"(?:,\s*(?P<date>{_DL_DATE}))?\s*(?P<agency>{_AGENCY})?(?:{_DASH}|\s*:\s)"
)
_DATELINE_TITLE = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_TITLE})(?:,\s*(?P<region>{_REGION}))?"
    rf"(?:,\s*(?P<date>{_DL_DATE}))?\s*(?P<agency>{_AGENCY}){_DASH}"
)
#: Any short date before a wire agency: "BERLIN, 4. April (dpa) -", "PARIS, 4 avril (AFP) -".
_DATELINE_AGENCY = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_CAPS}|{_CITY_TITLE}),\s*(?P<date>[^()\n,]{{1,25}}?)"
    rf"\s*(?P<agency>{_AGENCY}){_DASH}"
)
AGENCIES = (
    "Reuters|AP|AFP|UPI|Xinhua|dpa|DPA|ANSA|EFE|Bernama|IANS|PTI|ANI|Anadolu|TASS|Kyodo|"
    "Yonhap|IRNA|SANA|WAM|KUNA|SPA|Bloomberg|CNN|Agencies|AA"
)
_AGENCY_WORD = rf"(?:\(\s*(?:{AGENCIES})\s*\)|\b(?:{AGENCIES})\b)"
_DATELINE_LOOSE = re.compile(
    rf"{_LEAD}(?P<city>[A-Za-zÀ-ÿ][\w'’.\-]*(?:\s+[{_UP}][\w'’.\-]*){{0,2}}?)(?P<comma>\s*,)?\s*"
    rf"(?:(?P<date>{_DL_DATE})(?:\s*,)?\s*(?P<agency>{_AGENCY_WORD})?|(?P<agency2>{_AGENCY_WORD}))"
    rf"(?P<dash>{_DASH}|\s*:\s)?"
)
#: Words that open sentences, not datelines ("On April 19, ...", "Meanwhile — ...").
_NOT_CITY_WORDS = frozenset(
    _split(
        "On In At By Since Until From Before After During Through Between Last Next This That "
        "The A An Early Late As And But So Yet Still Now Then Today Yesterday Tonight Meanwhile "
        "However Also Instead Indeed Overall Finally First Second Again Earlier Later "
        "Starting Beginning Officials Sources Police He She They We It There Here"
    )
    + _WEEKDAYS_EN
    + _MONTHS_EN
)
_TITLE_DASH = re.compile(rf"{_LEAD}(?P<city>{_CITY_TITLE})\s*(?P<dash>—|–|\s-)\s+\S")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline at the start of a line; offsets into the searched string."""

    start: int
    end: int
    text: str
    month: int | None = None
    day: int | None = None
    year: int | None = None


def match_dateline(
    text: str, extra: Sequence[re.Pattern[str]] = (), *, need_date_or_agency: bool = False
) -> Dateline | None:
    """A well-formed dateline opening ``text``: caps city (AFP style: city + agency) + dash.

    ``extra`` are house-style patterns (matched at the start); ``need_date_or_agency`` refuses
    the bare "CITY —" form (used away from the lede, where it is too weak a signal).
    """
    for pattern in extra:
        em = pattern.match(text)
        if em:
            return Dateline(em.start(), em.end(), em[0].strip())
    m = _DATELINE_STRICT.match(text) or _DATELINE_TITLE.match(text) or _DATELINE_AGENCY.match(text)
    if not m or m["city"].split()[0].strip("*_") in _NOT_CITIES:
        return None
    if sum(c.isalpha() for c in m["city"]) < 2:
        return None
    if need_date_or_agency and not (m["date"] or m["agency"]):
        return None
    out = Dateline(m.start("city"), m.end(), m[0].strip())
    if m["date"]:
        d = next(find_dates(m["date"]), None)
        if d is not None:
            out = Dateline(out.start, out.end, out.text, d.month, d.day, d.year)
    return out


def diagnose_dateline(text: str) -> tuple[int, int, list[str]] | None:
    """A malformed dateline opening ``text``: (start, end, problems), or None.

    Needs a city followed by a date and a dash or agency, or by a wire agency, or a caps city
    and a date ("Damascus April 19 Reuters", "DAMASCUS April 19 -"); or a Title-case city
    before a dash ("Damascus — ..."). Sentence openers ("On April 19, ...") never count.
    """
    m = _DATELINE_LOOSE.match(text)
    if m and m["city"].split()[0] not in _NOT_CITY_WORDS | _NOT_CITIES:
        city, agency = m["city"], m["agency"] or m["agency2"]
        caps = city == city.upper()
        if agency or m["dash"] or caps:
            problems = []
            if city[0].islower() or (not caps and not (agency or "").startswith("(")):
                problems.append("city not in capitals")
            if m["date"] and not m["comma"]:
                problems.append("no comma after the city")
            if agency and not agency.startswith("("):
                problems.append("agency not in parentheses")
            if not m["dash"]:
                problems.append("no dash before the text")
            if problems:
                return m.start("city"), m.end(), problems
    t = _TITLE_DASH.match(text)
    if t and t["city"].split()[0] not in _NOT_CITY_WORDS | _NOT_CITIES:
        dash = t["dash"].strip()
        sentence = re.split(r"[.!?]\s", text[t.end("dash") :], maxsplit=1)[0]
        if dash not in sentence:  # a parenthetical "Assad — who ... — said" is no dateline
            return t.start("city"), t.end("dash"), ["city not in capitals"]
    return None


# --- page-furniture lines --------------------------------------------------------------------

_STAMP_LABEL = re.compile(
    r"^(?P<label>(?:Published|Updated|Last\s+(?:updated|modified)|First\s+published|"
    r"Originally\s+published|Posted|Modified|Date\s+published)(?:\s+(?:on|at))?)"
    r"(?P<colon>\s*:)?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_STAMP_WORDS = frozenset(
    _split(
        "on at by ago and hours hour hrs minutes minute mins min days day weeks week local time "
        "am pm a.m. p.m. admin editor staff updated published | - – — , :"
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
    rf"^By\s+(?P<names>(?P<first>{_NAME})(?:\s*(?:,|and|&)\s*{_NAME})*)"
    rf"(?:\s*(?:,|\||-|–|—|/|•|\bfor\b)\s*{_AFFIL})?\.?$"
)
_NOT_NAMES = frozenset(
    _split(
        "The A An And Of In For To With Any All This That Then Now Far Way Contrast Comparison "
        "Law Day Night Air Land Sea Road Train Car Hand Mail Phone Design Default Noon Midnight "
        "Mid Late Early Next Last Some Most Many Much More Far Chance Order Nature"
    )
    + _WEEKDAYS_EN
    + _MONTHS_EN
)
_SECTION_BYLINE = re.compile(r"^(?P<section>[A-Z][\w&'’ ,/-]{1,30}?)\s*[|•·]\s*(?P<by>By\s.+)$")
_POSTED_BY = re.compile(
    r"^(?:Posted|Written|Submitted)\s+by\s+(?P<who>[\w.@-]+(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?P<rest>(?:\s*(?:\||,|-|–|—|\bon\b|\bat\b).*)?)$"
)
_READING_TIME = re.compile(
    r"^(?:(?:Reading|Read)\s+time\s*:?\s*(?:about\s+)?\d{1,3}\s*(?:min|mins|minutes?)"
    r"|\d{1,3}\s*[- ]?\s*(?:min|mins|minutes?)\s+read)\.?$",
    re.IGNORECASE,
)
_STAFF_BYLINE = re.compile(
    rf"^(?P<name>{_NAME}),\s+(?:(?:Staff|Senior|Chief|Political|Business|Sports?|Crime|Court"
    r"|Health|Science|Education|Environment|Foreign|Local|City|Special|Contributing|Freelance)"
    r"\s+)?(?:Reporter|Writer|Correspondent|Editor|Journalist)\.?$"
)
_NAME_STAMP = re.compile(rf"^(?P<name>{_NAME})\s*[|•·]\s*(?P<rest>.+)$")
_CRUMB = r"[A-Z][\w&'’-]*(?:\s+(?:&|and|[A-Z][\w&'’-]*)){0,2}"
_BREADCRUMB = re.compile(rf"^(?:Home\s*[»›]\s*)?{_CRUMB}(?:\s*[»›]\s*{_CRUMB}){{1,4}}$")
_MARKUP = re.compile(r"^[\s#>*_]+|[\s*_]+$")


def clean_line(text: str) -> str:
    """A line without surrounding spaces and Markdown heading/quote/emphasis marks."""
    return _MARKUP.sub("", text)


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


def metadata_line_kind(text: str) -> str | None:
    """What page-furniture line ``text`` is (whole line only), or None for anything else.

    Kinds: "date header", "byline", "section and byline", "posted-by", "reading time",
    "byline and date" ("Jane Doe | March 5, 2024"), "breadcrumb" ("News » World").
    """
    t = clean_line(text)
    if not t or word_count(t) > 25:
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
    n = _STAFF_BYLINE.match(t) or _NAME_STAMP.match(t)
    if n and not any(w in _NOT_NAMES for w in n["name"].split()):
        if n.re is _STAFF_BYLINE:
            return "byline"
        if _is_stamp(n["rest"]) and next(find_dates(n["rest"]), None):
            return "byline and date"
    if _BREADCRUMB.match(t):
        return "breadcrumb"
    return None


# --- the lede --------------------------------------------------------------------------------

_CAPTION_START = re.compile(
    r"^(?:This\s+(?:undated\s+|handout\s+|file\s+)*(?:image|photo|picture|photograph)|"
    r"In\s+this\s+(?:undated\s+|handout\s+|file\s+)*(?:image|photo|picture)|File\s+photo|"
    r"(?:Photo|Image|Picture|Pictured|Credit|Photograph|Caption)\s*:)",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"\b(?:Image|Photo|Picture|Credit|Photograph)\s*:|Getty Images|\b(?:AP|AFP|Reuters)\s+Photo\b"
    r"|\(\s*(?:AFP|AP|Reuters)\s*(?:Photo|/)",
    re.IGNORECASE,
)
_TERMINAL = tuple(".!?\"'”’»)")


def is_preamble(text: str, title_key: str | None, *, strong_only: bool = False) -> bool:
    """A title, header, byline or caption line above the lede (not article text).

    ``strong_only`` leaves out the weak test (a short text without terminal punctuation),
    which only makes sense for a whole paragraph: the first line of a wrapped lede has none.
    """
    t = " ".join(clean_line(text).split())
    if title_key and normalise_for_compare(t) == title_key:
        return True
    if metadata_line_kind(t) or _CAPTION_START.match(t):
        return True
    if is_web_furniture(t) or is_caption(t):
        return True  # "We use cookies ...", "Residents walk past ... (EPA)": NL202/NL201 lines
    if _CREDIT.search(t) and not (t.endswith((".", "!", "?")) and word_count(t) > 12):
        return True  # "... links Damascus with Aleppo. Image: iStock"; not a long sentence
    return not strong_only and not t.endswith(_TERMINAL) and word_count(t) <= 25


def _leads_block(block: list[Line], title_key: str | None) -> bool:
    """Is the first line of a block preamble: clearly so, or a short headline on its own line
    (at most 10 words, no terminal punctuation, the next line starts a new sentence)?
    A long line without terminal punctuation is the first line of a wrapped paragraph.
    """
    first = block[0].text
    if is_preamble(first, title_key, strong_only=True):
        return True
    if len(block) < 2 or word_count(first) > 10 or not is_preamble(first, title_key):
        return False
    if first.split()[-1].lower() in _CONTINUES:
        return False  # "... the budget on" runs on into the next line
    start = block[1].text.lstrip()[:1]
    return start.isupper() or start in _SENTENCE_START


_CONTINUES = frozenset(
    _split("a an the of to in on at by for from with and or but as that than its their his her")
)
_SENTENCE_START = tuple("\"“‘'0123456789")


def find_lede(article: Article, skip_lines: int = 6) -> Line | None:
    """The first line of the lede: the first text that is not a title, header or caption.

    Whole paragraphs are skipped when preamble; inside a paragraph only leading lines that
    are preamble (a byline or a short headline above the lede in the same block). At most
    ``skip_lines`` paragraphs or lines are skipped; None when the article is all preamble.
    """
    title_key = normalise_for_compare(article.title) if article.title else None
    skipped = 0
    lines = article.lines
    i = 0
    for para in article.paragraphs:
        block = []
        while i < len(lines) and lines[i].start <= para.end:
            if lines[i].start >= para.start:
                block.append(lines[i])
            i += 1
        while block and skipped < skip_lines and _leads_block(block, title_key):
            block.pop(0)
            skipped += 1
        if not block:
            continue
        rest = article.body[block[0].start : para.end]
        if skipped < skip_lines and is_preamble(rest, title_key):
            skipped += 1
            continue
        return block[0]
    return None


def lede_dateline(article: Article, skip_lines: int = 6) -> tuple[Line, Dateline] | None:
    """The dateline opening the lede or a preamble line above it."""
    lede = find_lede(article, skip_lines)
    if lede is None:
        return None
    for line in article.lines[: lede.index + 1]:
        d = match_dateline(line.text)
        if d:
            return line, d
    return None


# --- the reference date ----------------------------------------------------------------------

_PUBLISHED_FIRST = re.compile(r"^(?:Published|First|Originally|Posted|Date)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ReferenceDate:
    """The article's own date and where it came from (line: file line, None for metadata)."""

    year: int
    date: dt.date | None
    source: str  # "metadata", "dateline", "'Published' header"...
    line: int | None = None

    def describe(self) -> str:
        what = (
            f"the article date {self.date.isoformat()}"
            if self.date
            else f"the article year {self.year}"
        )
        where = self.source if self.line is None else f"{self.source}, line {self.line}"
        return f"{what} (from {where})"


def header_lines(article: Article) -> list[tuple[Line, DateMention | int]]:
    """Date header lines ("Published: Sat, May 06, 2017") with their date (or bare year)."""
    out: list[tuple[Line, DateMention | int]] = []
    for line in article.lines:
        t = clean_line(line.text)
        if metadata_line_kind(t) not in ("date header", "posted-by"):
            continue
        dated = [d for d in find_dates(t) if d.year and d.valid]
        if dated:
            out.append((line, dated[0]))
            continue
        year = re.search(rf"(?<!\d){_YEAR}", t)
        if year:
            out.append((line, int(year[0])))
    # "Published"/"Posted" before "Updated"/"Last modified"
    out.sort(key=lambda item: not _PUBLISHED_FIRST.match(clean_line(item[0].text)))
    return out


def reference_date(article: Article, skip_lines: int = 6) -> ReferenceDate | None:
    """The article date: metadata, else a dateline with a year, else a date header line."""
    if article.date is not None:
        return ReferenceDate(article.date.year, article.date, "metadata")
    offset = article.body_line_offset
    found = lede_dateline(article, skip_lines)
    if found and found[1].year and found[1].month and found[1].day:
        line, d = found
        assert d.year and d.month and d.day
        with_date = dt.date(d.year, d.month, min(d.day, calendar.monthrange(d.year, d.month)[1]))
        return ReferenceDate(d.year, with_date, "dateline", line.number + offset)
    for line, when in header_lines(article):
        label = re.split(r"[\s:]", clean_line(line.text), maxsplit=1)[0]
        source = f"{label!r} header"
        if isinstance(when, DateMention):
            assert when.year is not None
            return ReferenceDate(when.year, when.date, source, line.number + offset)
        return ReferenceDate(when, None, source, line.number + offset)
    return None


def has_date_anchor(article: Article) -> bool:
    """Does the article carry a date anywhere (metadata, dateline, header, full date)?"""
    if article.date is not None or any(d.year and d.valid for d in find_dates(article.body)):
        return True
    found = lede_dateline(article)
    if found and found[1].month:
        return True
    return reference_date(article) is not None  # "Published: 06.05.2017": a bare year


# --- years the body reports events in --------------------------------------------------------

_BODY_YEAR = re.compile(r"(?<![\w$€£¥#.,:/])((?:19|20)\d\d|2100)(?![\w%]|[.,:/]\d|-\d\d\d)")
_EVENT_BEFORE = frozenset(
    _split(
        "in since of during from year years early late mid end between and or the summer winter "
        "spring autumn fall christmas ("
    )
)
_NOT_EVENT_AFTER = re.compile(r"\s*(?:[A-Z]{2,4}T\b|UTC|local\b|hours?\b|hrs\b|h\b|GMT)")
_FUTURE = re.compile(
    r"\b(?:will|would|shall|could|should|might|plans?|planned|planning|aims?|aiming|targets?|"
    r"targeted|goals?|forecasts?|projected|projections?|expected|expects|scheduled|due|deadline|"
    r"until|upcoming|outlook|estimates?)\b|\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d"
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")


def _sentence(text: str, pos: int) -> str:
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= pos]
    start = starts[-1]
    end = _SENTENCE_END.search(text, pos)
    return text[start : end.start() if end else len(text)]


def event_years(article: Article, skip: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(year, offset) of years 1900-2100 the body reports events in, outside ``skip`` spans.

    Only years after an event word ("in 2015", "since 2011", "April 2015", "the 2015 vote"),
    never quantities ("some 2000"), clock times ("2100 GMT") or sentences about the future.
    """
    out = []
    for para in article.paragraphs:
        text = para.text
        for m in _BODY_YEAR.finditer(text):
            if any(a <= para.start + m.start() < b for a, b in skip):
                continue
            if text[: m.start()].endswith("-") and not text[: m.start()].lower().endswith("mid-"):
                continue  # the end of a range or an ID; "mid-2015" is fine
            before = re.findall(r"[\w(]+", text[max(0, m.start() - 30) : m.start()])
            prev = before[-1] if before else ""
            prev = "mid" if text[: m.start()].lower().endswith("mid-") else prev
            if (
                prev.lower() not in _EVENT_BEFORE
                and prev.rstrip(".").lower() not in MONTHS
                and not re.search(rf"{MONTH}\s+{_DAY},\s*$", text[: m.start()])
            ):
                continue
            if _NOT_EVENT_AFTER.match(text, m.end()) or _FUTURE.search(_sentence(text, m.start())):
                continue
            out.append((int(m[1]), para.start + m.start()))
    return out
