"""Readers: text, Markdown front matter and JSONL[.gz] files become Articles or InputProblems."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import time
from pathlib import Path

import pytest

from newslint.article import Article
from newslint.finding import InputProblem
from newslint.readers import (
    FieldMap,
    content_hash,
    kind_for,
    parse_date,
    read_bytes,
    read_jsonl_range,
    read_path,
)
from tests.conftest import FIXTURES

INPUTS = FIXTURES / "inputs"

Item = Article | InputProblem


def read(path: Path, **kwargs: object) -> list[Item]:
    return list(read_path(path, display_path=path.name, **kwargs))  # type: ignore[arg-type]


def only_article(items: list[Item]) -> Article:
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items
    return items[0]


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def problems(items: list[Item]) -> list[tuple[str, int, int, str | None]]:
    return [(p.code, p.line, p.column, p.record_id) for p in items if isinstance(p, InputProblem)]


def articles(items: list[Item]) -> list[Article]:
    return [a for a in items if isinstance(a, Article)]


# --- kind_for and content_hash ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.txt", "text"),
        ("A.TXT", "text"),
        ("a.md", "markdown"),
        ("a.markdown", "markdown"),
        ("a.jsonl", "jsonl"),
        ("a.ndjson", "jsonl"),
        ("a.jsonl.gz", "jsonl"),
        ("a.ndjson.gz", "jsonl"),
        ("dir.d/a.jsonl", "jsonl"),
        ("a.txt.gz", None),
        ("a.json", None),
        ("README", None),
    ],
    ids=lambda v: str(v),
)
def test_kind_for(name: str, kind: str | None) -> None:
    assert kind_for(name) == kind
    assert kind_for(Path(name)) == kind


def test_content_hash_is_blake2b_hex() -> None:
    assert content_hash(b"abc") == hashlib.blake2b(b"abc").hexdigest()
    assert content_hash(b"abc") != content_hash(b"abd")


# --- plain text ---------------------------------------------------------------------------------


def test_txt_blank_line_paragraphs() -> None:
    article = only_article(read(INPUTS / "blank-paragraphs.txt"))
    assert article.path == "blank-paragraphs.txt"
    assert article.paragraph_style == "blank"
    assert [p.line for p in article.paragraphs] == [1, 4, 7]
    assert article.body_line_offset == 0
    assert article.record is None
    assert article.title is None
    assert article.meta == {}


def test_txt_one_paragraph_per_line() -> None:
    article = only_article(read(INPUTS / "line-paragraphs.txt"))
    assert article.paragraph_style == "line"
    assert [p.line for p in article.paragraphs] == [1, 2, 3, 4]
    assert article.body.endswith("leaves at nine.\n")


def test_display_path_defaults_to_str_of_path() -> None:
    path = INPUTS / "line-paragraphs.txt"
    (article,) = read_path(path)
    assert isinstance(article, Article)
    assert article.path == str(path)


def test_bom_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbfFirst line.\nSecond line.\n")
    article = only_article(read(path))
    assert article.body == "First line.\nSecond line.\n"
    assert article.line_col(article.body.index("Second")) == (2, 1)


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_crlf_and_cr_become_lf(tmp_path: Path, newline: str) -> None:
    text = newline.join(["Alpha line.", "", "Beta gamma delta.", ""])
    article = only_article(read(write(tmp_path, "nl.txt", text)))
    assert article.body == "Alpha line.\n\nBeta gamma delta.\n"
    assert article.line_col(article.body.index("gamma")) == (3, 6)


def test_empty_file_gives_empty_article(tmp_path: Path) -> None:
    article = only_article(read(write(tmp_path, "empty.txt", b"")))
    assert article.body == ""
    assert article.path == "empty.txt"


def test_unknown_extension_is_read_as_text(tmp_path: Path) -> None:
    article = only_article(read(write(tmp_path, "NOTES", "---\ntitle: Hi\n---\nBody.\n")))
    assert (article.title, article.body, article.body_line_offset) == ("Hi", "Body.\n", 3)


def test_ten_megabyte_single_line_reads_quickly(tmp_path: Path) -> None:
    line = "word " * (2 * 1024 * 1024)  # 10 MiB, no newline at all
    path = write(tmp_path, "huge.txt", line)
    start = time.perf_counter()
    article = only_article(read(path))
    elapsed = time.perf_counter() - start
    assert len(article.body) == len(line)
    assert elapsed < 1.0, f"reading a 10 MiB line took {elapsed:.2f}s"


def test_huge_single_line_starting_with_dashes(tmp_path: Path) -> None:
    # `---` without a closing line: no front matter, whole file is the body
    path = write(tmp_path, "dashes.txt", "---\n" + "x" * (10 * 1024 * 1024))
    start = time.perf_counter()
    article = only_article(read(path))
    assert time.perf_counter() - start < 1.0
    assert article.body_line_offset == 0
    assert len(article.body) == 4 + 10 * 1024 * 1024


# --- undecodable and unreadable files ------------------------------------------------------------


def test_binary_file_is_nl901(tmp_path: Path) -> None:
    path = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    items = read(path)
    assert problems(items) == [("NL901", 1, 1, None)]
    assert isinstance(items[0], InputProblem)
    assert items[0].message == "binary file (NUL byte at byte 8)"
    assert items[0].path == "image.txt"


def test_latin1_file_reports_byte_offset_and_line(tmp_path: Path) -> None:
    data = "First line.\nSecond line.\nCaf\xe9 owners protest.\n".encode("latin-1")
    items = read(write(tmp_path, "latin1.md", data))
    assert problems(items) == [("NL901", 3, 4, None)]
    assert isinstance(items[0], InputProblem)
    assert items[0].message == ("not valid UTF-8 at byte 28 (line 3); re-encode the file as UTF-8")
    assert data[28] == 0xE9


def test_utf16_file_is_named(tmp_path: Path) -> None:
    items = read(write(tmp_path, "utf16.txt", "Hello.\n".encode("utf-16")))
    assert problems(items) == [("NL901", 1, 1, None)]
    assert isinstance(items[0], InputProblem)
    assert "UTF-16" in items[0].message


def test_missing_file_is_nl901_not_an_exception(tmp_path: Path) -> None:
    items = list(read_path(tmp_path / "gone.txt", display_path="gone.txt"))
    assert problems(items) == [("NL901", 1, 1, None)]
    assert isinstance(items[0], InputProblem)
    assert items[0].message == "cannot read file: No such file or directory"


def test_permission_error_is_nl901(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "secret.txt", "text")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    # NOTE: simulated, because chmod 000 does not stop root (CI containers often run as root)
    monkeypatch.setattr(Path, "read_bytes", denied)
    items = read(path)
    assert problems(items) == [("NL901", 1, 1, None)]
    assert isinstance(items[0], InputProblem)
    assert items[0].message == "cannot read file: Permission denied"


def test_directory_is_nl901(tmp_path: Path) -> None:
    (tmp_path / "d.txt").mkdir()
    items = read(tmp_path / "d.txt")
    assert problems(items) == [("NL901", 1, 1, None)]


# --- front matter -------------------------------------------------------------------------------


def test_front_matter_fields_meta_and_offset() -> None:
    article = only_article(read(INPUTS / "front-matter.md"))
    assert article.title == "Harbour board adds evening ferries"
    assert article.date == dt.date(2024, 4, 2)
    assert article.url == "https://news.example/harbour-ferries"
    assert article.language == "en"
    assert article.source == "Example Gazette"
    assert article.id == "hb-0042"
    assert article.ignore == frozenset({"NL401", "repeated-line"})
    assert article.meta["desk"] == "local"
    assert article.meta["tags"] == ["transport", "harbour"]
    assert article.meta["date"] == dt.date(2024, 4, 2)
    assert set(article.meta) == {
        "title", "date", "url", "language", "source", "id", "newslint_ignore", "desk", "tags"
    }  # fmt: skip
    assert article.body_line_offset == 11
    assert article.body.startswith("The harbour board added")
    assert article.record is None


def test_four_front_matter_lines_put_body_line_1_on_file_line_5(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\ntitle: T\ndate: 2024-01-02\n---\nBody text here.\n")
    article = only_article(read(path))
    assert article.body_line_offset == 4
    line, _ = article.line_col(article.body.index("text"))
    assert line + article.body_line_offset == 5


def test_txt_with_front_matter_and_crlf(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "---\r\ntitle: Windows\r\n---\r\nBody one.\r\nBody two.\r\n")
    article = only_article(read(path))
    assert article.title == "Windows"
    assert article.body == "Body one.\nBody two.\n"
    assert article.body_line_offset == 3


def test_front_matter_closed_with_dots(tmp_path: Path) -> None:
    article = only_article(read(write(tmp_path, "a.md", "---\ntitle: Dots\n...\nBody.\n")))
    assert (article.title, article.body, article.body_line_offset) == ("Dots", "Body.\n", 3)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("---\ntitle: Only\n---\n", 3),
        ("---\ntitle: Only\n---", 3),
    ],
    ids=["trailing-newline", "no-trailing-newline"],
)
def test_only_front_matter_gives_empty_body(tmp_path: Path, text: str, offset: int) -> None:
    article = only_article(read(write(tmp_path, "a.md", text)))
    assert (article.title, article.body, article.body_line_offset) == ("Only", "", offset)


def test_empty_front_matter_is_fine(tmp_path: Path) -> None:
    items = read(write(tmp_path, "a.md", "---\n---\nBody.\n"))
    article = only_article(items)
    assert (article.meta, article.body, article.body_line_offset) == ({}, "Body.\n", 2)


def test_unclosed_front_matter_is_all_body(tmp_path: Path) -> None:
    text = "---\ntitle: Never closed\n\nBody.\n"
    article = only_article(read(write(tmp_path, "a.md", text)))
    assert article.body == text
    assert article.title is None
    assert article.body_line_offset == 0


def test_dashes_later_in_file_are_not_front_matter(tmp_path: Path) -> None:
    text = "Body first.\n---\ntitle: x\n---\n"
    article = only_article(read(write(tmp_path, "a.md", text)))
    assert (article.body, article.title) == (text, None)


def test_invalid_yaml_front_matter_is_nl902_plus_article(tmp_path: Path) -> None:
    text = "---\ntitle: Fine\ntags: [one, two\ndate: 2024-01-01\n---\nBody line.\n"
    items = read(write(tmp_path, "bad.md", text))
    assert problems(items) == [("NL902", 4, 5, None)]
    problem = items[0]
    assert isinstance(problem, InputProblem)
    assert problem.path == "bad.md"
    assert problem.message.startswith("front matter is not valid YAML: ")
    assert problem.message.endswith("(line 4)")
    (article,) = articles(items)
    assert (article.body, article.body_line_offset) == ("Body line.\n", 5)
    assert (article.title, article.date, article.meta) == (None, None, {})


def test_duplicate_key_is_nl902(tmp_path: Path) -> None:
    items = read(write(tmp_path, "dup.md", "---\ntitle: A\ntitle: B\n---\nBody.\n"))
    assert problems(items) == [("NL902", 3, 1, None)]
    assert len(articles(items)) == 1


@pytest.mark.parametrize(
    ("block", "got"),
    [("- a\n- b\n", "a list"), ("just a sentence\n", "a string")],
    ids=["list", "scalar"],
)
def test_non_mapping_front_matter_is_nl902(tmp_path: Path, block: str, got: str) -> None:
    items = read(write(tmp_path, "a.md", f"---\n{block}---\nBody.\n"))
    assert problems(items) == [("NL902", 2, 1, None)]
    assert isinstance(items[0], InputProblem)
    assert items[0].message == (
        f"front matter is not valid YAML: expected a mapping of keys to values, got {got} (line 2)"
    )
    assert [a.body for a in articles(items)] == ["Body.\n"]


def test_yaml_is_safe_mode(tmp_path: Path) -> None:
    block = "title: !!python/object/apply:os.system ['true']\n"
    items = read(write(tmp_path, "evil.md", f"---\n{block}---\nBody.\n"))
    assert [p[0] for p in problems(items)] == ["NL902"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-04-19", dt.date(2019, 4, 19)),
        ("'2019-04-19'", dt.date(2019, 4, 19)),
        ("2019-04-19T10:00:00Z", dt.date(2019, 4, 19)),
        ("2019-04-19T23:30:00-05:00", dt.date(2019, 4, 19)),
        ("2019-04-19 10:00", dt.date(2019, 4, 19)),
        ("April 19, 2019", dt.date(2019, 4, 19)),
        ("Apr 19 2019", dt.date(2019, 4, 19)),
        ("19 April 2019", dt.date(2019, 4, 19)),
        ("19th April 2019", dt.date(2019, 4, 19)),
        ("Friday, April 19, 2019", dt.date(2019, 4, 19)),
        ("Sept 3, 2019", dt.date(2019, 9, 3)),
        ("'Sat, 06 May 2017 10:00:00 +0000'", dt.date(2017, 5, 6)),
        ("2019/04/19", dt.date(2019, 4, 19)),
        ("2019-02-30", None),
        ("Smarch 19, 2019", None),
        ("last Tuesday", None),
        ("2019", None),
    ],
    ids=lambda v: str(v),
)
def test_front_matter_date_forms(tmp_path: Path, value: str, expected: dt.date | None) -> None:
    items = read(write(tmp_path, "d.md", f"---\ndate: {value}\n---\nBody.\n"))
    article = only_article(items)
    assert article.date == expected
    assert "date" in article.meta


def test_unparseable_date_keeps_raw_value_in_meta(tmp_path: Path) -> None:
    article = only_article(read(write(tmp_path, "d.md", "---\ndate: 2019-02-30\n---\nB.\n")))
    assert (article.date, article.meta["date"]) == (None, "2019-02-30")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("[NL401, NL3]", {"NL401", "NL3"}),
        ("NL401", {"NL401"}),
        ("'NL401, repeated-line'", {"NL401", "repeated-line"}),
        ("all", {"all"}),
        ("[]", set()),
    ],
    ids=["list", "single", "comma-separated", "all", "empty-list"],
)
def test_newslint_ignore_forms(tmp_path: Path, value: str, expected: set[str]) -> None:
    text = f"---\nnewslint_ignore: {value}\n---\nBody.\n"
    article = only_article(read(write(tmp_path, "i.md", text)))
    assert article.ignore == frozenset(expected)


def test_non_string_scalars_become_strings(tmp_path: Path) -> None:
    text = "---\nid: 1234\ntitle: 2024\nurl: [not, a, url]\n---\nBody.\n"
    article = only_article(read(write(tmp_path, "s.md", text)))
    assert (article.id, article.title, article.url) == ("1234", "2024", None)


def test_field_map_applies_to_front_matter(tmp_path: Path) -> None:
    text = "---\nheadline: Renamed\npublished: 2024-02-03\n---\nBody.\n"
    fields = FieldMap(title="headline", date="published")
    article = only_article(read(write(tmp_path, "f.md", text), fields=fields))
    assert (article.title, article.date) == ("Renamed", dt.date(2024, 2, 3))


def test_parse_date_accepts_date_objects() -> None:
    assert parse_date(dt.datetime(2020, 1, 2, 23, 59)) == dt.date(2020, 1, 2)
    assert parse_date(dt.date(2020, 1, 2)) == dt.date(2020, 1, 2)
    assert parse_date(20200102) is None


# --- JSONL ---------------------------------------------------------------------------------------


def test_jsonl_fixture_records_and_problems() -> None:
    items = read(INPUTS / "records.jsonl")
    assert problems(items) == [
        ("NL902", 4, 40, None),
        ("NL902", 5, 1, None),
        ("NL902", 6, 1, "r5"),
        ("NL902", 7, 1, "r6"),
    ]
    by_line = {a.record: a for a in articles(items)}
    assert sorted(by_line) == [1, 3, 8]
    first = by_line[1]
    assert first.id == "r1"
    assert first.title == "Bridge reopens"
    assert first.date == dt.date(2024, 5, 1)
    assert first.source == "Example Wire"
    assert first.body == "The bridge reopened on Wednesday.\nTraffic was light."
    assert first.meta == {
        "id": "r1",
        "title": "Bridge reopens",
        "date": "2024-05-01",
        "source": "Example Wire",
    }
    assert first.path == "records.jsonl"
    assert first.ref.label == "records.jsonl:1 (id r1)"
    second = by_line[3]
    assert (second.id, second.language) == ("7", "de")
    assert second.ignore == frozenset({"NL401", "NL5"})
    third = by_line[8]
    assert third.body == "Windows line\nendings\nand a lone CR."
    assert third.date == dt.date(2024, 5, 3)
    assert third.line_col(third.body.index("and")) == (3, 1)


def test_jsonl_problem_messages() -> None:
    messages = {
        p.line: p.message for p in read(INPUTS / "records.jsonl") if isinstance(p, InputProblem)
    }
    assert messages == {
        4: "invalid JSON: Expecting ',' delimiter (column 40)",
        5: "record is not a JSON object (got array)",
        6: "record has no 'text' field",
        7: "field 'text' is not a string (got number)",
    }


def test_jsonl_items_come_in_file_order() -> None:
    lines = [
        item.record if isinstance(item, Article) else item.line
        for item in read(INPUTS / "records.jsonl")
    ]
    assert lines == [1, 3, 4, 5, 6, 7, 8]


def test_jsonl_blank_and_whitespace_lines_are_skipped(tmp_path: Path) -> None:
    data = b'\n  \n{"text": "a"}\r\n\t\n{"text": "b"}'
    items = read(write(tmp_path, "b.jsonl", data))
    assert [(a.record, a.body) for a in articles(items)] == [(3, "a"), (5, "b")]
    assert problems(items) == []


def test_jsonl_bom_on_first_line(tmp_path: Path) -> None:
    items = read(write(tmp_path, "bom.jsonl", b'\xef\xbb\xbf{"text": "x"}\n'))
    assert [(a.record, a.body) for a in articles(items)] == [(1, "x")]


def test_jsonl_bad_utf8_line(tmp_path: Path) -> None:
    data = b'{"text": "ok"}\n{"id": "q", "text": "caf\xe9"}\n{"text": "after"}\n'
    items = read(write(tmp_path, "u.jsonl", data))
    assert problems(items) == [("NL902", 2, 25, None)]
    problem = items[1]
    assert isinstance(problem, InputProblem)
    assert problem.message == (
        "record is not valid UTF-8 at byte 24 of the line; re-encode it as UTF-8"
    )
    assert [a.record for a in articles(items)] == [1, 3]


def test_jsonl_oversized_line_is_skipped(tmp_path: Path) -> None:
    big = json.dumps({"id": "big", "text": "x" * 5000})
    data = f'{{"text": "before"}}\n{big}\n{{"text": "after"}}\n'
    items = read(write(tmp_path, "o.jsonl", data), max_record_bytes=1000)
    assert problems(items) == [("NL902", 2, 1, None)]
    problem = items[1]
    assert isinstance(problem, InputProblem)
    assert problem.message == (
        f"record is {len(big) + 1} bytes, longer than max_record_bytes (1000); skipped"
    )
    assert [(a.record, a.body) for a in articles(items)] == [(1, "before"), (3, "after")]


def test_jsonl_oversized_last_line_without_newline(tmp_path: Path) -> None:
    data = '{"text": "before"}\n' + json.dumps({"text": "y" * 3000})
    items = read(write(tmp_path, "o.jsonl", data), max_record_bytes=1000)
    assert problems(items) == [("NL902", 2, 1, None)]


def test_jsonl_line_exactly_at_the_cap_is_read(tmp_path: Path) -> None:
    record = '{"text": "' + "z" * 80 + '"}'
    items = read(write(tmp_path, "c.jsonl", record + "\n"), max_record_bytes=len(record))
    assert [len(a.body) for a in articles(items)] == [80]


def test_jsonl_custom_field_map(tmp_path: Path) -> None:
    record = {"doc_id": 9, "content": "Body.", "headline": "H", "published": "3 May 2024"}
    fields = FieldMap(text="content", id="doc_id", title="headline", date="published")
    items = read(write(tmp_path, "f.jsonl", json.dumps(record) + "\n"), fields=fields)
    (article,) = articles(items)
    assert (article.id, article.title, article.date, article.body) == (
        "9",
        "H",
        dt.date(2024, 5, 3),
        "Body.",
    )
    assert "content" not in article.meta
    missing = read(write(tmp_path, "g.jsonl", '{"doc_id": "d1", "text": "x"}\n'), fields=fields)
    assert problems(missing) == [("NL902", 1, 1, "d1")]


def test_jsonl_gzip(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl.gz"
    with gzip.open(path, "wb") as fh:
        fh.write(b'{"id": "g1", "text": "one"}\n\n{"id": "g2", "text": "two"}\n')
    items = read(path)
    assert [(a.record, a.id, a.body) for a in articles(items)] == [
        (1, "g1", "one"),
        (3, "g2", "two"),
    ]
    assert problems(items) == []


def test_jsonl_truncated_gzip_yields_records_then_nl901(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"n{i}", "text": f"record {i} " + "w" * 200}) for i in range(300)]
    blob = gzip.compress(("\n".join(lines) + "\n").encode())
    path = write(tmp_path, "t.jsonl.gz", blob[: len(blob) // 2])
    items = read(path)
    got = articles(items)
    assert len(got) > 10
    assert [a.record for a in got] == list(range(1, len(got) + 1))
    assert problems(items) == [("NL901", len(got) + 1, 1, None)]
    last = items[-1]
    assert isinstance(last, InputProblem)
    assert last.message.startswith(f"gzip stream is corrupt or truncated at line {len(got) + 1}")


def test_jsonl_not_really_gzip_is_nl901(tmp_path: Path) -> None:
    items = read(write(tmp_path, "p.jsonl.gz", '{"text": "plain"}\n'))
    assert problems(items) == [("NL901", 1, 1, None)]


def test_jsonl_binary_file_is_one_nl901(tmp_path: Path) -> None:
    items = read(write(tmp_path, "b.jsonl", b"\x00\x01\x02\n\x00\x00\n\x03\n"))
    assert problems(items) == [("NL901", 1, 1, None)]


def test_jsonl_missing_file_is_nl901(tmp_path: Path) -> None:
    items = list(read_path(tmp_path / "none.jsonl", display_path="none.jsonl"))
    assert problems(items) == [("NL901", 1, 1, None)]


def test_jsonl_range_reads_only_its_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"t{i}"}) + "\n" for i in range(1, 7)]
    path = write(tmp_path, "r.jsonl", "".join(lines))
    start = len("".join(lines[:2]))
    end = len("".join(lines[:4]))
    items = list(read_jsonl_range(path, "r.jsonl", start, end, 3))
    assert [(a.record, a.body) for a in articles(items)] == [(3, "t3"), (4, "t4")]


# --- read_bytes (stdin) -------------------------------------------------------------------------


def test_read_bytes_markdown() -> None:
    items = list(read_bytes(b"---\ntitle: In\n---\nBody.\n", "stdin.md", "markdown"))
    article = only_article(items)
    assert (article.path, article.title, article.body_line_offset) == ("stdin.md", "In", 3)


def test_read_bytes_jsonl_plain_and_gzip() -> None:
    data = b'{"text": "a"}\n{"text": "b"}\n'
    for blob in (data, gzip.compress(data)):
        items = list(read_bytes(blob, "-", "jsonl"))
        assert [(a.path, a.record, a.body) for a in articles(items)] == [
            ("-", 1, "a"),
            ("-", 2, "b"),
        ]


def test_read_bytes_bad_utf8_text() -> None:
    items = list(read_bytes(b"ok\n\xff\n", "stdin.txt", "text"))
    assert problems(items) == [("NL901", 2, 1, None)]


def test_readers_module_does_not_import_yaml_eagerly() -> None:
    import subprocess
    import sys

    code = "import sys, newslint.readers; print('ruamel.yaml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
