"""NL404 invisible-characters: control, replacement, zero-width and bidi characters in text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Annotated

from pydantic import Field, StringConstraints

from newslint.article import Article
from newslint.checks._prescan import Prescan
from newslint.checks.mojibake import CONTINUATION, LEAD
from newslint.finding import Fix, Hit
from newslint.rule import RuleOptions, article_rule

_SUSPECT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ufffd]+"
)
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_SPACE_LIKE = frozenset("\x0b\x0c\x1c\x1d\x1e\x1f\x85")  # separators: become one space
_PRESCAN = Prescan(_SUSPECT.pattern)
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# C1 controls after a UTF-8 lead byte read as Latin-1/cp1252 ("â€\x9d") are NL403's job
_MOJIBAKE_LEAD = re.compile(f"[{LEAD}]")
_MOJIBAKE_CONT = re.compile(f"[{CONTINUATION}]")
_CONTROL_NAMES = {0: "NULL", 8: "BACKSPACE", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED"}
_CONTROL_NAMES |= {0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE"}


CodePoint = Annotated[str, StringConstraints(pattern=r"^U\+[0-9A-Fa-f]{4,6}$")]


class InvisibleCharactersOptions(RuleOptions):
    allow: list[CodePoint] = Field(
        default_factory=list,
        description='Code points never reported, as "U+00AD" (e.g. to keep soft hyphens).',
    )


@article_rule(
    code="NL404",
    name="invisible-characters",
    summary="Control, replacement, zero-width or bidi characters hide in the text.",
    options=InvisibleCharactersOptions,
    tags=("encoding",),
    fix_safety="safe",
)
def check(article: Article, options: InvisibleCharactersOptions) -> Iterator[Hit]:
    """## What it does
    Flags characters that a reader cannot see but every program does: C0/C1 control
    characters (except tab and newline), U+FFFD REPLACEMENT CHARACTER, zero-width characters
    (U+200B/C/D, U+2060, U+FEFF), soft hyphens (U+00AD) and bidi controls. One finding per
    run of such characters, naming their code points and where they sit ("inside a word").
    The fix removes the run (separator-like controls become a space); U+FFFD has no fix,
    since the lost character is unknown.

    Legitimate uses stay quiet: ZWJ next to an emoji or a letter of a joining script (Arabic,
    Indic), ZWNJ next to such a letter (Persian, Hindi), ZWSP as a word break in Thai, Lao,
    Khmer, Myanmar or Tibetan, bidi controls in a line with Hebrew or Arabic letters. C1
    controls right after a mojibake lead character ("â\\x80\\x99") are left to NL403.

    ## Why it matters
    Invisible characters split words for tokenisers and search ("wa\\u200bter" is not
    "water"), defeat duplicate detection, and U+FFFD marks text already damaged in decoding.

    ## Example
        The ferry service will re\\u00adsume on Mon\\u200bday.

    ## Passes
        The ferry service will resume on Monday. 👩\\u200d💻

    ## Options
    - `allow` (default none): code points never reported, e.g. `["U+00AD"]`.

    ## Known false positives
    ZWNJ used on purpose in German typography (Auf\\u200cflage); soft hyphens kept as
    hyphenation hints (allow `U+00AD`); bidi marks in lines that quote an RTL name in Latin
    transliteration.
    """
    body = article.body
    if not _PRESCAN.in_body(article):  # the usual case, settled by one RE2 pass
        return
    allowed = {chr(int(code[2:], 16)) for code in options.allow}
    for m in _SUSPECT.finditer(body):
        before = body[m.start() - 1] if m.start() else "\n"
        after = body[m.end()] if m.end() < len(body) else "\n"
        line = body[body.rfind("\n", 0, m.start()) + 1 : article.line_end(m.start())]
        flags = [
            ch not in allowed and _is_flagged(ch, before, after, line, body, m.start() + i)
            for i, ch in enumerate(m.group())
        ]
        i = 0
        while i < len(flags):
            if not flags[i]:
                i += 1
                continue
            j = i
            while j < len(flags) and flags[j]:
                j += 1
            yield _hit(body, m.start() + i, m.start() + j)
            i = j


def _is_flagged(ch: str, before: str, after: str, line: str, body: str, pos: int) -> bool:
    if ch == "\u200d":
        return not (_is_emoji(before) or _is_emoji(after) or _joins(before) or _joins(after))
    if ch == "\u200c":
        return not (_joins(before) or _joins(after))
    if ch == "\u200b":
        return not (_breaks(before) or _breaks(after))
    if ch in _BIDI:
        return not _RTL.search(line)
    if "\x80" <= ch <= "\x9f":
        while pos and _MOJIBAKE_CONT.match(body[pos - 1]):
            pos -= 1
        return not (pos and _MOJIBAKE_LEAD.match(body[pos - 1]))
    return True


def _is_emoji(ch: str) -> bool:
    return ord(ch) >= 0x1F000 or "\u2600" <= ch <= "\u27bf" or ch == "\ufe0f"


def _joins(ch: str) -> bool:
    """Letters of scripts that use ZWJ/ZWNJ: Arabic, Syriac, Thaana, N'Ko, Indic, Sinhala."""
    return "\u0600" <= ch <= "\u08ff" or "\u0900" <= ch <= "\u0dff" or "\ufb50" <= ch <= "\ufdff"


def _breaks(ch: str) -> bool:
    """Letters of scripts written without spaces, where ZWSP marks word breaks."""
    return "\u0e00" <= ch <= "\u0fff" or "\u1000" <= ch <= "\u109f" or "\u1780" <= ch <= "\u17ff"


def _hit(body: str, start: int, end: int) -> Hit:
    run = body[start:end]
    names = []
    for ch in dict.fromkeys(run):
        count = run.count(ch)
        names.append(_name(ch) + (f" ×{count}" if count > 1 else ""))
    before = body[start - 1] if start else "\n"
    after = body[end] if end < len(body) else "\n"
    if before.isalnum() and after.isalnum():
        where = "inside a word"
    elif before == "\n":
        where = "at the start of a line"
    elif after == "\n":
        where = "at the end of a line"
    else:
        where = "between words"
    fix = None
    if "\ufffd" not in run:
        spacer = any(c in _SPACE_LIKE for c in run) and not (before.isspace() or after.isspace())
        fix = Fix(start, end, " " if spacer else "")
    return Hit(f"{', '.join(names)} {where}", start=start, end=end, fix=fix)


def _name(ch: str) -> str:
    name = unicodedata.name(ch, "") or _CONTROL_NAMES.get(ord(ch), "CONTROL CHARACTER")
    return f"U+{ord(ch):04X} {name}"
