"""Compact key columns of the map step (corpus._columns) read back as (ref, key) pairs."""

from __future__ import annotations

import pickle

from newslint.article import ArticleRef
from newslint.corpus._columns import CorpusView, KeyColumn, RefColumn, iter_keys

REFS = [
    ArticleRef("a.jsonl", 1, "id-1", 0),
    ArticleRef("a.jsonl", 2, None, 3),
    ArticleRef("b.txt", None, None, 0),
    ArticleRef("a.jsonl", 5, "ïd-5", 0),
]


def _column(keys: list[object]) -> KeyColumn:
    refs = RefColumn()
    column = KeyColumn(refs)
    for ref, key in zip(REFS, keys, strict=True):
        row = refs.append(ref)
        if key is not None:
            column.append(row, key)
    return column


def test_refs_round_trip() -> None:
    refs = RefColumn()
    rows = [refs.append(r) for r in REFS]
    assert [refs.ref(r) for r in rows] == REFS
    again = pickle.loads(pickle.dumps(refs))
    assert [again.ref(r) for r in rows] == REFS
    again.append(ArticleRef("c.txt"))
    assert again.ref(4) == ArticleRef("c.txt")


def test_key_kinds_round_trip_and_pickle() -> None:
    cases: list[list[object]] = [
        [b"one", b"", None, b"four"],
        [1, 2**64 - 1, None, 0],
        [("x", b"y"), None, ("z", b""), ("w", b"v")],
        [b"bytes", 7, None, ("mixed", b"")],  # mixed types fall back to a list
        [-1, None, 5, 6],  # negative ints too
    ]
    for keys in cases:
        column = _column(keys)
        expected = [(r, k) for r, k in zip(REFS, keys, strict=True) if k is not None]
        assert list(column) == expected
        assert [column[i] for i in range(len(column))] == expected
        assert column[-1] == expected[-1]
        assert list(column.keys()) == [k for _, k in expected]
        assert list(pickle.loads(pickle.dumps(column))) == expected


def test_view_strings_parts_together_in_corpus_order() -> None:
    first = _column([b"1", b"2", None, b"5"])
    legacy = [(ArticleRef("a.jsonl", 3, None, 0), b"3")]  # a list from an older cache
    view = CorpusView([first, [], legacy])
    # parts arrive out of order (record 3 after 5): the view sorts stably by (path, record)
    assert [ref.record for ref, _ in view] == [1, 2, 3, 5]
    assert list(iter_keys(view)) == [b"1", b"2", b"3", b"5"]
    assert [view[i][1] for i in range(len(view))] == [b"1", b"2", b"3", b"5"]
    ordered = CorpusView([legacy, _column([None, None, b"b", None])])
    assert [k for _, k in ordered] == [b"3", b"b"] and len(ordered) == 2
    assert list(iter_keys([(REFS[0], 1)])) == [1]


def test_released_keys_read_as_none_and_refs_stay() -> None:
    from newslint.corpus._columns import release_keys

    view = CorpusView([_column([b"1", b"2", None, b"5"]), _column([7, 8, 9, None])])
    refs = [ref for ref, _ in view]
    release_keys(view)
    assert [ref for ref, _ in view] == refs
    assert list(iter_keys(view)) == [None] * len(refs)
    plain = [(REFS[0], b"k")]
    release_keys(plain)  # a plain list is left alone
    assert plain == [(REFS[0], b"k")]


def test_bytes_key_blocks_release_what_they_gave() -> None:
    from newslint.corpus._columns import bytes_key_blocks

    def column(first: int, keys: list[bytes | None]) -> KeyColumn:
        refs = RefColumn()
        out = KeyColumn(refs)
        for n, key in enumerate(keys, first):
            row = refs.append(ArticleRef("f.jsonl", n))
            if key is not None:
                out.append(row, key)
        return out

    parts = [column(1, [b"aa", b"bb", None]), column(4, [b"cc", None, b"dd"])]
    view = CorpusView(parts)
    seen = []
    for block in bytes_key_blocks(view, block=4):
        seen.append(block)
        if len(seen) == 2:  # the first block's part is released once the next is asked for
            assert list(parts[0].keys()) == [None, None]
            assert list(parts[1].keys()) == [b"cc", b"dd"]
    assert [k for block in seen for k in block] == [b"aa", b"bb", b"cc", b"dd"]
    assert list(iter_keys(view)) == [None] * 4
    assert [ref.record for ref, _ in view] == [1, 2, 4, 6]
    shuffled = CorpusView([column(4, [b"cc"]), column(1, [b"aa"])])  # sorted by a permutation
    assert [k for block in bytes_key_blocks(shuffled) for k in block] == [b"aa", b"cc"]
    assert list(iter_keys(shuffled)) == [None, None]
    plain = [(REFS[0], b"x"), (REFS[1], None), (REFS[2], b"y")]
    assert [k for block in bytes_key_blocks(plain) for k in block] == [b"x", b"y"]
