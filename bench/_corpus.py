"""Clean news articles for the benchmarks, and how they are rendered to article files.

The articles under ``bench/clean/`` were written for this project (English) and under
``bench/clean/foreign/`` (German, French, Spanish, for NL401). ``clean_articles(n, seed)``
turns the English bases into ``n`` distinct variants, deterministically: person names
are swapped from fixed pools, paragraphs after the lede may change order, and each variant
gets a paragraph style (blank-line blocks, possibly wrapped, or one paragraph per line).

Rendering goes through ``Draft`` (a list of ``Block``s) so that the defect injectors at the
end of this module can add or change blocks and still know the exact file lines of what
they changed. The speed benchmark only needs ``clean_articles`` and ``CleanArticle.render``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

CLEAN_DIR = Path(__file__).resolve().parent / "clean"
FOREIGN_DIR = CLEAN_DIR / "foreign"
#: Clean articles written by someone who had not seen the rules, one directory per set
#: (see ``_held_out.CLEAN_SETS``).
HELD_OUT_CLEAN_DIR = Path(__file__).resolve().parent / "clean_held_out"

Style = Literal["blank", "line"]

# Names the base articles use; a variant maps each to another name of the same pool.
FIRST_NAMES = [
    "Maria",
    "James",
    "Samuel",
    "Tomas",
    "Daniel",
    "Lucas",
    "Priya",
    "Elena",
    "Grace",
    "Fatima",
    "Victor",
    "Helen",
    "Peter",
    "Kenji",
    "Nadia",
    "Laura",
    "Sofia",
    "Omar",
    "David",
    "Amina",
]
LAST_NAMES = [
    "Okafor",
    "Lindqvist",
    "Adeyemi",
    "Moreau",
    "Hartley",
    "Castellano",
    "Nakamura",
    "Whitfield",
    "Haddad",
    "Mendes",
    "Brennan",
    "Osei",
    "Tanaka",
    "Sorensen",
    "Fitzgerald",
    "Kowalski",
    "Novak",
    "Petrov",
    "Delacroix",
    "Ramirez",
]
_NAME_RE = re.compile(r"\b(" + "|".join(FIRST_NAMES + LAST_NAMES) + r")\b")


@dataclass(frozen=True)
class Base:
    """One hand-written article as stored in ``bench/clean``."""

    id: str
    title: str
    date: dt.date
    paragraphs: tuple[str, ...]
    language: str = "en"


@dataclass(frozen=True)
class CleanArticle:
    """A clean article variant: what the benchmarks lint (after optional injection)."""

    id: str
    base: str
    title: str
    date: dt.date
    paragraphs: tuple[str, ...]  # lede first, one string per paragraph (no newlines)
    style: Style
    width: int | None  # wrap width of blank-style paragraphs (None: one line each)
    language: str = "en"

    def draft(self) -> Draft:
        """A mutable copy (title line + paragraphs) for injectors."""
        blocks = [Block(self.title, wrap=False)] + [Block(p) for p in self.paragraphs]
        return Draft(self, blocks)

    def render(self) -> str:
        """The article as a Markdown file with front matter (title, date)."""
        return self.draft().render().text


@dataclass(eq=False)
class Block:
    """One paragraph or one stand-alone line of the body (title, caption, footer, ...)."""

    text: str
    wrap: bool = True  # stand-alone lines are never wrapped


@dataclass(frozen=True)
class Rendered:
    """A rendered file and, per block, its first file line and the offsets of its lines."""

    text: str
    spans: dict[int, tuple[int, tuple[int, ...]]]  # id(block) -> (first line, line starts)

    def lines_of(self, block: Block) -> tuple[int, int]:
        """First and last file line (1-based) of ``block``."""
        first, starts = self.spans[id(block)]
        return first, first + len(starts) - 1

    def line_at(self, block: Block, offset: int) -> int:
        """The file line holding character ``offset`` of ``block.text``."""
        first, starts = self.spans[id(block)]
        return first + sum(1 for s in starts[1:] if s <= offset)


@dataclass
class Draft:
    """An article being changed: its blocks, in order (block 0 is the headline line)."""

    article: CleanArticle
    blocks: list[Block]
    extra_front: dict[str, str] = field(default_factory=dict)

    def gaps(self) -> list[int]:
        """Where a block may be inserted after the lede without splitting what belongs
        together: a quotation running on into the next paragraph, a list and its intro."""
        out = []
        for i in range(2, len(self.blocks) + 1):
            prev = self.blocks[i - 1].text
            nxt = self.blocks[i].text if i < len(self.blocks) else ""
            if prev.count("“") > prev.count("”") or prev.endswith(":") or nxt.startswith("- "):
                continue
            out.append(i)
        return out

    def render(self) -> Rendered:
        art = self.article
        front = {"title": art.title, "date": art.date.isoformat(), **self.extra_front}
        lines = ["---"] + [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items()]
        lines.append("---")
        spans: dict[int, tuple[int, tuple[int, ...]]] = {}
        for i, block in enumerate(self.blocks):
            if art.style == "blank" and i > 0:
                lines.append("")
            width = art.width if (block.wrap and art.style == "blank") else None
            parts, starts = wrap(block.text, width)
            spans[id(block)] = (len(lines) + 1, starts)
            lines.extend(parts)
        return Rendered("\n".join(lines) + "\n", spans)


def wrap(text: str, width: int | None) -> tuple[list[str], tuple[int, ...]]:
    """Greedy wrap that only replaces single spaces between words with newlines.

    Why not textwrap: it collapses and moves whitespace, which would change the spacing
    artifacts and invisible characters the injectors put in; here every character of
    ``text`` except the replaced spaces survives, so offsets map to lines exactly.
    Returns the lines and the offset in ``text`` where each line starts.
    """
    if width is None or len(text) <= width:
        return [text], (0,)
    # a space may become a line break only between two ordinary words
    breaks = [m.start() for m in re.finditer(r"(?<=[\w.,;:!?’”\")]) (?=[\w“‘\"(])", text)]
    lines: list[str] = []
    starts = [0]
    start = 0
    while len(text) - start > width:
        later = [b for b in breaks if b > start]
        if not later:
            break
        fits = [b for b in later if b <= start + width]
        cut = fits[-1] if fits else later[0]
        lines.append(text[start:cut])
        start = cut + 1
        starts.append(start)
    lines.append(text[start:])
    return lines, tuple(starts)


def parse_base(path: Path, language: str, prefix: str = "") -> Base:
    """One article file of the benchmarks: "title:" and "date:" lines, a blank line, then
    paragraphs separated by blank lines (bench/clean, clean_held_out, same_subject)."""
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    paragraphs = tuple(p.strip() for p in body.split("\n\n") if p.strip())
    date = dt.date.fromisoformat(meta["date"])
    return Base(prefix + path.stem, meta["title"], date, paragraphs, language)


@cache
def bases() -> tuple[Base, ...]:
    """The hand-written English articles, in file order."""
    return tuple(parse_base(p, "en") for p in sorted(CLEAN_DIR.glob("*.txt")))


@cache
def held_out_bases(name: str) -> tuple[Base, ...]:
    """The held-out clean English articles of set ``name`` (``bench/clean_held_out/<name>``),
    in file order; ids are prefixed with the set's name."""
    return tuple(
        parse_base(p, "en", prefix=f"{name}-")
        for p in sorted((HELD_OUT_CLEAN_DIR / name).glob("*.txt"))
    )


def as_written(base: Base, style: Style, width: int | None = None) -> CleanArticle:
    """``base`` unchanged (no name swaps, no reordering), rendered in ``style``."""
    return CleanArticle(
        id=base.id,
        base=base.id,
        title=base.title,
        date=base.date,
        paragraphs=base.paragraphs,
        style=style,
        width=width if style == "blank" else None,
        language=base.language,
    )


@cache
def foreign_bases() -> tuple[Base, ...]:
    """The hand-written German, French and Spanish articles (language from the file name)."""
    return tuple(parse_base(p, p.name[:2]) for p in sorted(FOREIGN_DIR.glob("*.txt")))


def _blocks(paragraphs: tuple[str, ...]) -> list[list[str]]:
    """Paragraphs grouped so that what belongs to the next paragraph stays with it."""
    groups: list[list[str]] = []
    glue = False
    for p in paragraphs:
        if groups and (glue or p.startswith(("- ", "• "))):
            groups[-1].append(p)
        else:
            groups.append([p])
        # a quotation running on, a list intro ("The plan includes:"), a subheading
        glue = p.count("“") > p.count("”") or p.endswith((":", "?")) or p[-1].isalnum()
    return groups


def variant(base: Base, rng: random.Random, number: int) -> CleanArticle:
    """Variant ``number`` of ``base``: swapped names, maybe reordered paragraphs, a style."""
    if number == 0:
        mapping: dict[str, str] = {}
        paragraphs = base.paragraphs
    else:
        firsts, lasts = FIRST_NAMES[:], LAST_NAMES[:]
        rng.shuffle(firsts)
        rng.shuffle(lasts)
        mapping = dict(zip(FIRST_NAMES, firsts, strict=False)) | dict(
            zip(LAST_NAMES, lasts, strict=False)
        )
        groups = _blocks(base.paragraphs[1:])
        if len(groups) > 2 and rng.random() < 0.5:
            # keep the lede and the closing paragraph, reorder the middle
            middle = groups[:-1]
            rng.shuffle(middle)
            groups = middle + groups[-1:]
        paragraphs = (base.paragraphs[0], *(p for g in groups for p in g))

    def swap(text: str) -> str:
        return _NAME_RE.sub(lambda m: mapping.get(m[1], m[1]), text)

    style: Style = "blank" if rng.random() < 0.6 else "line"
    width = rng.choice([None, 72, 80, 88, 100]) if style == "blank" else None
    return CleanArticle(
        id=f"{base.id}~{number}",
        base=base.id,
        title=swap(base.title),
        date=base.date,
        paragraphs=tuple(swap(p) for p in paragraphs),
        style=style,
        width=width,
        language=base.language,
    )


def clean_articles(n: int, seed: int = 0) -> list[CleanArticle]:
    """``n`` distinct clean English articles: round after round of one variant per base.

    Variant 0 of each base is the article as written; later rounds are seeded variations.
    Articles of one round all come from different bases (see ``rounds``).
    """
    rng = random.Random(seed)
    out: list[CleanArticle] = []
    seen: set[str] = set()
    all_bases = bases()
    number = 0
    while len(out) < n:
        for base in all_bases:
            if len(out) == n:
                break
            for _ in range(20):  # a few draws may repeat an earlier variant: draw again
                art = variant(base, rng, number)
                if art.render() not in seen:
                    break
            seen.add(art.render())
            out.append(art)
        number += 1
    return out


def rounds(articles: list[CleanArticle]) -> list[list[CleanArticle]]:
    """Split articles into groups with at most one variant per base (for corpus rules).

    Two variants of one base share most paragraphs, so corpus rules would rightly call them
    near duplicates; every corpus run therefore sees one variant per base only.
    """
    groups: list[list[CleanArticle]] = []
    for art in articles:
        for group in groups:
            if all(a.base != art.base for a in group):
                group.append(art)
                break
        else:
            groups.append([art])
    return groups


def foreign_articles(n: int, seed: int = 0) -> list[CleanArticle]:
    """``n`` variants of the German, French and Spanish articles (for NL401)."""
    rng = random.Random(seed)
    fb = foreign_bases()
    return [variant(fb[i % len(fb)], rng, i // len(fb)) for i in range(n)]


# === Defect injectors =======================================================================
#
# An injector gets a ``Draft`` and a ``Context`` (a seeded rng and material from other
# articles) and returns the ``Mark``s it made: the rule code that should fire, the block it
# touched (plus a character offset when the defect sits inside a wrapped paragraph), the
# variant it used (to find out which phrasings a rule misses) and the codes that may also,
# rightly, fire there (a copyright footer is a site footer too). Phrasings are varied (10+
# per class) and include forms no rule lists, so that recall is measured on scraped-text
# defects, not on the rules' own phrase lists.

#: Codes of lines that are page furniture; any of them may fire on an injected junk line.
FURNITURE = frozenset({"NL105", "NL201", "NL202", "NL203", "NL204", "NL205", "NL305"})


@dataclass(frozen=True)
class Mark:
    """One injected defect: ``code`` should fire on ``block`` (at ``offset`` if given)."""

    code: str
    block: Block
    variant: str
    offset: int | None = None
    also: frozenset[str] = frozenset()


@dataclass
class Context:
    """What injectors may draw on besides the article itself."""

    rng: random.Random
    donors: list[CleanArticle]  # articles of other topics (for spliced paragraphs)
    foreign: list[str]  # paragraphs in other languages
    #: Phrasings to inject instead of the built-in ones, by code (the held-out batches).
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def pick(self, code: str, default: tuple[str, ...]) -> str:
        """A phrasing for ``code``: from ``phrases`` when given, else from ``default``."""
        return self.rng.choice(self.phrases.get(code, default))


Injector = Callable[[Draft, Context], list[Mark]]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _insert(draft: Draft, block: Block, where: str, rng: random.Random) -> None:
    """Insert after the headline ("top"), at the end ("end"), or after the lede ("middle")."""
    if where == "top":
        draft.blocks.insert(1, block)
    elif where == "end":
        draft.blocks.append(block)
    else:
        draft.blocks.insert(rng.choice(draft.gaps()[:-1] or [2]), block)


def _lede_also(draft: Draft, block: Block) -> frozenset[str]:
    """A defect inside the lede may break its dateline: NL102 is then fine there too."""
    return frozenset({"NL102"}) if block is draft.blocks[1] else frozenset()


def _body_paragraphs(draft: Draft) -> list[Block]:
    """Paragraph blocks after the lede (block 0 is the headline, block 1 the lede)."""
    return [b for b in draft.blocks[2:] if b.wrap]


# --- NL1xx dates and metadata -------------------------------------------------------------

COPYRIGHT = (
    "Copyright © {y} Example News",
    "© {y} The Valley Gazette. All rights reserved.",
    "Copyright {y} Harbour Daily",
    "(c) {y} Metro Herald",
    "© Copyright {y} Northern Echo Media",
    "Copyright (c) {y} Riverside Courier Ltd.",
    "© {y0}-{y} Coastal Times",
    "COPYRIGHT {y} EXAMPLE NEWS GROUP",
    "Copyright © {y} Daily Ledger, all rights reserved",
    "© {y} Example Media Group | Privacy | Terms",
    "Content copyright {y} The Evening Post",
    "Copyright © {y} by Lakeside Press. This material may not be redistributed.",
)


def copyright_year(draft: Draft, ctx: Context) -> list[Mark]:
    """NL101: a footer notice years older (or, as scrapes of old stories, newer) than the date."""
    year = draft.article.date.year
    y = year - ctx.rng.randint(2, 8) if ctx.rng.random() < 0.75 else year + ctx.rng.randint(3, 6)
    template = ctx.pick("NL101", COPYRIGHT)
    block = Block(template.format(y=y, y0=y - 10), wrap=False)
    draft.blocks.append(block)
    kind = "older" if y < year else "newer"
    return [Mark("NL101", block, f"{kind}: {template}", also=FURNITURE | {"NL505"})]


_DATELINE = re.compile(r"^(?P<dl>.{3,90}?\s[-—–]\s)(?P<rest>.)")
_AGENCY = re.compile(r"\((Reuters|AP|AFP|UPI|dpa|EFE)\)")


def missing_dateline(draft: Draft, ctx: Context) -> list[Mark]:
    """NL102: the lede's dateline removed, or (a quarter of the time) mangled by a scraper."""
    lede = draft.blocks[1]
    m = _DATELINE.match(lede.text)
    if m is None:
        raise ValueError(f"no dateline in the lede of {draft.article.id}")
    rest = lede.text[m.start("rest") :]
    if ctx.rng.random() < 0.25:
        # "Damascus April 19 Reuters": title-case city, no comma, bare agency, no dash
        dl = m["dl"]
        city = re.split(r"[,(—–-]", dl)[0].strip().title()
        agency = _AGENCY.search(dl)
        month = draft.article.date.strftime("%B")
        bad = f"{city} {month} {draft.article.date.day} {agency[1] if agency else 'Reuters'} "
        lede.text = bad + rest
        return [Mark("NL102", lede, "malformed")]
    lede.text = rest
    return [Mark("NL102", lede, "removed")]


DATE_FORMATS = (
    "{A}, {B} {d}, {Y}",  # Friday, April 19, 2019
    "{a}, {b} {dd}, {Y}",  # Sat, May 06, 2017
    "{A} {d} {B} {Y}",  # Monday 3 February 2020
    "{A}, {bp} {d}, {Y}",  # Wednesday, Jan. 8, 2020
    "{a} {d} {b} {Y}",  # Thu 12 Sep 2024
    "{A}, {d} {B} {Y}",  # Tuesday, 4 March 2025
    "{A} ({B} {d}, {Y})",  # Sunday (June 2, 2024)
    "{A}, {B} {d}",  # Friday, April 19 (no year)
    "{A} {dd}/{mm}/{Y}",  # Monday 03/02/2020 (day first)
    "{A}, the {nth} of {B}",  # Monday, the 3rd of February
)
DATE_SENTENCES = (
    " The next hearing is set for {date}.",
    " A public meeting will be held on {date}, officials said.",
    " The changes take effect on {date}.",
    " Final figures are due on {date}.",
    " The talks are expected to resume on {date}.",
    " Voting closes on {date}.",
    " The first session was held on {date}.",
    " The deadline for objections is {date}.",
    " A memorial service will take place on {date}.",
    " The report was first presented to the board on {date}.",
    " Work on the site stopped on {date} and has not resumed.",
)
_ABBR = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}


def format_date(day: dt.date, weekday: int, template: str) -> str:
    """``day`` written with the template, naming ``weekday`` (0 = Monday) as its weekday."""
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    return template.format(
        A=names[weekday],
        a=names[weekday][:3],
        B=day.strftime("%B"),
        b=day.strftime("%b"),
        bp=_ABBR.get(day.month, day.strftime("%B")),
        d=day.day,
        dd=f"{day.day:02d}",
        mm=f"{day.month:02d}",
        Y=day.year,
        nth=_ordinal(day.day),
    )


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def wrong_weekday(draft: Draft, ctx: Context) -> list[Mark]:
    """NL103: a sentence with an explicit date whose weekday is wrong, added to a paragraph."""
    rng = ctx.rng
    day = draft.article.date + dt.timedelta(days=rng.randint(-60, 60))
    wrong = (day.weekday() + rng.randint(1, 6)) % 7
    template = rng.choice(DATE_FORMATS)
    date = format_date(day, wrong, template)
    block = rng.choice(_body_paragraphs(draft))
    sentence = rng.choice(DATE_SENTENCES).format(date=date)
    offset = len(block.text) + sentence.index(date)
    block.text += sentence
    return [Mark("NL103", block, template, offset=offset)]


METADATA = (
    "Published: {a}, {b} {dd}, {Y}",
    "Updated: {d} {B} {Y} {hh}:{mi} GMT",
    "Posted on {B} {d}, {Y} by admin",
    "By {name}",
    "By {NAME}, Associated Press",
    "{section} | By {name}",
    "Last modified on {a} {d} {b} {Y} {hh}.{mi} GMT",
    "Published {dd}.{mm}.{Y}, {hh}:{mi}",
    "Written by {name}",
    "{name} | {B} {d}, {Y}",
    "By {name} and {name2}",
    "First published on {a} {d} {b} {Y} {hh}.{mi} BST",
    "Posted: {d} {B} {Y}",
    "{name}, Staff Reporter",
    "Last updated {hh}:{mi}, {d} {B} {Y}",
    "{section} » {section2}",
)
SECTIONS = ("News", "Business", "Politics", "World", "Local", "Sport", "Science", "Health")


def metadata_line(draft: Draft, ctx: Context) -> list[Mark]:
    """NL105: a header, byline or section line after the headline (or before the lede)."""
    rng = ctx.rng
    day = draft.article.date
    template = ctx.pick("NL105", METADATA)
    name = _name(rng)
    hour = rng.randint(6, 22)
    text = template.format(
        a=day.strftime("%a"),
        b=day.strftime("%b"),
        B=day.strftime("%B"),
        d=day.day,
        dd=f"{day.day:02d}",
        mm=f"{day.month:02d}",
        Y=day.year,
        hh=f"{hour:02d}",
        h12=hour % 12 or 12,
        mi=f"{rng.randint(0, 59):02d}",
        name=name,
        NAME=name.upper(),
        name2=_name(rng),
        section=rng.choice(SECTIONS),
        section2=rng.choice(SECTIONS),
    )
    block = Block(text, wrap=False)
    draft.blocks.insert(1, block)
    return [Mark("NL105", block, template, also=FURNITURE)]


# --- NL2xx boilerplate and fragments ------------------------------------------------------

CAPTIONS = (
    "Photo: Reuters",
    "Image: iStock",
    "(AFP Photo)",
    "AP Photo/{name}",
    "Getty Images",
    "File photo",
    "This undated image provided by the city shows the site.",
    "Pictured: residents queue outside the town hall",
    "Credit: {name}/Shutterstock",
    "Photograph: {name}/Alamy",
    "Picture: Supplied",
    "Image credit: NASA",
    "(Photo by {name}/Getty Images)",
    "Shutterstock",
    "FILE PHOTO: A view of the harbour at dawn. REUTERS/{name}/File Photo",
    "Residents walk past a damaged building on Tuesday. (EPA)",
    "{name} speaks to reporters. Photo / {name2}",
    "Video: Channel 4 News",
    "[Photo: {name}]",
    "Photo courtesy of the city council",
)


def caption(draft: Draft, ctx: Context) -> list[Mark]:
    """NL201: a photo/video caption or credit line near the top, in the middle or at the end."""
    rng = ctx.rng
    template = ctx.pick("NL201", CAPTIONS)
    block = Block(template.format(name=_name(rng), name2=_name(rng)), wrap=False)
    _insert(draft, block, rng.choice(["top", "top", "middle", "end"]), rng)
    return [Mark("NL201", block, template, also=FURNITURE)]


BOILERPLATE = (
    "Share this article",
    "Click to share on WhatsApp (Opens in new window)",
    "Sign up for our daily newsletter",
    "Advertisement",
    "Skip to content",
    "Continue reading the main story",
    "We use cookies to improve your experience. By using this site you agree to our use of "
    "cookies.",
    "Join the conversation",
    "Story continues below",
    "Tap here to turn on desktop notifications to get the news sent straight to you.",
    "Download our app for the latest news",
    "Follow us on Instagram",
    "Subscribe to our YouTube channel",
    "Already a subscriber? Log in",
    "Listen to this article",
    "Print this page",
    "Comments",
    "Share on Facebook Share on Twitter Share via Email",
    "Most Read",
    "ADVERTISEMENT - CONTINUE READING BELOW",
    "Leave a Reply Cancel reply",
    "Get the latest headlines in your inbox",
)


def web_boilerplate(draft: Draft, ctx: Context) -> list[Mark]:
    """NL202: a line of web page furniture (share, newsletter, cookie, navigation, ads)."""
    rng = ctx.rng
    text = ctx.pick("NL202", BOILERPLATE)
    block = Block(text, wrap=False)
    _insert(draft, block, rng.choice(["top", "middle", "middle", "end"]), rng)
    return [Mark("NL202", block, text, also=FURNITURE)]


LEAD_INS = (
    "Read more:",
    "Like this:",
    "Related stories:",
    "Also read:",
    "Read also:",
    "More on this story:",
    "WATCH:",
    "See also:",
    "Related Articles:",
    "Further reading:",
    "You may also be interested in:",
    "Related coverage:",
    "Recommended for you:",
    "Don't miss:",
    "READ MORE:",
    "More from our reporters:",
)


def dangling_lead_in(draft: Draft, ctx: Context) -> list[Mark]:
    """NL203: a lead-in line ending in a colon that introduces nothing (end of the article)."""
    text = ctx.rng.choice(LEAD_INS)
    block = Block(text, wrap=False)
    draft.blocks.append(block)
    return [Mark("NL203", block, text, also=FURNITURE)]


FOOTERS = (
    "All Rights Reserved.",
    "Home | News | Sport | Weather | Contact",
    "www.examplenews.com",
    "Terms of Use | Privacy Policy | Contact Us",
    "About Us  Contact  Careers  Advertise",
    "examplenews.co.uk",
    "https://www.valleygazette.com/news/local",
    "Back to News",
    "Valley Gazette Ltd. All rights reserved.",
    "Privacy Policy · Terms of Service · Cookie Settings",
    "News · Sport · Business · Opinion · Culture",
    "Visit us at harbourdaily.com for more stories",
    "Contact the newsroom: news@metroherald.example",
    "Metro Herald, 12 Quay Street, Portside",
)


def site_footer(draft: Draft, ctx: Context) -> list[Mark]:
    """NL204: a site footer line at the end (rights, navigation, a bare URL or domain)."""
    text = ctx.pick("NL204", FOOTERS)
    block = Block(text, wrap=False)
    draft.blocks.append(block)
    return [Mark("NL204", block, text, also=FURNITURE | {"NL505"})]


CREDITS = (
    "(Reporting by {name}; Editing by {name2})",
    "– Agence France-Presse",
    "Agencies",
    "— Associated Press",
    "With AFP",
    "Reuters",
    "(Additional reporting by {name} in London; Writing by {name2})",
    "Source: Reuters",
    "-- Xinhua",
    "AP writer {name} contributed to this report.",
    "Additional reporting by agencies",
    "— With files from The Canadian Press",
    "(Reporting by {name}, editing by {name2})",
    "AFP/dpa",
)


def credit_line(draft: Draft, ctx: Context) -> list[Mark]:
    """NL205: a trailing agency or reporting credit line."""
    rng = ctx.rng
    template = ctx.pick("NL205", CREDITS)
    block = Block(template.format(name=_name(rng), name2=_name(rng)), wrap=False)
    draft.blocks.append(block)
    return [Mark("NL205", block, template, also=FURNITURE)]


# --- NL3xx structure and coherence --------------------------------------------------------


def spliced_paragraph(draft: Draft, ctx: Context) -> list[Mark]:
    """NL301: a non-lede paragraph of another topic inserted after the lede."""
    rng = ctx.rng
    donor = rng.choice([d for d in ctx.donors if d.base != draft.article.base])
    text = rng.choice(donor.paragraphs[1:])
    block = Block(text)
    draft.blocks.insert(rng.choice(draft.gaps()), block)
    # a spliced paragraph may open a quotation its own story closed later: NL303 is right too
    return [Mark("NL301", block, donor.base, also=frozenset({"NL503", "NL303"}))]


def repeated_headline(draft: Draft, ctx: Context) -> list[Mark]:
    """NL302: the headline repeated as a line later in the body."""
    rng = ctx.rng
    block = Block(draft.article.title, wrap=False)
    where = rng.choice(["after-lede", "middle", "end"])
    if where == "after-lede":
        draft.blocks.insert(2, block)
    else:
        _insert(draft, block, where, rng)
    return [Mark("NL302", block, where, also=FURNITURE)]


def broken_quote(draft: Draft, ctx: Context) -> list[Mark]:
    """NL303: a quotation whose marks no longer pair up."""
    rng = ctx.rng
    # not the paragraphs of a quotation running on over two paragraphs: breaking one of
    # them leaves the rule to choose which of the two to report
    run_on = {
        id(x)
        for a, b in zip(draft.blocks, draft.blocks[1:], strict=False)
        if a.text.count("“") > a.text.count("”")
        for x in (a, b)
    }
    paras = [b for b in _body_paragraphs(draft) if id(b) not in run_on]
    curly = [b for b in paras if "“" in b.text and b.text.count("“") == b.text.count("”")]
    straight = [b for b in paras if b.text.count('"') >= 2]
    options = ["stray-close"]
    if curly:
        options += ["drop-open", "drop-open", "close-as-open"]
    if straight:
        options += ["straight-drop", "straight-drop"]
    how = rng.choice(options)
    if how == "drop-open":
        block = rng.choice(curly)
        i = block.text.index("“")
        block.text = block.text[:i] + block.text[i + 1 :]
    elif how == "close-as-open":
        block = rng.choice(curly)
        i = block.text.index("”")
        block.text = block.text[:i] + "“" + block.text[i + 1 :]
    elif how == "straight-drop":
        block = rng.choice(straight)
        i = block.text.index('"') if rng.random() < 0.5 else block.text.rindex('"')
        block.text = block.text[:i] + block.text[i + 1 :]
    else:
        block = rng.choice([b for b in paras if '"' not in b.text and "“" not in b.text] or paras)
        i = block.text.rfind(".", 0, len(block.text) - 1)
        i = len(block.text) - 1 if i < 0 else i
        block.text = block.text[: i + 1] + "”" + block.text[i + 1 :]
    return [Mark("NL303", block, how)]


_HYPHENATED = re.compile(r"\b[A-Za-z]{2,}(-)[a-z]{2,}\b")
_COMMA = re.compile(r"[a-z](,) ")
_SENTENCE = re.compile(r"[a-z]{2}\.( )[A-Z][a-z]")
_WORD = re.compile(r"\b(the|a|to|of|and|in|on|for|said|was|is)\b ")
_PERIOD = re.compile(r"[a-z]{2}(\.)(?: |$)")


def spacing_artifact(draft: Draft, ctx: Context) -> list[Mark]:
    """NL304: a scraper/spinner spacing mark inside a sentence of a body paragraph."""
    rng = ctx.rng
    kinds = ["hyphen", "comma", "joined", "doubled", "period"]
    rng.shuffle(kinds)
    blocks = [draft.blocks[1], *_body_paragraphs(draft)]
    rng.shuffle(blocks)
    for kind in kinds:
        for block in blocks:
            text = block.text
            pattern = {
                "hyphen": _HYPHENATED,
                "comma": _COMMA,
                "joined": _SENTENCE,
                "doubled": _WORD,
                "period": _PERIOD,
            }[kind]
            found = list(pattern.finditer(text))
            if kind == "period":
                found = [
                    m for m in found if not re.search(r"\b(?:a\.m|p\.m|Dr|St)$", text[: m.start(1)])
                ]
            if not found:
                continue
            m = rng.choice(found)
            if kind == "doubled":
                word = m[1]
                block.text = text[: m.end()] + word + " " + text[m.end() :]
                offset = m.end()
            elif kind == "joined":  # "said.The": the space after a full stop lost
                block.text = text[: m.start(1)] + text[m.end(1) :]
                offset = m.start(1)
            else:  # "US -backed", "said ,", "said ." : a space before the mark
                block.text = text[: m.start(1)] + " " + text[m.start(1) :]
                offset = m.start(1)
            return [Mark("NL304", block, kind, offset=offset, also=_lede_also(draft, block))]
    raise ValueError(f"no place for a spacing artifact in {draft.article.id}")


def truncated_paragraph(draft: Draft, ctx: Context) -> list[Mark]:
    """NL305: a body paragraph cut off mid-sentence (at a word, 40-85% of its length)."""
    rng = ctx.rng
    candidates = [b for b in _body_paragraphs(draft) if len(b.text.split()) >= 14]
    block = rng.choice(candidates)
    words = block.text.split(" ")
    keep = max(8, int(len(words) * rng.uniform(0.4, 0.85)))
    block.text = " ".join(words[:keep]).rstrip(',;:—–-"“')
    where = "last" if block is draft.blocks[-1] else "inner"
    return [Mark("NL305", block, where, also=frozenset({"NL303"}))]


# --- NL4xx language and encoding ----------------------------------------------------------

FOREIGN_PARAGRAPHS = (
    "Die Behörden kündigten an, die Lage in den kommenden Tagen genau zu beobachten und die "
    "Bevölkerung regelmäßig über neue Entwicklungen zu informieren.",
    "Nach Angaben der Polizei wurden bei dem Einsatz am Abend mehrere Personen vorübergehend "
    "festgenommen, verletzt wurde jedoch niemand.",
    "Le gouvernement a promis de présenter un nouveau projet de loi avant la fin de l’année, "
    "mais l’opposition doute de sa volonté réelle d’agir.",
    "Selon les premiers chiffres, la fréquentation a augmenté de près de dix pour cent par "
    "rapport à l’an dernier, une hausse jugée encourageante.",
    "Las autoridades locales pidieron a los vecinos que no salieran de sus casas hasta que "
    "los bomberos controlaran completamente el incendio.",
    "El proyecto, que lleva años de retraso, debería estar terminado antes del verano según "
    "el calendario presentado por el ayuntamiento.",
    "Secondo il sindaco, i lavori di ristrutturazione della piazza dovrebbero concludersi "
    "entro la fine dell’estate, salvo imprevisti.",
    "O governo anunciou que vai reforçar o número de médicos nas zonas rurais a partir do "
    "próximo ano, uma medida há muito pedida pelos autarcas.",
    "De gemeente heeft besloten om het oude zwembad te renoveren in plaats van een nieuw "
    "gebouw neer te zetten aan de rand van de stad.",
    "W czwartek rząd przedstawił plan budowy nowych mieszkań dla młodych rodzin, który ma "
    "kosztować kilka miliardów złotych.",
    "Regeringen meddelade på tisdagen att skatten på bensin sänks tillfälligt från och med "
    "nästa månad för att hjälpa hushållen.",
    "Der Verein will das Gelände in den nächsten Jahren schrittweise renaturieren und einen "
    "Lehrpfad für Schulklassen anlegen.",
    "Les habitants du quartier réclament depuis longtemps une piste cyclable et davantage "
    "d’espaces verts autour de l’école primaire.",
    "El ministro insistió en que la reforma no supondrá recortes en las pensiones actuales y "
    "pidió calma a los jubilados.",
)


def foreign_paragraph(draft: Draft, ctx: Context) -> list[Mark]:
    """NL402: a paragraph in another language inserted after the lede."""
    rng = ctx.rng
    text = rng.choice(ctx.foreign)
    block = Block(text)
    draft.blocks.insert(rng.choice(draft.gaps()), block)
    return [Mark("NL402", block, text[:24], also=frozenset({"NL301"}))]


def sloppy_cp1252(data: bytes) -> str:
    """Decode as Windows-1252, keeping its five undefined bytes as Latin-1 (what browsers do)."""
    return "".join(
        bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
        for b in data
    )


def mojibake(draft: Draft, ctx: Context) -> list[Mark]:
    """NL403: one paragraph's UTF-8 bytes decoded as cp1252 (once, or twice)."""
    rng = ctx.rng
    paras = [draft.blocks[1], *_body_paragraphs(draft)]
    rich = [b for b in paras if any(ord(c) > 127 for c in b.text)]
    if rich:
        block = rng.choice(rich)
    else:  # typographic quotes and dashes make a paragraph non-ASCII, as in most real text
        block = rng.choice([b for b in paras if re.search(r"['\"]| - |, ", b.text)])
        text = re.sub(r"\"([^\"]*)\"", r"“\1”", block.text).replace("'", "’")
        if text == block.text:
            text = text.replace(" - ", " – ") if " - " in text else text.replace(", ", " – ", 1)
        block.text = text
    how = "cp1252" if rng.random() < 0.8 else "cp1252x2"
    block.text = sloppy_cp1252(block.text.encode("utf-8"))
    if how == "cp1252x2":
        block.text = sloppy_cp1252(block.text.encode("utf-8"))
    # mojibake of quotes and dashes ("â€œ", "â€”") also unbalances quotes and datelines
    also = frozenset({"NL404", "NL303"}) | _lede_also(draft, block)
    return [Mark("NL403", block, how, also=also)]


INVISIBLES = {
    "ZWSP": "\u200b",
    "ZWNJ": "\u200c",
    "ZWJ": "\u200d",
    "WJ": "\u2060",
    "BOM": "\ufeff",
    "FFFD": "\ufffd",
    "BEL": "\x07",
    "ESC": "\x1b",
    "DEL": "\x7f",
    "RLO": "\u202e",
    "LRM": "\u200e",
    "BS": "\x08",  # (NUL would make the file binary: NL901, not NL404)
}


def invisible_character(draft: Draft, ctx: Context) -> list[Mark]:
    """NL404: an invisible or control character inside a word (or U+FFFD for a lost char)."""
    rng = ctx.rng
    name = rng.choice(sorted(INVISIBLES))
    char = INVISIBLES[name]
    block = rng.choice([draft.blocks[1], *_body_paragraphs(draft)])
    words = [m for m in re.finditer(r"[A-Za-z]{4,}", block.text)]
    m = rng.choice(words)
    if name == "FFFD" and "’" in block.text:
        offset = block.text.index("’")  # a curly apostrophe lost in a bad decode
        block.text = block.text[:offset] + char + block.text[offset + 1 :]
    else:
        offset = m.start() + rng.randint(1, len(m[0]) - 1)
        block.text = block.text[:offset] + char + block.text[offset:]
    return [Mark("NL404", block, name, offset=offset, also=_lede_also(draft, block))]


#: Article-rule injectors by code, in code order.
ARTICLE_INJECTORS: dict[str, Injector] = {
    "NL101": copyright_year,
    "NL102": missing_dateline,
    "NL103": wrong_weekday,
    "NL105": metadata_line,
    "NL201": caption,
    "NL202": web_boilerplate,
    "NL203": dangling_lead_in,
    "NL204": site_footer,
    "NL205": credit_line,
    "NL301": spliced_paragraph,
    "NL302": repeated_headline,
    "NL303": broken_quote,
    "NL304": spacing_artifact,
    "NL305": truncated_paragraph,
    "NL402": foreign_paragraph,
    "NL403": mojibake,
    "NL404": invisible_character,
}


# --- NL5xx corpus level ---------------------------------------------------------------------

REPEATED_LINES = (
    "Follow the Valley Gazette on Facebook and Instagram for more local news.",
    "Got a story? Email the newsdesk at news@harbourdaily.example",
    "This article first appeared in the Metro Herald print edition.",
    "Sign up to the Morning Briefing, delivered every weekday at 7am.",
    "Support independent journalism: become a member today.",
    "Have your say in the comments below.",
    "Want more stories like this? Download the Coastal Times app.",
    "Our journalists are on the ground across the region, 24 hours a day.",
    "Riverside Courier: news that matters to you.",
    "For the latest updates, follow our live blog.",
    "Tips and corrections: corrections@eveningpost.example",
    "Thanks for reading the Daily Ledger.",
)


def near_duplicate(article: CleanArticle, rng: random.Random) -> tuple[CleanArticle, str]:
    """NL502: a copy with 10-20% of its sentences dropped or reworded."""
    sentences = [
        (i, s) for i, p in enumerate(article.paragraphs) for s in re.split(r"(?<=[.!?”\"]) ", p)
    ]
    k = max(1, round(len(sentences) * rng.uniform(0.10, 0.20)))
    touched = set(rng.sample(range(len(sentences)), k))
    how = "drop" if rng.random() < 0.5 else "reword"
    paragraphs: dict[int, list[str]] = {}
    for j, (i, s) in enumerate(sentences):
        if j in touched:
            if how == "drop":
                continue
            s = _reword(s, rng)
        paragraphs.setdefault(i, []).append(s)
    new = tuple(" ".join(paragraphs[i]) for i in sorted(paragraphs))
    return _copy(article, new), f"{how} {k}/{len(sentences)}"


_SWAPS = {
    "said": "told reporters",
    "about": "roughly",
    "more than": "over",
    "on Tuesday": "this week",
    "would": "will",
    "the city": "the town",
    "officials": "authorities",
    "new": "fresh",
}


def _reword(sentence: str, rng: random.Random) -> str:
    """A light edit, as a second outlet might make: swap a phrase, or cut the last clause."""
    for old in rng.sample(list(_SWAPS), len(_SWAPS)):
        if old in sentence:
            return sentence.replace(old, _SWAPS[old], 1)
    if ", " in sentence:
        return sentence.rsplit(", ", 1)[0] + "."
    words = sentence.split(" ")  # always change something: an unchanged copy is NL501's
    words.insert(min(3, len(words) - 1), "reportedly")
    return " ".join(words)


def _copy(article: CleanArticle, paragraphs: tuple[str, ...]) -> CleanArticle:
    return CleanArticle(
        id=article.id + "+copy",
        base=article.base,
        title=article.title,
        date=article.date,
        paragraphs=paragraphs,
        style=article.style,
        width=article.width,
    )


def exact_duplicate(article: CleanArticle) -> CleanArticle:
    """NL501: the same article again, under another file name."""
    return _copy(article, article.paragraphs)
