"""Wire datelines at the start of a line: well-formed ("DAMASCUS, April 19 (Reuters) -")
and malformed ("Damascus April 19 Reuters"). Used by NL102 and for the article date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newslint.checks._date_parse import (
    DAY,
    MONTH,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    YEAR,
    find_dates,
    split_words,
)

_UP = "A-ZÀ-ÖØ-Þ"
_CAPS_WORD = rf"[{_UP}](?:[{_UP}'’.\-]*[{_UP}.])?"
_CITY_CAPS = rf"(?:{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,2}})"
_TITLE_WORD = rf"[{_UP}][a-zà-öø-ÿ'’.\-]+"
_CITY_TITLE = rf"(?:{_TITLE_WORD}(?:[\s-]{_TITLE_WORD}){{0,2}})"
_REGION = rf"(?:[{_UP}][\w.'’\-]*(?:\s+[{_UP}][\w.'’\-]*){{0,2}})"
_DL_DATE = rf"(?:{MONTH}\s+{DAY}(?:,?\s+{YEAR})?|{DAY}\s+{MONTH}(?:,?\s+{YEAR})?)"
_AGENCY = r"\(\s*[A-Za-z][\w .&/'’-]{0,40}?\s*\)"
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
    rf"(?:,\s*(?P<date>{_DL_DATE}))?\s*(?P<agency>{_AGENCY})?(?:{_DASH}|\s*:\s)"
)
_DATELINE_TITLE = re.compile(
    rf"{_LEAD}(?P<city>{_CITY_TITLE})(?:,\s*(?P<region>{_REGION}))?"
    rf"(?:,\s*(?P<date>{_DL_DATE}))?\s*(?P<agency>{_AGENCY})(?:{_DASH}|\s*:\s)"
)  # a colon after the agency too: "Mumbai, March 3 (PTI): " (Indian wire style)
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
    split_words(
        "On In At By Since Until From Before After During Through Between Last Next This That "
        "The A An Early Late As And But So Yet Still Now Then Today Yesterday Tonight Meanwhile "
        "However Also Instead Indeed Overall Finally First Second Again Earlier Later "
        "Starting Beginning Officials Sources Police He She They We It There Here"
    )
    + WEEKDAY_NAMES
    + MONTH_NAMES
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
