"""NL102 missing-dateline: the lede does not open with a dateline ("BEIRUT (AP) — ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field, field_validator

from newslint.article import Article
from newslint.checks._datelines import diagnose_dateline, match_dateline
from newslint.checks._lede import find_lede
from newslint.finding import Hit
from newslint.rule import RuleOptions, article_rule


class MissingDatelineOptions(RuleOptions):
    patterns: list[str] = Field(
        default_factory=list,
        description="Extra regular expressions for house-style datelines, matched at the "
        "start of a line (e.g. '\\[[A-Z][a-z]+\\] ' for '[Dubai] ...').",
    )
    skip_lines: int = Field(
        6,
        ge=0,
        description="At most this many title, header, byline and caption lines are skipped "
        "to find the lede.",
    )

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"bad regular expression {pattern!r}: {exc}") from exc
        return value


def _excerpt(text: str, limit: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


@article_rule(
    code="NL102",
    name="missing-dateline",
    summary="The lede has no dateline (or a malformed or misplaced one).",
    options=MissingDatelineOptions,
    tags=("dates", "metadata"),
)
def check(article: Article, options: MissingDatelineOptions) -> Iterator[Hit]:
    """## What it does
    Finds the lede (skipping the title, "Published:" and byline lines, captions and short
    lines without terminal punctuation, and lines that NL202 web-boilerplate or NL201
    caption-fragment recognise, such as "We use cookies ..." or "... on Tuesday. (EPA)")
    and reports it once when it does not open with a
    dateline. Recognised: `CITY, Month Day (Agency) -`, `CITY (Agency) —`,
    `CITY, Country, Month Day (UPI) —`, `CITY, State. —`, `CITY —`, `CITY: `, capital city
    names with spaces, hyphens and periods ("ST. LOUIS", "WINSTON-SALEM"), Reuters month
    abbreviations ("Sept") and capitals ("CHENNAI, NOV 5: "), the AFP style `Beirut (AFP) -`,
    any short date before an agency (`BERLIN, 4. April (dpa) -`), an agency in brackets and
    no dash before the text (IANS and PTI style: `MUMBAI, Jan 12 (IANS) The ...`; with a
    date or a known wire agency), press releases (`DENVER, May 4, 2021 /PRNewswire/ --`,
    `TORONTO, June 1, 2022 (GLOBE NEWSWIRE) --`), TASS (`MOSCOW, March 3. /TASS/. `), and
    Title-case places with particles ("Port-au-Prince", "Rio de Janeiro") before a dash, a
    colon or, after a region or date, a pipe: `Columbus, Ohio — `, `Wellington, 4 June: `,
    `Lagos, Nigeria | `, `Dubai: `, `Cork – `; hyphen, en or em dashes. A Title-case form
    without an agency needs a sentence after it (a capital first, lower-case words soon) and
    never starts with a label, salutation or sentence subject ("Update:", "Sir –",
    "Officials — who ...", "Boeing: the company said ..." are not datelines). A single place
    of one or two words then a pipe (the Indian style `Pune | Left-arm spinner ... took ...`)
    needs a lede sentence after it: a verb, a sentence end or a long line, no other pipe, and
    neither the place nor the first word a section or byline word ("Opinion | The case for
    ...", "Cricket | India beat ...", "World | Jane Doe", "Economy | By ..." are no
    datelines). No place, only an agency in brackets and a dash: a known wire agency
    (`(CNN) — `) or a date and a capitalised agency (`Aug. 14 (UPI) -- `, `June 2 (Tribune
    News Service) — `). An agency's abbreviation in capitals without brackets after the date
    (and a comma or not), then a dash and a capitalised text (`BRIDGETOWN, Barbados, Jan 9,
    CMC – `, `Ho, May 21, GNA - `, `HOBART, Oct 3 AAP - `; not `PARIS, Jan 9, NATO said ...`
    or `PARIS, Jan 9 NATO said ...`). Two or three cities joined by a slash, in capitals or
    Title case, with a date or an agency after them (`LIMA/LA PAZ, March 11 (Reuters) - `,
    `Brussels/Berlin/Warsaw, June 2 (AFP) - `, `NEW YORK/LONDON (Reuters) — `; not `US/EU —
    ...`). Regions of up to three
    capitalised words with one lower-case joining word (`STORNOWAY, Isle of Lewis — `,
    `Arima, Trinidad and Tobago: `, `Goma, Democratic Republic of the Congo – `) unless they
    open with a role, an organisation or a label (`Jane Doe, Chair of the Trust — ...` and
    `Oxfam, Friends of the Earth — ...` are subjects). A region in brackets and a country in
    square brackets after the city, with a date and an agency (ANI style: `Srinagar (Jammu
    and Kashmir) [India], March 8 (ANI): `). A full stop between a bracketed agency and a
    hyphen (EFE style: `Quito, 14 Feb (EFE).- `; not a full stop alone). A full stop after
    the city before a date and a bracketed agency (Interfax style: `KHARKIV. March 9
    (Interfax-Ukraine) - `; without the agency it stays malformed). An agency's abbreviation
    of 3-6 capitals joined to the city by a hyphen, a country in brackets, a dash and a
    sentence (APA style: `APA-Bamako (Mali) – `; not a headline tag `UPDATE-...`). In
    press releases with a date, a state and a country after the city (`AUSTIN, TX, UNITED
    STATES, May 5, 2025 /Example Wire/ -- `). A date with its year first, then the place
    between two dashes and a sentence (government releases: `May 5, 2025 – Whitehorse,
    Yukon – `; not without the year or with a label for the place). In the lede only, a
    place and a full stop before the sentence (East African style: `Lusaka. The central
    bank ...`, `MOMBASA. Port workers ...`) when the place is written in capitals (three
    letters or more, no Roman numeral) or is a known country or capital, a sentence of 10
    words or one ending in the line follows (no headline), and that sentence does not point
    back at the place: a feature's opening such as "Paris. It was ...", "Harare. That is
    where ...", "Lisbon. The city is ...", "Oslo. Oslo is ...", "Rome. Paris. Berlin. ..."
    or "Silence. The hall ..." is no dateline ("Lusaka. The city council said ..." is).
    The message says when a dateline is malformed ("Damascus April 19 Reuters": no comma,
    agency not in parentheses, no dash; "damascus, ..." or "singapore — ...": city not in
    capitals) or appears
    later in the article ("dateline found on line N, not in the lede": text spliced in from a
    wire story).

    ## Why it matters
    The dateline says where and when the reporting happened; wire copy without it has lost
    its place and often its date. A dateline in the middle of an article marks a paragraph
    spliced in from another story.

    ## Example
        Syrian officials said on Friday that talks would resume.

    ## Passes
        DAMASCUS, April 19 (Reuters) - Syrian officials said on Friday that talks would resume.

    ## Options
    - `patterns` (default none): extra regexes for house-style datelines.
    - `skip_lines` (default 6): how many leading non-lede lines may be skipped.

    ## Known false positives
    Corpora whose sources never use datelines (magazines, blogs, many web sites): disable the
    rule there, or add the house style to `patterns`. An all-capitals word before a dash at
    the start of the lede ("NATO — ...") is taken for a dateline, and so is a Title-case
    name before a colon or dash when a capitalised sentence follows ("Boeing: The company
    said ...", a speaker's name in a Q&A transcript): missed reports, not false ones. So
    is a name followed by a role that is not among the known role words (`Jane Doe, Curator
    of Prints — We ...`), and a known capital and a full stop opening a feature whose next
    sentence does not point back at it ("Paris. The spring of 1968 ..."). A Title-case town
    that is no country or capital before a full stop ("Entebbe. The ...") is reported:
    add the house style to `patterns`.
    """
    lede = find_lede(article, options.skip_lines)
    if lede is None:
        return
    extra = [re.compile(p) for p in options.patterns]
    if any(match_dateline(line.text, extra) for line in article.lines[: lede.index + 1]):
        return
    indent = len(lede.text) - len(lede.text.lstrip())
    bad = diagnose_dateline(lede.text)
    if bad is not None:
        start, end, problems = bad
        text = lede.text[start:end].strip()
        yield Hit(
            f"malformed dateline {text!r}: {', '.join(problems)}",
            lede.start + start,
            lede.start + start + len(text),
        )
        return
    starts = {para.start for para in article.paragraphs}
    for line in article.lines[lede.index + 1 :]:
        if line.start in starts and match_dateline(line.text, extra, need_date_or_agency=True):
            yield Hit(
                f"dateline found on line {line.number + article.body_line_offset}, "
                f"not in the lede {_excerpt(lede.text)!r}",
                lede.start + indent,
            )
            return
    yield Hit(f"no dateline in the lede {_excerpt(lede.text)!r}", lede.start + indent)
