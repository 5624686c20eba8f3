"""The command line, in-process: output, exit codes, errors, selection and the demo corpus.

Each test builds a small workspace in ``tmp_path`` (articles written for these tests), changes
into it and calls ``newslint.cli.main``; stdout, stderr and the exit status are asserted
exactly where the format is a contract (the text line format, the JSON schema).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from newslint import __version__
from newslint.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
ANSI = "\x1b["

# --------------------------------------------------------------------------- workspace

CLEAN_MD = """\
---
title: Harbour ferry timetable extended
date: 2024-03-14
---
PORTSMOUTH (Reuters) - The harbour authority on Thursday extended the winter ferry timetable by two weeks after storms delayed repairs to the northern pier.

Officials said the extra sailings would run every ninety minutes and that fares would stay unchanged until the end of the month.

The pier is expected to reopen in early April, according to the authority's engineering department.
"""  # noqa: E501

# File lines: 9 "Share this:" (NL202, and NL203: the lead-in introduces nothing) and 13, a
# repeat of the headline on line 7 (NL302).
BAD_MD = """\
---
title: Library opening hours cut
date: 2024-02-06
---
LEEDS (Reuters) - The city library will close two hours earlier on weekdays from next month, the council said on Tuesday.

Library opening hours cut

Share this:

The council said the change would save about forty thousand pounds a year and that staff would move to the mobile library service.

Library opening hours cut
"""  # noqa: E501

# Clean apart from the agency credit at the end: NL205 credit-line, severity info.
CREDIT_TXT = """\
OSLO (Reuters) - Norway's wealth fund reported a record first-half return on Wednesday, driven by gains in technology shares, the fund said in a statement dated August 14, 2024.

The fund's chief executive said the result was unlikely to be repeated in the second half of the year.

(Reporting by Anna Berg; Editing by Tom Hale)
"""  # noqa: E501

# Record 1 has "Share this:" on text line 3; line 2 is cut off (invalid JSON, NL902);
# line 3 has no text field (NL902).
FEED_JSONL = (
    '{"id": "r1", "text": "BERLIN (Reuters) - The zoo welcomed a panda cub on Monday, officials'
    ' said on March 4, 2024.\\n\\nShare this:\\n\\nVisitors queued for hours."}\n'
    '{"id": "r2", "text": "the record is cut off\n'
    '{"id": "r3", "title": "no text"}\n'
)

LINE_RE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>NL\d{3}) .+ \[[a-z0-9-]+\]$"
)


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A workspace with a clean, a bad and an info-only article; the cwd for the test."""
    write(tmp_path, {"clean.md": CLEAN_MD, "bad.md": BAD_MD, "credit.txt": CREDIT_TXT})
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err, err
    return code, out, err


def codes_of(out: str) -> list[str]:
    return [m["code"] for line in out.splitlines() if (m := LINE_RE.match(line))]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- text output

BAD_LINES = [
    "bad.md:9:1: NL202 web page furniture line 'Share this:' [web-boilerplate]",
    "bad.md:13:1: NL302 line repeats line 7: 'Library opening hours cut' [repeated-line]",
]
# The same two lines, tolerant of which line number NL302's message names (see
# test_repeated_line_message_names_the_file_line).
BAD_RE = [
    re.escape(BAD_LINES[0]),
    r"bad\.md:13:1: NL302 line repeats line \d+: .*\[repeated-line\]",
]


def matches(lines: list[str], patterns: list[str]) -> bool:
    return len(lines) == len(patterns) and all(
        re.fullmatch(p, ln) for p, ln in zip(patterns, lines, strict=True)
    )


def test_check_text_output_and_summary(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "bad.md", "--select", "NL202,NL302")
    assert (code, err) == (1, "")
    lines = out.split("\n")
    assert matches(lines[:2], BAD_RE), out
    assert lines[2:] == ["", "Found 2 findings (2 warning) in 1 article from 1 file.", ""]


def test_repeated_line_message_names_the_file_line(
    ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "check", "bad.md", "--select", "NL302", "-q")
    assert out == BAD_LINES[1] + "\n"


def test_bare_paths_mean_check(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    explicit = run(capsys, "check", "bad.md", "clean.md", "--select", "NL2")
    bare = run(capsys, "bad.md", "clean.md", "--select", "NL2")
    assert explicit == bare
    assert explicit[0] == 1
    assert codes_of(explicit[1]) == ["NL202", "NL203"]


def test_findings_sorted_by_path_line_column_code(
    ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Paths given in reverse order; two codes share bad.md:9:1.
    code, out, _ = run(capsys, "check", "credit.txt", "clean.md", "bad.md", "-q")
    assert code == 1
    keys = []
    for line in out.splitlines():
        m = LINE_RE.match(line)
        assert m, f"not a lint line: {line!r}"
        keys.append((m["path"], int(m["line"]), int(m["col"]), m["code"]))
    assert keys == sorted(keys)
    assert keys == [
        ("bad.md", 9, 1, "NL202"),
        ("bad.md", 9, 1, "NL203"),
        ("bad.md", 13, 1, "NL302"),
        ("credit.txt", 5, 1, "NL205"),
    ]


def test_quiet_prints_findings_only(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "bad.md", "--select", "NL202,NL302", "--quiet")
    assert (code, err) == (1, "")
    assert out.endswith("\n") and matches(out[:-1].split("\n"), BAD_RE), out
    code, out, err = run(capsys, "check", "clean.md", "-q")
    assert (code, out, err) == (0, "", "")


def test_clean_summary(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", "clean.md") == (
        0,
        "Found 0 findings in 1 article from 1 file.\n",
        "",
    )


def test_statistics(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", ".", "--statistics")
    assert code == 1
    tail = out.split("\n\n", 1)[1]
    assert tail == (
        "      1  NL202  web-boilerplate\n"
        "      1  NL203  dangling-lead-in\n"
        "      1  NL205  credit-line\n"
        "      1  NL302  repeated-line\n"
        "\n"
        "Found 4 findings (3 warning, 1 info) in 3 articles from 3 files.\n"
    )


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_with_filename(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, BAD_MD.encode())
    code, out, err = run(capsys, "check", "-", "--stdin-filename", "x.md", "--select", "NL202")
    assert (code, err) == (1, "")
    # Front matter was recognised (the .md name picks the reader): line 9, not line 5.
    assert (
        out.splitlines()[0]
        == "x.md:9:1: NL202 web page furniture line 'Share this:' [web-boilerplate]"
    )
    assert out.endswith("Found 1 finding (1 warning) in 1 article from 1 file.\n")


def test_stdin_jsonl_by_filename(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, FEED_JSONL.encode())
    code, out, _ = run(capsys, "-", "--stdin-filename", "feed.jsonl", "--select", "NL202,NL9", "-q")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (
        "feed.jsonl:1:1: NL202 web page furniture line 'Share this:' (text 3:1, id r1)"
        " [web-boilerplate]"
    )
    assert [ln.split(" ")[0:2] for ln in lines[1:]] == [
        ["feed.jsonl:2:44:", "NL902"],
        ["feed.jsonl:3:1:", "NL902"],
    ]


def test_stdin_together_with_files(
    ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, BAD_MD.encode())
    code, out, _ = run(capsys, "check", "-", "clean.md", "--stdin-filename", "in.md")
    assert code == 1
    assert {m.split(":")[0] for m in out.splitlines() if LINE_RE.match(m)} == {"in.md"}
    assert out.endswith("in 2 articles from 2 files.\n")


# --------------------------------------------------------------------------- JSON output

FINDING_KEYS = {
    "path": str,
    "line": int,
    "column": int,
    "end_line": int,
    "end_column": int,
    "code": str,
    "name": str,
    "severity": str,
    "message": str,
    "record_id": (str, type(None)),
    "text_line": (int, type(None)),
    "text_column": (int, type(None)),
    "fix": (dict, type(None)),
}
FIX_KEYS = {"start": int, "end": int, "replacement": str, "safe": bool}
SUMMARY_KEYS = {
    "files": int,
    "articles": int,
    "findings": int,
    "by_severity": dict,
    "by_code": dict,
    "fixed": int,
}


def assert_schema(doc: Any) -> None:
    """The public JSON contract (schema_version 1), checked key by key and type by type."""
    assert isinstance(doc, dict)
    assert list(doc) == ["schema_version", "findings", "summary"]
    assert doc["schema_version"] == 1
    assert isinstance(doc["findings"], list)
    for f in doc["findings"]:
        assert isinstance(f, dict)
        assert list(f) == list(FINDING_KEYS), f
        for key, types in FINDING_KEYS.items():
            assert isinstance(f[key], types), (key, f[key])
            assert not isinstance(f[key], bool) or key == "fix", (key, f[key])
        assert f["line"] >= 1 and f["column"] >= 1
        assert (f["end_line"], f["end_column"]) >= (f["line"], f["column"])
        assert re.fullmatch(r"[A-Z]+\d+", f["code"])
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", f["name"])
        assert f["severity"] in ("error", "warning", "info")
        assert f["message"]
        if f["fix"] is not None:
            assert list(f["fix"]) == list(FIX_KEYS)
            for key, types in FIX_KEYS.items():
                assert isinstance(f["fix"][key], types)
            assert 0 <= f["fix"]["start"] <= f["fix"]["end"]
        # text positions come as a pair, and only for records
        assert (f["text_line"] is None) == (f["text_column"] is None)
    s = doc["summary"]
    assert list(s) == list(SUMMARY_KEYS)
    for key, types in SUMMARY_KEYS.items():
        assert isinstance(s[key], types)
    assert s["findings"] == len(doc["findings"])
    assert set(s["by_severity"]) == {"error", "warning", "info"}
    assert sum(s["by_severity"].values()) == s["findings"]
    assert sum(s["by_code"].values()) == s["findings"]


def test_json_schema(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(ws, {"feed.jsonl": FEED_JSONL})
    code, out, err = run(capsys, "check", ".", "--format", "json")
    assert (code, err) == (1, "")
    doc = json.loads(out)
    assert_schema(doc)
    by = {(f["path"], f["line"], f["code"]): f for f in doc["findings"]}
    boiler = by[("bad.md", 9, "NL202")]
    assert boiler == {
        "path": "bad.md",
        "line": 9,
        "column": 1,
        "end_line": 9,
        "end_column": boiler["end_column"],
        "code": "NL202",
        "name": "web-boilerplate",
        "severity": "warning",
        "message": "web page furniture line 'Share this:'",
        "record_id": None,
        "text_line": None,
        "text_column": None,
        "fix": boiler["fix"],
    }
    assert boiler["fix"] is not None and boiler["fix"]["replacement"] == ""
    # end_column is exclusive (README); the pack's span is the matched phrase, with or
    # without the colon.
    assert boiler["end_column"] in (11, 12)
    repeat = by[("bad.md", 13, "NL302")]
    assert (repeat["column"], repeat["end_line"], repeat["end_column"]) == (1, 13, 26)
    # A JSONL record: the record's line, its id, and where in the text.
    record = by[("feed.jsonl", 1, "NL202")]
    assert (record["column"], record["record_id"], record["text_line"], record["text_column"]) == (
        1,
        "r1",
        3,
        1,
    )
    broken = by[("feed.jsonl", 2, "NL902")]
    assert (broken["severity"], broken["text_line"]) == ("error", None)
    summary = doc["summary"]
    assert (summary["files"], summary["findings"]) == (4, 7)
    assert summary["by_code"] == {"NL202": 2, "NL203": 1, "NL205": 1, "NL302": 1, "NL902": 2}
    assert summary["by_severity"] == {"error": 2, "warning": 4, "info": 1}


def test_json_clean_run(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "clean.md", "--format", "json")
    doc = json.loads(out)
    assert_schema(doc)
    assert code == 0
    assert doc["findings"] == []
    assert doc["summary"]["files"] == doc["summary"]["articles"] == 1


# --------------------------------------------------------------------------- exit codes


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param(["clean.md"], 0, id="clean"),
        pytest.param(["bad.md"], 1, id="warnings"),
        pytest.param(["credit.txt"], 0, id="info-only-below-default-fail-on"),
        pytest.param(["credit.txt", "--fail-on", "info"], 1, id="fail-on-info"),
        pytest.param(["bad.md", "--fail-on", "error"], 0, id="fail-on-error-warnings-only"),
        pytest.param(["bad.md", "--exit-zero"], 0, id="exit-zero"),
        pytest.param(["clean.md", "--exit-zero", "--fail-on", "info"], 0, id="exit-zero-clean"),
    ],
)
def test_exit_codes(
    ws: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: int
) -> None:
    code, _, err = run(capsys, "check", *args)
    assert (code, err) == (expected, "")


def test_errors_fail_under_default_fail_on(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Only an error (NL903): error >= warning, so exit 1 (Severity is ranked, not a string).
    write(ws, {"empty.txt": ""})
    code, out, _ = run(capsys, "check", "empty.txt", "-q")
    assert (code, codes_of(out)) == (1, ["NL903"])
    assert run(capsys, "check", "empty.txt", "-q", "--fail-on", "error")[0] == 1
    assert run(capsys, "check", "bad.md", "-q", "--fail-on", "error")[0] == 0


def test_cache_never_serves_stale_findings(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("check", "bad.md", "-q", "--select", "NL202,NL302")
    first = run(capsys, *argv)
    assert codes_of(first[1]) == ["NL202", "NL302"]
    assert run(capsys, *argv) == first  # a second, cached run says the same
    write(ws, {"newslint.yaml": "ignore: [NL302]\n"})  # config change
    assert codes_of(run(capsys, *argv)[1]) == ["NL202"]
    (ws / "bad.md").write_text(BAD_MD.replace("Share this:", "Shares rose."), encoding="utf-8")
    assert codes_of(run(capsys, *argv)[1]) == []  # content change
    assert codes_of(run(capsys, *argv, "--no-cache")[1]) == []


def test_exit_zero_still_prints_findings(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "bad.md", "--exit-zero", "-q")
    assert code == 0
    assert codes_of(out) == ["NL202", "NL203", "NL302"]


def test_fail_on_from_config(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(ws, {"newslint.yaml": "fail-on: info\n"})
    assert run(capsys, "check", "credit.txt", "-q")[0] == 1
    # the command line wins over the file
    assert run(capsys, "check", "credit.txt", "-q", "--fail-on", "warning")[0] == 0


def _usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv)
    assert code == 2, (out, err)
    assert out == ""
    assert err.startswith(("newslint: error: ", "usage: "))
    return err


def test_unknown_select_reference(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "check", "bad.md", "--select", "NL202,web-boilerplat")
    assert "--select" in err
    assert "'web-boilerplat'" in err
    assert "did you mean 'web-boilerplate'" in err
    assert "this is a bug" not in err


@pytest.mark.parametrize("option", ["--ignore", "--extend-select"])
def test_unknown_reference_in_other_options(
    ws: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    err = _usage_error(capsys, "check", "bad.md", option, "NL2,XX123")
    assert option in err and "'XX123'" in err


def test_config_unknown_key(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(ws, {"newslint.yaml": "# demo\nselct: [NL2]\n"})
    err = _usage_error(capsys, "check", "bad.md")
    assert err == (
        "newslint: error: newslint.yaml:2: unknown key 'selct' in config (did you mean 'select'?)\n"
    )


def test_pyproject_unknown_key(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(ws, {"pyproject.toml": '[project]\nname = "x"\n\n[tool.newslint]\nfail_on = "info"\n'})
    err = _usage_error(capsys, "check", "bad.md")
    assert "pyproject.toml:5:" in err
    assert "'fail_on'" in err and "'fail-on'" in err


def test_explicit_config_file_missing(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "check", "bad.md", "--config", "nope.yaml")
    assert "nope.yaml" in err


def test_isolated_ignores_broken_config(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(ws, {"newslint.yaml": "selct: [NL2]\n"})
    code, _, err = run(capsys, "check", "clean.md", "--isolated")
    assert (code, err) == (0, "")


def test_broken_yaml_pack(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        ws,
        {
            "newslint.yaml": "rule-paths: [packs]\n",
            "packs/house.yaml": "pack: house\nrules:\n  - code: HS101\n   bad: [\n",
        },
    )
    err = _usage_error(capsys, "check", "bad.md")
    assert "house.yaml:" in err
    assert "YAML" in err
    assert "this is a bug" not in err


def test_invalid_yaml_pack_names_the_key(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        ws,
        {
            "newslint.yaml": "rule-paths: [packs]\n",
            "packs/house.yaml": "pack: house\nrules:\n  - code: HS101\n    nme: x\n",
        },
    )
    err = _usage_error(capsys, "check", "bad.md")
    assert re.search(r"house\.yaml:\d+", err), err


def test_missing_rule_path(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(ws, {"newslint.yaml": "rule-paths: [packs]\n"})
    err = _usage_error(capsys, "check", "bad.md")
    assert "newslint.yaml:1:" in err and "packs" in err


def test_missing_path(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "check", "bad.md", "nowhere/")
    assert err == "newslint: error: path not found: nowhere/\n"


def test_bad_format(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "check", "bad.md", "--format", "xml")
    assert "invalid choice: 'xml'" in err


def test_debug_shows_the_exception(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(Exception, match="path not found"):
        main(["check", "nowhere.txt", "--debug"])


def test_no_command_prints_help(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 2
    assert "usage: newslint" in out


def test_help_exits_zero(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--help")
    assert code == 0
    assert "--stdin-filename" in out


# --------------------------------------------------------------------------- colour


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def _colour_run(monkeypatch: pytest.MonkeyPatch, *argv: str) -> str:
    out = FakeTTY()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["check", "bad.md", "-q", *argv]) == 1
    return out.getvalue()


def test_color_always(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "bad.md", "--color", "always", "-q")
    assert code == 1
    assert ANSI in out
    # Stripped of escapes, the text is the plain format.
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert plain.splitlines()[0] == BAD_LINES[0]


def test_color_auto_on_tty(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ANSI in _colour_run(monkeypatch)


@pytest.mark.parametrize(
    ("argv", "env"),
    [
        pytest.param(["--color", "never"], {}, id="never-on-tty"),
        pytest.param([], {"NO_COLOR": "1"}, id="NO_COLOR-on-tty"),
        pytest.param(["--color", "auto"], {"NO_COLOR": "1"}, id="auto-NO_COLOR"),
    ],
)
def test_no_color_on_tty(
    ws: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], env: dict[str, str]
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    out = _colour_run(monkeypatch, *argv)
    assert ANSI not in out
    assert out.splitlines()[0] == BAD_LINES[0]


def test_no_color_when_not_a_tty(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "bad.md")
    assert code == 1 and ANSI not in out


def test_no_color_in_output_file(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "check", "bad.md", "--color", "always", "-o", "out.txt")
    assert ANSI not in (ws / "out.txt").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- bad input


def test_bad_input_never_stops_the_run(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        ws,
        {
            "mixed/good.md": BAD_MD,
            "mixed/latin.txt": "Café owners protest new parking fees.\n".encode("latin-1"),
            "mixed/empty.txt": "",
            "mixed/feed.jsonl": FEED_JSONL,
        },
    )
    code, out, err = run(capsys, "check", "mixed", "--format", "json")
    assert (code, err) == (1, "")
    doc = json.loads(out)
    found = [(f["path"], f["line"], f["code"]) for f in doc["findings"]]
    assert ("mixed/latin.txt", 1, "NL901") in found
    assert ("mixed/feed.jsonl", 2, "NL902") in found  # the JSONL line number
    assert ("mixed/feed.jsonl", 3, "NL902") in found
    assert ("mixed/empty.txt", 1, "NL903") in found
    # The good files are still linted, around the bad ones.
    assert ("mixed/feed.jsonl", 1, "NL202") in found
    assert ("mixed/good.md", 9, "NL202") in found
    assert ("mixed/good.md", 13, "NL302") in found
    latin = next(f for f in doc["findings"] if f["code"] == "NL901")
    assert latin["column"] == 4  # the first bad byte, "é" in "Café"
    assert doc["summary"]["files"] == 4


def test_text_output_of_record_without_text_position(
    ws: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(ws, {"feed.jsonl": FEED_JSONL})
    _, out, _ = run(capsys, "check", "feed.jsonl", "-q")
    assert "None" not in out


# --------------------------------------------------------------------------- catalogue


def test_rules_lists_codes(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "rules")
    assert (code, err) == (0, "")
    listed = re.findall(r"^(NL\d{3})[ *] +([a-z0-9-]+) +(error|warning|info) ", out, re.M)
    codes = [c for c, _, _ in listed]
    assert codes == sorted(codes)
    assert {"NL202", "NL302", "NL901", "NL902", "NL903", "NL904"} <= set(codes)
    assert ("NL202", "web-boilerplate", "warning") in listed


def test_rules_json(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert code == 0
    rules = json.loads(out)
    assert isinstance(rules, list) and rules
    for r in rules:
        assert {"code", "name", "severity", "doc"} <= set(r)
        assert r["severity"] in ("error", "warning", "info")
        assert "## What it does" in r["doc"]
    by_code = {r["code"]: r for r in rules}
    assert by_code["NL302"]["name"] == "repeated-line"
    assert len(by_code) == len(rules)


def test_rules_include_user_pack(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = textwrap.dedent(
        """\
        pack: house
        prefix: HS
        description: House style.
        rules:
          - code: HS101
            name: house-slogan
            kind: existence
            severity: info
            scope: whole-line
            summary: The house slogan is left in the body.
            message: "house slogan {line!r}"
            description: Flags the house slogan.
            rationale: It is not reporting.
            phrases: ["read it first at the courier"]
            examples:
              bad: ["Read it first at the Courier"]
              good: ["The Courier reported it first."]
        """
    )
    write(ws, {"newslint.yaml": "rule-paths: [house.yaml]\n", "house.yaml": pack})
    code, out, err = run(capsys, "rules")
    assert (code, err) == (0, "")
    assert re.search(r"^HS101 +house-slogan +info ", out, re.M)
    write(ws, {"slogan.txt": CLEAN_MD.split("---\n")[2] + "\nRead it first at the Courier\n"})
    code, out, _ = run(capsys, "check", "slogan.txt", "--select", "HS", "-q", "--fail-on", "info")
    assert (code, out) == (
        1,
        "slogan.txt:7:1: HS101 house slogan 'Read it first at the Courier' [house-slogan]\n",
    )


def test_rule_doc(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rule", "NL302")
    assert code == 0
    assert out.startswith("NL302 repeated-line (warning")
    sections = re.findall(r"^## (.+)$", out, re.M)
    assert sections == [
        "What it does",
        "Why it matters",
        "Example",
        "Passes",
        "Options",
        "Known false positives",
    ]
    # by name too, same text
    assert run(capsys, "rule", "repeated-line")[1] == out


def test_rule_unknown(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "rule", "NL999")
    assert "'NL999'" in err


def test_config_prints_effective_config(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from ruamel.yaml import YAML

    code, out, _ = run(capsys, "config")
    assert code == 0
    default = YAML(typ="safe").load(out)
    assert default["fail-on"] == "warning"
    assert default["select"] is None
    write(ws, {"newslint.yaml": "fail-on: info\nignore: [NL205]\n"})
    code, out, _ = run(capsys, "config")
    assert code == 0
    data = YAML(typ="safe").load(out)
    assert (data["fail-on"], data["ignore"]) == ("info", ["NL205"])
    assert set(data) == set(default)


def test_config_errors_exit_2(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(ws, {"newslint.yaml": "fail-on: sometimes\n"})
    err = _usage_error(capsys, "config")
    assert "newslint.yaml:1" in err and "fail-on" in err


def test_version(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--version") == (0, f"newslint {__version__}\n", "")
    assert re.fullmatch(r"\d+\.\d+(\.\d+)?([a-z0-9.+-]*)", __version__)


# --------------------------------------------------------------------------- selection


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        pytest.param([], ["NL202", "NL203", "NL302", "NL205"], id="defaults"),
        pytest.param(["--select", "NL2"], ["NL202", "NL203", "NL205"], id="select-prefix"),
        pytest.param(["--select", "web-boilerplate"], ["NL202"], id="select-name"),
        pytest.param(["--select", "NL302,NL205"], ["NL302", "NL205"], id="select-codes"),
        pytest.param(["--ignore", "NL2"], ["NL302"], id="ignore-prefix"),
        pytest.param(["--ignore", "dangling-lead-in,NL205"], ["NL202", "NL302"], id="ignore-mixed"),
        pytest.param(
            ["--select", "NL202", "--extend-select", "NL302"], ["NL202", "NL302"], id="extend"
        ),
        # the more specific reference wins: NL2 ignored, but NL202 selected by code
        pytest.param(["--select", "NL202", "--ignore", "NL2"], ["NL202"], id="specific-wins"),
        pytest.param(
            ["--select", "NL2", "--ignore", "NL202"], ["NL203", "NL205"], id="ignore-code"
        ),
    ],
)
def test_selection(
    ws: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: list[str]
) -> None:
    _, out, _ = run(capsys, "check", "bad.md", "credit.txt", "-q", *argv)
    assert codes_of(out) == expected


def test_cli_select_replaces_config_select(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(ws, {"newslint.yaml": "select: [NL302]\nextend-select: [NL205]\n"})
    _, out, _ = run(capsys, "check", "bad.md", "credit.txt", "-q")
    assert codes_of(out) == ["NL302", "NL205"]
    _, out, _ = run(capsys, "check", "bad.md", "credit.txt", "-q", "--select", "NL202")
    assert codes_of(out) == ["NL202"]
    _, out, _ = run(capsys, "check", "bad.md", "credit.txt", "-q", "--extend-select", "NL202")
    assert codes_of(out) == ["NL202", "NL302", "NL205"]


def test_config_ignore_and_cli_ignore_add_up(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(ws, {"newslint.yaml": "ignore: [NL302]\n"})
    _, out, _ = run(capsys, "check", "bad.md", "credit.txt", "-q", "--ignore", "NL205")
    assert codes_of(out) == ["NL202", "NL203"]


def test_per_file_ignores(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(
        ws,
        {
            "newslint.yaml": "per-file-ignores:\n  'scraped/*.md': [NL202, repeated-line]\n",
            "scraped/bad.md": BAD_MD,
        },
    )
    _, out, _ = run(capsys, "check", "bad.md", "scraped", "-q", "--select", "NL202,NL302")
    assert [ln.split(" ")[:2] for ln in out.splitlines()] == [
        ["bad.md:9:1:", "NL202"],
        ["bad.md:13:1:", "NL302"],
    ]


def test_per_file_ignores_unknown_code(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(ws, {"newslint.yaml": "per-file-ignores:\n  '*.md': [NL2O2]\n"})
    err = _usage_error(capsys, "check", "bad.md")
    assert "newslint.yaml:2" in err and "'NL2O2'" in err


def test_newslint_ignore_in_front_matter(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    waived = BAD_MD.replace(
        "date: 2024-02-06\n", "date: 2024-02-06\nnewslint_ignore: [NL202, repeated-line]\n"
    )
    write(ws, {"waived.md": waived})
    _, out, _ = run(capsys, "check", "bad.md", "waived.md", "-q", "--select", "NL202,NL203,NL302")
    assert [ln.split(" ")[:2] for ln in out.splitlines()] == [
        ["bad.md:9:1:", "NL202"],
        ["bad.md:9:1:", "NL203"],
        ["bad.md:13:1:", "NL302"],
        ["waived.md:10:1:", "NL203"],
    ]


def test_newslint_ignore_all_in_jsonl(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rec = json.loads(FEED_JSONL.splitlines()[0])
    feed = json.dumps(rec) + "\n" + json.dumps({**rec, "id": "r9", "newslint_ignore": "all"}) + "\n"
    write(ws, {"feed.jsonl": feed})
    _, out, _ = run(capsys, "check", "feed.jsonl", "-q")
    assert "id r1" in out and "id r9" not in out


# --------------------------------------------------------------------------- outputs


def test_text_to_stdout_and_json_to_file(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # --output pairs with --format by position: the first --output goes with the first format.
    code, out, err = run(
        capsys,
        "check", "bad.md", "--select", "NL202,NL302",
        "--format", "json", "--output", "report.json", "--format", "text",
    )  # fmt: skip
    assert (code, err) == (1, "")
    assert matches(out.splitlines()[:2], BAD_RE), out
    doc = json.loads((ws / "report.json").read_text(encoding="utf-8"))
    assert_schema(doc)
    assert [(f["line"], f["code"]) for f in doc["findings"]] == [(9, "NL202"), (13, "NL302")]


def test_output_dash_is_stdout(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "check", "bad.md", "--select", "NL202", "--format", "text", "-o", "-",
        "--format", "jsonl", "-o", "findings.jsonl",
    )  # fmt: skip
    assert code == 1
    assert out.startswith(BAD_LINES[0] + "\n")
    rows = (ws / "findings.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(r)["code"] for r in rows] == ["NL202"]


def test_more_outputs_than_formats(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "check", "bad.md", "-o", "a.txt", "-o", "b.txt")
    assert "--output" in err


def test_check_never_modifies_files(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(ws, {"feed.jsonl": FEED_JSONL})
    before = {p: sha256(p) for p in ws.rglob("*") if p.is_file()}
    for argv in (["."], [".", "--format", "json"], [".", "--diff"], [".", "--statistics"]):
        run(capsys, "check", *argv)
    after = {p: sha256(p) for p in ws.rglob("*") if p.is_file() and p in before}
    assert after == before


# --------------------------------------------------------------------------- examples/


def _builtin_codes() -> set[str]:
    from newslint.config import Config
    from newslint.registry import catalogue

    return {r.meta.code for r in catalogue(Config(load_plugins=False))}


def test_examples_show_every_rule(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    code, out, err = run(capsys, "check", "examples/", "--format", "json", "--no-cache")
    assert err == ""
    assert code == 1
    doc = json.loads(out)
    assert_schema(doc)
    fired = {f["code"] for f in doc["findings"]}
    # NL904 reports a bug in a rule; NL905 needs a --baseline; NL506 needs a corpus of 200
    # articles (see examples/README.md).
    missing = sorted(_builtin_codes() - {"NL904", "NL905", "NL506"} - fired)
    assert missing == [], f"examples/ never fires {missing}"
    paths = {f["path"] for f in doc["findings"]}
    assert not {p for p in paths if p.startswith("examples/clean/")}, "clean/ has findings"


def test_examples_readme_is_not_linted(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # examples/README.md documents the corpus; it is not an article.
    monkeypatch.chdir(ROOT)
    _, out, _ = run(capsys, "check", "examples/", "-q", "--no-cache")
    assert "examples/README.md:" not in out


# --------------------------------------------------------------------------- console script


def _script() -> Path:
    bindir = Path(sys.executable).parent
    for name in ("newslint", "newslint.exe"):
        if (bindir / name).exists():
            return bindir / name
    pytest.skip(f"no newslint console script next to {sys.executable}")


def test_console_script_smoke(tmp_path: Path) -> None:
    write(tmp_path, {"bad.md": BAD_MD})
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    version = subprocess.run(
        [str(_script()), "--version"], capture_output=True, text=True, check=False, env=env
    )
    assert (version.returncode, version.stdout, version.stderr) == (
        0,
        f"newslint {__version__}\n",
        "",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "bad.md", "--select", "NL202,NL302"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == ""
    assert matches(proc.stdout.splitlines()[:2], BAD_RE), proc.stdout
    assert ANSI not in proc.stdout  # a pipe is not a TTY


def test_a_missing_dependency_is_named_not_called_a_bug(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import newslint.pipeline

    def missing(*args: object, **kwargs: object) -> None:
        raise ModuleNotFoundError("No module named 'ruamel'", name="ruamel")

    monkeypatch.setattr(newslint.pipeline, "build_context", missing)
    (tmp_path / "a.txt").write_text("The council met on Tuesday.\n", encoding="utf-8")
    code = main(["check", str(tmp_path / "a.txt"), "--no-cache"])
    err = capsys.readouterr().err
    assert code == 2
    assert "a dependency is not installed (ruamel)" in err
    assert "this is a bug" not in err and "Traceback" not in err


def test_cache_salt_changes_when_a_rule_module_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edited plugin rule (same version, same config) must not be served old findings."""
    import sys
    import types
    from dataclasses import dataclass

    from newslint.cache import ruleset_salt
    from newslint.config import Config
    from newslint.registry import build_ruleset, catalogue

    config = Config(load_plugins=False)
    ruleset = build_ruleset(config, catalogue(config))
    source = tmp_path / "my_rules.py"
    source.write_text("def check(article, options):\n    return iter(())\n", encoding="utf-8")
    module = types.ModuleType("my_rules")
    module.__file__ = str(source)
    monkeypatch.setitem(sys.modules, "my_rules", module)

    def check(article: object, options: object) -> object:
        return iter(())

    check.__module__ = "my_rules"
    first = ruleset.rules[0]
    plugin_rule = types.SimpleNamespace(meta=first.meta, check=check)

    @dataclass(frozen=True)
    class Active:
        rule: object
        options: object
        severity: object

        @property
        def meta(self) -> object:
            return first.meta

    plugged = types.SimpleNamespace(
        rules=(*ruleset.rules, Active(plugin_rule, first.options, first.severity))
    )
    before = ruleset_salt(config, plugged)
    assert ruleset_salt(config, plugged) == before  # stable while nothing changes
    source.write_text("def check(article, options):\n    yield 1\n", encoding="utf-8")
    assert ruleset_salt(config, plugged) != before
