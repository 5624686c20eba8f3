"""NL305 truncated-paragraph: a body paragraph that stops without terminal punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from pydantic import Field

from newslint.article import Article, Paragraph
from newslint.checks._date_parse import MONTH, WEEKDAY, split_words
from newslint.checks._page_furniture import metadata_line_kind
from newslint.checks._text import normalise_for_compare, words
from newslint.finding import Hit
from newslint.rule import RuleOptions, article_rule

_END_MARKS = ".!?)]\"'”’»"
#: A closing quote or apostrophe garbled by a cp1252 round trip (NL403's job): "â€\x9d",
#: "â€™", twice garbled "Ã¢â‚¬Â\x9d". Stripped before judging the paragraph's end.
_MOJIBAKE_TAIL = re.compile(r"(?:Ã¢â‚¬Â?|â€)[\x80-\x9f™\x9d]?\W*$")

_LIST_ITEM = re.compile(r"^\s*(?:[-*•–—·]\s|\d{1,2}[.)]\s|\(?[a-z]\)\s)")
#: Header-like lines besides NL105's: "Updated 12 May 2024 with ...", "Source: ...", "A | B";
#: not "Published after three years ..." (a sentence).
_METADATA = re.compile(
    rf"^\s*(?:published|updated|posted|last\s+(?:modified|updated)|written\s+by|filed|source)"
    rf"\s*(?::|\b(?:on|at|by)\b|\d|{MONTH}|{WEEKDAY})|\s[|·•]\s"
    r"|^\s*(?-i:B[yY]\s+[A-Z][\w'’.-]*\s+[A-Z])",  # "By Jane Roe ...", not "By contrast, ..."
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"(?:\b(?:image|photo|picture|photograph|video|credit|illustration|graphic|source)s?"
    r"(?: by)?\s*[:/]\s*\S[^.!?]{0,60}"
    r"|\b(?:getty images|reuters|afp|ap|epa|shutterstock|istock|file photo)\W{0,3})$",
    re.IGNORECASE,
)
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net)\b", re.IGNORECASE)
_HEADLINE_WORDS = 20  # a longer leading paragraph is body text, not a headline
_SMALL_TEXT = "a an and as at but by for from in into nor of on or the to via vs with"
_SMALL = frozenset(_SMALL_TEXT.split())
#: A stand-alone fact line: "<Label of 1-4 words>: <short value>" ("Net income: $512 million,
#: up 9%", "When: Saturday, 10am to 4pm", "Cast: Jane Roe, Tom Smith"), the lines of
#: results stories and fact boxes; the label may have a qualifier of 1-5 words after a comma
#: ("Turnout, first round: 61.2 per cent", "Obesity, adults aged 18–64: 27%"). The label
#: opens with a capital; ``_fact_line`` judges the words.
_FACT_LINE = re.compile(
    r"(?P<label>[A-Z][\w'’&/.–-]*(?: [\w'’&/.()–-]+){0,3})"
    r"(?:, (?P<qualifier>[\w'’&/.()–-]+(?: [\w'’&/.()–-]+){0,4}))?:\s+(?P<value>\S.*)"
)
_FACT_VALUE_WORDS = 12  # a longer value is prose
#: A fact line with a longer label (5-10 words, no comma) and a bare amount or figure for its
#: value: the lines of a list of fines, fees or prices ("Parking in a loading bay overnight:
#: £70", "Late return of a library book: 20p a day" is no bare figure).
_LONG_FACT_LINE = re.compile(
    r"(?P<label>[A-Z][\w'’&/.–-]*(?: [\w'’&/.()–-]+){4,9}):\s+(?P<value>\S.*)"
)
_BARE_FIGURE_WORDS = 3  # "Dh200", "$1.2 million", "AED 500", "6 penalty points"
#: A bulletless list item (a line after a lead-in ending in ":", "Suspended during the
#: strike:", "The tram line to the stadium"): at most this many words.
_LIST_ITEM_WORDS = 18
#: A full stop, question or exclamation mark inside a paragraph, then a space: a second
#: sentence: after a lower-case word of three letters or more or a digit ("... in 2024. The
#: ..."), not an abbreviation ("6 p.m. Ferries", "St. Mary's").
_INNER_SENTENCE_END = re.compile(r"(?:[a-z]{3}|\d)[.!?]\s+[A-Z\"“‘']")
#: Stripped from the ends of a value's words before they are judged.
_PUNCT = ".,;:!?\"'“”‘’()[]{}«»…*"
#: A fact line among fact lines (a specification list: "Range: up to 480 km on one charge,
#: measured on the WLTP cycle") may run longer, when its value holds no clause word.
_FACT_LIST_VALUE_WORDS = 18
#: Words that make a "label" a clause ("He said:", "The reasons were:", "We asked:"); and
#: determiners that may not open one ("The minister:", not "Cost of a ticket:").
_NOT_LABEL = frozenset(
    split_words(
        "he she it they we i you his her its their our my your him them us me "
        "is are was were be been being has have had do does did will would can could should may "
        "might must said says say added adds told tells asked asks wrote writes explained "
        "explains warned warns noted notes argued argues insisted insists replied replies "
        "announced announces according"
    )
)
_NOT_LABEL_FIRST = frozenset(split_words("a an the this that these those there here"))
#: Sentence adverbs that a comma follows at the start of a sentence, never a label's head
#: before a qualifier ("Meanwhile, officials: ..."); prepositions and conjunctions neither.
_NOT_QUALIFIED_HEAD = frozenset(
    split_words(
        "meanwhile however moreover furthermore additionally separately overall instead still "
        "yet also earlier later finally first firstly second secondly third lastly today "
        "yesterday now then thus hence indeed besides otherwise nevertheless nonetheless "
        "similarly likewise again altogether elsewhere"
    )
)
#: A value that stops on one of these words was cut off ("$1.87 per", "Jane Roe and").
_OPEN_END = frozenset(
    (
        _SMALL_TEXT + " per than that which who whose whom if because while when where so then "
        "are is was were be has have had will would its their his her our my your this these "
        "those not no"
    ).split()
)


class TruncatedParagraphOptions(RuleOptions):
    min_words: int = Field(
        8, ge=1, description="Shorter paragraphs are ignored (subheads, credits, labels)."
    )
    flag_ellipsis: bool = Field(
        True, description="Also flag paragraphs that end in '...' or '…' (cut-off teasers)."
    )


@article_rule(
    code="NL305",
    name="truncated-paragraph",
    summary="A body paragraph ends without terminal punctuation (cut off).",
    options=TruncatedParagraphOptions,
    tags=("structure", "fragment"),
)
def check(article: Article, options: TruncatedParagraphOptions) -> Iterator[Hit]:
    """## What it does
    Flags a body paragraph of at least `min_words` words that does not end in terminal
    punctuation (`.`, `!`, `?`), a closing quotation mark or bracket, and (with
    `flag_ellipsis`) one that trails off in `...`. The finding sits on the last word.
    Not judged: the title (line equal to the `title` metadata), title-case lines, the
    heading block before the lede (leading paragraphs up to the first one that ends like a
    sentence, at most 20 words each), lines ending in `:` (NL203), list items, metadata
    lines ("Published: …", "Economy | By …"), caption and credit lines ("… Image: iStock",
    "(AFP Photo)"), URL lines, and the "label: value" fact lines of results stories and fact
    boxes ("Net income: $512 million, or $1.87 per diluted share, up 9%", "Speakers: Jane
    Roe, Tom Smith and Ann Poe", "Turnout, first round: 61.2 per cent"): a label of 1-4
    words that is no clause ("He said:", "The reasons were:"), maybe with a qualifier of 1-5
    words after a comma (not after a preposition or a sentence adverb: "In 2023, turnout:",
    "However, the figure:"), a value of at most 12 words (a number such as "2,400" or a
    hyphenated word counting once) holding a figure or mostly capitalised (names, places,
    days) and not stopping on a function word ("$1.87 per"). In a list of fact lines (after a
    lead-in ending in ":" such as "Main particulars of the vessel:", or next to a short fact
    line, in either paragraph style) a value may run to 18 words when it holds no clause
    word ("Engines: two 4,800 kW dual-fuel units running on liquefied natural gas or marine
    diesel oil"). A label of 5-10 words without a comma is a fact line's too when the
    value is a bare amount or figure of at most three words (the lines of a list of fines,
    fees or prices: "Parking in a loading bay overnight without a permit: £70"; not "... was:
    $4 million" or "The fine for ...: £70", clauses). The items of a list without bullets
    after a lead-in ending in ":" ("Suspended during the strike:", then "All bus routes in
    the northern suburbs") are not judged when another item of the list ends without terminal
    punctuation too (a list's style, not one cut line) and each item up to the lead-in has
    at most 18 words, one sentence, no clause word and no function word at its end (an item
    that trails off in an ellipsis is still reported).
    A closing quote garbled by mojibake ("them.â€" plus a control character, reported by
    NL403) counts as a closing quote.

    ## Why it matters
    Extraction that stops at a character limit, a paywall or a broken tag leaves
    paragraphs that end mid-sentence; they are missing facts and teach models to stop
    in mid-thought.

    ## Example
        The council approved the harbour budget on Tuesday after a long debate.

        Members argued about the cost of the new ferry terminal until well after

    ## Passes
        Council approves harbour budget after long debate

        The council approved the budget on Tuesday after a debate that lasted all night.

    ## Options
    - `min_words` (default 8): shorter paragraphs are ignored.
    - `flag_ellipsis` (default true): flag paragraphs ending in an ellipsis.

    ## Known false positives
    Sentence-case subheads inside the body that are long enough; poems and lyrics; tables;
    fact lines with a long or lower-case prose value ("Where: the old hall on the corner of
    the square"), or a long one outside a list; the items of a bulletless list written with
    a full stop on every item but one, or a list of one item.
    """
    title = normalise_for_compare(article.title) if article.title else None
    in_heading_block = True
    paras = article.paragraphs
    for i, para in enumerate(paras):
        text = para.text.rstrip()
        if in_heading_block:
            n = len(words(text))
            if n < options.min_words or (n <= _HEADLINE_WORDS and not _ends_ok(text)):
                continue
            in_heading_block = False
        # The cheap end-of-paragraph tests first: almost every paragraph ends like a
        # sentence and needs no look at what kind of line it is.
        ellipsis = _ends_in_ellipsis(text)
        if ellipsis:
            if not options.flag_ellipsis:
                continue
            message = "paragraph trails off in an ellipsis (cut off?)"
        else:
            end = (_MOJIBAKE_TAIL.sub("", text) or text) if "â" in text else text
            if _ends_ok(end):
                continue
            message = "paragraph ends without terminal punctuation"
        if (
            not _skip(text, title, options.min_words)
            and not _in_fact_list(paras, i)
            and not (not ellipsis and _in_bare_list(paras, i))
        ):
            yield _hit(para, text, message)


def _trailing_non_word(text: str) -> str:
    """The run of non-word characters (regex ``\\W``: not alphanumeric, not ``_``) that ends
    ``text``. Walking back from the end beats a regex ``search`` for ``...\\W*$``, which
    tries every position of the paragraph."""
    i = len(text)
    while i and not (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    return text[i:]


def _ends_ok(text: str) -> bool:
    """Ends like a sentence: a terminal mark or closing quote/bracket, then only non-word
    characters (the regex ``[.!?)\\]"'”’»]\\W*$``)."""
    return any(c in _END_MARKS for c in _trailing_non_word(text))


def _ends_in_ellipsis(text: str) -> bool:
    """Trails off in "..." or "…" (then only non-word characters)."""
    tail = _trailing_non_word(text)
    return "..." in tail or "…" in tail


def _skip(text: str, title: str | None, min_words: int) -> bool:
    ws = words(text)
    if len(ws) < min_words or text.endswith(":"):
        return True
    if title is not None and normalise_for_compare(text) == title:
        return True
    if _LIST_ITEM.match(text) or _METADATA.search(text) or _URL.search(text[-40:]):
        return True
    if metadata_line_kind(text):  # NL105's lines; "By contrast, ..." is text
        return True
    if _CREDIT.search(text):
        return True
    if _fact_paragraph(text):
        return True
    return _is_title_case(ws)


def _fact_paragraph(text: str, *, in_list: bool = False) -> bool:
    """A paragraph of fact lines: one "<Label>: <value>" line (maybe wrapped over several
    lines), or a block of them, one a line, maybe after a lead-in line ending in ":" (a block
    is a list: its lines may be long)."""
    if ":" not in text:
        return False
    lines = text.strip().splitlines()
    if len(lines) > 1 and all(
        _fact_line(ln) or _fact_line(ln, in_list=True) or (i == 0 and ln.endswith(":"))
        for i, ln in enumerate(lines)
    ):
        return True
    return _fact_line(" ".join(text.split()), in_list=in_list)


def _in_fact_list(paras: Sequence[Paragraph], i: int) -> bool:
    """Is paragraph ``i`` a long line of a list of fact lines ("Range: up to 480 km on one
    charge, measured on the WLTP cycle")? Its value may run to 18 words without a clause
    word, when the list's other lines (long ones skipped) reach a lead-in ending in ":" ("The
    new model offers:") or a short fact line above it, or a short fact line below it."""
    if not _fact_paragraph(paras[i].text, in_list=True):
        return False
    for j in range(i - 1, -1, -1):  # up, over long fact lines, to the lead-in
        above = paras[j].text.rstrip()
        if above.endswith(":") or _fact_paragraph(above):
            return True
        if not _fact_paragraph(above, in_list=True):
            break
    for j in range(i + 1, len(paras)):
        below = paras[j].text
        if _fact_paragraph(below):
            return True
        if not _fact_paragraph(below, in_list=True):
            break
    return False


def _list_item(text: str) -> bool:
    """Can ``text`` be an item of a bulletless list: at most 18 words, no clause word
    (pronoun, auxiliary, reporting verb: "The board said it would ..."), one sentence, and
    not stopping on a function word ("... at 18 knots with")?"""
    ws = [w for w in (w.strip(_PUNCT) for w in text.split()) if w]
    return (
        0 < len(ws) <= _LIST_ITEM_WORDS
        and ws[-1].lower() not in _OPEN_END
        and _NOT_LABEL.isdisjoint(w.lower() for w in ws)
        and not _INNER_SENTENCE_END.search(text)
    )


def _in_bare_list(paras: Sequence[Paragraph], i: int) -> bool:
    """Is paragraph ``i`` an item of a list without bullets, written without full stops
    ("Suspended during the strike:" then "All bus routes in the northern suburbs", "Night
    trains to the coast")? It is a list item (``_list_item``), the paragraphs between it
    and a lead-in ending in ":" above are list items too, and another item of the list (up to
    the first paragraph that is none) ends without terminal punctuation as well: a list's
    style, not one cut-off line."""
    if not _list_item(paras[i].text):
        return False
    bare = 0
    for j in range(i - 1, -1, -1):  # up, over the other items, to the lead-in
        above = paras[j].text.rstrip()
        if above.endswith(":"):
            break
        if not _list_item(above):
            return False
        bare += not _ends_ok(above)
    else:
        return False
    for j in range(i + 1, len(paras)):
        below = paras[j].text.rstrip()
        if below.endswith(":") or not _list_item(below):
            break
        bare += not _ends_ok(below)
    return bare > 0


def _bare_figure(value: str) -> bool:
    """A bare amount or figure, maybe with a currency or a unit: "Dh200", "$1.2 million",
    "AED 500", "6 penalty points"; at most three words, the first or second holding a digit,
    none a function or clause word ("200 and", "12% as")."""
    vs = [w for w in (w.strip(_PUNCT) for w in value.split()) if w]
    if not vs or len(vs) > _BARE_FIGURE_WORDS:
        return False
    if not any(c.isdigit() for c in "".join(vs[:2])):
        return False
    return all(w.lower() not in _OPEN_END and w.lower() not in _NOT_LABEL for w in vs)


def _long_fact_line(line: str) -> bool:
    """A fact line with a label of 5-10 words and a bare amount or figure for its value
    (``_bare_figure``): "Parking in a loading bay overnight: £70". The label is no clause
    (no determiner first, no pronoun, auxiliary or reporting verb: "The fine he said he
    paid: $70") and has no comma."""
    m = _LONG_FACT_LINE.fullmatch(line.strip())
    if m is None or not _bare_figure(m["value"]):
        return False
    label = m["label"].lower().split()
    return label[0] not in _NOT_LABEL_FIRST and _NOT_LABEL.isdisjoint(label)


def _fact_line(line: str, *, in_list: bool = False) -> bool:
    """A "<Label>: <value>" fact line: a label of 1-4 words in Title or sentence case, maybe
    with a qualifier of 1-5 words after a comma ("Turnout, first round:"), that is no clause
    (no pronoun, determiner, auxiliary or reporting verb: "The reasons were:", "He said:"; no
    preposition or conjunction before a qualifier: "In 2023, turnout:"), and a short value
    that holds a figure or is mostly capitalised (names, places, days) and does not stop on a
    function word ("$1.87 per"). Short: at most 12 words, a number ("2,400", "±1.5") or a
    hyphenated word ("dual-fuel") counting once; in a list of fact lines
    (``in_list``), at most 18 words and no clause word among them."""
    m = _FACT_LINE.fullmatch(line.strip())
    if m is None:
        return _long_fact_line(line)
    label = m["label"].lower().split()
    if label[0] in _NOT_LABEL_FIRST or not _NOT_LABEL.isdisjoint(label):
        return False
    if m["qualifier"]:  # "Turnout, first round:", not "In 2023, turnout:" or "However, the"
        qualifier = m["qualifier"].lower().split()
        if (
            label[0] in _SMALL
            or label[0] in _NOT_QUALIFIED_HEAD
            or qualifier[0] in _NOT_LABEL_FIRST
            or not _NOT_LABEL.isdisjoint(qualifier)
        ):
            return False
    value = m["value"]
    vs = [w for w in (w.strip(_PUNCT) for w in value.split()) if any(c.isalnum() for c in w)]
    limit = _FACT_LIST_VALUE_WORDS if in_list else _FACT_VALUE_WORDS
    if not vs or len(vs) > limit or vs[-1].lower() in _OPEN_END:
        return False
    if in_list and not _NOT_LABEL.isdisjoint(w.lower() for w in vs):
        return False
    if any(c.isdigit() for c in value):
        return True
    content = [w for w in vs if w.lower() not in _SMALL]
    return bool(content) and sum(w[:1].isupper() for w in content) >= 0.8 * len(content)


def _is_title_case(ws: list[str]) -> bool:
    """Headline style: (nearly) every word but short function words is capitalised."""
    content = [w for w in ws if w.lower() not in _SMALL]
    caps = sum(1 for w in content if w[:1].isupper() or w[:1].isdigit())
    return bool(content) and caps >= 0.8 * len(content) and len(ws) <= 20


def _hit(para: Paragraph, text: str, message: str) -> Hit:
    cut = text.rstrip(".… ")
    last = cut.rfind(" ") + 1
    start = para.start + last
    tail = "…" + text[-59:] if len(text) > 60 else text
    return Hit(f"{message}: {tail!r}", start, para.start + len(text))
