"""Matching engine of YAML pack rules: one compiled alternation per rule, scopes, kinds."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from newslint.article import Article, Line
from newslint.finding import Fix, Hit

# NOTE: whole-line matching tolerates list bullets, Markdown emphasis/headings and arrows
# before the phrase, and trailing punctuation such as ':' '.' '!' '…' after it, because
# scrapers keep those decorations ("» Read more", "**Advertisement**", "Share this:").
_LEAD = r"[\s•·*#>»›|\-–—]*"
_TRAIL = r"[\s:.!?…*»>›|\-–—]*"

#: The placeholders a pack message may use.
PLACEHOLDERS = {"match": "x", "line": "x", "count": 1, "min": 0, "max": 0}


def phrase_regex(phrase: str) -> str:
    """A literal phrase as a regex: escaped, any whitespace run between words, word-bounded."""
    words = r"\s+".join(re.escape(word) for word in phrase.split())
    return rf"(?<!\w){words}(?!\w)"


def alternation(phrases: Iterable[str], patterns: Iterable[str]) -> str:
    """One regex matching any phrase or pattern (one scan per text instead of one per entry)."""
    parts = [phrase_regex(p) for p in phrases] + list(patterns)
    return "|".join(f"(?:{p})" for p in parts)


@dataclass(frozen=True)
class Scope:
    """Where a pack rule looks: ``unit`` is line/paragraph/body/first-lines/last-lines."""

    unit: str
    whole_line: bool = False
    count: int = 0  # N of first-lines / last-lines


Span = tuple[int, int]

#: The characters ``_LEAD`` and ``_TRAIL`` allow before and after a whole-line match
#: (besides white space).
_LEAD_SET = frozenset("•·*#>»›|-–—")
_TRAIL_SET = frozenset(":.!?…*»>›|-–—")
#: A line longer than this many times the longest phrase is prose: phrases are not looked up
#: in it (only runs of hundreds of spaces between a phrase's words could make it one).
_PHRASE_LINE_FACTOR = 4


def _plain_ends(phrase: str) -> bool:
    """Does ``phrase`` start and end with characters that the whole-line decoration cannot
    take (so that a line is the phrase exactly when its stripped words are)?"""
    core = phrase.strip()
    return (
        bool(core)
        and core[0] not in _LEAD_SET | _TRAIL_SET
        and core[-1] not in (_LEAD_SET | _TRAIL_SET)
    )


def _phrase_key(words: Sequence[str], fold: bool) -> str:
    key = " ".join(words)
    return key.lower() if fold else key


@dataclass(frozen=True)
class Matcher:
    """The regexes of one rule, compiled on first use.

    NOTE: compiling a long phrase alternation costs tens of milliseconds; a whole-line rule
    never needs the "anywhere" form, and a run that never reaches a rule (``--select``) needs
    neither, so start-up does not pay for them.

    NOTE: whole lines look their phrases up in a set (``phrase_set``: the line's words
    between the decoration, joined by single spaces) instead of trying each phrase as a
    branch of the regex at every line: the same lines match (a phrase is a literal, bounded by
    non-word characters, with any run of spaces between its words), at a fraction of the cost
    (12 us of NL202's 90 us per article before, after held-out batch K). Phrases that start or
    end with a decoration character stay in the regex.
    """

    alt: str
    flags: int
    exception: re.Pattern[str] | None
    #: The whole-line alternation: the patterns and the phrases not in ``phrase_set``.
    whole_alt: str = "(?!)"
    phrase_set: frozenset[str] = frozenset()
    #: The most words and characters of a phrase in ``phrase_set``.
    phrase_words: int = 0
    phrase_chars: int = 0

    @classmethod
    def build(
        cls, phrases: Sequence[str], patterns: Sequence[str], exceptions: Sequence[str], flags: int
    ) -> Matcher:
        alt = alternation(phrases, patterns)
        exc = re.compile("|".join(f"(?:{e})" for e in exceptions), flags) if exceptions else None
        fold = bool(flags & re.IGNORECASE)
        looked_up = [p.split() for p in phrases if _plain_ends(p)]
        rest = [p for p in phrases if not _plain_ends(p)]
        return cls(
            alt,
            flags,
            exc,
            alternation(rest, patterns) if rest or patterns else "(?!)",
            frozenset(_phrase_key(w, fold) for w in looked_up),
            max((len(w) for w in looked_up), default=0),
            max((len(" ".join(w)) for w in looked_up), default=0),
        )

    @cached_property
    def anywhere(self) -> re.Pattern[str]:
        return re.compile(self.alt, self.flags)

    @cached_property
    def whole(self) -> re.Pattern[str]:
        return re.compile(rf"{_LEAD}(?P<m>{self.whole_alt}){_TRAIL}", self.flags)

    def whole_span(self, text: str) -> Span | None:
        """The span of the phrase or pattern that is the whole line ``text`` (without the
        decoration around it), or None."""
        if self.phrase_set:
            i, j = 0, len(text)
            while i < j and (text[i] in _LEAD_SET or text[i].isspace()):
                i += 1
            while j > i and (text[j - 1] in _TRAIL_SET or text[j - 1].isspace()):
                j -= 1
            if j - i <= _PHRASE_LINE_FACTOR * self.phrase_chars:
                words = text[i:j].split(None, self.phrase_words)
                if 0 < len(words) <= self.phrase_words and (
                    _phrase_key(words, bool(self.flags & re.IGNORECASE)) in self.phrase_set
                ):
                    return i, j
        found = self.whole.fullmatch(text)
        return (found.start("m"), found.end("m")) if found else None


def _units(article: Article, scope: Scope) -> list[tuple[int, int, str]]:
    """(start, end, text) of every unit the scope looks at, in body order."""
    if scope.unit == "paragraph":
        return [(p.start, p.end, p.text) for p in article.paragraphs]
    if scope.unit == "body":
        return [(0, len(article.body), article.body)]
    lines: Sequence[Line] = article.lines
    if scope.unit == "first-lines":
        lines = lines[: scope.count]
    elif scope.unit == "last-lines":
        lines = lines[-scope.count :]
    if scope.whole_line:
        # A wrapped sentence's tail ("comment.") is not a line of its own.
        lines = [ln for ln in lines if not article.is_continuation(ln)]
    return [(ln.start, ln.end, ln.text) for ln in lines]


def _groups(article: Article, scope: Scope) -> list[list[tuple[int, int, str]]]:
    """Units counted together by required/occurrence rules (first/last N lines are one group)."""
    units = [u for u in _units(article, scope) if u[2].strip()]
    if scope.unit in ("first-lines", "last-lines"):
        return [units] if units else []
    return [[u] for u in units]


def _matches(article: Article, m: Matcher, scope: Scope, start: int, text: str) -> Iterator[Span]:
    if scope.whole_line:
        found = m.whole_span(text)
        spans: Iterable[Span] = [found] if found else []
    else:
        spans = (f.span() for f in m.anywhere.finditer(text) if f.end() > f.start())
    body = article.body
    for s, e in spans:
        s, e = s + start, e + start
        if m.exception is not None:
            line_start = body.rfind("\n", 0, s) + 1
            line_end = article.line_end(s)
            # NOTE: slice rather than search(body, pos, endpos): '^' only matches at pos 0.
            if m.exception.search(body[line_start:line_end]):
                continue
        yield s, e


def _excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _Formatter:
    """Renders a message for a span; finds the article line of a span for delete-line fixes."""

    def __init__(self, article: Article, message: str, **values: Any) -> None:
        self.article, self.message, self.values = article, message, values
        self._starts = [ln.start for ln in article.lines]

    def line(self, offset: int) -> Line:
        return self.article.lines[max(bisect_right(self._starts, offset) - 1, 0)]

    def text(self, span: Span | None, **values: Any) -> str:
        body = self.article.body
        match = line = ""
        if span is not None:
            match = _excerpt(body[span[0] : span[1]])
            line = _excerpt(self.line(span[0]).text)
        return self.message.format(match=match, line=line, **{**self.values, **values})


CheckFn = Callable[[Article, Any], Iterator[Hit]]


def existence_check(m: Matcher, scope: Scope, message: str, delete_line: bool) -> CheckFn:
    """Flag every match of the rule inside its scope."""

    def check(article: Article, options: Any) -> Iterator[Hit]:
        # NOTE: most articles contain no phrase at all: one scan of the body rules them out.
        # Whole-line matching is cheaper still (one anchored attempt per line), so it skips it.
        if not scope.whole_line and m.anywhere.search(article.body) is None:
            return
        fmt: _Formatter | None = None  # built on the first match: most articles have none
        for start, _end, text in _units(article, scope):
            for span in _matches(article, m, scope, start, text):
                fmt = fmt or _Formatter(article, message, count=1, min=0, max=0)
                fix = None
                if delete_line:
                    fix = Fix(*article.line_span_with_newline(fmt.line(span[0])), "")
                yield Hit(fmt.text(span), start=span[0], end=span[1], fix=fix)

    return check


def required_check(m: Matcher, scope: Scope, message: str) -> CheckFn:
    """Flag each scope group in which nothing matches."""

    def check(article: Article, options: Any) -> Iterator[Hit]:
        fmt = _Formatter(article, message, count=0, min=1, max=0)
        for group in _groups(article, scope):
            if not any(next(_matches(article, m, scope, s, t), None) for s, _e, t in group):
                yield Hit(fmt.text(None), start=group[0][0], end=group[-1][1])

    return check


def occurrence_check(
    m: Matcher, scope: Scope, message: str, low: int | None, high: int | None
) -> CheckFn:
    """Flag each scope group whose number of matches is below ``low`` or above ``high``."""

    def check(article: Article, options: Any) -> Iterator[Hit]:
        fmt = _Formatter(article, message, min=low or 0, max=high or 0)
        for group in _groups(article, scope):
            spans = [sp for s, _e, t in group for sp in _matches(article, m, scope, s, t)]
            if low is not None and len(spans) < low:
                yield Hit(fmt.text(None, count=len(spans)), start=group[0][0], end=group[-1][1])
            elif high is not None and len(spans) > high:
                span = spans[high]
                yield Hit(fmt.text(span, count=len(spans)), start=span[0], end=span[1])

    return check


# --- furniture: whole short lines made mostly of interface vocabulary ----------------------

_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
#: Marks that put a line inside a quotation (an apostrophe alone does not).
_QUOTE_MARKS = frozenset('"“”„«»')
#: How a reported sentence ends; a bare label or button text ends without these (or in ':').
_SENTENCE_END = frozenset(".!?\"”’'")
_STRIP_END = " \t*_"
#: Bullets, emphasis and arrows before a label ("» Share:", "**Watch**"), as in _LEAD.
_LEAD_CHARS = " \t•·*#»›|-–—"
_ARTICLE_START = re.compile(r"(?:the|an?)\s", re.IGNORECASE)
#: A line longer than this many characters per allowed word is prose (or a URL), not a label.
_CHARS_PER_WORD = 20
#: Durations on media buttons ("Listen (3 min)", "Watch 2:31"): they count as glue.
_DURATION = re.compile(
    r"\(?\b(?:\d+\s*(?:min|mins|minutes?|sec|secs|seconds?|hrs?|hours?)\b|\d{1,2}:\d\d(?::\d\d)?)"
    r"\)?",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
#: Words after which a capitalised name is a platform ("Share on Bluesky", "Listen via X").
_PLATFORM_PREPOSITIONS = frozenset(("on", "via"))
#: Capitalised words that are never a platform ("Watch on Sunday", "Follow on May 3").
_CALENDAR = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "tonight", "tomorrow", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
))  # fmt: skip


#: Separators of a row of widget items: a spaced '|' '·' '•' '/' or dash ("Save article ·
#: Gift this article · Listen", "Read in the app – Continue in browser"), or (after held-out
#: batch K) a run of spaces or a tab ("Play episode   Download   Share").
_ROW_SEP = re.compile(r"[ \t]+[|·•/\-–—][ \t]+|[ \t]{2,}|\t")
#: Items of a row that count neither way (after held-out batch K): a duration, a playback
#: speed or a number ("38 min", "2:31", "1x", "1.5×").
_NEUTRAL_ITEM = re.compile(
    r"\(?(?:\d+(?:\.\d+)?\s*[x×]|[x×]\s*\d+(?:\.\d+)?|\d+\s*(?:min|mins|minutes?|sec|secs|seconds?"
    r"|hrs?|hours?)|\d{1,2}:\d\d(?::\d\d)?|\d+)\)?",
    re.IGNORECASE,
)
#: A label before a colon opening a row: "Send via: WhatsApp Telegram Email".
_ROW_LABEL = re.compile(r"([^:|·•/\n]{1,60}?):[ \t]+(?=\S)")
#: Rows have at most this many items.
_ROW_MAX_ITEMS = 8
#: Characters that tell a row apart from a plain line (a cheap first test).
_ROW_MARKS = frozenset("|·•/-–—:")


def base_forms(token: str) -> tuple[str, ...]:
    """Candidate base forms of an inflected English word, for vocabulary look-up: plural and
    third-person "-s"/"-es", "-ies"/"-ied" (copied: copy), "-ed" and "-ing" with a dropped
    final "e" restored (shared: share) or a doubled consonant undone (logging: log).

    A light stemmer, not a lemmatiser: it proposes forms and the vocabulary decides; words
    of four letters or fewer are left alone ("news" is not "new").
    """
    if len(token) < 5:
        return ()
    out: list[str] = []
    if token.endswith(("ies", "ied")):
        out.append(token[:-3] + "y")
    for suffix in ("ing", "ed", "es", "s"):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            base = token[: -len(suffix)]
            out += (base, base + "e")
            if base[-1] == base[-2] and base[-1] not in "aeiouls":
                out.append(base[:-1])
            break
    return tuple(out)


@dataclass(frozen=True)
class Vocabulary:
    """The interface vocabulary of a furniture rule and its thresholds.

    A line of at most ``max_words`` words is furniture when at least ``min_hits`` of its
    content words (words not in ``glue``; numbers count, durations such as "3 min" do not) are
    vocabulary words and those make up at least ``min_share`` of its content words; or when it
    is a call to action: its first content word is one of ``actions`` and its last one a
    vocabulary word ("Sign up for breaking news alerts"), whatever lies between.

    With ``inflections``, a word that is not listed counts when one of its ``base_forms`` is
    and another word of the line is listed as it stands ("Continue watching", "Link copied";
    not "Reading the signs" or a lone "Shares"). A line that is one of ``platform_verbs``, "on" or
    "via" and one to three capitalised words is a link to a platform the vocabulary need not
    name ("Share on Bluesky", "Listen on Spotify"); weekdays and months are not platforms.
    """

    words: frozenset[str]
    glue: frozenset[str]
    max_words: int
    min_share: float
    min_hits: int
    actions: frozenset[str] = frozenset()
    inflections: bool = False
    platform_verbs: frozenset[str] = frozenset()
    rows: bool = False

    def _inflected(self, token: str) -> bool:
        return self.inflections and any(b in self.words for b in base_forms(token))

    def score(self, text: str) -> tuple[int, int, bool] | None:
        """(vocabulary words, content words, call to action?) of a line shaped like
        furniture, else None.

        Lines that end like a sentence ('.', '!', '?', a closing quotation mark, but not an
        ellipsis), hold quotation marks, start a quotation or a blockquote ('>'), start with
        an article ("The ...", "A ...": headlines and sentences do, buttons do not), or have
        more than ``max_words`` words are not judged (None).
        """
        if len(text) > self.max_chars:
            return None
        core = text.strip().lstrip(_LEAD_CHARS)
        if not core or len(core.split()) > self.max_words:
            return None
        if core[0] in "'‘>" or not _QUOTE_MARKS.isdisjoint(core):
            return None
        if _ARTICLE_START.match(core):
            return None  # "The most popular apps of 2023": a headline or a sentence
        tail = core.rstrip(_STRIP_END)
        if tail and tail[-1] in _SENTENCE_END and not tail.endswith(("...", "…")):
            return None
        hits = content = 0
        first = last = ""
        unlisted: list[str] = []
        if _DIGIT.search(core):
            core = _DURATION.sub(" ", core)
        # NOTE: hyphens inside a word are dropped ("e-mail", "sign-up" read as "email",
        # "signup") and a curly apostrophe reads as a straight one.
        tokens = _TOKEN.findall(core.replace("-", "").replace("’", "'"))
        for word in tokens:
            token = word.lower()
            if token in self.glue:
                continue
            content += 1
            first = first or token
            last = token
            if token in self.words:
                hits += 1
            else:
                unlisted.append(token)
        # NOTE: inflected forms only count next to a word listed as it stands.
        if hits and unlisted and self.inflections:
            hits += sum(1 for t in unlisted if self._inflected(t))
        last_known = last in self.words or (hits > 0 and self._inflected(last))
        action = content >= 2 and first in self.actions and last_known
        if not action and self.platform_verbs:
            action = self._platform_link(tokens)
        return hits, content, action

    def _platform_link(self, tokens: list[str]) -> bool:
        """Verb, "on"/"via", then one to three capitalised words: "Share on Bluesky"; glue
        words may stand between the verb and the preposition ("Follow us on Mastodon")."""
        if not 3 <= len(tokens) <= 6 or tokens[0].lower() not in self.platform_verbs:
            return False
        at = 1
        while at < 3 and tokens[at] not in _PLATFORM_PREPOSITIONS:
            if tokens[at].lower() not in self.glue:
                return False
            at += 1
        names = tokens[at + 1 :]
        if tokens[at] not in _PLATFORM_PREPOSITIONS or not 1 <= len(names) <= 3:
            return False
        return all(w[0].isupper() and w.lower() not in _CALENDAR for w in names)

    @property
    def max_chars(self) -> int:
        """Longer lines are prose (or a URL), never judged: a cheap first test."""
        return _CHARS_PER_WORD * self.max_words

    def is_furniture(self, text: str) -> bool:
        scored = self.score(text)
        if scored is None:
            return False
        hits, content, action = scored
        return action or (hits >= self.min_hits and hits >= self.min_share * content)

    def is_furniture_row(self, text: str) -> bool:
        """With ``rows``: a row of two to eight widget items joined by a spaced '|' '·' '•' '/'
        or dash, a run of spaces or a tab, or after a label and a colon, every item furniture
        by itself ("Save article · Gift this article · Listen", "Send via: WhatsApp Telegram
        Email", "Read in the app – Continue in browser", "Play episode   1x   Download"). Each
        item is scored as a line of its own (at most ``max_words`` words, not ending like a
        sentence ...); durations, playback speeds and numbers between them count neither
        way, but two items must score."""
        if not self.rows or len(text) > _ROW_MAX_ITEMS * self.max_chars:
            return False
        core = text.strip()
        if not core or core[-1] in _SENTENCE_END:
            return False
        if _ROW_MARKS.isdisjoint(core) and "  " not in core and "\t" not in core:
            return False
        items = _ROW_SEP.split(core)
        label = _ROW_LABEL.match(items[0])
        if label is not None:
            items[0:1] = [label.group(1), items[0][label.end() :]]
        if not 2 <= len(items) <= _ROW_MAX_ITEMS:
            return False
        # durations and playback speeds between the buttons count neither way
        items = [i for i in items if not _NEUTRAL_ITEM.fullmatch(i.strip())]
        return len(items) >= 2 and all(self.is_furniture(item) for item in items)


def _core_span(text: str) -> Span:
    """The line without leading bullets/emphasis and trailing decoration (like whole-line)."""
    lead = re.match(_LEAD, text)
    start = lead.end() if lead else 0
    end = len(text.rstrip(" \t*_|»>›-–—:"))
    return (start, end) if end > start else (0, len(text))


def furniture_check(
    m: Matcher | None,
    exception: re.Pattern[str] | None,
    vocab: Vocabulary,
    scope: Scope,
    message: str,
    delete_line: bool,
) -> CheckFn:
    """Flag whole lines that are a listed phrase or pattern, or score as interface text.

    NOTE: the vocabulary only judges lines that stand alone: not the tail of a wrapped
    sentence (a continuation line) and not the head of one (a line the next one continues);
    and not the article's first line, most often its headline ("The most popular apps of
    2023"), where the listed phrases and patterns still apply.
    """

    def check(article: Article, options: Any) -> Iterator[Hit]:
        lines: Sequence[Line] = article.lines
        if scope.unit == "first-lines":
            lines = lines[: scope.count]
        elif scope.unit == "last-lines":
            lines = lines[-scope.count :]
        cont = article.continuation_lines
        max_chars = vocab.max_chars
        # rows may be longer; a line ending like a sentence is never one (a cheap first test)
        row_chars = _ROW_MAX_ITEMS * max_chars if vocab.rows else 0
        fmt: _Formatter | None = None
        for line in lines:
            if line.index in cont:
                continue
            text = line.text
            span: Span | None = None
            if m is not None:
                span = m.whole_span(text)
            # NOTE: most lines are paragraphs: the length and last-character tests rule them
            # out first.
            n = len(text)
            if (
                span is None
                and (n <= max_chars or (n <= row_chars and text[-1:] not in _SENTENCE_END))
                and line.index > 0
                and line.index + 1 not in cont
                and ((n <= max_chars and vocab.is_furniture(text)) or vocab.is_furniture_row(text))
            ):
                span = _core_span(text)
            if span is None:
                continue
            if exception is not None and exception.search(text):
                continue
            s, e = line.start + span[0], line.start + span[1]
            fmt = fmt or _Formatter(article, message, count=1, min=0, max=0)
            fix = Fix(*article.line_span_with_newline(line), "") if delete_line else None
            yield Hit(fmt.text((s, e)), start=s, end=e, fix=fix)

    return check
