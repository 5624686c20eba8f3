"""NL204 site-footer: copyright notices, footer links, navigation and URL lines in the body."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article, Line
from newslint.checks._boilerplate import compile_with_extras, delete_line, excerpt, phrase_pattern
from newslint.checks._prescan import Prescan
from newslint.checks._text import word_count
from newslint.finding import Hit
from newslint.rule import RuleOptions, article_rule

_COPYRIGHT = re.compile(
    r"all\s+rights\s+reserved"
    r"|^\W*(?:copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d|©|\(c\)\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: Footer link texts; a line made only of these (and separators) is page furniture.
FOOTER_LINKS = (
    "terms of use", "terms of service", "terms and conditions", "terms & conditions",
    "privacy policy", "privacy notice", "cookie policy", "cookie settings", "contact us",
    "about us", "sitemap", "site map", "back to top", "advertise with us", "advertise",
    "careers", "accessibility", "help", "faq", "rss", "imprint", "legal notice", "disclaimer",
    "home", "newsletters", "subscribe", "log in", "sign in", "sign up", "register", "contact",
    "privacy", "cookies", "terms", "about", "jobs", "press", "corrections", "complaints",
    "syndication", "archive", "accessibility statement", "privacy settings", "cookie preferences",
    "do not sell my personal information", "do not sell or share my personal information",
)  # fmt: skip
_STRONG = (
    r"terms\s+(?:of|and|&)|privacy\s+(?:policy|notice)|cookie\s+policy|contact\s+us|about\s+us"
    r"|site\s?map|back\s+to\s+top|advertise\s+with\s+us"
    # legal and policy links: "<topic> <document>", "Do not sell my personal information"
    r"|(?:privacy|cookies?|accessibility|ethics|corrections?|complaints?|editorial)\s+"
    r"(?:policy|notice|statement|settings|preferences|standards|guidelines)"
    r"|do\s+not\s+sell(?:\s+or\s+share)?\s+my\s+(?:personal\s+)?(?:info(?:rmation)?|data)"
)
_LINKS_TEMPLATE = r"^(?:(?:{phrases})(?:\s*[|¦·•/»›,-]\s*|\s+|$))+$"
_BASE = phrase_pattern(FOOTER_LINKS)
_SEP = re.compile(r"\s[|¦»›•·]\s|\s?\|\s?")
_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]{2,}(?:\.[\w-]{2,})*\.(?:com|org|net|gov|edu|int|info|biz|io"
    r"|co|tv|news|us|uk|ca|au|in|de|fr|ru|cn|jp|ae|sa|lb|sy|tr|ie|nz|za|ng|ke|pk|eg|qa|eu)\b"
    r"(?:/\S*)?",
    re.IGNORECASE,
)
#: Cheap substring test: a line with none of these can only be a URL line.
_KEYS = (
    "©", "(c)", "copyright", "rights reserved", "|", "›", "»", "•", "·", "¦", "terms", "privacy",
    "cookie", "contact", "about us", "sitemap", "site map", "back to top", "advertise",
    "accessibility", "ethics", "corrections", "complaints", "editorial", "do not sell",
)  # fmt: skip
#: The same test over the whole body in one RE2 pass (see _prescan): the lines holding a key.
_KEYS_SCAN = Prescan("(?i)" + "|".join(re.escape(k) for k in _KEYS))
#: "Back to News": a navigation link back to a site section.
_BACK = re.compile(
    r"^[«<←\s]*(?i:back\s+to|return\s+to|go\s+(?:back\s+)?to)\s+(?:(?i:top|home(?:page)?|index|menu|the\s+homepage|(?:the\s+)?"
    r"(?:main|front)\s+page|all\s+(?:news|stories|articles))|News|World|Sports?|Local|Opinion"
    r"|Search(?:\s+results)?)\s*$"
)
#: "Contact the newsroom: news@example.com" and "Visit us at example.com for more stories".
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_DOMAIN = r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?"
_CONTACT = re.compile(
    rf"^(?i:contact|email|e-mail|write\s+to|send)\b[^.!?@\n]{{0,40}}[:\s-]\s*{_EMAIL}\.?$"
    rf"|^(?i:(?:please\s+)?visit(?:\s+us\s+(?:at|on)|\s+our\s+(?:web)?site(?:\s+at)?)?)\s+{_DOMAIN}"
    r"(?:\s+(?i:for|to)\s+[\w ,'’-]{1,40})?[.!]?$"
)
#: "Metro Herald, 12 Quay Street, Portside": a whole line that is only a postal address.
_ADDRESS = re.compile(
    r"^(?:[A-Z][\w'’&.-]*(?:\s+(?:of|the|&|[A-Z][\w'’&.-]*)){0,4},\s+)?"
    r"\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln"
    r"|Boulevard|Blvd|Drive|Dr|Quay|Square|Sq|Place|Pl|Way|Terrace|Parade|Wharf|Crescent|Court)\.?"
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,3}){1,3}\.?$"
)
_DOTTED = re.compile(r"\.[A-Za-z]")  # every URL or domain has a dot before a letter
_NOT_NAV = re.compile(r"^(?:by\s|published|updated|posted|last\s+modified)|[\d:]", re.I)


class SiteFooterOptions(RuleOptions):
    max_words: int = Field(40, ge=1, description="Longer lines are prose, never footer lines.")
    min_url_fraction: float = Field(
        0.5,
        gt=0,
        le=1,
        description="A line whose non-space characters are at least this fraction URLs or "
        "domains is a URL line.",
    )
    min_nav_items: int = Field(
        3, ge=2, description="Separator-joined items needed for a navigation line."
    )
    extra_phrases: list[str] = Field(
        default_factory=list, description="More footer link texts, e.g. 'Impressum'."
    )


@article_rule(
    code="NL204",
    name="site-footer",
    summary="A site footer, copyright notice, navigation or URL line is in the body.",
    options=SiteFooterOptions,
    tags=("boilerplate",),
    fix_safety="safe",
)
def check(article: Article, options: SiteFooterOptions) -> Iterator[Hit]:
    """## What it does
    Flags page furniture lines: copyright notices ("Copyright © 2012 Example.com", "All Rights
    Reserved"), footer links ("Terms of use", "Privacy policy", "Contact us"), navigation joined
    by separators or runs of spaces ("Home | World | Sports", "About Us  Contact  Careers"),
    "Back to News" links, contact lines ("Contact the newsroom: news@example.com", "Visit us at
    example.com for more stories"), a line that is only a postal address ("Example Post, 12 Quay
    Street, Portside"), and lines that are mostly a URL or domain.

    ## Why it matters
    Footers are identical across a site, so they dominate n-gram statistics of a corpus and
    leak site names and URLs into training text.

    ## Example
        Copyright © 2012 Example.com. All Rights Reserved. | https://cdn.example.com/a/123 |
        Home | World | Sports | Contact us

    ## Passes
        The ministry published the figures on its website, example.gov.
        The fire started at 12 Quay Street, Portside, on Tuesday night.
        The company changed its privacy policy after the ruling.

    ## Options
    - `max_words` (default 40): longer lines are never footers.
    - `min_url_fraction` (default 0.5): share of URL characters that makes a URL line.
    - `min_nav_items` (default 3): items of a navigation line.
    - `extra_phrases` (default none): more footer link texts.

    ## Known false positives
    A pipe-separated data line ("Wins | Losses | Draws"), a markdown table row (skipped when
    a neighbouring line is one too); a one-line subheading "Back to News" or an address
    standing alone as a paragraph on purpose (an address in a sentence is quiet). Copyright
    years are NL101's job. Fix: delete the line (safe).
    """
    extra = tuple(options.extra_phrases)
    links = compile_with_extras(_LINKS_TEMPLATE, _BASE, extra, re.I)
    strong = compile_with_extras("{phrases}", _STRONG, extra, re.I)
    keys = _KEYS + tuple(p.lower() for p in extra)
    key_lines = None if extra else _KEYS_SCAN.lines(article)
    lines = article.lines
    for i, line in enumerate(lines):
        text = line.text.strip()
        if len(text.split()) > options.max_words:
            continue
        if key_lines is None:
            low = text.lower()
            has_key = any(k in low for k in keys)
        else:
            has_key = line.number in key_lines
        kind = _kind(text, options, links, strong, has_key)
        if kind is None or (kind == "navigation line" and _in_table(lines, i)):
            continue
        yield Hit(
            f"{kind}: {excerpt(text)!r}",
            start=line.start,
            end=line.end,
            fix=delete_line(article, line),
        )


def _kind(
    text: str,
    options: SiteFooterOptions,
    links: re.Pattern[str],
    strong: re.Pattern[str],
    has_key: bool,
) -> str | None:
    core = text.strip(" \t*_#>•")
    if _BACK.match(core):
        return "navigation link"
    if _CONTACT.match(core):
        return "contact line"
    if _ADDRESS.match(core):
        return "address line"
    if has_key:
        if _COPYRIGHT.search(text):
            return "copyright footer"
        if (strong.search(text) or "|" in text) and links.match(text.strip(" \t*_|")):
            return "footer links"
        items = [s.strip() for s in _SEP.split(text.strip(" |")) if s.strip()]
        if len(items) >= options.min_nav_items and all(
            word_count(s) <= 4 and s[0].isupper() and not _NOT_NAV.search(s) for s in items
        ):
            return "navigation line"
    if not _DOTTED.search(text):
        return None
    chars = len(text) - text.count(" ")
    url_chars = sum(len(m.group()) for m in _URL.finditer(text))
    if url_chars and url_chars >= options.min_url_fraction * chars:
        return "URL line"
    return None


def _in_table(lines: tuple[Line, ...], i: int) -> bool:
    near = [lines[j].text.lstrip() for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return any(t.startswith("|") for t in near)
