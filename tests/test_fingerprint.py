"""Content fingerprints: stable under line moves, different for different content."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newslint.finding import Finding, Severity
from newslint.fingerprint import fingerprint, fingerprints, normalise_path, normalise_text


def finding(line: int = 3, excerpt: str = "Photo: AP", **kwargs: object) -> Finding:
    base: dict[str, object] = {
        "path": "news/a.md",
        "line": line,
        "column": 1,
        "end_line": line,
        "end_column": 10,
        "code": "NL201",
        "name": "caption-fragment",
        "severity": Severity.WARNING,
        "message": f"caption line {excerpt!r}",
        "excerpt": excerpt,
    }
    base.update(kwargs)
    return Finding(**base)  # type: ignore[arg-type]


def test_shape_is_16_hex_chars() -> None:
    fp = fingerprint(finding())
    assert len(fp) == 16 and int(fp, 16) >= 0


def test_survives_lines_inserted_above() -> None:
    before = [finding(3), finding(8, "Advertisement", code="NL202")]
    after = [replace(f, line=f.line + 5, end_line=f.end_line + 5) for f in before]
    assert fingerprints(before) == fingerprints(after)


def test_survives_column_and_message_changes() -> None:
    # Messages may quote line numbers ("repeats line 7"); only the flagged text counts.
    a = finding(message="repeats line 7")
    b = finding(column=4, end_column=13, message="repeats line 12")
    assert fingerprint(a) == fingerprint(b)


def test_normalised_text_ignores_case_and_whitespace() -> None:
    assert fingerprint(finding(excerpt="Photo:  AP\t")) == fingerprint(finding(excerpt="photo: ap"))
    assert normalise_text("  A\n\tB  ") == "a b"


@pytest.mark.parametrize(
    "change",
    [
        pytest.param({"code": "NL202"}, id="code"),
        pytest.param({"path": "news/b.md"}, id="path"),
        pytest.param({"excerpt": "Photo: Reuters"}, id="text"),
        pytest.param({"record_id": "r-7"}, id="record-id"),
    ],
)
def test_identity_parts_change_the_fingerprint(change: dict[str, object]) -> None:
    assert fingerprint(finding()) != fingerprint(replace(finding(), **change))  # type: ignore[arg-type]


def test_jsonl_record_line_is_not_part_of_identity() -> None:
    a = finding(line=4, record_id=None, text_line=2, text_column=1)
    b = replace(a, line=40, end_line=40)
    assert fingerprint(a) == fingerprint(b)


def test_repeats_get_distinct_stable_occurrence_indices() -> None:
    repeats = [finding(3, "Advertisement"), finding(9, "Advertisement")]
    fps = fingerprints(repeats)
    assert fps[0] != fps[1]
    assert fps[0] == fingerprint(repeats[0], 0) and fps[1] == fingerprint(repeats[1], 1)
    # input order does not matter: indices follow file order
    assert fingerprints(repeats[::-1]) == fps[::-1]
    # a different finding in between does not shift them
    mixed = [repeats[0], finding(5, "Photo: AP"), repeats[1]]
    assert [fingerprints(mixed)[0], fingerprints(mixed)[2]] == fps


def test_empty_excerpt_falls_back_to_message() -> None:
    a = finding(excerpt="", message="article is empty")
    b = finding(excerpt="", message="something else")
    assert fingerprint(a) != fingerprint(b)


def test_path_normalisation() -> None:
    assert normalise_path("./news\\a.md") == "news/a.md"
    assert fingerprint(finding(path="./news/a.md")) == fingerprint(finding())
