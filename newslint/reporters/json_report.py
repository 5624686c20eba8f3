"""``--format json``: one versioned JSON document (the public schema; see README)."""

from __future__ import annotations

import json
from typing import TextIO

from newslint.reporters import Report

SCHEMA_VERSION = 1


def render(report: Report, out: TextIO) -> None:
    doc = {
        "schema_version": SCHEMA_VERSION,
        "findings": [f.to_dict() for f in report.findings],
        "summary": report.summary.to_dict(),
    }
    json.dump(doc, out, indent=2, ensure_ascii=False)
    out.write("\n")
