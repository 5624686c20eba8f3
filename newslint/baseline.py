"""The baseline: findings accepted as they are today, keyed by content fingerprint.

``newslint check --baseline FILE`` reports only findings whose fingerprint is not in FILE, so a
legacy corpus can adopt newslint without fixing everything first. Because fingerprints hold no
line numbers (see :mod:`newslint.fingerprint`), the baseline still matches after lines are
inserted or removed elsewhere in a file.

File format (``schema_version`` 1), written sorted and indented so diffs stay small::

    {
      "schema_version": 1,
      "newslint_version": "0.1.0",
      "findings": [
        {"fingerprint": "...", "code": "NL201", "path": "a.md", "message": "..."},
        ...
      ]
    }

``code``, ``path`` and ``message`` are there for humans reading a diff and for the "fixed"
report; matching uses the fingerprint only (a multiset: an entry accepts one finding).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newslint import __version__
from newslint.checks.input_problems import BASELINE_ENTRY_FIXED
from newslint.finding import Finding
from newslint.fingerprint import fingerprints, normalise_path
from newslint.fixer import write_atomic
from newslint.waivers import Waiver, apply_waivers

SCHEMA_VERSION = 1
DEFAULT_BASELINE_FILE = ".newslint-baseline.json"
_ENTRY_KEYS = ("fingerprint", "code", "path", "message")


class BaselineError(Exception):
    """A malformed baseline file; the message reads ``file:line: key: problem``."""


@dataclass(frozen=True, order=True)
class BaselineEntry:
    """One accepted finding. Field order is the sort order of the file."""

    path: str
    code: str
    fingerprint: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {
            "fingerprint": self.fingerprint,
            "code": self.code,
            "path": self.path,
            "message": self.message,
        }


@dataclass(frozen=True)
class Baseline:
    """A loaded baseline file."""

    entries: tuple[BaselineEntry, ...]
    newslint_version: str = ""
    path: str = ""


@dataclass(frozen=True)
class Filtered:
    """What :func:`filter_known` leaves: findings to report and the housekeeping lists."""

    findings: list[Finding]
    fixed_entries: list[BaselineEntry]
    unused_waivers: list[Waiver]


# --- writing -------------------------------------------------------------------------------------


def baseline_entries(
    findings: Sequence[Finding], fps: Sequence[str] | None = None
) -> list[BaselineEntry]:
    """Sorted baseline entries for ``findings`` (fingerprints computed if not given)."""
    if fps is None:
        fps = fingerprints(findings)
    return sorted(
        BaselineEntry(normalise_path(f.path), f.code, fp, f.message)
        for f, fp in zip(findings, fps, strict=True)
    )


def dumps_baseline(entries: Sequence[BaselineEntry]) -> str:
    """The file text: stable key order, sorted entries, one key per line, final newline."""
    doc = {
        "schema_version": SCHEMA_VERSION,
        "newslint_version": __version__,
        "findings": [e.to_dict() for e in sorted(entries)],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write_baseline(
    findings: Sequence[Finding],
    path: Path,
    *,
    waivers: Sequence[Waiver] = (),
) -> list[BaselineEntry]:
    """Write the baseline of ``findings`` atomically; return the entries written.

    ``findings`` is the complete list of the run. Waived findings are left out (they are
    accepted already, with a reason); fingerprints are computed before that, over the whole
    list, so they match what ``check`` computes. Rewriting prunes fixed entries by design.
    """
    fps = fingerprints(findings)
    if waivers:
        keep, _ = apply_waivers(findings, waivers, fps)
        kept_ids = {id(f) for f in keep}
        pairs = [(f, fp) for f, fp in zip(findings, fps, strict=True) if id(f) in kept_ids]
        findings, fps = [f for f, _ in pairs], [fp for _, fp in pairs]
    entries = baseline_entries(findings, fps)
    write_atomic(path, dumps_baseline(entries).encode("utf-8"))
    return entries


# --- reading -------------------------------------------------------------------------------------


def load_baseline(path: Path) -> Baseline:
    """Read and validate a baseline; :class:`BaselineError` names file, line and key."""
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{shown}: cannot read baseline: {exc}") from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BaselineError(f"{shown}:{exc.lineno}: invalid JSON: {exc.msg}") from exc

    def fail(loc: tuple[str | int, ...], problem: str) -> BaselineError:
        return BaselineError(f"{shown}:{_line_of(text, loc)}: {_fmt(loc)}: {problem}")

    if not isinstance(doc, dict):
        raise BaselineError(f"{shown}:1: expected a JSON object")
    for key in doc:
        if key not in ("schema_version", "newslint_version", "findings"):
            raise fail((key,), "unknown key")
    if doc.get("schema_version") != SCHEMA_VERSION:
        raise fail(
            ("schema_version",),
            f"unsupported schema_version {doc.get('schema_version')!r} (expected 1)",
        )
    items = doc.get("findings")
    if not isinstance(items, list):
        raise fail(("findings",), "expected a list of findings")
    entries: list[BaselineEntry] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise fail(("findings", i), "expected an object")
        for key in item:
            if key not in _ENTRY_KEYS:
                raise fail(("findings", i, key), "unknown key")
        for key in _ENTRY_KEYS:
            if not isinstance(item.get(key), str):
                problem = "missing" if key not in item else "expected a string"
                raise fail(("findings", i, key), problem)
        entries.append(
            BaselineEntry(item["path"], item["code"], item["fingerprint"], item["message"])
        )
    version = doc.get("newslint_version")
    return Baseline(tuple(entries), version if isinstance(version, str) else "", shown)


def _fmt(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def _line_of(text: str, loc: tuple[str | int, ...]) -> int:
    """Best line for an error at ``loc``; only runs on the error path, so it may be slow.

    NOTE: json keeps no positions. JSON is YAML, so the round-trip YAML loader (which does)
    locates the key; if that fails for any reason the error still names the key, at line 1.
    """
    try:
        from ruamel.yaml import YAML

        node: Any = YAML(typ="rt").load(text)
        line = 0
        for part in loc:
            if isinstance(part, int):
                line = node.lc.item(part)[0]
            elif part in node:
                line = node.lc.key(part)[0]
            else:
                break
            node = node[part]
        return line + 1
    except Exception:  # noqa: BLE001 - a best-effort line number; 1 if anything fails
        return 1


# --- applying ------------------------------------------------------------------------------------


def apply_baseline(
    findings: Sequence[Finding],
    baseline: Baseline,
    fps: Sequence[str] | None = None,
    *,
    linted_paths: Collection[str] | None = None,
) -> tuple[list[Finding], list[BaselineEntry]]:
    """(findings not in the baseline, baseline entries that no longer occur).

    Pass the complete findings of the run (see :mod:`newslint.fingerprint`). When only some
    files were linted (pre-commit passes the staged files), pass ``linted_paths`` so that
    entries of files not linted this time are not reported as fixed.
    """
    if fps is None:
        fps = fingerprints(findings)
    budget = Counter(e.fingerprint for e in baseline.entries)
    new: list[Finding] = []
    for finding, fp in zip(findings, fps, strict=True):
        if budget[fp] > 0:
            budget[fp] -= 1
        else:
            new.append(finding)
    linted = None if linted_paths is None else {normalise_path(p) for p in linted_paths}
    fixed: list[BaselineEntry] = []
    for entry in sorted(baseline.entries):
        if budget[entry.fingerprint] > 0 and (linted is None or entry.path in linted):
            budget[entry.fingerprint] -= 1
            fixed.append(entry)
    return new, fixed


def filter_known(
    findings: Sequence[Finding],
    baseline: Baseline | None = None,
    waivers: Sequence[Waiver] = (),
    *,
    linted_paths: Collection[str] | None = None,
) -> Filtered:
    """Apply baseline and waivers together, with one set of fingerprints over the full list.

    A finding is reported when neither accepts it. A baseline entry whose finding is now waived
    still occurs, so it is not "fixed"; a waiver matching a baselined finding is still used.
    """
    fps = fingerprints(findings)
    after_waivers, unused = apply_waivers(findings, waivers, fps)
    if baseline is None:
        return Filtered(after_waivers, [], unused)
    new, fixed = apply_baseline(findings, baseline, fps, linted_paths=linted_paths)
    new_ids = {id(f) for f in new}
    return Filtered([f for f in after_waivers if id(f) in new_ids], fixed, unused)


# --- reporting fixed entries ---------------------------------------------------------------------


_FINGERPRINT_LINE = re.compile(r'"fingerprint"\s*:\s*"([0-9a-f]+)"')


def fixed_findings(entries: Sequence[BaselineEntry], baseline_path: str | Path) -> list[Finding]:
    """Info findings (NL905) "fixed, remove from baseline", at each entry's line in the file."""
    lines: dict[str, int] = {}
    try:
        text = Path(baseline_path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    for number, raw in enumerate(text.splitlines(), 1):
        m = _FINGERPRINT_LINE.search(raw)
        if m:
            lines.setdefault(m.group(1), number)
    meta = BASELINE_ENTRY_FIXED.meta
    out = []
    for e in entries:
        line = lines.get(e.fingerprint, 1)
        message = (
            f"fixed, remove from baseline: {e.code} in {e.path} ({e.message}) no longer "
            "occurs; `newslint baseline write` prunes it"
        )
        out.append(
            Finding.on_line(
                str(baseline_path),
                line,
                meta.code,
                meta.name,
                meta.severity,
                message,
                excerpt=e.fingerprint,
            )
        )
    return out
