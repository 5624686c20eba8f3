"""Waivers: documented, content-keyed exceptions kept in ``newslint-waivers.yaml``.

The file is a YAML list. Each entry has a required ``reason`` and is one of:

- ``{fingerprint: 3f2a..., reason: ...}``: waives exactly one finding (its content fingerprint,
  as shown by ``--format sarif/gitlab`` or in the baseline);
- ``{path: <glob>, code: <code, prefix or rule name>, text: <regex>, reason: ...}``: waives every
  finding whose path matches the glob and whose code matches; ``text`` is optional and is
  searched (``re.search``) in the flagged text and in the message.

Path globs work like the ``include``/``exclude`` globs of the config: a glob without ``/``
matches the file name anywhere (``*.jsonl``), one with ``/`` matches the whole path
(``archive/**/*.md``); ``*`` stays within a path segment, ``**`` spans segments.

Unknown keys, a missing ``reason``, a bad regex or a bad code are :class:`WaiverError` naming
``file:line`` and the key. Waivers never touch article files. A waiver that matched nothing is
returned as unused so the CLI can report it (like ruff's RUF100).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newslint.checks.input_problems import UNUSED_WAIVER
from newslint.discovery import _translate as translate_glob
from newslint.finding import Finding
from newslint.fingerprint import fingerprints, normalise_path
from newslint.yamlutil import KeyPath, YamlSyntaxError, display_path, load_yaml, suggest

#: Default file name, looked up next to the config by the CLI.
DEFAULT_WAIVERS_FILE = "newslint-waivers.yaml"

_FINGERPRINT_RE = re.compile(r"^[0-9a-f]{16}$")
# A code ("NL201"), a prefix ("NL2", "NL") or a kebab-case rule name ("caption-fragment").
_CODE_RE = re.compile(r"^(?:[A-Z]{2,3}[0-9]{0,3}|[a-z][a-z0-9]*(?:-[a-z0-9]+)*)$")
_KEYS_FINGERPRINT = {"fingerprint", "reason"}
_KEYS_PATTERN = {"path", "code", "text", "reason"}


class WaiverError(Exception):
    """A malformed waivers file; the message reads ``file:line: key: problem``."""


@dataclass(frozen=True)
class Waiver:
    """One waiver entry. ``source`` is ``file:line`` for messages about it."""

    reason: str
    source: str
    fingerprint: str | None = None
    path: str | None = None
    code: str | None = None
    text: re.Pattern[str] | None = None
    path_re: re.Pattern[str] | None = None

    @classmethod
    def for_pattern(
        cls, path: str, code: str, reason: str, text: str | None = None, source: str = ""
    ) -> Waiver:
        """A path/code(/text) waiver; raises ``re.error`` for a bad ``text`` or glob."""
        pattern = re.compile(text) if text is not None else None
        return cls(reason, source, None, path, code, pattern, _compile_glob(path))

    def matches(self, finding: Finding, fp: str) -> bool:
        if self.fingerprint is not None:
            return fp == self.fingerprint
        return (
            self.path is not None
            and self.path_re is not None
            and _path_matches(self.path, self.path_re, finding.path)
            and self.code is not None
            and _code_matches(self.code, finding)
            and (
                self.text is None
                or bool(self.text.search(finding.excerpt) or self.text.search(finding.message))
            )
        )

    def describe(self) -> str:
        """Short human form for the "unused waiver" report."""
        if self.fingerprint is not None:
            return f"fingerprint {self.fingerprint}"
        what = f"path {self.path!r} code {self.code}"
        return what + (f" text {self.text.pattern!r}" if self.text is not None else "")


def _code_matches(code: str, finding: Finding) -> bool:
    if code[:1].islower():
        return finding.name == code
    return finding.code.startswith(code)


def _compile_glob(glob: str) -> re.Pattern[str]:
    # NOTE: same glob semantics as discovery's include/exclude, so users learn them once.
    return re.compile(translate_glob(normalise_path(glob).lstrip("/")), re.DOTALL)


def _path_matches(glob: str, regex: re.Pattern[str], path: str) -> bool:
    path = normalise_path(path)
    if "/" not in glob:
        return regex.fullmatch(path.rsplit("/", 1)[-1]) is not None
    # NOTE: paths are shown relative to where newslint runs, which need not be the waiver
    # file's folder: "feeds/*.jsonl" must match "examples/feeds/a.jsonl" too, so a glob with
    # a slash may match any trailing run of whole path components.
    parts = path.split("/")
    return any(regex.fullmatch("/".join(parts[i:])) is not None for i in range(len(parts)))


def load_waivers(path: Path) -> list[Waiver]:
    """Parse and validate a waivers file (an empty file means no waivers)."""
    shown = display_path(path)
    try:
        data, lines = load_yaml(path)
    except YamlSyntaxError as exc:
        raise WaiverError(str(exc)) from exc
    if data is None:
        return []
    if not isinstance(data, list):
        raise WaiverError(f"{shown}:{lines.get((), 1)}: expected a list of waivers")
    return [_parse_entry(entry, i, shown, lines) for i, entry in enumerate(data)]


def _parse_entry(entry: Any, i: int, shown: str, lines: Mapping[KeyPath, int]) -> Waiver:
    line = lines.get((i,), 1)

    def fail(key: str, problem: str) -> WaiverError:
        return WaiverError(f"{shown}:{lines.get((i, key), line)}: waivers[{i}].{key}: {problem}")

    if not isinstance(entry, dict):
        raise WaiverError(f"{shown}:{line}: waivers[{i}]: expected a mapping")
    allowed = _KEYS_FINGERPRINT if "fingerprint" in entry else _KEYS_PATTERN
    for key in entry:
        if key not in allowed:
            hint = suggest(key, allowed)
            if key in _KEYS_PATTERN:
                hint = " (a fingerprint waiver takes only 'fingerprint' and 'reason')"
            raise fail(key, f"unknown key{hint}")
    reason = entry.get("reason")
    if not isinstance(reason, str) or not reason.strip():
        raise fail("reason", "a non-empty reason is required (say why this is not a problem)")
    source = f"{shown}:{line}"
    if "fingerprint" in entry:
        fp = entry["fingerprint"]
        if not isinstance(fp, str) or not _FINGERPRINT_RE.match(fp):
            raise fail("fingerprint", f"expected 16 lower-case hex digits, got {fp!r}")
        return Waiver(reason=reason, source=source, fingerprint=fp)
    for key in ("path", "code"):
        if key not in entry:
            raise fail(key, "missing (a waiver needs 'fingerprint', or 'path' and 'code')")
    path, code = entry["path"], entry["code"]
    if not isinstance(path, str) or not path.strip():
        raise fail("path", f"expected a glob, got {path!r}")
    if not isinstance(code, str) or not _CODE_RE.match(code):
        raise fail("code", f"expected a code, code prefix or rule name, got {code!r}")
    text = entry.get("text")
    if text is not None and not isinstance(text, str):
        raise fail("text", f"expected a regular expression, got {text!r}")
    try:
        re.compile(text or "")
    except re.error as exc:
        raise fail("text", f"invalid regular expression: {exc}") from exc
    try:
        return Waiver.for_pattern(path.strip(), code, reason, text, source)
    except re.error as exc:
        raise fail("path", f"invalid glob: {exc}") from exc


def apply_waivers(
    findings: Sequence[Finding],
    waivers: Sequence[Waiver],
    fps: Sequence[str] | None = None,
) -> tuple[list[Finding], list[Waiver]]:
    """(findings no waiver matches, waivers that matched nothing), both in input order.

    ``fps`` are the findings' fingerprints if the caller already has them (aligned with
    ``findings``); otherwise they are computed here over ``findings``.
    """
    if fps is None:
        fps = fingerprints(findings)
    used = [False] * len(waivers)
    kept: list[Finding] = []
    for finding, fp in zip(findings, fps, strict=True):
        waived = False
        for i, waiver in enumerate(waivers):
            # Every matching waiver counts as used, not only the first: otherwise deleting a
            # redundant waiver would be suggested and then the other one would turn unused.
            if waiver.matches(finding, fp):
                used[i] = True
                waived = True
        if not waived:
            kept.append(finding)
    return kept, [w for w, u in zip(waivers, used, strict=True) if not u]


def unused_findings(unused: Sequence[Waiver], waivers_path: str | Path) -> list[Finding]:
    """Info findings (NL906) for unused waivers, placed at their line in the waivers file."""
    meta = UNUSED_WAIVER.meta
    out = []
    for w in unused:
        line = int(w.source.rsplit(":", 1)[1]) if w.source[-1:].isdigit() else 1
        message = f"unused waiver ({w.describe()}): it matches no finding; remove it"
        out.append(
            Finding.on_line(
                str(waivers_path),
                line,
                meta.code,
                meta.name,
                meta.severity,
                message,
                excerpt=w.describe(),
            )
        )
    return out
