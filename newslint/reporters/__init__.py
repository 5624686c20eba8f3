"""Output formats. Each module exports one ``render(report, out)``; REPORTERS maps names to them.

A reporter only formats: it does not filter, sort, count or choose exit codes. Reporter
modules are imported lazily (by name) so start-up stays fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from newslint.finding import Finding, Severity
from newslint.rule import RuleMeta


@dataclass(frozen=True)
class Summary:
    """Counts of a run, computed once by the CLI."""

    files: int = 0
    articles: int = 0
    by_severity: Mapping[str, int] = field(default_factory=dict)
    by_code: Mapping[str, int] = field(default_factory=dict)
    fixed: int = 0

    @classmethod
    def of(cls, findings: Sequence[Finding], files: int, articles: int, fixed: int = 0) -> Summary:
        by_sev = {s.value: 0 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
        by_code: dict[str, int] = {}
        for f in findings:
            by_sev[f.severity.value] += 1
            by_code[f.code] = by_code.get(f.code, 0) + 1
        return cls(files, articles, by_sev, dict(sorted(by_code.items())), fixed)

    def to_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "articles": self.articles,
            "findings": sum(self.by_severity.values()),
            "by_severity": dict(self.by_severity),
            "by_code": dict(self.by_code),
            "fixed": self.fixed,
        }


@dataclass(frozen=True)
class Report:
    """Everything a reporter may use. Findings are already filtered and sorted."""

    findings: Sequence[Finding]
    summary: Summary
    rules: Mapping[str, RuleMeta]  # code -> meta, for rule descriptions (SARIF etc.)
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    version: str = ""
    #: Every file linted (display paths, sorted), including clean ones: junit lists them.
    paths: Sequence[str] = ()


Render = Callable[[Report, TextIO], None]


def message_with_position(f: Finding) -> str:
    """The message plus, for a JSONL record, where in the article text the finding is.

    For formats that can only point at a file line (a JSONL record is one line).
    """
    if f.text_line is None:
        return f.message
    where = f"text {f.text_line}:{f.text_column}"
    if f.record_id is not None:
        where += f", id {f.record_id}"
    return f"{f.message} ({where})"


#: format name -> module under newslint.reporters holding ``render``.
REPORTERS: dict[str, str] = {
    "text": "newslint.reporters.text",
    "json": "newslint.reporters.json_report",
    "jsonl": "newslint.reporters.jsonl",
    "github": "newslint.reporters.github",
    "sarif": "newslint.reporters.sarif",
    "junit": "newslint.reporters.junit",
    "gitlab": "newslint.reporters.gitlab",
}


def get_reporter(name: str) -> Render:
    """The render function of a format (KeyError for an unknown one)."""
    module = importlib.import_module(REPORTERS[name])
    render: Render = module.render
    return render
