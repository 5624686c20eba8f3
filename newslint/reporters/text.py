"""``--format text``: ``path:line:col: CODE message [name]``, then a summary line."""

from __future__ import annotations

from typing import TextIO

from newslint.finding import Severity
from newslint.reporters import Report

_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def render(report: Report, out: TextIO) -> None:
    color = report.color
    for f in report.findings:
        where = f"{f.path}:{f.line}:{f.column}:"
        parts = []
        if f.text_line is not None:
            parts.append(f"text {f.text_line}:{f.text_column}")
        if f.record_id is not None:
            parts.append(f"id {f.record_id}")
        extra = f" ({', '.join(parts)})" if parts else ""
        if color:
            out.write(
                f"{_BOLD}{where}{_RESET} {_COLORS[f.severity]}{f.code}{_RESET} "
                f"{f.message}{extra} {_DIM}[{f.name}]{_RESET}\n"
            )
        else:
            out.write(f"{where} {f.code} {f.message}{extra} [{f.name}]\n")
    if report.quiet:
        return
    s = report.summary
    if report.statistics and s.by_code:
        out.write("\n")
        for code, count in s.by_code.items():
            name = report.rules[code].name if code in report.rules else ""
            out.write(f"{count:>7}  {code}  {name}\n")
    total = sum(s.by_severity.values())
    counts = ", ".join(f"{n} {sev}" for sev, n in s.by_severity.items() if n)
    line = (
        f"Found {total} finding{'s' if total != 1 else ''}"
        f"{' (' + counts + ')' if counts else ''} in {s.articles} "
        f"article{'s' if s.articles != 1 else ''} from {s.files} file{'s' if s.files != 1 else ''}."
    )
    if s.fixed:
        line += f" Fixed {s.fixed}."
    out.write(("\n" if report.findings or report.statistics else "") + line + "\n")
