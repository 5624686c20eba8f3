"""``--format gitlab``: GitLab Code Quality report (a JSON list of issues).

Each issue has ``description`` (code and message), ``check_name`` (the rule code),
``fingerprint`` (the content fingerprint, so GitLab's merge-request widget tracks an issue
across commits that move lines), ``severity`` and ``location.path`` / ``location.lines``.

Severity mapping: info -> ``info``, warning -> ``minor``, error -> ``major``. GitLab's
``critical`` and ``blocker`` are left unused: newslint has no level above error, and an error
in one article is not a blocker for the corpus.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from newslint.finding import Finding, Severity
from newslint.fingerprint import fingerprints, normalise_path
from newslint.reporters import Report, message_with_position

_SEVERITY = {Severity.INFO: "info", Severity.WARNING: "minor", Severity.ERROR: "major"}


def issue(f: Finding, fp: str) -> dict[str, Any]:
    return {
        "type": "issue",
        "check_name": f.code,
        "description": f"{f.code} {message_with_position(f)}",
        "fingerprint": fp,
        "severity": _SEVERITY[f.severity],
        "location": {
            "path": normalise_path(f.path),
            "lines": {"begin": f.line, "end": f.end_line},
        },
    }


def render(report: Report, out: TextIO) -> None:
    fps = fingerprints(report.findings)
    issues = [issue(f, fp) for f, fp in zip(report.findings, fps, strict=True)]
    json.dump(issues, out, indent=2, sort_keys=True, ensure_ascii=False)
    out.write("\n")
