"""Autofix: every preservation property, overlap handling, idempotence, JSONL, symlinks.

Findings are made the way a real run makes them, without depending on any real rule: the
file is read with the real reader, and hand-written hits are stamped by the real runner.
"""

from __future__ import annotations

import gzip
import json
import os
import stat
from collections.abc import Sequence
from pathlib import Path

import pytest

from newslint.article import Article
from newslint.finding import Finding, Fix, Hit, Severity
from newslint.fixer import FixError, fix_file, unified_diff, write_atomic
from newslint.readers import FieldMap, read_path
from newslint.rule import ArticleRule, NoOptions, RuleMeta
from newslint.runner import ActiveRule, stamp_hit

META = RuleMeta("NL299", "test-fix", "A test rule.", "Test.", fix_safety="safe")
ACTIVE = ActiveRule(ArticleRule(META, lambda article, options: []), NoOptions(), Severity.WARNING)


def articles(path: Path) -> list[Article]:
    return [a for a in read_path(path) if isinstance(a, Article)]


def replace_text(path: Path, target: str, replacement: str, *, safe: bool = True) -> list[Finding]:
    """One finding per occurrence of ``target`` in each article, fixing it to ``replacement``."""
    out = []
    for article in articles(path):
        start = article.body.find(target)
        while start != -1:
            end = start + len(target)
            hit = Hit(f"found {target!r}", start, end, Fix(start, end, replacement, safe))
            out.append(stamp_hit(article, ACTIVE, hit))
            start = article.body.find(target, end)
    return out


def delete_line(path: Path, text: str) -> list[Finding]:
    """A delete-line finding (``line_span_with_newline``) for each line equal to ``text``."""
    out = []
    for article in articles(path):
        for line in article.lines:
            if line.text == text:
                fix = Fix(*article.line_span_with_newline(line), "")
                out.append(stamp_hit(article, ACTIVE, Hit("junk line", line.start, None, fix)))
    return out


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def fixed(path: Path, findings: Sequence[Finding], *, unsafe: bool = False) -> bytes:
    result = fix_file(path, findings, unsafe=unsafe)
    return result.fixed


FRONT = b"---\r\ntitle: Harbour budget\r\ndate: 2024-03-01\r\n---\r\n"


# --- text and Markdown ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        pytest.param(
            b"First line.\nAdvertisement\nLast line.\n",
            b"First line.\nLast line.\n",
            id="lf",
        ),
        pytest.param(
            b"First line.\r\nAdvertisement\r\nLast line.\r\n",
            b"First line.\r\nLast line.\r\n",
            id="crlf",
        ),
        pytest.param(
            b"First line.\rAdvertisement\rLast line.\r",
            b"First line.\rLast line.\r",
            id="cr",
        ),
        pytest.param(
            b"First line.\r\nSecond\nAdvertisement\r\nLast line.\r",
            b"First line.\r\nSecond\nLast line.\r",
            id="mixed-endings-kept-as-they-are",
        ),
        pytest.param(
            b"\xef\xbb\xbfFirst line.\r\nAdvertisement\r\nLast line.",
            b"\xef\xbb\xbfFirst line.\r\nLast line.",
            id="bom-and-no-final-newline",
        ),
        pytest.param(
            b"First line.\r\nLast line.\r\nAdvertisement",
            b"First line.\r\nLast line.",
            id="delete-last-line-without-final-newline",
        ),
        pytest.param(
            b"\xef\xbb\xbf" + FRONT + b"Body \xc3\xa9t\xc3\xa9.\r\nAdvertisement\r\nEnd.\r\n",
            b"\xef\xbb\xbf" + FRONT + b"Body \xc3\xa9t\xc3\xa9.\r\nEnd.\r\n",
            id="front-matter-and-bom-untouched",
        ),
    ],
)
def test_delete_line_preserves_everything_else(
    tmp_path: Path, original: bytes, expected: bytes
) -> None:
    path = write(tmp_path, "a.md", original)
    findings = delete_line(path, "Advertisement")
    assert len(findings) == 1
    result = fix_file(path, findings, unsafe=False)
    assert result.fixed == expected
    assert result.applied == 1 and result.changed
    assert path.read_bytes() == original  # fix_file never writes


def test_front_matter_bytes_are_untouched_even_when_they_hold_the_text(tmp_path: Path) -> None:
    original = b"---\ntitle: 'Advertisement'\n---\nAdvertisement\nBody.\n"
    path = write(tmp_path, "a.md", original)
    findings = delete_line(path, "Advertisement")
    assert findings[0].line == 4  # file line: front matter counted
    assert fixed(path, findings) == b"---\ntitle: 'Advertisement'\n---\nBody.\n"


def test_replacement_newlines_follow_the_file_style(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"One.  Two.\r\nThree.\r\n")
    findings = replace_text(path, "  ", "\n")
    assert fixed(path, findings) == b"One.\r\nTwo.\r\nThree.\r\n"


def test_spacing_fix_on_a_non_ascii_line(tmp_path: Path) -> None:
    # Offsets are characters, not bytes: the edit after "é" must land right.
    path = write(tmp_path, "a.txt", "Café  au lait.\n".encode())
    assert fixed(path, replace_text(path, "  ", " ")) == "Café au lait.\n".encode()


def test_bom_does_not_shift_offsets(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"\xef\xbb\xbfOne  two.\n")
    assert fixed(path, replace_text(path, "  ", " ")) == b"\xef\xbb\xbfOne two.\n"


def test_unsafe_fixes_need_opt_in(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"Keep.\nAdvertisement\n")
    findings = replace_text(path, "Advertisement", "Ad", safe=False)
    safe_only = fix_file(path, findings, unsafe=False)
    assert safe_only.fixed == safe_only.original
    assert (safe_only.applied, safe_only.skipped) == (0, 1)
    with_unsafe = fix_file(path, findings, unsafe=True)
    assert with_unsafe.fixed == b"Keep.\nAd\n" and with_unsafe.applied == 1


def test_overlapping_deletions_delete_their_union(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"Share this: Facebook Twitter\nBody.\n")
    first = replace_text(path, "Share this:", "")[0]
    overlapping = replace_text(path, "this: Facebook", "")[0]
    later = replace_text(path, "Twitter", "X")[0]
    result = fix_file(path, [later, overlapping, first], unsafe=False)
    assert result.fixed == b" X\nBody.\n"
    assert (result.applied, result.skipped) == (3, 0)


def test_overlapping_replacements_apply_the_first_and_skip_the_rest(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"Share this: Facebook Twitter\nBody.\n")
    first = replace_text(path, "Share this:", "S")[0]
    overlapping = replace_text(path, "this: Facebook", "T")[0]
    result = fix_file(path, [overlapping, first], unsafe=False)
    assert result.fixed == b"S Facebook Twitter\nBody.\n"
    assert (result.applied, result.skipped) == (1, 1)


def test_identical_fixes_from_two_rules_are_one_edit(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"Body.\nAdvertisement\nEnd.\n")
    twice = delete_line(path, "Advertisement") * 2
    result = fix_file(path, twice, unsafe=False)
    assert result.fixed == b"Body.\nEnd.\n"
    assert (result.applied, result.skipped) == (2, 0)


def test_two_insertions_at_one_point_are_ambiguous(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"ab\n")
    article = articles(path)[0]
    hits = [Hit("x", 1, 1, Fix(1, 1, "X")), Hit("y", 1, 1, Fix(1, 1, "Y"))]
    findings = [stamp_hit(article, ACTIVE, h) for h in hits]
    result = fix_file(path, findings, unsafe=False)
    assert result.fixed == b"aXb\n" and result.skipped == 1


def test_fixing_is_idempotent(tmp_path: Path) -> None:
    original = b"---\r\ntitle: T\r\n---\r\nBody.\r\nAdvertisement\r\nMore.\r\nAdvertisement\r\n"
    path = write(tmp_path, "a.md", original)
    first = fix_file(path, delete_line(path, "Advertisement"), unsafe=False)
    assert first.applied == 2
    write_atomic(path, first.fixed)
    # A second run re-lints the fixed file: nothing left to fix, so nothing changes.
    again = delete_line(path, "Advertisement")
    assert again == []
    second = fix_file(path, again, unsafe=False)
    assert second.fixed == first.fixed and not second.changed


def test_stale_findings_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"Body.\nAdvertisement\nEnd.\n")
    findings = delete_line(path, "Advertisement")
    path.write_bytes(b"New first line.\nBody.\nAdvertisement\nEnd.\n")  # edited after linting
    with pytest.raises(FixError, match="lint again before fixing"):
        fix_file(path, findings, unsafe=False)


def test_undecodable_file_is_refused(tmp_path: Path) -> None:
    good = write(tmp_path, "a.txt", b"Body.\nAdvertisement\n")
    findings = delete_line(good, "Advertisement")
    good.write_bytes(b"Body.\n\xff\xfe\n")
    with pytest.raises(FixError, match="not valid UTF-8"):
        fix_file(good, findings, unsafe=False)


def test_no_fixable_findings_returns_the_bytes_unchanged(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"Body.\r\n")
    result = fix_file(path, [], unsafe=True)
    assert result.fixed is result.original and result.applied == 0


# --- JSONL ---------------------------------------------------------------------------------------


def jsonl_lines(*records: str, newline: str = "\n") -> bytes:
    return "".join(r + newline for r in records).encode("utf-8")


def test_jsonl_rewrites_only_the_text_of_records_with_fixes(tmp_path: Path) -> None:
    rec1 = '{"id": "r1", "text": "Body one.\\nAdvertisement\\nEnd.", "score": 1.50}'
    rec2 = '{"id":"r2","text":"Clean body.","tags":["a","b"]}'
    rec3 = '{"meta": {"k": [1, 2.0]},"text":"Advertisement\\nTwo.", "id":"r3",  "x":1e3}'
    path = write(tmp_path, "c.jsonl", jsonl_lines(rec1, rec2, rec3))
    findings = delete_line(path, "Advertisement")
    assert [f.line for f in findings] == [1, 3]
    lines = fixed(path, findings).decode("utf-8").split("\n")
    # other fields, their formatting (1.50, 1e3, odd spacing) and key order are untouched
    assert lines[0] == '{"id": "r1", "text": "Body one.\\nEnd.", "score": 1.50}'
    assert lines[1] == rec2
    assert lines[2] == '{"meta": {"k": [1, 2.0]},"text":"Two.", "id":"r3",  "x":1e3}'
    assert lines[3] == ""


def test_jsonl_keeps_ascii_escaping_style(tmp_path: Path) -> None:
    escaped = '{"text": "Caf\\u00e9  ouvert.", "id": 1}'
    raw = '{"text": "Café  ouvert.", "id": 2}'
    plain = '{"text": "Cafe  open.", "id": 3}'
    path = write(tmp_path, "c.jsonl", jsonl_lines(escaped, raw, plain))
    findings = replace_text(path, "  ", " ")
    lines = fixed(path, findings).decode("utf-8").split("\n")
    assert lines[:3] == [
        '{"text": "Caf\\u00e9 ouvert.", "id": 1}',
        '{"text": "Café ouvert.", "id": 2}',
        '{"text": "Cafe open.", "id": 3}',
    ]


def test_jsonl_non_ascii_replacement_in_ascii_line_is_written_raw(tmp_path: Path) -> None:
    path = write(tmp_path, "c.jsonl", jsonl_lines('{"text": "Caf\\u00c3\\u00a9 open."}'))
    # mojibake repair in a line that escaped non-ASCII: it stays escaped
    assert fixed(path, replace_text(path, "Ã©", "é")) == jsonl_lines('{"text": "Caf\\u00e9 open."}')
    path2 = write(tmp_path, "d.jsonl", jsonl_lines('{"text": "Cafe open."}'))
    assert fixed(path2, replace_text(path2, "Cafe", "Café")) == jsonl_lines(
        '{"text": "Café open."}'
    )


def test_jsonl_crlf_lines_bom_and_crlf_inside_text(tmp_path: Path) -> None:
    rec1 = '{"text": "Body.\\r\\nAdvertisement\\r\\nEnd."}'
    rec2 = '{"text": "Other."}'
    original = b"\xef\xbb\xbf" + jsonl_lines(rec1, rec2, newline="\r\n")
    path = write(tmp_path, "c.ndjson", original)
    result = fixed(path, delete_line(path, "Advertisement"))
    expected = b"\xef\xbb\xbf" + jsonl_lines('{"text": "Body.\\r\\nEnd."}', rec2, newline="\r\n")
    assert result == expected


def test_jsonl_blank_lines_keep_record_numbers(tmp_path: Path) -> None:
    original = jsonl_lines('{"text": "One."}', "", '{"text": "Two  spaces."}')
    path = write(tmp_path, "c.jsonl", original)
    findings = replace_text(path, "  ", " ")
    assert findings[0].line == 3
    assert fixed(path, findings) == jsonl_lines('{"text": "One."}', "", '{"text": "Two spaces."}')


def test_jsonl_custom_text_field_and_duplicate_keys(tmp_path: Path) -> None:
    # json.loads keeps the last duplicate; so do the reader and the fixer.
    line = '{"body": "old  one", "body": "Two  spaces.", "text": "not  this"}'
    path = write(tmp_path, "c.jsonl", jsonl_lines(line))
    (article,) = [
        a for a in read_path(path, fields=FieldMap(text="body")) if isinstance(a, Article)
    ]
    start = article.body.index("  ")
    finding = stamp_hit(article, ACTIVE, Hit("m", start, start + 2, Fix(start, start + 2, " ")))
    result = fix_file(path, [finding], unsafe=False, fields_text="body")
    assert result.fixed == jsonl_lines(
        '{"body": "old  one", "body": "Two spaces.", "text": "not  this"}'
    )


def test_gzip_jsonl_is_written_back_as_gzip(tmp_path: Path) -> None:
    data = jsonl_lines('{"text": "Body.\\nAdvertisement"}', '{"text": "Other."}')
    path = write(tmp_path, "c.jsonl.gz", gzip.compress(data, mtime=1_700_000_000))
    result = fix_file(path, delete_line(path, "Advertisement"), unsafe=False)
    assert result.fixed[:2] == b"\x1f\x8b"
    assert int.from_bytes(result.fixed[4:8], "little") == 1_700_000_000
    assert gzip.decompress(result.fixed) == jsonl_lines('{"text": "Body."}', '{"text": "Other."}')
    diff = unified_diff("c.jsonl.gz", result.original, result.fixed)
    assert '-{"text": "Body.\\nAdvertisement"}' in diff


def test_jsonl_record_level_findings_are_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "c.jsonl", jsonl_lines('{"text": "Body."}'))
    record_level = Finding(
        "c.jsonl", 1, 1, 1, 1, "NL299", "test-fix", Severity.WARNING, "m", fix=Fix(0, 1, "")
    )
    result = fix_file(path, [record_level], unsafe=False)
    assert (result.applied, result.skipped, result.changed) == (0, 1, False)


# --- writing and diffs ---------------------------------------------------------------------------


def test_write_atomic_keeps_mode_and_leaves_no_temp_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"old\n")
    os.chmod(path, 0o604)
    write_atomic(path, b"new\n", root=tmp_path)
    assert path.read_bytes() == b"new\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o604
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_write_atomic_through_symlink_inside_root(tmp_path: Path) -> None:
    target = write(tmp_path, "real.txt", b"old\n")
    link = tmp_path / "link.txt"
    link.symlink_to("real.txt")
    write_atomic(link, b"new\n", root=tmp_path)
    assert link.is_symlink() and target.read_bytes() == b"new\n"


@pytest.mark.parametrize("via", ["file-link", "dir-link"])
def test_write_atomic_refuses_symlink_out_of_root(tmp_path: Path, via: str) -> None:
    root, outside = tmp_path / "corpus", tmp_path / "elsewhere"
    root.mkdir()
    outside.mkdir()
    secret = write(outside, "secret.txt", b"do not touch\n")
    if via == "file-link":
        path = root / "a.txt"
        path.symlink_to(secret)
    else:
        (root / "sub").symlink_to(outside, target_is_directory=True)
        path = root / "sub" / "secret.txt"
    with pytest.raises(FixError, match="outside the linted tree"):
        write_atomic(path, b"overwritten\n", root=root)
    assert secret.read_bytes() == b"do not touch\n"
    assert sorted(p.name for p in outside.iterdir()) == ["secret.txt"]


def test_unified_diff_shows_removed_line_and_missing_final_newline(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"Body.\nAdvertisement\nEnd.")
    result = fix_file(path, delete_line(path, "Advertisement"), unsafe=False)
    diff = unified_diff("news/a.txt", result.original, result.fixed)
    assert diff.splitlines() == [
        "--- a/news/a.txt",
        "+++ b/news/a.txt",
        "@@ -1,3 +1,2 @@",
        " Body.",
        "-Advertisement",
        " End.",
        "\\ No newline at end of file",
    ]
    assert unified_diff("x", b"same\n", b"same\n") == ""


def test_written_file_reads_back_to_the_fixed_body(tmp_path: Path) -> None:
    original = FRONT + b"Body.\r\nAdvertisement\r\nEnd.\r\n"
    path = write(tmp_path, "a.md", original)
    result = fix_file(path, delete_line(path, "Advertisement"), unsafe=False)
    write_atomic(path, result.fixed, root=tmp_path)
    (article,) = articles(path)
    assert article.body == "Body.\nEnd.\n" and article.title == "Harbour budget"
    assert json.loads(json.dumps(article.body)) == "Body.\nEnd.\n"


def test_overlapping_deletions_merge_so_one_pass_is_enough(tmp_path: Path) -> None:
    """Deleting two one-line paragraphs at the end takes both lines and the gap in one pass."""
    from newslint.article import Article
    from newslint.fixer import fix_file
    from newslint.runner import ActiveRule, lint_article
    from tests.conftest import all_rules

    text = (
        "The council met on Tuesday.\n\nLeave a comment\n\n"
        "Your email address will not be published."
    )
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    rule = all_rules()["NL202"]
    findings = lint_article(
        Article.from_text(text, path=str(path)),
        [ActiveRule(rule, rule.meta.options(), rule.meta.severity)],
    )
    assert len(findings) == 2
    result = fix_file(path, findings, unsafe=False)
    # the blank line after the kept paragraph stays; both furniture lines and the gap between
    # them go in one pass, so a second --fix has nothing left to do
    assert result.fixed == b"The council met on Tuesday.\n\n"
    assert result.applied == 2
