"""Input layer: text, Markdown (front matter) and JSONL[.gz] files become Articles or problems."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Literal

from newslint.article import Article, normalise_newlines
from newslint.finding import InputProblem

Kind = Literal["text", "markdown", "jsonl"]

#: Default cap on one JSONL line; longer lines are skipped (NL902) without being held in memory.
MAX_RECORD_BYTES = 32 * 1024 * 1024

# NOTE: a NUL byte never occurs in UTF-8 text (or in valid JSON), so one in the first block is a
# reliable and cheap "binary file" test; the same test git and grep use.
_BINARY_SNIFF = 8192
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_GZIP_MAGIC = b"\x1f\x8b"
_SKIP_CHUNK = 1024 * 1024

#: A binary stream: a plain file, BytesIO, or a gzip decompressor.
_Stream = IO[bytes] | gzip.GzipFile


@dataclass(frozen=True)
class FieldMap:
    """Record field names (JSONL keys and front-matter keys); config supplies them."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    url: str = "url"
    id: str = "id"
    language: str = "language"
    source: str = "source"
    ignore: str = "newslint_ignore"


_DEFAULT_FIELDS = FieldMap()


def kind_for(path: str | Path) -> Kind | None:
    """The reader for a file name: text, markdown or jsonl; None for other extensions."""
    name = (path.name if isinstance(path, Path) else Path(path).name).lower()
    if name.endswith(".gz"):
        name = name[:-3]
        return "jsonl" if name.endswith((".jsonl", ".ndjson")) else None
    if name.endswith(".txt"):
        return "text"
    if name.endswith((".md", ".markdown")):
        return "markdown"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    return None


def content_hash(data: bytes) -> str:
    """Hex blake2b digest of raw file bytes (keys the cache and the corpus index)."""
    return hashlib.blake2b(data).hexdigest()


def read_path(
    path: Path,
    display_path: str | None = None,
    fields: FieldMap = _DEFAULT_FIELDS,
    kind: Kind | None = None,
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> Iterator[Article | InputProblem]:
    """Articles (one per text/Markdown file, one per JSONL line) and input problems of a file.

    Never raises for bad input: unreadable or undecodable files become NL901, broken records
    and front matter NL902. A file with an unknown extension is read as plain text.
    """
    display = str(path) if display_path is None else display_path
    kind = kind or kind_for(path) or "text"
    if kind == "jsonl":
        yield from _read_jsonl_file(path, display, fields, max_record_bytes)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _os_problem(display, exc)
        return
    yield from _read_document(data, display, fields)


def read_bytes(
    data: bytes,
    display_path: str,
    kind: Kind,
    fields: FieldMap = _DEFAULT_FIELDS,
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> Iterator[Article | InputProblem]:
    """Like :func:`read_path` for bytes already in memory (stdin with ``--stdin-filename``).

    Gzip-compressed JSONL is recognised by its magic bytes, since stdin has no real name.
    """
    if kind != "jsonl":
        yield from _read_document(data, display_path, fields)
        return
    stream: _Stream = io.BytesIO(data)
    if data.startswith(_GZIP_MAGIC):
        stream = gzip.GzipFile(fileobj=stream, mode="rb")
    yield from _read_jsonl_stream(stream, display_path, fields, max_record_bytes)


def read_jsonl_range(
    path: Path,
    display_path: str,
    start: int,
    end: int,
    first_line: int,
    fields: FieldMap = _DEFAULT_FIELDS,
    max_record_bytes: int = MAX_RECORD_BYTES,
) -> Iterator[Article | InputProblem]:
    """Records of the line-aligned byte range [start, end) of a plain JSONL file.

    Used to split one big file across worker processes; ``first_line`` is the file line at
    ``start`` so record numbers match a whole-file read.
    """
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield _os_problem(display_path, exc, line=first_line)
        return
    with fh:
        try:
            fh.seek(start)
        except OSError as exc:
            yield _os_problem(display_path, exc, line=first_line)
            return
        yield from _read_jsonl_stream(
            fh, display_path, fields, max_record_bytes, first_line=first_line, limit=end - start
        )


# --- text and Markdown ------------------------------------------------------------------------


def _read_document(data: bytes, display: str, fields: FieldMap) -> Iterator[Article | InputProblem]:
    if data.startswith(_UTF16_BOMS):
        yield InputProblem("NL901", display, "file is UTF-16 encoded; re-encode the file as UTF-8")
        return
    nul = data.find(b"\x00", 0, _BINARY_SNIFF)
    if nul != -1:
        yield InputProblem("NL901", display, f"binary file (NUL byte at byte {nul})")
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield _decode_problem(data, exc, display)
        return
    yield from _parse_document(normalise_newlines(text), display, fields)


def _decode_problem(data: bytes, exc: UnicodeDecodeError, display: str) -> InputProblem:
    offset = exc.start  # 0-based, as hexdump/xxd and Python's own messages count
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return InputProblem(
        "NL901",
        display,
        f"not valid UTF-8 at byte {offset} (line {line}); re-encode the file as UTF-8",
        line=line,
        column=column,
    )


_FM_OPEN = re.compile(r"---[ \t]*(?:\n|\Z)")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


def _parse_document(text: str, display: str, fields: FieldMap) -> Iterator[Article | InputProblem]:
    opening = _FM_OPEN.match(text)
    closing = _FM_CLOSE.search(text, opening.end()) if opening else None
    if opening is None or closing is None:
        # NOTE: an unclosed `---` is more likely a rule line in the article than front matter.
        yield Article(body=text, path=display)
        return
    block = text[opening.end() : closing.start()]
    # Lines up to and including the closing `---`: body line 1 is the file line after them.
    offset = text.count("\n", 0, closing.end()) + 1
    body_start = min(closing.end() + 1, len(text))
    body = text[body_start:]
    meta, problem = _load_front_matter(block, display, first_line=2)
    if problem is not None:
        yield problem
        yield Article(body=body, path=display, body_line_offset=offset)
        return
    yield _article(body, display, meta, fields, body_line_offset=offset)


def _load_front_matter(
    block: str, display: str, first_line: int
) -> tuple[dict[Any, Any], InputProblem | None]:
    if not block.strip():
        return {}, None
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        data = _yaml().load(block)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark is not None else 0)
        column = mark.column + 1 if mark is not None else 1
        problem = exc.problem or exc.context or "invalid YAML"
        message = f"front matter is not valid YAML: {problem} (line {line})"
        return {}, InputProblem("NL902", display, message, line=line, column=column)
    except (YAMLError, ValueError, TypeError, RecursionError) as exc:
        message = f"front matter is not valid YAML: {exc} (line {first_line})"
        return {}, InputProblem("NL902", display, message, line=first_line)
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        message = (
            "front matter is not valid YAML: expected a mapping of keys to values, "
            f"got {_yaml_type(data)} (line {first_line})"
        )
        return {}, InputProblem("NL902", display, message, line=first_line)
    return data, None


@lru_cache(maxsize=1)
def _yaml() -> Any:
    # NOTE: imported here, not at module level: ruamel.yaml costs ~50 ms of start-up and most
    # corpora (plain text, JSONL) never need it.
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import SafeConstructor

    class _Constructor(SafeConstructor):
        def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
            # `date: 2019-02-30` must not cost the whole front matter: keep it as a string
            # (date None, raw value in meta) instead of failing like the stock constructor.
            try:
                return super().construct_yaml_timestamp(node, values)
            except ValueError:
                return str(node.value)

    _Constructor.add_constructor(
        "tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp
    )
    yaml = YAML(typ="safe", pure=True)
    yaml.Constructor = _Constructor
    return yaml


def _yaml_type(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    return f"a {type(value).__name__}"


# --- JSONL --------------------------------------------------------------------------------------


def _read_jsonl_file(
    path: Path, display: str, fields: FieldMap, max_record_bytes: int
) -> Iterator[Article | InputProblem]:
    try:
        raw = path.open("rb")
    except OSError as exc:
        yield _os_problem(display, exc)
        return
    with raw:
        stream: _Stream = raw
        if path.name.lower().endswith(".gz"):
            stream = gzip.GzipFile(fileobj=raw, mode="rb")
        yield from _read_jsonl_stream(stream, display, fields, max_record_bytes)


def _read_jsonl_stream(
    stream: _Stream,
    display: str,
    fields: FieldMap,
    max_record_bytes: int,
    first_line: int = 1,
    limit: int | None = None,
) -> Iterator[Article | InputProblem]:
    """Stream records line by line; memory stays bounded by ``max_record_bytes``."""
    readline = stream.readline
    cap = max_record_bytes + 1  # one more byte tells "exactly at the cap" from "over it"
    lineno = first_line - 1
    remaining = limit
    compressed = isinstance(stream, gzip.GzipFile)
    while True:
        lineno += 1
        try:
            if remaining is not None:
                if remaining <= 0:
                    return
                raw = readline(min(cap, remaining))
                remaining -= len(raw)
            else:
                raw = readline(cap)
        except (OSError, EOFError, zlib.error) as exc:
            yield _stream_problem(display, exc, lineno, compressed)
            return
        if not raw:
            return
        if lineno == first_line:
            if raw.startswith(_UTF16_BOMS) or raw.find(b"\x00", 0, _BINARY_SNIFF) != -1:
                # Every following line would be another NL902; say it once, for the file.
                what = "file is UTF-16 encoded" if raw.startswith(_UTF16_BOMS) else "binary file"
                yield InputProblem("NL901", display, f"{what}; expected UTF-8 JSON Lines")
                return
            if raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
        if len(raw) > max_record_bytes and not raw.endswith(b"\n"):
            try:
                skipped = len(raw) + _skip_line(stream, remaining)
            except (OSError, EOFError, zlib.error) as exc:
                yield _stream_problem(display, exc, lineno, compressed)
                return
            if remaining is not None:
                remaining -= skipped - len(raw)
            yield InputProblem(
                "NL902",
                display,
                f"record is {skipped} bytes, longer than max_record_bytes "
                f"({max_record_bytes}); skipped",
                line=lineno,
            )
            continue
        if raw.isspace():
            continue
        yield _record(raw, display, lineno, fields)


def _skip_line(stream: _Stream, remaining: int | None) -> int:
    """Consume the rest of an over-long line in bounded chunks; return the bytes skipped."""
    skipped = 0
    while True:
        size = _SKIP_CHUNK if remaining is None else min(_SKIP_CHUNK, remaining - skipped)
        if size <= 0:
            return skipped
        chunk = stream.readline(size)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _record(raw: bytes, display: str, lineno: int, fields: FieldMap) -> Article | InputProblem:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        column = len(raw[: exc.start].decode("utf-8", errors="replace")) + 1
        return InputProblem(
            "NL902",
            display,
            f"record is not valid UTF-8 at byte {exc.start} of the line; re-encode it as UTF-8",
            line=lineno,
            column=column,
        )
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        # The line still ends in its newline: an error "after" it belongs at the end of the line.
        column = min(exc.pos, len(line.rstrip("\r\n"))) + 1
        return InputProblem(
            "NL902",
            display,
            f"invalid JSON: {exc.msg} (column {column})",
            line=lineno,
            column=column,
        )
    except RecursionError:
        return InputProblem("NL902", display, "invalid JSON: nested too deeply", line=lineno)
    if not isinstance(record, dict):
        return InputProblem(
            "NL902",
            display,
            f"record is not a JSON object (got {_json_type(record)})",
            line=lineno,
        )
    record_id = _scalar_str(record.get(fields.id))
    if fields.text not in record:
        return InputProblem(
            "NL902",
            display,
            f"record has no {fields.text!r} field",
            line=lineno,
            record_id=record_id,
        )
    # The record dict is ours: popping the text turns it into `meta` without a copy.
    text = record.pop(fields.text)
    if not isinstance(text, str):
        return InputProblem(
            "NL902",
            display,
            f"field {fields.text!r} is not a string (got {_json_type(text)})",
            line=lineno,
            record_id=record_id,
        )
    return _article(normalise_newlines(text), display, record, fields, record=lineno)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


# --- shared -------------------------------------------------------------------------------------


def _article(
    body: str,
    display: str,
    meta: dict[Any, Any],
    fields: FieldMap,
    *,
    record: int | None = None,
    body_line_offset: int = 0,
) -> Article:
    get = meta.get
    return Article(
        body=body,
        path=display,
        title=_scalar_str(get(fields.title)),
        date=parse_date(get(fields.date)),
        url=_scalar_str(get(fields.url)),
        language=_scalar_str(get(fields.language)),
        source=_scalar_str(get(fields.source)),
        id=_scalar_str(get(fields.id)),
        record=record,
        body_line_offset=body_line_offset,
        ignore=_ignore_set(get(fields.ignore)),
        meta=meta,
    )


def _scalar_str(value: Any) -> str | None:
    """A string field from metadata: scalars become text, lists/maps/null become None."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (bool, int, float)):
        return str(value)
    return None


_IGNORE_SPLIT = re.compile(r"[,\s]+")


def _ignore_set(value: Any) -> frozenset[str]:
    """``newslint_ignore``: a list, a single code, or "NL401, NL302" (commas and/or spaces)."""
    if value is None:
        return frozenset()
    items = value if isinstance(value, list) else [value]
    out: set[str] = set()
    for item in items:
        if isinstance(item, str | int):
            out.update(part for part in _IGNORE_SPLIT.split(str(item)) if part)
    return frozenset(out)


def parse_date(value: Any) -> dt.date | None:
    """A publication date from metadata: a date/datetime, or an ISO or common string form.

    Datetimes keep the date as written (no conversion to UTC: a dateline is local).
    Anything unparseable (or an impossible date) gives None; the raw value stays in meta.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return _parse_date_str(value)
    return None


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january",),
            ("february",),
            ("march",),
            ("april",),
            ("may",),
            ("june",),
            ("july",),
            ("august",),
            ("september", "sept"),
            ("october",),
            ("november",),
            ("december",),
        ),
        1,
    )
    for name in names
}
_TIME = r"(?:[T ,]+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?" + (
    r"\s*(?:Z|UTC|GMT|[A-Z]{2,4}|[+-]\d{2}:?\d{2})?)?"
)
_ISO_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _TIME, re.IGNORECASE)
_WEEKDAY = r"(?:[a-z]{3,9}\.?,?\s+)?"
_MDY = re.compile(
    _WEEKDAY + r"([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})" + _TIME, re.IGNORECASE
)
_DMY = re.compile(
    _WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})" + _TIME, re.IGNORECASE
)


@lru_cache(maxsize=4096)
def _parse_date_str(text: str) -> dt.date | None:
    # Cached: corpora repeat the same date strings across thousands of records.
    text = text.strip()
    m = _ISO_DATE.fullmatch(text)
    if m:
        return _make_date(m[1], m[2], m[3])
    m = _MDY.fullmatch(text)
    if m:
        return _make_date(m[3], _month(m[1]), m[2])
    m = _DMY.fullmatch(text)
    if m:
        return _make_date(m[3], _month(m[2]), m[1])
    return None


def _month(name: str) -> int | None:
    name = name.lower()
    if len(name) == 3 or name == "sept":
        for full, number in _MONTHS.items():
            if full.startswith(name):
                return number
        return None
    return _MONTHS.get(name)


def _make_date(year: str, month: str | int | None, day: str) -> dt.date | None:
    if month is None:
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _os_problem(display: str, exc: OSError, line: int = 1) -> InputProblem:
    reason = exc.strerror or str(exc) or type(exc).__name__
    return InputProblem("NL901", display, f"cannot read file: {reason}", line=line)


def _stream_problem(
    display: str, exc: BaseException, lineno: int, compressed: bool
) -> InputProblem:
    if compressed:
        detail = str(exc) or type(exc).__name__
        message = f"gzip stream is corrupt or truncated at line {lineno}: {detail}"
    else:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        message = f"cannot read file at line {lineno}: {reason}"
    return InputProblem("NL901", display, message, line=lineno)


__all__ = [
    "MAX_RECORD_BYTES",
    "Article",
    "FieldMap",
    "InputProblem",
    "Kind",
    "content_hash",
    "kind_for",
    "parse_date",
    "read_bytes",
    "read_jsonl_range",
    "read_path",
]
