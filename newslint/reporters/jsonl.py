"""``--format jsonl``: one finding per line, for streaming into other tools.

Each line is exactly a ``findings[]`` item of ``--format json`` (``Finding.to_dict()``, same
key order), so a consumer can switch formats without changing its parser. No summary line:
a stream has no end marker, and ``wc -l`` should count findings.
"""

from __future__ import annotations

import json
from typing import TextIO

from newslint.reporters import Report


def render(report: Report, out: TextIO) -> None:
    for f in report.findings:
        out.write(json.dumps(f.to_dict(), ensure_ascii=False) + "\n")
