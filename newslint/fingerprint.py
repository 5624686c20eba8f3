"""Content fingerprints of findings: stable keys for baselines, waivers, SARIF and GitLab.

A fingerprint is 16 hex characters of a SHA-256 over:

- the rule **code**;
- the **article identity**: the path (POSIX separators, no leading ``./``) plus the record id
  of a JSONL record when it has one. A record without an id is identified by its file only:
  its line number is deliberately *not* used, because inserting or deleting a record above it
  would change every fingerprint below;
- the **flagged text** (``Finding.excerpt``, falling back to the message when a finding has no
  excerpt), normalised: case-folded and with runs of whitespace collapsed to one space, so
  re-wrapping or re-casing does not break a baseline;
- an **occurrence index**: the n-th finding (in file order) with the same code, article and
  normalised text gets index n, so two identical boilerplate lines in one file get two
  different fingerprints that stay stable as long as their relative order does.

Line and column numbers are never part of it, so a fingerprint survives lines inserted above
the finding and edits anywhere else in the file (the point of ruff#1149).

IMPORTANT: occurrence indices depend on the list they are computed over. Always compute them
over the complete, unfiltered findings of a run (before baseline or waivers are applied), as
:func:`newslint.baseline.filter_known` does.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from newslint.finding import Finding

#: Bumped if the recipe changes; also the SARIF ``partialFingerprints`` key.
FINGERPRINT_VERSION = "newslint/v1"

_WS = re.compile(r"\s+")
_SEP = "\x1f"  # unit separator: keeps ("ab", "c") and ("a", "bc") apart in practice


def normalise_text(text: str) -> str:
    """Case-folded, whitespace-collapsed, stripped text (what the hash sees)."""
    return _WS.sub(" ", text.casefold()).strip()


def normalise_path(path: str) -> str:
    """POSIX separators and no leading ``./``: the same file gets one identity on any OS."""
    path = path.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def _group_key(finding: Finding) -> tuple[str, str, str, str]:
    text = finding.excerpt or finding.message
    return (
        finding.code,
        normalise_path(finding.path),
        finding.record_id or "",
        normalise_text(text),
    )


def _digest(key: tuple[str, str, str, str], occurrence: int) -> str:
    payload = _SEP.join((FINGERPRINT_VERSION, *key, str(occurrence)))
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def fingerprint(finding: Finding, occurrence: int = 0) -> str:
    """The fingerprint of one finding, given its occurrence index (see module doc)."""
    return _digest(_group_key(finding), occurrence)


def fingerprints(findings: Sequence[Finding]) -> list[str]:
    """Fingerprints of ``findings``, aligned with the input list.

    Occurrence indices are assigned in file order (``Finding.sort_key``), whatever the order of
    the input, so the result does not depend on how the caller sorted the findings.
    """
    order = sorted(range(len(findings)), key=lambda i: findings[i].sort_key())
    seen: dict[tuple[str, str, str, str], int] = {}
    out = [""] * len(findings)
    for i in order:
        key = _group_key(findings[i])
        n = seen.get(key, 0)
        seen[key] = n + 1
        out[i] = _digest(key, n)
    return out
