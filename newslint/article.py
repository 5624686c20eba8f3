"""Article, Line and Paragraph: the read-only view of one news article that rules receive."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import Any, Literal, NamedTuple

ParagraphStyle = Literal["blank", "line"]

_TERMINAL = tuple(".!?\"'”’»)")
#: How a line that is complete on its own may end (a wrapped line ends otherwise).
_LINE_END = (*_TERMINAL, ":", ";", "…", "]", "|")
_WRAP_MIN = 50
#: A "Label: value" line: a capitalised label of at most four words, a colon, a value.
#: A table row: cells apart by a tab or two spaces or more (wrapped prose has neither).
_COLUMNS = re.compile(r"\S(?: {2,}|\t)\S")
_LABEL_LINE = re.compile(r"[A-Z][\w'’&/-]*(?: [\w'’&/-]+){0,3}: \S")
#: Closing quotes and brackets, which may follow the last mark of a line ('... observers,"').
_CLOSING = "\"'”’»)]"


class Line(NamedTuple):
    """One non-empty line of the body. ``number`` is 1-based within the body.

    (NamedTuples, not dataclasses: an article makes dozens and a frozen dataclass costs 2.5x
    as much to build.)
    """

    index: int  # type: ignore[assignment]  # the field shadows tuple.index on purpose
    number: int
    start: int
    end: int
    text: str


class Paragraph(NamedTuple):
    """One paragraph of the body: a blank-line separated block, or one line (see style)."""

    index: int  # type: ignore[assignment]  # as in Line
    start: int
    end: int
    text: str
    line: int  # 1-based body line where the paragraph starts


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """A compact, picklable pointer to an article, used by corpus rules and reports."""

    path: str
    record: int | None = None  # 1-based line of the JSONL record; None for one-article files
    record_id: str | None = None
    body_line_offset: int = 0  # file lines before body line 1 (front matter)

    @property
    def identity(self) -> str:
        """Path plus record id: names the article without line numbers (for fingerprints)."""
        return f"{self.path}#{self.record_id}" if self.record_id else self.path

    @property
    def label(self) -> str:
        """How messages name this article: path, plus the record line or id for JSONL."""
        if self.record is None:
            return self.path
        if self.record_id:
            return f"{self.path}:{self.record} (id {self.record_id})"
        return f"{self.path}:{self.record}"


@dataclass(frozen=True)
class Article:
    """One article: body text (newline-normalised, no BOM) plus metadata.

    Built only by readers (or ``Article.from_text`` in tests). Lines and paragraphs are split
    once and cached. Offsets used by rules are character offsets into ``body``.
    """

    body: str
    path: str = "<article>"
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    language: str | None = None
    source: str | None = None
    id: str | None = None
    record: int | None = None
    body_line_offset: int = 0
    ignore: frozenset[str] = frozenset()
    meta: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(cls, body: str, **kwargs: Any) -> Article:
        """Build an article from raw text (normalising CRLF/CR line endings)."""
        return cls(body=normalise_newlines(body), **kwargs)

    @property
    def ref(self) -> ArticleRef:
        return ArticleRef(self.path, self.record, self.id, self.body_line_offset)

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        return _line_starts(self.body, "\n")

    @cached_property
    def body_utf8(self) -> bytes:
        """The body as UTF-8 (for byte-level scanners such as RE2)."""
        return self.body.encode("utf-8", "surrogatepass")

    @cached_property
    def utf8_line_starts(self) -> tuple[int, ...]:
        """Byte offsets in ``body_utf8`` where each body line starts (like ``line_starts``)."""
        data = self.body_utf8
        if len(data) == len(self.body):  # ASCII: bytes and characters line up
            return self.line_starts
        return _line_starts(data, b"\n")

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        """Non-empty lines (whitespace-only lines count as empty)."""
        out: list[Line] = []
        body = self.body
        starts = self.line_starts
        for number, start in enumerate(starts, 1):
            end = starts[number] - 1 if number < len(starts) else len(body)
            text = body[start:end]
            if text.strip():
                out.append(Line(len(out), number, start, end, text))
        return tuple(out)

    @cached_property
    def derived(self) -> dict[object, Any]:
        """A memo for values that several rules derive from the article (the lede): rules
        run one after another on the same article object, so the first one computes and
        stores, the others read. Keys are chosen by the helper that computes the value."""
        return {}

    @cached_property
    def paragraph_style(self) -> ParagraphStyle:
        return detect_paragraph_style(self.body)

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        if self.paragraph_style == "line":
            return tuple(
                Paragraph(ln.index, ln.start, ln.end, ln.text, ln.number) for ln in self.lines
            )
        out: list[Paragraph] = []
        block: list[Line] = []
        prev_number = -1
        for ln in self.lines:
            if block and ln.number != prev_number + 1:
                out.append(_block_paragraph(len(out), block, self.body))
                block = []
            block.append(ln)
            prev_number = ln.number
        if block:
            out.append(_block_paragraph(len(out), block, self.body))
        return tuple(out)

    @cached_property
    def continuation_lines(self) -> frozenset[int]:
        """Indexes (``Line.index``) of lines that continue a sentence wrapped from the line above.

        NOTE: in blank-line separated text wrapped at a fixed width, a line such as "comment."
        is the tail of "...officials declined to / comment.", not a line of its own;
        whole-line rules must not judge it alone. So is "the official said." after a line
        that ends on a comma inside a quotation ('... observers,"'): a comma ends no
        sentence, whatever closing quotes or brackets follow it. One-paragraph-per-line text
        has none.
        """
        if self.paragraph_style == "line":
            return frozenset()
        out = set()
        lines = self.lines
        for prev, line in pairwise(lines):
            above = prev.text.rstrip()
            if line.number != prev.number + 1:
                continue
            if above.endswith(_LINE_END) and not above.rstrip(_CLOSING).endswith(","):
                continue
            # A short line above ("Published: May 6, 2017") is a line of its own; a long one
            # was wrapped, and so was any line that goes on in lower case.
            if len(above) >= _WRAP_MIN or line.text.lstrip()[:1].islower():
                out.add(line.index)
        return frozenset(out)

    def is_continuation(self, line: Line) -> bool:
        return line.index in self.continuation_lines

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) within the body of a character offset."""
        starts = self.line_starts
        idx = bisect_right(starts, offset) - 1
        return idx + 1, offset - starts[idx] + 1

    def line_end(self, offset: int) -> int:
        """Offset of the end of the line holding ``offset`` (before its newline)."""
        end = self.body.find("\n", offset)
        return len(self.body) if end == -1 else end

    def line_span_with_newline(self, line: Line) -> tuple[int, int]:
        """The span that deletes ``line`` and its newline (for delete-line fixes).

        A line set off by blank lines takes one of them with it, so deleting it leaves no
        double gap behind.
        """
        body = self.body
        start, end = line.start, line.end
        end = end + 1 if end < len(body) else end
        if end == line.end and start > 0:
            # last line without a trailing newline: remove the newline before it instead
            start -= 1
        blank_above = start == 0 or body[max(start - 2, 0) : start] == "\n\n" or start == 1
        if body.startswith("\n", end) and blank_above:
            end += 1  # "X\n" plus the blank line after it
        elif end == len(body) and body.endswith("\n") and body[max(start - 2, 0) : start] == "\n\n":
            start -= 1  # the last paragraph: drop the blank line before it instead
        return start, end


def _line_starts(text: Any, newline: Any) -> tuple[int, ...]:
    """Offsets where each line of ``text`` (str or bytes) starts: 0 and after each newline."""
    starts = [0]
    find = text.find
    pos = find(newline)
    while pos != -1:
        starts.append(pos + 1)
        pos = find(newline, pos + 1)
    return tuple(starts)


def _block_paragraph(index: int, block: list[Line], body: str) -> Paragraph:
    start, end = block[0].start, block[-1].end
    return Paragraph(index, start, end, body[start:end], block[0].number)


_NEWLINES = re.compile(r"\r\n?")


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; a leading BOM is dropped."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    return text


def detect_paragraph_style(body: str) -> ParagraphStyle:
    """Decide whether paragraphs are blank-line separated blocks or one per line.

    NOTE: scraped corpora use both conventions, sometimes with a stray blank line in a
    one-per-line file. We look at the lines *inside* multi-line blocks: if most of them end in
    terminal punctuation they are paragraphs of their own ("line"); if most run on, they are
    wrapped text of a blank-separated paragraph ("blank"). No multi-line block at all means each
    line is already its own paragraph, which both styles agree on.
    """
    inner = terminal = 0
    run: list[str] = []
    for raw in [*body.split("\n"), ""]:
        text = raw.strip()
        if text:
            run.append(text)
            continue
        if len(run) > 1:
            for t in run[:-1]:
                # A fact line ("Channels: up to 18 cells") or a table row (columns apart by
                # runs of spaces or tabs) says nothing either way: a header block has them
                # above wrapped text ("Published: ..."), and a press release or a results
                # story in one-per-line style has them between full sentences.
                if _LABEL_LINE.match(t) or _COLUMNS.search(t):
                    continue
                inner += 1
                terminal += t.endswith(_TERMINAL)
        run = []
    if inner == 0:
        return "line"
    return "line" if terminal * 2 >= inner else "blank"
