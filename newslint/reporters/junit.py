"""``--format junit``: JUnit XML for CI test-report widgets (GitLab, Jenkins, Azure).

One ``testcase`` per linted file (``Report.paths`` plus any file with findings): a file with
no findings passes, a file with findings fails with one ``failure`` element per finding
(``type`` = code, ``message`` = position, code and message; the text is the lint line).
Suite counters: ``tests`` = files, ``failures`` = failing files. ``time`` is always 0 so the
output is deterministic.

NOTE: some JUnit viewers show only the first ``failure`` of a test case; each failure message
is therefore complete on its own, and the element text repeats the finding as a lint line.
Characters that XML 1.0 cannot hold (most C0 controls) are replaced by U+FFFD.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from newslint.finding import Finding
from newslint.reporters import Report, message_with_position

_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _failure(parent: ET.Element, f: Finding) -> None:
    message = message_with_position(f)
    el = ET.SubElement(
        parent,
        "failure",
        {
            "type": f.code,
            "message": _xml_text(f"{f.line}:{f.column}: {f.code} {message} [{f.name}]"),
        },
    )
    el.text = _xml_text(f"{f.path}:{f.line}:{f.column}: {f.code} {message} [{f.name}]")


def render(report: Report, out: TextIO) -> None:
    by_path: dict[str, list[Finding]] = {p: [] for p in report.paths}
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
    paths = sorted(by_path)
    failing = sum(1 for p in paths if by_path[p])
    counts = {
        "tests": str(len(paths)),
        "failures": str(failing),
        "errors": "0",
        "time": "0",
    }
    root = ET.Element("testsuites", {"name": "newslint", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "newslint", **counts, "skipped": "0"})
    for path in paths:
        case = ET.SubElement(
            suite,
            "testcase",
            {
                "classname": "newslint",
                "name": _xml_text(path),
                "file": _xml_text(path),
                "time": "0",
            },
        )
        for f in by_path[path]:
            _failure(case, f)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
