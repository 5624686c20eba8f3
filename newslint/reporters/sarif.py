"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run with the tool's rule catalogue (``tool.driver.rules``: id, name, short description =
summary, full description = the doc's "What it does" section, help = the whole doc, default
level) and one result per finding with its physical location and a content fingerprint in
``partialFingerprints["newslint/v1"]`` (see :mod:`newslint.fingerprint`), which lets code
scanning track an alert across commits that move lines.

Columns are counted in characters (``columnKind: unicodeCodePoints``); ``endColumn`` is
exclusive, as in newslint findings. A JSONL record is one file line, so its region is the
whole line (as for an empty span), and the position inside the article text is in the message
and in the result's ``properties``. Output is deterministic: sorted keys, rules sorted by
code, no timestamps.
"""

from __future__ import annotations

import json
import re
from typing import Any, TextIO
from urllib.parse import quote

from newslint import __version__
from newslint.finding import Finding, Severity
from newslint.fingerprint import FINGERPRINT_VERSION, fingerprints, normalise_path
from newslint.reporters import Report, message_with_position
from newslint.rule import RuleMeta

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/newslint/"

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_SECTION = re.compile(r"^##\s+What it does\s*\n(.*?)(?=^##\s|\Z)", re.MULTILINE | re.DOTALL)


def what_it_does(meta: RuleMeta) -> str:
    """The doc's "What it does" section as one paragraph (the summary if there is none)."""
    m = _SECTION.search(meta.doc or "")
    text = " ".join(m.group(1).split()) if m else ""
    return text or meta.summary


def rule_descriptor(meta: RuleMeta) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "id": meta.code,
        "name": meta.name,
        "shortDescription": {"text": meta.summary},
        "fullDescription": {"text": what_it_does(meta)},
        "help": {"text": meta.doc or meta.summary, "markdown": meta.doc or meta.summary},
        "defaultConfiguration": {"level": _LEVEL[meta.severity]},
    }
    if meta.tags:
        descriptor["properties"] = {"tags": list(meta.tags)}
    return descriptor


def _fallback_descriptor(f: Finding) -> dict[str, Any]:
    # A finding whose rule is not in report.rules still needs a descriptor for ruleIndex.
    return {"id": f.code, "name": f.name, "shortDescription": {"text": f.name}}


def result(f: Finding, rule_index: int, fp: str) -> dict[str, Any]:
    region: dict[str, int] = {"startLine": f.line}
    # An empty span (start == end) would be a zero-width region; the whole line is clearer.
    empty = (f.end_line, f.end_column) <= (f.line, f.column)
    if f.text_line is None and not empty:
        region.update(startColumn=f.column, endLine=f.end_line, endColumn=f.end_column)
    out: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": _LEVEL[f.severity],
        "message": {"text": message_with_position(f)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": quote(normalise_path(f.path), safe="/")},
                    "region": region,
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_VERSION: fp},
    }
    if f.text_line is not None:
        props: dict[str, Any] = {"textLine": f.text_line, "textColumn": f.text_column}
        if f.record_id is not None:
            props["recordId"] = f.record_id
        out["properties"] = props
    return out


def sarif_log(report: Report) -> dict[str, Any]:
    """The SARIF document as a dict (``render`` dumps it)."""
    descriptors = {code: rule_descriptor(meta) for code, meta in report.rules.items()}
    for f in report.findings:
        descriptors.setdefault(f.code, _fallback_descriptor(f))
    codes = sorted(descriptors)
    index = {code: i for i, code in enumerate(codes)}
    fps = fingerprints(report.findings)
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newslint",
                        "version": report.version or __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": [descriptors[c] for c in codes],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [
                    result(f, index[f.code], fp) for f, fp in zip(report.findings, fps, strict=True)
                ],
            }
        ],
    }


def render(report: Report, out: TextIO) -> None:
    json.dump(sarif_log(report), out, indent=2, sort_keys=True, ensure_ascii=False)
    out.write("\n")
