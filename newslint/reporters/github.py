"""``--format github``: GitHub Actions workflow commands that become annotations.

One line per finding::

    ::warning file=a.md,line=3,col=1,endLine=3,endColumn=20,title=NL201 caption-fragment::msg

Levels: error -> ``error``, warning -> ``warning``, info -> ``notice``. Property values escape
``%``, CR, LF, ``:`` and ``,``; the message escapes ``%``, CR and LF (the runner's rules).

Limits policy. GitHub keeps at most 10 annotations of each type (error, warning, notice) per
step and 50 per job, and silently drops the rest. So this format prints, per type, the first
10 findings in report order (files sorted, then lines) and no more: printing more would only
hide which ones GitHub kept. If anything was left out, one final
``::notice title=newslint::N more findings not shown as annotations; see the text output``
says so; to keep that notice visible, notices are then capped at 9. The full list belongs in
another output of the same run (``--format text`` to the log, or SARIF uploaded to code
scanning, which has no such limit). 3 x 10 annotations fit the per-job cap of 50 when newslint
runs in one step; running it in several steps of a job can still exceed it.
"""

from __future__ import annotations

from typing import TextIO

from newslint.finding import Finding, Severity
from newslint.reporters import Report, message_with_position

#: GitHub's per-step cap for each annotation type.
PER_TYPE_LIMIT = 10

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value (``file=``, ``title=``...)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding) -> str:
    props = {
        "file": f.path,
        "line": str(f.line),
        "col": str(f.column),
        "endLine": str(f.end_line),
        "endColumn": str(f.end_column),
        "title": f"{f.code} {f.name}",
    }
    message = message_with_position(f)
    prop_text = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{_LEVEL[f.severity]} {prop_text}::{escape_data(message)}"


def render(report: Report, out: TextIO) -> None:
    counts = {level: 0 for level in _LEVEL.values()}
    for f in report.findings:
        counts[_LEVEL[f.severity]] += 1
    limits = dict.fromkeys(counts, PER_TYPE_LIMIT)
    if any(n > PER_TYPE_LIMIT for n in counts.values()):
        limits["notice"] = PER_TYPE_LIMIT - 1  # leave room for the summary notice
    shown = dict.fromkeys(counts, 0)
    hidden = 0
    for f in report.findings:
        level = _LEVEL[f.severity]
        if shown[level] < limits[level]:
            shown[level] += 1
            out.write(annotation(f) + "\n")
        else:
            hidden += 1
    if hidden:
        noun = "finding" if hidden == 1 else "findings"
        out.write(
            f"::notice title=newslint::{hidden} more {noun} not shown as annotations; "
            "see the text output\n"
        )
