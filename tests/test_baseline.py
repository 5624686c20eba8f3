"""Baseline: write/load round trip, stable file, content-keyed matching, clear errors."""

from __future__ import annotations

import json
import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from newslint import __version__
from newslint.baseline import (
    Baseline,
    BaselineError,
    apply_baseline,
    filter_known,
    load_baseline,
    write_baseline,
)
from newslint.finding import Finding, Severity
from newslint.fingerprint import fingerprints
from newslint.waivers import Waiver


def finding(path: str, line: int, excerpt: str, code: str = "NL202") -> Finding:
    return Finding(
        path=path,
        line=line,
        column=1,
        end_line=line,
        end_column=len(excerpt) + 1,
        code=code,
        name="web-boilerplate",
        severity=Severity.WARNING,
        message=f"web boilerplate line {excerpt!r}",
        excerpt=excerpt,
    )


TODAY = [
    finding("b.md", 4, "Share this:"),
    finding("a.md", 7, "Advertisement"),
    finding("a.md", 2, "Advertisement"),
    finding("a.md", 5, "Photo: AP", code="NL201"),
]


def shifted(findings: list[Finding], by: int) -> list[Finding]:
    return [replace(f, line=f.line + by, end_line=f.end_line + by) for f in findings]


def test_write_is_sorted_stable_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / ".newslint-baseline.json"
    write_baseline(TODAY, path)
    first = path.read_bytes()
    write_baseline(list(reversed(TODAY)), path)
    assert path.read_bytes() == first  # input order does not matter
    doc = json.loads(first)
    assert list(doc) == ["schema_version", "newslint_version", "findings"]
    assert doc["schema_version"] == 1 and doc["newslint_version"] == __version__
    entries = doc["findings"]
    assert [list(e) for e in entries] == [["fingerprint", "code", "path", "message"]] * 4
    assert [(e["path"], e["code"]) for e in entries] == [
        ("a.md", "NL201"),
        ("a.md", "NL202"),
        ("a.md", "NL202"),
        ("b.md", "NL202"),
    ]
    assert first.endswith(b"}\n") and b"\r" not in first
    assert list(tmp_path.iterdir()) == [path]  # no temp file left behind


def test_write_keeps_permissions(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text("{}")
    os.chmod(path, 0o640)
    write_baseline(TODAY, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_round_trip_and_match_after_lines_move(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    write_baseline(TODAY, path)
    baseline = load_baseline(path)
    assert len(baseline.entries) == 4
    # Tomorrow: ten lines inserted at the top of every file, one new finding.
    tomorrow = [*shifted(TODAY, 10), finding("a.md", 30, "Leave a comment")]
    new, fixed = apply_baseline(tomorrow, baseline)
    assert [f.excerpt for f in new] == ["Leave a comment"]
    assert fixed == []


def test_fixed_entries_are_returned(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    write_baseline(TODAY, path)
    remaining = [f for f in TODAY if f.path != "b.md"]
    new, fixed = apply_baseline(remaining, load_baseline(path))
    assert new == []
    assert [(e.path, e.code) for e in fixed] == [("b.md", "NL202")]


def test_fixed_only_counts_files_that_were_linted(tmp_path: Path) -> None:
    # pre-commit lints only a.md: b.md's entry is not "fixed", just not looked at.
    path = tmp_path / "b.json"
    write_baseline(TODAY, path)
    only_a = [f for f in TODAY if f.path == "a.md"]
    _, fixed = apply_baseline(only_a, load_baseline(path), linted_paths=["./a.md"])
    assert fixed == []


def test_repeat_count_matters() -> None:
    # Baseline has two "Advertisement" lines in a.md; a third one is new.
    baseline_fps = fingerprints(TODAY)
    from newslint.baseline import baseline_entries

    baseline = Baseline(tuple(baseline_entries(TODAY, baseline_fps)))
    third = finding("a.md", 9, "Advertisement")
    new, _ = apply_baseline([*TODAY, third], baseline)
    assert new == [third]


def test_filter_known_combines_baseline_and_waivers(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    write_baseline(TODAY[:2], path)  # b.md "Share this:" and a.md line 7
    waive_photo = Waiver(reason="ok", source="w:1", fingerprint=fingerprints(TODAY)[3])
    unused = Waiver(reason="old", source="w:4", fingerprint="0" * 16)
    result = filter_known(TODAY, load_baseline(path), [waive_photo, unused])
    # One "Advertisement" in a.md was baselined, two occur now: repeats are matched by count
    # in file order, so the later one is the new finding.
    assert [(f.path, f.line) for f in result.findings] == [("a.md", 7)]
    assert result.unused_waivers == [unused]
    assert result.fixed_entries == []


def test_write_leaves_out_waived_findings(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    waiver = Waiver(reason="ok", source="w:1", fingerprint=fingerprints(TODAY)[3])
    entries = write_baseline(TODAY, path, waivers=[waiver])
    assert [e.code for e in entries].count("NL201") == 0 and len(entries) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '{"schema_version": 1,\n  "findings": [\n', "b.json:3: invalid JSON", id="json"
        ),
        pytest.param("[]", "b.json:1: expected a JSON object", id="not-object"),
        pytest.param(
            '{\n  "schema_version": 2,\n  "findings": []\n}',
            "b.json:2: schema_version: unsupported schema_version 2",
            id="version",
        ),
        pytest.param(
            '{\n  "schema_version": 1,\n  "findings": [\n    {"fingerprint": "ab",\n'
            '     "code": "NL1", "path": "a"}\n  ]\n}',
            "b.json:4: findings[0].message: missing",
            id="missing-key",
        ),
        pytest.param(
            '{\n  "schema_version": 1,\n  "findings": [\n    {"fingerprint": "ab", "code": "x",\n'
            '     "path": "a", "message": "m",\n     "mesage": "typo"}\n  ]\n}',
            "b.json:6: findings[0].mesage: unknown key",
            id="unknown-key",
        ),
        pytest.param(
            '{\n  "schema_version": 1,\n  "findings": [\n    {"fingerprint": 5, "code": "x",\n'
            '     "path": "a", "message": "m"}\n  ]\n}',
            "b.json:4: findings[0].fingerprint: expected a string",
            id="wrong-type",
        ),
    ],
)
def test_malformed_baseline_names_file_line_key(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError) as err:
        load_baseline(path)
    assert str(err.value).startswith(str(tmp_path / expected))


def test_missing_file_is_a_baseline_error(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="cannot read baseline"):
        load_baseline(tmp_path / "nope.json")


def test_fixed_findings_point_at_the_entry_line(tmp_path: Path) -> None:
    from newslint.baseline import BASELINE_ENTRY_FIXED, fixed_findings
    from newslint.rule import DOC_SECTIONS

    path = tmp_path / "b.json"
    write_baseline(TODAY, path)
    _, fixed = apply_baseline(TODAY[1:], load_baseline(path))  # b.md's finding is gone
    (f,) = fixed_findings(fixed, path)
    lines = path.read_text().splitlines()
    assert fixed[0].fingerprint in lines[f.line - 1] and '"fingerprint"' in lines[f.line - 1]
    assert (f.code, f.name, f.severity) == ("NL905", "baseline-entry-fixed", Severity.INFO)
    assert f.path == str(path) and "remove from baseline" in f.message and "b.md" in f.message
    headings = [ln[3:] for ln in BASELINE_ENTRY_FIXED.meta.doc.splitlines() if ln[:3] == "## "]
    assert tuple(headings) == DOC_SECTIONS
