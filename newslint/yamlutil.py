"""Shared YAML loading with line numbers, pydantic error locations and "did you mean" hints."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

#: A key path into a loaded document, e.g. ("rules", 0, "phrases", 2).
KeyPath = tuple[str | int, ...]


class YamlSyntaxError(Exception):
    """A YAML file that does not parse; the message reads ``file:line: problem``."""


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when it is below it, else as given."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def load_yaml(path: Path) -> tuple[Any, dict[KeyPath, int]]:
    """Load ``path`` with the round-trip loader: (plain data, 1-based line of every key path).

    The data is converted to plain dicts, lists and scalars so validation never sees ruamel's
    wrapper types; the line map keeps what the round-trip loader knew about positions.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise YamlSyntaxError(f"{display_path(path)}: cannot read: {exc}") from exc
    try:
        doc = YAML(typ="rt").load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        problem = exc.problem or exc.context or "invalid YAML"
        raise YamlSyntaxError(f"{display_path(path)}:{line}: YAML syntax error: {problem}") from exc
    except YAMLError as exc:
        raise YamlSyntaxError(f"{display_path(path)}: YAML syntax error: {exc}") from exc
    lines: dict[KeyPath, int] = {}
    _collect_lines(doc, (), lines)
    return to_plain(doc), lines


def _collect_lines(node: Any, path: KeyPath, out: dict[KeyPath, int]) -> None:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(node, CommentedMap):
        out.setdefault(path, node.lc.line + 1)
        for key in node:
            sub = (*path, str(key))
            out[sub] = node.lc.key(key)[0] + 1
            _collect_lines(node[key], sub, out)
    elif isinstance(node, CommentedSeq):
        out.setdefault(path, node.lc.line + 1)
        for i, item in enumerate(node):
            sub = (*path, i)
            out[sub] = node.lc.item(i)[0] + 1
            _collect_lines(item, sub, out)


def to_plain(node: Any) -> Any:
    """Round-trip YAML nodes to plain Python (dict keys become strings)."""
    if isinstance(node, Mapping):
        return {str(k): to_plain(v) for k, v in node.items()}
    if isinstance(node, list | tuple):
        return [to_plain(v) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    for kind in (int, float, str):
        if isinstance(node, kind):
            return kind(node)
    return node


def line_of(lines: Mapping[KeyPath, int], loc: Sequence[str | int]) -> int | None:
    """The line of the deepest part of ``loc`` found in ``lines``.

    Elements of a pydantic error location that are not keys of the document (a union's tag,
    ``[key]`` markers, a missing key) are skipped, so the nearest enclosing key is used.
    """
    path: KeyPath = ()
    best = lines.get(())
    for part in loc:
        candidate = (*path, part if isinstance(part, int) else str(part))
        if candidate in lines:
            path = candidate
            best = lines[candidate]
    return best


def suggest(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``choices``, or an empty string."""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {match[0]!r}?)" if match else ""


def format_loc(loc: Sequence[str | int]) -> str:
    """``rules.NL302.min_words`` or ``patterns[2]`` style rendering of a key path."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def strip_value_error(msg: str) -> str:
    """Drop pydantic's ``Value error, `` prefix from validator messages."""
    return msg.removeprefix("Value error, ").removeprefix("Assertion failed, ")


def load_toml(text: str) -> dict[str, Any]:
    """Parse TOML with tomllib (``tomli`` on Python 3.10)."""
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    return tomllib.loads(text)


_TOML_KEY = r"""(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)"""
_TOML_DOTTED = re.compile(rf"\s*({_TOML_KEY}(?:\s*\.\s*{_TOML_KEY})*)\s*")
_TOML_HEADER = re.compile(rf"^\s*\[({_TOML_DOTTED.pattern})\]\s*(?:#.*)?$")
_TOML_ASSIGN = re.compile(rf"^({_TOML_DOTTED.pattern})=")
_TOML_PART = re.compile(_TOML_KEY)


def _toml_parts(dotted: str) -> KeyPath:
    return tuple(p.strip("\"'") for p in _TOML_PART.findall(dotted))


def toml_key_lines(text: str, table: KeyPath) -> dict[KeyPath, int]:
    """Best-effort 1-based lines of the keys below ``table`` (tomllib keeps no positions).

    NOTE: a line scanner, not a parser: it understands ``[a.b]`` headers and ``key =`` /
    ``a.b =`` assignments, which is how config tables are written; keys inside inline tables
    or arrays fall back to the line of their enclosing key.
    """
    out: dict[KeyPath, int] = {}
    current: KeyPath | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        header = _TOML_HEADER.match(raw)
        if header:
            parts = _toml_parts(header.group(1))
            inside = parts[: len(table)] == table
            current = parts[len(table) :] if inside else None
            if current is not None:
                out.setdefault(current, number)
            continue
        assign = _TOML_ASSIGN.match(raw)
        if current is not None and assign:
            out.setdefault((*current, *_toml_parts(assign.group(1))), number)
    return out
