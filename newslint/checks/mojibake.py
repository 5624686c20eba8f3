"""NL403 mojibake: text decoded with the wrong codec ("â€™", "Ã©", "Â£")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.article import Article
from newslint.finding import Fix, Hit
from newslint.rule import NoOptions, article_rule

# Cheap pre-test. UTF-8 read as Latin-1/cp1252 turns a lead byte into one of Â..ô (U+00C2-
# U+00F4) followed by a continuation byte: U+0080-U+00BF, or cp1252's characters for
# 0x80-0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). Correct text ("Café",
# "Zürich", "São", "naïve", “quotes”, "€100") has a letter, space or nothing after its
# accented letter, so ftfy only sees the rare line with such a pair.
LEAD = "\u00c2-\u00f4"
CONTINUATION = (
    "\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e"
    "\u0178"
)
_SUSPECT = re.compile(f"[{LEAD}][{CONTINUATION}]")


@article_rule(
    code="NL403",
    name="mojibake",
    summary="Text was decoded with the wrong codec (mojibake such as 'â€™' or 'Ã©').",
    options=NoOptions,
    tags=("encoding",),
    fix_safety="safe",
)
def check(article: Article, options: NoOptions) -> Iterator[Hit]:
    """## What it does
    Finds mojibake, UTF-8 text that was decoded as Latin-1 or Windows-1252 ("donâ€™t",
    "CafÃ©", "Â£5", "â€œ"), with ftfy: one finding per line, from the first to the last word
    with mojibake. The fix replaces those words with ftfy's repair ("don’t", "Café").

    ## Why it matters
    Mojibake is the most common encoding defect of scraped news. It breaks tokenisation
    and search, and a model trained on it learns to write it.

    ## Example
        The countryâ€™s president said the talks would resume in MÃ¼nchen.

    ## Passes
        The country’s president said the talks would resume in München, not Zürich.

    ## Options
    None.

    ## Known false positives
    Rare: text about encodings that quotes mojibake on purpose. Mojibake that lost bytes
    beyond repair is not reported; a repair that also changes spaces (a lost closing-quote
    byte read as a no-break space) is offered as an unsafe fix.
    """
    body = article.body
    if body.isascii() or not _SUSPECT.search(body):
        return
    from ftfy import fix_encoding
    from ftfy.badness import is_bad

    for line in article.lines:
        text = line.text
        if not _SUSPECT.search(text) or not is_bad(text):
            continue
        fixed = fix_encoding(text)
        if fixed == text:
            continue
        head = _common_prefix(text, fixed)
        tail = _common_prefix(text[head:][::-1], fixed[head:][::-1])
        # widen to whole words: both strings share the text outside [head, -tail)
        head = max(text.rfind(" ", 0, head), text.rfind("\t", 0, head)) + 1
        tail = len(text) - _word_end(text, len(text) - tail)
        bad, good = text[head : len(text) - tail], fixed[head : len(fixed) - tail]
        safe = fixed.count(" ") == text.count(" ") and not is_bad(fixed)
        start = line.start + head
        yield Hit(
            _message(bad, good),
            start=start,
            end=start + len(bad),
            fix=Fix(start, start + len(bad), good, safe=safe),
        )


def _word_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(" ", pos), text.find("\t", pos)) if i != -1]
    return min(ends) if ends else len(text)


def _message(bad: str, good: str) -> str:
    pairs = list(zip(bad.split(), good.split(), strict=False))
    changed = [(b, g) for b, g in pairs if b != g]
    if len(bad.split()) != len(good.split()) or not changed:
        return f"mojibake {_excerpt(bad)!r}, probably {_excerpt(good)!r}"
    more = f" and {len(changed) - 1} more" if len(changed) > 1 else ""
    return f"mojibake {_excerpt(changed[0][0])!r}, probably {_excerpt(changed[0][1])!r}{more}"


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _excerpt(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
