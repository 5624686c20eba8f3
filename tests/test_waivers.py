"""Waivers: loading with file:line:key errors, matching, unused-waiver report."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from newslint.finding import Finding, Severity
from newslint.fingerprint import fingerprints
from newslint.waivers import Waiver, WaiverError, apply_waivers, load_waivers


def finding(path: str, code: str, excerpt: str, name: str = "web-boilerplate") -> Finding:
    return Finding(
        path=path,
        line=3,
        column=1,
        end_line=3,
        end_column=len(excerpt) + 1,
        code=code,
        name=name,
        severity=Severity.WARNING,
        message=f"line {excerpt!r}",
        excerpt=excerpt,
    )


FINDINGS = [
    finding("archive/2019/a.md", "NL202", "Advertisement"),
    finding("archive/b.jsonl", "NL201", "Photo: AP", name="caption-fragment"),
    finding("news/c.md", "NL202", "Share this:"),
]


def load(tmp_path: Path, text: str) -> list[Waiver]:
    path = tmp_path / "newslint-waivers.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_waivers(path)


def test_load_both_kinds(tmp_path: Path) -> None:
    fp = fingerprints(FINDINGS)[2]
    waivers = load(
        tmp_path,
        f"""\
        - fingerprint: {fp}
          reason: the share line is part of a quoted tweet
        - path: archive/**/*.md
          code: NL2
          text: '(?i)^advert'
          reason: archived pages keep their furniture
        """,
    )
    assert waivers[0].fingerprint == fp and waivers[0].source.endswith(":1")
    assert waivers[1].path == "archive/**/*.md" and waivers[1].source.endswith(":3")
    kept, unused = apply_waivers(FINDINGS, waivers)
    assert kept == [FINDINGS[1]]
    assert unused == []


@pytest.mark.parametrize(
    ("waiver", "waived"),
    [
        pytest.param({"path": "*.jsonl", "code": "NL201"}, [1], id="name-glob-any-dir"),
        pytest.param({"path": "archive/*.md", "code": "NL"}, [], id="star-stays-in-segment"),
        pytest.param({"path": "archive/**", "code": "NL"}, [0, 1], id="double-star"),
        pytest.param({"path": "**/*.md", "code": "NL202"}, [0, 2], id="prefix-and-glob"),
        pytest.param({"path": "*", "code": "caption-fragment"}, [1], id="rule-name"),
        pytest.param({"path": "*", "code": "NL20"}, [0, 1, 2], id="code-prefix"),
        pytest.param({"path": "*", "code": "NL202", "text": "Share"}, [2], id="text-regex"),
        pytest.param({"path": "*", "code": "NL2", "text": "line 'Adv"}, [0], id="text-on-message"),
    ],
)
def test_pattern_matching(waiver: dict[str, str], waived: list[int]) -> None:
    w = Waiver.for_pattern(reason="r", **waiver)
    kept, unused = apply_waivers(FINDINGS, [w])
    assert [i for i, f in enumerate(FINDINGS) if f not in kept] == waived
    assert unused == ([] if waived else [w])


def test_unused_waivers_are_reported_in_order(tmp_path: Path) -> None:
    waivers = load(
        tmp_path,
        """\
        - path: gone/*.md
          code: NL202
          reason: old folder
        - path: "*.md"
          code: NL202
          reason: all markdown
        - fingerprint: 0123456789abcdef
          reason: fixed long ago
        """,
    )
    kept, unused = apply_waivers(FINDINGS, waivers)
    assert kept == [FINDINGS[1]]
    assert [w.source.rsplit(":", 1)[1] for w in unused] == ["1", "7"]
    assert unused[1].describe() == "fingerprint 0123456789abcdef"


def test_empty_file_means_no_waivers(tmp_path: Path) -> None:
    assert load(tmp_path, "") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("a: 1\n", ":1: expected a list of waivers", id="not-a-list"),
        pytest.param("- just a string\n", ":1: waivers[0]: expected a mapping", id="not-mapping"),
        pytest.param(
            "- path: '*.md'\n  code: NL202\n",
            ":1: waivers[0].reason: a non-empty reason is required",
            id="missing-reason",
        ),
        pytest.param(
            "- path: '*.md'\n  code: NL202\n  reason: '  '\n",
            ":3: waivers[0].reason: a non-empty reason",
            id="blank-reason",
        ),
        pytest.param(
            "- path: '*.md'\n  code: NL202\n  reason: ok\n  resaon: typo\n",
            ":4: waivers[0].resaon: unknown key (did you mean 'reason'?)",
            id="unknown-key",
        ),
        pytest.param(
            "- reason: ok\n  path: '*.md'\n  code: NL202\n  text: '(unclosed'\n",
            ":4: waivers[0].text: invalid regular expression",
            id="bad-regex",
        ),
        pytest.param(
            "- reason: ok\n  path: '*.md'\n  code: nl 202\n",
            ":3: waivers[0].code: expected a code",
            id="bad-code",
        ),
        pytest.param(
            "- reason: ok\n  code: NL202\n",
            ":1: waivers[0].path: missing",
            id="missing-path",
        ),
        pytest.param(
            "- reason: ok\n  fingerprint: XYZ\n",
            ":2: waivers[0].fingerprint: expected 16 lower-case hex digits",
            id="bad-fingerprint",
        ),
        pytest.param(
            "- reason: ok\n  fingerprint: 0123456789abcdef\n  code: NL202\n",
            ":3: waivers[0].code: unknown key (a fingerprint waiver takes only",
            id="fingerprint-plus-pattern",
        ),
        pytest.param("- [unclosed\n", ":2: YAML syntax error", id="yaml-syntax"),
    ],
)
def test_errors_name_file_line_and_key(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(WaiverError) as err:
        load(tmp_path, text)
    message = str(err.value)
    assert f"newslint-waivers.yaml{expected}" in message


def test_unused_findings_point_at_the_waiver_line(tmp_path: Path) -> None:
    from newslint.rule import DOC_SECTIONS
    from newslint.waivers import UNUSED_WAIVER, unused_findings

    waivers = load(
        tmp_path,
        """\
        - path: "*.md"
          code: NL202
          reason: all markdown
        - path: gone/*.md
          code: NL202
          reason: old folder
        """,
    )
    _, unused = apply_waivers(FINDINGS, waivers)
    (f,) = unused_findings(unused, "newslint-waivers.yaml")
    assert (f.path, f.line, f.code, f.severity) == (
        "newslint-waivers.yaml",
        4,
        "NL906",
        Severity.INFO,
    )
    assert "path 'gone/*.md' code NL202" in f.message
    headings = [ln[3:] for ln in UNUSED_WAIVER.meta.doc.splitlines() if ln[:3] == "## "]
    assert tuple(headings) == DOC_SECTIONS


def test_unused_waiver_reports_obey_ignore_and_severity(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from newslint.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("The council met on Tuesday and voted.\n", encoding="utf-8")
    (tmp_path / "newslint-waivers.yaml").write_text(
        "- path: a.txt\n  code: NL202\n  reason: nothing to waive\n", encoding="utf-8"
    )
    main(["check", "a.txt", "--select", "NL202,NL906", "-q", "--no-cache"])
    assert "NL906" in capsys.readouterr().out
    main(["check", "a.txt", "--select", "NL202", "-q", "--no-cache"])
    assert capsys.readouterr().out == ""
