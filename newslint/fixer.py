"""Safe autofix: apply the ``Fix`` edits of findings to a file without losing anything else.

Rules see a normalised article body (BOM dropped, CRLF/CR turned into LF, front matter cut
off; for JSONL, the text field of one record). Their ``Fix`` offsets are in that body. This
module maps them back onto the file as it is on disk and changes only the edited spans:

- text/Markdown: the front matter bytes, the BOM, every line ending outside the edits (CRLF,
  CR or LF, even mixed) and a missing final newline stay as they were; a newline inside a
  replacement is written in the file's dominant line-ending style;
- JSONL: only records with fixes change, and in them only the JSON string of the text field is
  re-encoded (``ensure_ascii`` chosen to match the line), so every other field, the key order,
  the spacing and every other line stay byte-identical; ``.gz`` files are written back as gzip.

Before editing, each fixable finding's flagged text (``Finding.excerpt``) must still be at its
position; if not, the file changed since it was linted and :class:`FixError` is raised rather
than editing the wrong text. Overlapping edits are not applied together: the earliest wins and
the others are counted as skipped, for a later pass after re-linting (like ruff's fix loop).
Fixing is idempotent because a re-lint of the fixed file yields no fixable findings.

``fix_file`` never writes: the CLI writes ``FixResult.fixed`` with :func:`write_atomic` or
prints :func:`unified_diff` for ``--diff``.
"""

from __future__ import annotations

import difflib
import gzip
import json
import os
import re
import tempfile
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newslint.article import normalise_newlines
from newslint.finding import Finding
from newslint.readers import kind_for

_GZIP_MAGIC = b"\x1f\x8b"
_BOM = b"\xef\xbb\xbf"
_NEWLINE = re.compile(r"\r\n|\r|\n")
# NOTE: the same front matter delimiters as readers._parse_document; the excerpt check below
# catches any drift between the two (the fix is refused, nothing is written).
_FM_OPEN = re.compile(r"---[ \t]*(?:\n|\Z)")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_JSON_WS = " \t\n\r"
# \uXXXX escapes of non-ASCII characters (control characters are escaped in every style).
_NON_ASCII_ESCAPE = re.compile(r"\\u(?!00[0-7][0-9a-fA-F])[0-9a-fA-F]{4}")


class FixError(Exception):
    """A file that cannot be fixed safely; the message names the file and the reason."""


@dataclass(frozen=True)
class FixResult:
    """Raw file bytes before and after fixing (compressed for ``.gz``).

    ``applied`` counts findings whose fix was applied (two findings asking for the same edit
    both count); ``skipped`` counts fixes left out: unsafe ones without ``unsafe``, overlapping
    ones, and JSONL findings without a text position.
    """

    original: bytes
    fixed: bytes
    applied: int
    skipped: int = 0

    @property
    def changed(self) -> bool:
        return self.original != self.fixed


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    replacement: str


class _Text:
    """An original string and its normalised form (what rules saw), with offset mapping."""

    def __init__(self, orig: str) -> None:
        self.orig = orig
        self.norm = normalise_newlines(orig)
        self._lead = 1 if orig.startswith("\ufeff") else 0
        # Normalised positions of the newlines that are CRLF on disk: each one shifts later
        # offsets by one character.
        self._crlf: list[int] = []
        styles: Counter[str] = Counter()
        for m in _NEWLINE.finditer(orig, self._lead):
            styles[m.group()] += 1
            if m.group() == "\r\n":
                norm_pos = m.start() - self._lead - len(self._crlf)
                self._crlf.append(norm_pos)
        # The dominant style for newlines inside replacements; LF wins ties and empty files.
        self.newline = max(("\n", "\r\n", "\r"), key=lambda s: styles[s]) if styles else "\n"
        self._line_starts: list[int] | None = None

    def orig_index(self, i: int) -> int:
        return i + self._lead + bisect_left(self._crlf, i)

    def offset(self, line: int, column: int) -> int | None:
        """Normalised offset of a 1-based (line, column), or None when out of range."""
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.norm)]
        if not 1 <= line <= len(self._line_starts) or column < 1:
            return None
        return self._line_starts[line - 1] + column - 1

    def apply(self, edits: Sequence[_Edit]) -> str:
        """The original string with ``edits`` (normalised offsets) applied, last one first."""
        out = self.orig
        for e in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
            start, end = self.orig_index(e.start), self.orig_index(e.end)
            out = out[:start] + e.replacement.replace("\n", self.newline) + out[end:]
        return out


def fix_file(
    path: Path, findings: Sequence[Finding], *, unsafe: bool, fields_text: str = "text"
) -> FixResult:
    """Re-read ``path`` and apply the fixes of ``findings`` (all of them findings of ``path``).

    Safe fixes only, unless ``unsafe``. Raises :class:`FixError` if the file cannot be decoded
    or no longer holds the flagged text where the findings say.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FixError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    with_fix = [f for f in findings if f.fix is not None]
    usable = [f for f in with_fix if unsafe or (f.fix is not None and f.fix.safe)]
    skipped = len(with_fix) - len(usable)
    if not usable:
        return FixResult(raw, raw, 0, skipped)
    if kind_for(path) == "jsonl":
        fixed, applied, more = _fix_jsonl(path, raw, usable, fields_text)
    else:
        fixed, applied, more = _fix_document(path, raw, usable)
    return FixResult(raw, fixed, applied, skipped + more)


# --- text and Markdown ---------------------------------------------------------------------------


def _body_start(norm: str) -> tuple[int, int]:
    """(offset where the body starts, file lines before it), exactly as the reader splits."""
    opening = _FM_OPEN.match(norm)
    closing = _FM_CLOSE.search(norm, opening.end()) if opening else None
    if opening is None or closing is None:
        return 0, 0
    return min(closing.end() + 1, len(norm)), norm.count("\n", 0, closing.end()) + 1


def _fix_document(path: Path, raw: bytes, findings: Sequence[Finding]) -> tuple[bytes, int, int]:
    text = _Text(_decode(path, raw))
    start, line_offset = _body_start(text.norm)
    body = _Text(text.norm[start:])  # only for line/column lookups within the body
    located = []
    for f in findings:
        at = body.offset(f.line - line_offset, f.column)
        _check_excerpt(path, f, body.norm, at)
        located.append((f, start))
    edits, applied, skipped = _select(located, len(body.norm), path)
    return text.apply(edits).encode("utf-8"), applied, skipped


# --- JSONL ---------------------------------------------------------------------------------------


def _fix_jsonl(
    path: Path, raw: bytes, findings: Sequence[Finding], field: str
) -> tuple[bytes, int, int]:
    data = raw
    compressed = raw.startswith(_GZIP_MAGIC)
    if compressed:
        try:
            data = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            raise FixError(f"{path}: cannot decompress: {exc}") from exc
    # NOTE: split on b"\n" only, as the reader's readline() does: record N is segment N-1.
    segments = data.split(b"\n")
    by_record: dict[int, list[Finding]] = {}
    skipped = 0
    for f in findings:
        if f.text_line is None or f.text_column is None:
            skipped += 1  # a record-level finding (e.g. NL902) has no place in the text
            continue
        by_record.setdefault(f.line, []).append(f)
    applied = 0
    for lineno, record_findings in sorted(by_record.items()):
        if not 1 <= lineno <= len(segments):
            raise FixError(f"{path}:{lineno}: no such line; was the file changed since linting?")
        new, n, more = _fix_record(path, lineno, segments[lineno - 1], record_findings, field)
        segments[lineno - 1] = new
        applied += n
        skipped += more
    out = b"\n".join(segments)
    if compressed:
        # Keep the original header mtime so a fixed file differs only where it must.
        mtime = int.from_bytes(raw[4:8], "little")
        out = gzip.compress(out, mtime=mtime)
    return out, applied, skipped


def _fix_record(
    path: Path, lineno: int, segment: bytes, findings: Sequence[Finding], field: str
) -> tuple[bytes, int, int]:
    where = f"{path}:{lineno}"
    prefix = _BOM if lineno == 1 and segment.startswith(_BOM) else b""
    suffix = b"\r" if segment.endswith(b"\r") else b""
    line = _decode(path, segment[len(prefix) : len(segment) - len(suffix)])
    span = _field_span(line, field)
    if span is None:
        raise FixError(f"{where}: record has no string field {field!r} to fix")
    value = json.loads(line[span[0] : span[1]])
    text = _Text(value)
    located = []
    for f in findings:
        assert f.text_line is not None and f.text_column is not None  # filtered by the caller
        _check_excerpt(path, f, text.norm, text.offset(f.text_line, f.text_column))
        located.append((f, 0))
    edits, applied, skipped = _select(located, len(text.norm), path)
    if not edits:
        return segment, 0, skipped
    ensure_ascii = line.isascii() and _NON_ASCII_ESCAPE.search(line) is not None
    token = json.dumps(text.apply(edits), ensure_ascii=ensure_ascii)
    new_line = line[: span[0]] + token + line[span[1] :]
    return prefix + new_line.encode("utf-8") + suffix, applied, skipped


def _field_span(line: str, field: str) -> tuple[int, int] | None:
    """(start, end) of the JSON string value of top-level ``field`` in one JSON object line.

    The last occurrence wins, as in ``json.loads``. None if the line is not an object or the
    value is not a string.
    """
    decoder = json.JSONDecoder()

    def skip(i: int) -> int:
        while i < len(line) and line[i] in _JSON_WS:
            i += 1
        return i

    try:
        i = skip(0)
        if line[i] != "{":
            return None
        i = skip(i + 1)
        span = None
        if line[i] == "}":
            return None
        while True:
            if line[i] != '"':
                return None
            key, i = decoder.raw_decode(line, i)
            i = skip(i)
            if line[i] != ":":
                return None
            start = skip(i + 1)
            value, end = decoder.raw_decode(line, start)
            if key == field:
                span = (start, end) if isinstance(value, str) else None
            i = skip(end)
            if line[i] == "}":
                return span
            if line[i] != ",":
                return None
            i = skip(i + 1)
    except (IndexError, ValueError, RecursionError):
        return None


# --- shared --------------------------------------------------------------------------------------


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FixError(f"{path}: not valid UTF-8 (byte {exc.start}); not fixing") from exc


def _check_excerpt(path: Path, finding: Finding, norm: str, at: int | None) -> None:
    """Refuse to edit when the flagged text is no longer where the finding says."""
    excerpt = finding.excerpt
    if at is not None and norm.startswith(excerpt, at):
        return
    raise FixError(
        f"{path}:{finding.line}: {finding.code}: the flagged text is not where it was when the "
        "file was linted; lint again before fixing"
    )


def _select(
    located: Sequence[tuple[Finding, int]], body_len: int, path: Path
) -> tuple[list[_Edit], int, int]:
    """Non-overlapping edits (earliest first wins; overlapping deletions merge), #applied, #skipped.

    ``located`` pairs each finding with the offset of its body in the normalised text.
    Identical edits from several findings (two rules deleting the same line) are one edit.
    """
    wanted: dict[_Edit, int] = {}
    for f, base in located:
        fix = f.fix
        assert fix is not None
        if not 0 <= fix.start <= fix.end <= body_len:
            raise FixError(f"{path}:{f.line}: {f.code}: fix offsets outside the article text")
        edit = _Edit(base + fix.start, base + fix.end, fix.replacement)
        wanted[edit] = wanted.get(edit, 0) + 1
    chosen: list[_Edit] = []
    applied = skipped = 0
    for edit in sorted(wanted, key=lambda e: (e.start, e.end, e.replacement)):
        last = chosen[-1] if chosen else None
        overlaps = last is not None and (
            edit.start < last.end
            # two insertions at one point: their order would be a guess
            or edit.start == edit.end == last.start == last.end
        )
        if overlaps and last is not None and edit.replacement == last.replacement == "":
            # Two deletions that touch (a line and the blank line the next deletion also
            # takes) delete their union: nothing either rule wanted kept survives either way.
            chosen[-1] = _Edit(last.start, max(last.end, edit.end), "")
            applied += wanted[edit]
        elif overlaps:
            skipped += wanted[edit]
        else:
            chosen.append(edit)
            applied += wanted[edit]
    return chosen, applied, skipped


def write_atomic(path: Path, data: bytes, *, root: Path | None = None) -> None:
    """Replace the file at ``path`` with ``data`` atomically, keeping its permission bits.

    A temp file is written in the target's directory, fsynced and renamed over the target, so
    readers see the old or the new file, never half of one. A symlink is written through (the
    link stays a link) but only when its target is inside ``root``: a corpus must not be able
    to make ``--fix`` overwrite files elsewhere. Raises :class:`FixError` otherwise.
    """
    target = Path(os.path.realpath(path))
    if root is not None:
        real_root = Path(os.path.realpath(root))
        if target != real_root and real_root not in target.parents:
            raise FixError(
                f"{path}: resolves to {target}, outside the linted tree {root}; not writing"
            )
    try:
        mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = None
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is None:
            # mkstemp makes 0600; a new file gets the mode open() would give it.
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def unified_diff(path: str | Path, original: bytes, fixed: bytes) -> str:
    """A ``git diff``-style unified diff of the decoded contents (gzip is decompressed)."""
    name = str(path).replace("\\", "/")
    old, new = _lines(_for_diff(original)), _lines(_for_diff(fixed))
    out: list[str] = []
    for line in difflib.unified_diff(old, new, f"a/{name}", f"b/{name}"):
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


def _for_diff(data: bytes) -> str:
    if data.startswith(_GZIP_MAGIC):
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def _lines(text: str) -> list[str]:
    # NOTE: not str.splitlines(): it also splits on \x0b, \x1c, U+2028 and friends, which are
    # text inside a line here; a diff of them must show the line as it is.
    return re.findall(r"[^\n]*\n|[^\n]+\Z", text)
