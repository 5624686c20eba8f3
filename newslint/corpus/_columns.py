"""Compact storage of the corpus-rule keys of a run: columns of arrays, not objects per article.

The map step yields, per article, an ``ArticleRef`` and one small key per corpus rule. Held
as Python objects (a tuple per rule, the ref, a bytes or int per key, strings for record ids)
that cost about 1.2 KB per article in the main process, 15 times the keys' own bytes once the
reduce step's temporaries were added. Here one chunk's refs are a few arrays (record line,
body line offset, record ids as one UTF-8 buffer) and each rule's keys one buffer with end
offsets (bytes keys), one ``array('Q')`` (int keys) or, for other key types, a plain list.
``RefColumn`` and ``KeyColumn`` pickle compactly (workers send them) and read back as the
``(ArticleRef, key)`` pairs the rules' ``reduce`` expects; ``CorpusView`` strings the columns
of all chunks together (in corpus order) without copying them.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator, Sequence
from typing import Any, overload

from newslint.article import ArticleRef

Entry = tuple[ArticleRef, Any]


_malloc_trim: Any = None


def trim_freed_memory() -> None:
    """Hand freed heap memory back to the system (glibc ``malloc_trim``; elsewhere a no-op).

    NOTE: the keys are about a thousand buffers of ~1 MB; once released, glibc keeps their
    pages in its heap, so released keys would still count in the process's resident memory
    and the reduce step's arrays would add to them instead of taking their place. A trim
    costs a few milliseconds.
    """
    global _malloc_trim
    if _malloc_trim is None:
        try:
            import ctypes

            _malloc_trim = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _malloc_trim = False
    if _malloc_trim:
        _malloc_trim(0)


def release_keys(entries: Sequence[Entry]) -> None:
    """Tell ``entries`` that the reduce step has copied what it needs of the keys.

    A ``CorpusView`` then frees its key buffers (the refs stay readable, keys read as None):
    the NL502 reduce holds its keys as numpy arrays of the same size, which would otherwise
    double the rule's memory at its peak. Other sequences are left alone.
    """
    release = getattr(entries, "release_keys", None)
    if callable(release):
        release()
        trim_freed_memory()


def bytes_key_blocks(entries: Sequence[Entry], block: int = 1 << 20) -> Iterator[list[bytes]]:
    """The non-None keys of ``entries`` (bytes), in order, in lists of about ``block`` bytes.

    On a ``CorpusView`` of ``KeyColumn``s the keys of each block are released as soon as the
    consumer asks for the next block: a reduce step that copies its keys into arrays then
    holds one copy, not two, at its peak. Other sequences are only read.
    """
    parts = getattr(entries, "consumable_parts", None)
    groups = _grouped(parts(), block) if callable(parts) else iter([[entries]])
    out: list[bytes] = []
    size = 0
    for group in groups:
        for part in group:
            for key in iter_keys(part):
                if key is not None:
                    out.append(key)
                    size += len(key)
        if size >= block:
            yield out
            out, size = [], 0
        released = False
        for part in group:
            if isinstance(part, KeyColumn):
                part.release()
                released = True
            elif isinstance(part, CorpusView):
                part.release_keys()
                released = True
        if released and size == 0:  # a block was just handed out: its parts are gone
            trim_freed_memory()
    if out:
        yield out


def _grouped(parts: list[Sequence[Entry]], block: int) -> Iterator[list[Sequence[Entry]]]:
    group: list[Sequence[Entry]] = []
    size = 0
    for part in parts:
        group.append(part)
        size += part.nbytes() if isinstance(part, KeyColumn) else block
        if size >= block:
            yield group
            group, size = [], 0
    if group:
        yield group


def iter_keys(entries: Sequence[Entry]) -> Iterator[Any]:
    """The keys of ``entries``, in order, without building the refs when the columns allow."""
    keys = getattr(entries, "keys", None)
    if callable(keys):
        return keys()
    return (key for _, key in entries)


class RefColumn:
    """The ``ArticleRef``s of one chunk's articles, as arrays; ``ref(i)`` rebuilds one."""

    __slots__ = (
        "_by_path",
        "has_id",
        "id_ends",
        "ids",
        "offsets",
        "path_ids",
        "paths",
        "records",
    )

    def __init__(self) -> None:
        self.paths: list[str] = []
        self._by_path: dict[str, int] | None = {}
        self.path_ids = array("I")
        self.records = array("q")  # -1: None
        self.ids = bytearray()  # record ids, UTF-8, back to back
        self.id_ends = array("I")  # end of each row's id in ``ids`` (rows without one: empty)
        self.has_id = array("b")
        self.offsets = array("I")

    def __getstate__(self) -> tuple[Any, ...]:
        return (
            self.paths,
            self.path_ids,
            self.records,
            bytes(self.ids),
            self.id_ends,
            self.has_id,
            self.offsets,
        )

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        (self.paths, self.path_ids, self.records, ids) = state[:4]
        (self.id_ends, self.has_id, self.offsets) = state[4:]
        self.ids = bytearray(ids)
        self._by_path = None

    def __len__(self) -> int:
        return len(self.records)

    def append(self, ref: ArticleRef) -> int:
        """Store ``ref``; returns its row."""
        by_path = self._by_path
        if by_path is None:
            by_path = self._by_path = {p: i for i, p in enumerate(self.paths)}
        pid = by_path.get(ref.path)
        if pid is None:
            pid = by_path[ref.path] = len(self.paths)
            self.paths.append(ref.path)
        self.path_ids.append(pid)
        self.records.append(-1 if ref.record is None else ref.record)
        self.has_id.append(ref.record_id is not None)
        if ref.record_id is not None:
            self.ids += ref.record_id.encode("utf-8", "surrogatepass")
        self.id_ends.append(len(self.ids))
        self.offsets.append(ref.body_line_offset)
        return len(self.records) - 1

    def ref(self, row: int) -> ArticleRef:
        record_id = None
        if self.has_id[row]:
            start = self.id_ends[row - 1] if row else 0
            record_id = self.ids[start : self.id_ends[row]].decode("utf-8", "surrogatepass")
        record = self.records[row]
        return ArticleRef(
            self.paths[self.path_ids[row]],
            None if record < 0 else record,
            record_id,
            self.offsets[row],
        )

    def order_key(self, row: int) -> tuple[str, int]:
        """(path, record or 0): the corpus order of the reduce step."""
        record = self.records[row]
        return self.paths[self.path_ids[row]], 0 if record < 0 else record


class _EntrySequence(Sequence[Entry]):
    """``Sequence`` indexing (negative indexes, slices, IndexError) over ``_entry(i)`` for
    ``0 <= i < len(self)``: the one place both column views get it from."""

    def __len__(self) -> int:
        raise NotImplementedError

    def _entry(self, i: int) -> Entry:
        raise NotImplementedError

    @overload
    def __getitem__(self, i: int) -> Entry: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Entry]: ...
    def __getitem__(self, i: int | slice) -> Entry | Sequence[Entry]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return self._entry(i)


class KeyColumn(_EntrySequence):
    """One corpus rule's keys of one chunk's articles (only the articles with a key)."""

    __slots__ = ("_blob", "_ends", "_kind", "_objs", "refs", "rows")

    def __init__(self, refs: RefColumn) -> None:
        self.refs = refs
        self.rows = array("I")  # row in ``refs`` of each key
        self._kind = ""  # "bytes", "int" or "obj", set by the first key
        self._blob = bytearray()
        self._ends = array("I")  # end of each bytes key in ``_blob`` (int keys: the keys)
        self._objs: list[Any] = []

    def __getstate__(self) -> tuple[Any, ...]:
        return (self.refs, self.rows, self._kind, bytes(self._blob), self._ends, self._objs)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        self.refs, self.rows, self._kind, blob, self._ends, self._objs = state
        self._blob = bytearray(blob)

    def append(self, row: int, key: Any) -> None:
        kind = "bytes" if type(key) is bytes else "int" if type(key) is int else "obj"
        if kind == "int" and not 0 <= key < 1 << 64:
            kind = "obj"
        if not self._kind:
            self._kind = kind
            if kind == "int":
                self._ends = array("Q")
        elif kind != self._kind and self._kind != "obj":
            self._objs = [self.key(i) for i in range(len(self.rows))]  # mixed: plain list
            self._kind, self._blob, self._ends = "obj", bytearray(), array("I")
        self.rows.append(row)
        if self._kind == "bytes":
            self._blob += key
            self._ends.append(len(self._blob))
        elif self._kind == "int":
            self._ends.append(key)
        else:
            self._objs.append(key)

    def nbytes(self) -> int:
        return len(self._blob) + 8 * len(self._ends) + 64 * len(self._objs)

    def release(self) -> None:
        """Drop the keys (they read as None from now on); the refs stay."""
        self._kind, self._blob, self._ends, self._objs = "obj", bytearray(), array("I"), []

    def key(self, i: int) -> Any:
        if self._kind == "obj" and not self._objs:
            return None  # released
        if self._kind == "bytes":
            start = self._ends[i - 1] if i else 0
            return bytes(self._blob[start : self._ends[i]])
        if self._kind == "int":
            return self._ends[i]
        return self._objs[i]

    def keys(self) -> Iterator[Any]:
        if self._kind == "bytes":
            blob, start = memoryview(self._blob), 0
            for end in self._ends:
                yield bytes(blob[start:end])
                start = end
        elif self._kind == "int":
            yield from self._ends
        elif self._objs or not self.rows:
            yield from self._objs
        else:  # released
            yield from (None for _ in self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def _entry(self, i: int) -> Entry:
        return self.refs.ref(self.rows[i]), self.key(i)

    def __iter__(self) -> Iterator[Entry]:
        refs = self.refs
        for row, key in zip(self.rows, self.keys(), strict=True):
            yield refs.ref(row), key

    def order_keys(self) -> Iterator[tuple[str, int]]:
        refs = self.refs
        for row in self.rows:
            yield refs.order_key(row)


class CorpusView(_EntrySequence):
    """Several chunks' entries of one rule as one sequence, in corpus order, without copies.

    Parts are ``KeyColumn``s or plain lists of (ref, key) (results cached by older versions).
    When the parts are not already in corpus order (path, then record; stable), a
    permutation array (8 bytes per article) is kept.
    """

    def __init__(self, parts: Sequence[Sequence[Entry]]) -> None:
        self._parts = [p for p in parts if len(p)]
        self._starts = array("q")
        total = 0
        for part in self._parts:
            self._starts.append(total)
            total += len(part)
        self._len = total
        self._order: array[int] | None = None
        keys = self._order_keys()
        previous: tuple[str, int] | None = None
        for k in keys:
            if previous is not None and k < previous:
                order = sorted(range(total), key=list(self._order_keys()).__getitem__)
                self._order = array("q", order)
                break
            previous = k

    def _order_keys(self) -> Iterator[tuple[str, int]]:
        for part in self._parts:
            if isinstance(part, KeyColumn):
                yield from part.order_keys()
            else:
                for ref, _ in part:
                    yield ref.path, ref.record or 0

    def __len__(self) -> int:
        return self._len

    def _entry(self, i: int) -> Entry:
        if self._order is not None:
            i = self._order[i]
        p = bisect.bisect_right(self._starts, i) - 1
        return self._parts[p][i - self._starts[p]]

    def __iter__(self) -> Iterator[Entry]:
        if self._order is not None:
            for i in range(self._len):
                yield self[i]
            return
        for part in self._parts:
            yield from part

    def consumable_parts(self) -> list[Sequence[Entry]]:
        """The parts in corpus order, for :func:`bytes_key_blocks` (which releases them);
        with a permutation, one part: the whole view."""
        return [self] if self._order is not None else list(self._parts)

    def release_keys(self) -> None:
        """See :func:`release_keys`: the KeyColumn parts drop their keys."""
        for part in self._parts:
            if isinstance(part, KeyColumn):
                part.release()

    def keys(self) -> Iterator[Any]:
        """The keys alone, in order (no ``ArticleRef`` is built)."""
        if self._order is not None:
            starts, parts = self._starts, self._parts
            for i in self._order:
                p = bisect.bisect_right(starts, i) - 1
                yield _key_at(parts[p], i - starts[p])
            return
        for part in self._parts:
            yield from iter_keys(part)


def _key_at(part: Sequence[Entry], i: int) -> Any:
    return part.key(i) if isinstance(part, KeyColumn) else part[i][1]
