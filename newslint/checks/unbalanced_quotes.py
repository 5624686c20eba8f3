"""NL303 unbalanced-quotes: a paragraph whose double quotation marks do not pair up."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.article import Article
from newslint.finding import Hit
from newslint.rule import article_rule

_MARKS = re.compile(r'["“”«»„]')
_LEADING_OPEN = re.compile(r'^\s*["“«„]')
# What may stand right before an opening straight quote / right after a closing one.
_OPEN_BEFORE = frozenset(" \t\n([{—–-/")
_CLOSE_AFTER = frozenset(" \t\n)]}.,;:!?—–-/…'’")


def _unmatched(text: str) -> tuple[list[int], list[int]]:
    """Offsets (in ``text``) of unmatched opening marks and of unmatched closing marks.

    “ « „ open, ” » close (“ also closes a „; » opens and « closes when a » comes first; a
    » with no « in the text is a separator, not a mark); a straight " opens or closes from its
    neighbours (space before: opens; space or punctuation after: closes) or, when both look
    alike, closes an open quote if there is one. Mixed pairs ("… ”) count as pairs.
    """
    stack: list[tuple[int, str]] = []
    stray: list[int] = []
    # » is a quotation mark only next to a « (French «…», German »…«); alone it is a
    # separator ("News » World", "Read more »").
    first_open, first_close = text.find("«"), text.find("»")
    reversed_guillemets = 0 <= first_close < first_open
    for m in _MARKS.finditer(text):
        ch, pos = m.group(), m.start()
        if ch == "»" and first_open < 0:
            continue
        if ch == '"':
            before = text[pos - 1] if pos else " "
            after = text[pos + 1] if pos + 1 < len(text) else " "
            if before.isdigit() and not stack:
                continue  # an inch mark (a 12" pipe)
            opens = before in _OPEN_BEFORE and after not in _CLOSE_AFTER
            closes = after in _CLOSE_AFTER and before not in _OPEN_BEFORE
            is_open = opens or (not closes and not stack)
        elif ch == "“":
            is_open = not (stack and stack[-1][1] == "„")
        elif ch in "«»" and reversed_guillemets:
            is_open = ch == "»"
        else:
            is_open = ch in "«„"
        if is_open:
            stack.append((pos, ch))
        elif stack:
            stack.pop()
        else:
            stray.append(pos)
    return [pos for pos, _ in stack], stray


@article_rule(
    code="NL303",
    name="unbalanced-quotes",
    summary="A paragraph's double quotation marks do not pair up.",
    tags=("structure", "quotes"),
)
def check(article: Article, options: object) -> Iterator[Hit]:
    """## What it does
    Pairs the double quotation marks of each paragraph (curly “ ”, straight ", « » or » «, and
    „ “) and flags a closing mark with no opening one, or an opening mark that is never closed.
    The news convention of a quotation running over several paragraphs is allowed: an
    unclosed quote is fine when the next paragraph opens with a quotation mark. Straight
    quotes take their direction from their neighbours, so mixed pairs ("… ”) count as pairs.
    Single quotes and apostrophes are ignored (possessives make them ambiguous).

    ## Why it matters
    A lone quotation mark is the trace of an edit or a scrape that cut a quotation in half:
    readers (and models) can no longer tell the reporter's words from the speaker's.

    ## Example
        The minister said the talks had “stalled,” adding that “no date was set.

        Officials declined to comment.

    ## Passes
        “We will not give up,” she said. “The work goes on.

        “We owe it to the families.”

    ## Options
    None.

    ## Known false positives
    Quotes nested with double marks inside double marks; an inch mark (12") inside a
    quotation. A » is ignored in a paragraph without «, so a lone stray » is not reported
    (it is far more often a breadcrumb or "Read more »" separator). Only
    paragraphs are checked, so a quote spread over hard-wrapped lines of one paragraph is fine.
    """
    paragraphs = article.paragraphs
    for i, para in enumerate(paragraphs):
        text = para.text
        if '"' not in text and not any(c in text for c in "“”«»„"):
            continue
        opens, stray = _unmatched(text)
        for pos in stray:
            yield Hit(
                f"closing quotation mark with no opening one: {_context(text, pos)!r}",
                start=para.start + pos,
                end=para.start + pos + 1,
            )
        if not opens:
            continue
        nxt = paragraphs[i + 1].text if i + 1 < len(paragraphs) else ""
        if _LEADING_OPEN.match(nxt):
            continue  # a quotation continued in the next paragraph
        for pos in opens:
            yield Hit(
                f"quotation mark is never closed: {_context(text, pos)!r}",
                start=para.start + pos,
                end=para.start + pos + 1,
            )


def _context(text: str, pos: int, width: int = 28) -> str:
    start, end = max(0, pos - width), min(len(text), pos + width + 1)
    excerpt = " ".join(text[start:end].split())
    return ("…" if start else "") + excerpt + ("…" if end < len(text) else "")
