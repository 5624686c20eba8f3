"""CorpusIndex: round trip, stale and corrupt files, untrusted rows, the pre-commit flow."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

import pytest

import newslint
from newslint.article import ArticleRef
from newslint.corpus.index import (
    INDEX_NAME,
    CorpusIndex,
    corpus_order,
    dump_key,
    load_key,
    merge_entries,
    rule_fingerprint,
)
from newslint.corpus.shared_paragraph import SharedParagraphOptions
from tests.corpus import RULES, article, make_text

FP = "fp1"


def open_index(directory: Path, fingerprint: str = FP) -> CorpusIndex:
    index, warning = CorpusIndex.open(directory, fingerprint)
    assert warning is None
    return index


def refs(entries: list[tuple[ArticleRef, object]]) -> list[tuple[str, int | None]]:
    return [(r.path, r.record) for r, _ in entries]


def test_round_trip_order_exclusion_and_replacement(tmp_path: Path) -> None:
    with open_index(tmp_path) as index:
        with index.transaction():
            index.upsert(
                "b.jsonl",
                "h1",
                [
                    ("NL501", ArticleRef("b.jsonl", 1, "x", 0), 11),
                    ("NL501", ArticleRef("b.jsonl", 2, None, 0), None),  # skipped
                    ("NL501", ArticleRef("b.jsonl", 3, "z", 0), 13),
                    ("NL503", ArticleRef("b.jsonl", 1, "x", 0), b"\x00\x01"),
                ],
            )
            index.upsert("a.md", "h2", [("NL501", ArticleRef("a.md", None, None, 4), (1, b"k"))])
        assert index.known("a.md", "h2") and not index.known("a.md", "other")
        assert not index.known("c.txt", "h2")
        got = list(index.entries("NL501"))
        assert got == [
            (ArticleRef("a.md", None, None, 4), (1, b"k")),
            (ArticleRef("b.jsonl", 1, "x", 0), 11),
            (ArticleRef("b.jsonl", 3, "z", 0), 13),
        ]
        assert refs(list(index.entries("NL501", {"a.md"}))) == [("b.jsonl", 1), ("b.jsonl", 3)]
        assert list(index.entries("NL503")) == [(ArticleRef("b.jsonl", 1, "x", 0), b"\x00\x01")]
        index.upsert("b.jsonl", "h3", [("NL501", ArticleRef("b.jsonl", 5, None, 0), 15)])
        assert refs(list(index.entries("NL501"))) == [("a.md", None), ("b.jsonl", 5)]
        assert list(index.entries("NL503")) == []
        assert index.prune({"a.md"}) == 1
        assert index.paths() == {"a.md"}
    with open_index(tmp_path) as again:  # persisted
        assert again.known("a.md", "h2")


def test_other_rule_options_empty_the_index(tmp_path: Path) -> None:
    with open_index(tmp_path) as index:
        index.upsert("a.txt", "h", [("NL501", ArticleRef("a.txt"), 1)])
    index, warning = CorpusIndex.open(tmp_path, "fp2")
    with index:
        assert warning is not None and "rule options fp1" in warning
        assert "newslint index" in warning
        assert index.paths() == set()


def test_other_newslint_version_empties_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_index(tmp_path) as index:
        index.upsert("a.txt", "h", [("NL501", ArticleRef("a.txt"), 1)])
    monkeypatch.setattr("newslint.corpus.index.__version__", newslint.__version__ + ".post1")
    index, warning = CorpusIndex.open(tmp_path, FP)
    with index:
        assert warning is not None and "newslint " + newslint.__version__ in warning
        assert not index.known("a.txt", "h")


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"this is not a database" * 100, id="garbage"),
        pytest.param(b"", id="empty-file"),  # SQLite opens it as an empty database: not ours
        pytest.param(None, id="foreign-sqlite"),
    ],
)
def test_corrupt_file_is_moved_aside_and_rebuilt(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / INDEX_NAME
    if content is None:
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE t (x)")
        db.commit()
        db.close()
    else:
        path.write_bytes(content)
    index, warning = CorpusIndex.open(tmp_path, FP)
    with index:
        assert index.paths() == set()
        assert (tmp_path / (INDEX_NAME + ".corrupt")).exists()
        assert warning is not None and "newslint index" in warning
        index.upsert("a.txt", "h", [("NL501", ArticleRef("a.txt"), 1)])
    with open_index(tmp_path) as index:
        assert index.known("a.txt", "h")


def test_rows_with_code_are_refused_and_their_file_forgotten(tmp_path: Path) -> None:
    with open_index(tmp_path) as index:
        index.upsert("bad.txt", "h", [("NL501", ArticleRef("bad.txt"), 1)])
        index.upsert("good.txt", "h", [("NL501", ArticleRef("good.txt"), 2)])
        evil = pickle.dumps(ArticleRef("x"))  # any global (here a class) must be refused
        index._db.execute("UPDATE entries SET key = ? WHERE path = 'bad.txt'", (evil,))
        index._db.commit()
        assert list(index.entries("NL501")) == [(ArticleRef("good.txt"), 2)]
        assert "re-indexed" in index.warnings[0]
        assert index.paths() == {"good.txt"}


def test_key_codec_round_trips_plain_data() -> None:
    for key in (1, 2**63 + 5, b"\x00" * 9, ("Name\nOther", b"\x01"), None):
        assert load_key(dump_key(key)) == key


def test_fingerprint_depends_on_codes_and_options_not_order() -> None:
    a = rule_fingerprint([("NL503", SharedParagraphOptions()), ("NL501", {})])
    b = rule_fingerprint([("NL501", {}), ("NL503", SharedParagraphOptions())])
    c = rule_fingerprint([("NL501", {}), ("NL503", SharedParagraphOptions(min_chars=50))])
    assert a == b != c


def test_merge_entries_is_corpus_order() -> None:
    run = [(ArticleRef("b.txt"), 2), (ArticleRef("a-b/c.txt"), 1)]
    indexed = [(ArticleRef("a.jsonl", 2), 0), (ArticleRef("a/b.txt"), 3), (ArticleRef("c.txt"), 4)]
    merged = merge_entries(run, indexed)
    assert [r.path for r, _ in merged] == ["a-b/c.txt", "a.jsonl", "a/b.txt", "b.txt", "c.txt"]
    assert merged == sorted(merged, key=lambda e: corpus_order(e[0]))


def test_pre_commit_flow_finds_a_copy_of_an_indexed_article(tmp_path: Path) -> None:
    """`newslint index` over the corpus, then `check` of one changed file (runner simulated)."""
    corpus = {f"{i}.txt": make_text(i) for i in range(4)}
    rules = [RULES["NL501"], RULES["NL503"]]
    options = {r.meta.code: r.meta.options() for r in rules}
    fp = rule_fingerprint(options.items())
    with open_index(tmp_path, fp) as index, index.transaction():
        for path, text in corpus.items():
            a = article(text, path)
            index.upsert(
                path,
                str(hash(text)),
                [(r.meta.code, a.ref, r.key(a, options[r.meta.code])) for r in rules],
            )
    changed = article(corpus["1.txt"], "new.txt")  # a copy of an old article, staged alone
    run_paths = {"new.txt"}
    with open_index(tmp_path, fp) as index:
        found = []
        for r in rules:
            opts = options[r.meta.code]
            entries = merge_entries(
                [(changed.ref, r.key(changed, opts))], index.entries(r.meta.code, run_paths)
            )
            found += [h for h in r.reduce(entries, opts) if h.ref.path in run_paths]
    assert [(h.ref.path, h.message) for h in found] == [("new.txt", "duplicate of 1.txt")]


def test_upserts_are_committed_on_close(tmp_path: Path) -> None:
    index = open_index(tmp_path)
    index.upsert("a.txt", "h", [("NL501", ArticleRef("a.txt"), 1)])
    index.close()
    with open_index(tmp_path) as again:
        assert again.known("a.txt", "h")
        assert list(again.entries("NL501")) == [(ArticleRef("a.txt"), 1)]


def test_a_locked_index_is_not_mistaken_for_a_corrupt_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_index(tmp_path).close()
    monkeypatch.setattr("newslint.corpus.index._BUSY_SECONDS", 0.1)
    writer = sqlite3.connect(tmp_path / INDEX_NAME)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            CorpusIndex.open(tmp_path, FP)
    finally:
        writer.rollback()
        writer.close()
    assert not (tmp_path / (INDEX_NAME + ".corrupt")).exists()
    open_index(tmp_path).close()


def test_bytes_and_int_keys_are_stored_raw_and_others_pickled() -> None:
    assert dump_key(b"abc") == b"\x01abc"
    assert dump_key(2**64 - 1) == b"\x02" + b"\xff" * 8
    assert dump_key(-1)[:1] == b"\x80" and load_key(dump_key(-1)) == -1
    assert dump_key(("a", b"b"))[:1] == b"\x80"
    with pytest.raises(ValueError):
        load_key(b"\x02\x01")
