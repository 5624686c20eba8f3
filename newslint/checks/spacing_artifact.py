"""NL304 spacing-artifact: spaces misplaced by text spinners and bad scrapers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, count, islice
from operator import eq

from pydantic import Field

from newslint.article import Article
from newslint.checks._cohesion import STOP_WORDS
from newslint.checks._prescan import Prescan
from newslint.checks._text import ASCII_WORD_EXTRA, ascii_lower_table
from newslint.finding import Fix, Hit
from newslint.rule import RuleOptions, article_rule

# "US -backed": a space before the hyphen of a compound (a lower-case word follows).
_SPACE_HYPHEN = re.compile(r"(?<=[^\W_])([ \t]+)-(?=([a-z]+)\b)")
# "said ," / "year .": spaces before punctuation that ends a clause (not "...", ".com").
_SPACE_PUNCT = re.compile(r"(?<=[\w”\"’)\]%])([ \t]+)([,.;:!?])(?![.\w]| \.)")
# "said.The": no space after a sentence end (lower-case word or digit before, Capital after).
_NO_SPACE = re.compile(r"(?:(?<=[a-z]{2})|(?<=[0-9]))([.!?][”\"’]?)(?=[A-Z][a-z]|[AI] )")
_TLD_AFTER = re.compile(r"(?:Com|Net|Org|Gov|Edu)\b")
_URLISH = ("://", "www.", "@", "/")
# "the the": the same word twice (letters only, case-insensitive).
# A line break of a wrapped paragraph may sit between the two ("in\nin").
_DOUBLED = re.compile(r"\b([^\W\d_]+)([ \t]+|[ \t]*\n[ \t]*)(\1)\b", re.IGNORECASE)
#: Cheap scans for what each of the first three patterns needs at least: most paragraphs
#: have none of them and skip the (slower, look-behind) patterns.
_HINT_HYPHEN = re.compile(r"[ \t]-[a-z]")
_HINT_PUNCT = re.compile(r"[ \t][,.;:!?]")
_HINT_NO_SPACE = re.compile(r"[.!?][”\"’]?[A-Z]")
#: Whole-body pre-scans (RE2, see _prescan) for what the hints above need. (A substring test
#: for " -" is not enough for the hyphen: wire copy's " - " dashes put it in most bodies.)
_PRESCAN_HYPHEN = Prescan(_HINT_HYPHEN.pattern)
_PRESCAN_PUNCT = Prescan(_HINT_PUNCT.pattern)
_PRESCAN_NO_SPACE = Prescan(_HINT_NO_SPACE.pattern)

#: Function words that are also common second parts of compounds ("take -off", "walk -in",
#: "first -time", "five -year"): a space before their hyphen is flagged although the word
#: after it is a function word.
_COMPOUND_TAILS = frozenset({
    "off", "in", "out", "up", "down", "on", "over", "back", "by", "away",
    "time", "times", "year", "years", "old", "day", "days", "week", "month",
})  # fmt: skip
#: "What it is is a delay": a doubled "is" is legitimate only after such a clause opener.
_IS_IS_OPENER = re.compile(
    r"\b(?:what|all|whatever|where|how|who|which)\b(?:\s+[\w’']+){1,3}\s*$",
    re.IGNORECASE,
)

_DOUBLES_TEXT = (
    "had that is do very no bye ha so yes there tut "
    "boutros walla bora pago sing baden duran sirhan mahi chop tsk"
)
DEFAULT_DOUBLES = tuple(_DOUBLES_TEXT.split())


class SpacingArtifactOptions(RuleOptions):
    allow_doubled: tuple[str, ...] = Field(
        DEFAULT_DOUBLES,
        description="Words that may legitimately appear twice in a row ('had had', "
        "'that that', 'walla walla' in lower-case text); compared case-insensitively. "
        "Capitalised doubles need no entry: they are skipped as names ('Wagga Wagga') unless "
        "a function word opens a sentence ('The The').",
    )
    french_spacing: bool = Field(
        False,
        description="Allow a space before ; : ! ? (French typography). Always on for "
        "articles whose `language` metadata starts with 'fr'.",
    )


@article_rule(
    code="NL304",
    name="spacing-artifact",
    summary="A space before a hyphen or punctuation, a missing space, or a doubled word.",
    options=SpacingArtifactOptions,
    tags=("structure", "spinner"),
    fix_safety="safe",
)
def check(article: Article, options: SpacingArtifactOptions) -> Iterator[Hit]:
    """## What it does
    Flags four marks of text spinners and sloppy extraction, one finding per artifact,
    positioned on it, with a fix that edits just that span:
    a space before the hyphen of a compound (`US -backed`), spaces before punctuation
    (`said ,`, `year .`), no space after a sentence end (`said.The`, `2015.The`) and a
    doubled word (`the the`, `The the`; across a line break of a wrapped paragraph too when
    both are the same lower-case word: `in` at the end of a line and again at the start of
    the next). Two identical capitalised copies are a reduplicated name (`Wagga Wagga`, `Bora
    Bora`, `PAGO PAGO`) and are skipped, except a function word at the start of a sentence
    (`The The mayor said`).

    ## Why it matters
    These artifacts never appear in edited copy. They mark spun or badly re-assembled text
    and teach models wrong spacing; they are also trivial to repair.

    ## Example
        The US -backed forces said , on Monday, that the the town had fallen.The army agreed.

    ## Passes
        The U.S.-backed forces said on Monday that the town had fallen. The army agreed.
        He had had enough; what it is is a delay. Rates rose 3.5% at example.com.
        Wagga Wagga, NSW — Members of the Wagga Wagga branch met.

    ## Options
    - `allow_doubled` (default: had, that, is, very, walla, boutros, ...): legitimate doubles
      in any case; "is is" only after a clause opener ("what it is is", "all it is is"); "the
      rate is is" is flagged. Capitalised doubles are names and need no entry.
    - `french_spacing` (default false): allow a space before `; : ! ?`.

    ## Known false positives
    Command-line flags in tech news (`ls -la`); "St.Louis"-style abbreviations of two or more
    lower-case letters followed by a capital (`Gov.Smith`) are flagged too, and the fix
    (add a space) is still right. A hyphen used as a dash before a function word (`deal
    -which`) is skipped, before other words it is flagged; function words that commonly end a
    compound (`take -off`, `walk -in`, `five -year`) are flagged, so a dash written " -in" or
    " -off" before such a word is reported too. Missed reports: a capitalised double inside
    a sentence is taken for a name even when it is a function word (`the band The The`, so
    also a Title-Case headline's `Council To To Vote`), and so is a capitalised content word
    doubled at the start of a sentence (`Police Police said`).
    """
    body = article.body
    # Whole-body pre-tests (each implied by any per-paragraph match): most articles fail all
    # four and cost three RE2 searches and a split instead of four regex scans per paragraph.
    want_hyphen = _PRESCAN_HYPHEN.in_body(article)
    want_punct = _PRESCAN_PUNCT.in_body(article)
    want_no_space = _PRESCAN_NO_SPACE.in_body(article)
    want_doubled = maybe_doubled_word(body)
    if not (want_hyphen or want_punct or want_no_space or want_doubled):
        return
    allowed = frozenset(w.casefold() for w in options.allow_doubled)
    french = options.french_spacing or (article.language or "").lower().startswith("fr")
    for para in article.paragraphs:
        text, base = para.text, para.start
        hits: list[Hit] = []
        hyphens = want_hyphen and _HINT_HYPHEN.search(text)
        for m in _SPACE_HYPHEN.finditer(text) if hyphens else ():
            if m.group(2) in STOP_WORDS and m.group(2) not in _COMPOUND_TAILS:
                continue
            s, e = base + m.start(), base + m.end()
            word = text[_word_start(text, m.start()) : m.end() + len(m.group(2))]
            hits.append(Hit(f"space before hyphen in {word!r}", s, e, Fix(s, e, "-")))
        puncts = want_punct and _HINT_PUNCT.search(text)
        for m in _SPACE_PUNCT.finditer(text) if puncts else ():
            if french and m.group(2) in ";:!?":
                continue
            s, e = base + m.start(), base + m.end()
            excerpt = text[_word_start(text, m.start()) : m.end()]
            hits.append(
                Hit(f"space before {m.group(2)!r} in {excerpt!r}", s, e, Fix(s, e, m.group(2)))
            )
        no_space = want_no_space and _HINT_NO_SPACE.search(text)
        for m in _NO_SPACE.finditer(text) if no_space else ():
            token = _token(text, m.start())
            if any(u in token for u in _URLISH) or _TLD_AFTER.match(text, m.end()):
                continue
            s, e = base + m.start(), base + m.end()
            hits.append(
                Hit(f"no space after sentence end in {token[:60]!r}", s, e, Fix(s, e, m[1] + " "))
            )
        for m in _DOUBLED.finditer(text) if want_doubled else ():
            word = m.group(1).casefold()
            if "\n" in m.group(2) and not (m.group(3) == m.group(1) and m.group(3).islower()):
                continue  # "ends in Idlib\nIdlib is": a new line may start with the same name
            if word in allowed and not (
                word == "is" and not _IS_IS_OPENER.search(text[: m.start()])
            ):
                continue
            if _proper_name_double(text, m):
                continue
            s, e = base + m.start(3), base + m.end(3)
            pair = f"{m.group(1)} {m.group(3)}"
            hits.append(Hit(f"doubled word {pair!r}", s, e, Fix(base + m.end(1), e, "")))
        yield from sorted(hits, key=lambda h: h.start)


def _proper_name_double(text: str, m: re.Match[str]) -> bool:
    """Is the doubled word of ``m`` a reduplicated proper name ("Wagga Wagga", "Bora Bora",
    "PAGO PAGO")? Both copies the same and capitalised, and either inside a sentence, or at
    its start and no function word ("The The", "In In" there are a doubled word)."""
    first, second = m.group(1), m.group(3)
    if first != second or not first[0].isupper():
        return False
    return not _at_sentence_start(text, m.start()) or first.casefold() not in STOP_WORDS


def _at_sentence_start(text: str, pos: int) -> bool:
    """Does the word at ``pos`` open a sentence: nothing but opening quotes or brackets
    between it and the start of ``text`` or a sentence end (a terminal mark, perhaps closing
    quotes or brackets after it, then a space)?"""
    before = text[:pos].rstrip(_OPENERS)
    if not before.strip():
        return True
    if not before[-1].isspace():
        return False  # glued to what comes before: "O'Wagga", "x-Bora"
    return before.rstrip().rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)


_OPENERS = "“\"‘'([«"
_CLOSERS = "”\"’')]»"
_SENTENCE_ENDS = (".", "!", "?")


class _WordCharsOnly(dict[int, int]):
    """``str.translate`` table: every character that is not a regex word character nor
    whitespace becomes a space; filled on demand (``__missing__``), so it covers all Unicode."""

    def __missing__(self, code: int) -> int:
        char = chr(code)
        value = code if char.isalnum() or char == "_" or char.isspace() else 32
        self[code] = value
        return value


_WORD_CHARS_ONLY = _WordCharsOnly()
#: The same for ASCII text, lower-casing too, as a bytes table (``bytes.translate`` is a plain
#: C loop; the dict table above costs a lookup per character). Whitespace becomes a space,
#: which ``split()`` treats alike.
_ASCII_WORD_CHARS_LOWER = ascii_lower_table(ASCII_WORD_EXTRA)


def maybe_doubled_word(text: str) -> bool:
    """False only when ``_DOUBLED`` cannot match anywhere in ``text`` (a cheap pre-test).

    A ``_DOUBLED`` match is a letters-only token bounded by non-word characters, whitespace,
    then the same token: with every other non-word character turned into a space, these are
    two equal neighbours of ``split()``. One translate and one split run in C, where the
    back-referencing regex costs a Python-level attempt at every position.
    """
    if text.isascii():
        kept = text.encode("ascii").translate(_ASCII_WORD_CHARS_LOWER).decode("ascii")
    else:
        kept = text.translate(_WORD_CHARS_ONLY).lower()
    tokens = kept.split()
    equal = map(eq, tokens, islice(tokens, 1, None))  # operator.eq: no slot wrapper
    # "8.8" gives "8 8": a token of digits alone cannot be the regex's letters-only word.
    return any(not tokens[i].isdecimal() for i in compress(count(), equal))


def _word_start(text: str, pos: int) -> int:
    """Start of the word that ends just before ``pos`` (skipping spaces)."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _token(text: str, pos: int) -> str:
    """The whitespace-delimited token around ``pos``."""
    start = _word_start(text, pos + 1) if pos < len(text) else pos
    end = pos
    while end < len(text) and not text[end].isspace():
        end += 1
    return text[start:end]
