"""The on-disk corpus index: corpus-rule keys of files not in the current run (SQLite).

pre-commit passes only the changed files, so a duplicate of an article committed last year
would be invisible to the corpus rules. ``newslint index`` stores every file's corpus keys in
``<cache_dir>/index.sqlite``; ``newslint check`` refreshes the files it sees and feeds the
reduce step with the indexed keys of all other files.

The index is never trusted blindly: it is stamped with the index schema, the newslint
version and a fingerprint of the corpus rules and their options, and is rebuilt (emptied)
when any of them differs; a file SQLite cannot read is moved aside to ``index.sqlite.corrupt``.
Both cases come back as a warning from ``CorpusIndex.open`` for the caller to print (rows
that fail to decode later go to ``CorpusIndex.warnings``). Keys are stored
with pickle but loaded with an unpickler that refuses every global, so a tampered index can
hold only plain data (ints, bytes, str, tuples), never code.
"""

from __future__ import annotations

import hashlib
import heapq
import io
import json
import pickle
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newslint import __version__
from newslint.article import ArticleRef

#: 2: NL502 keys from byte-prefix shingle hashes and one-permutation MinHash (other values);
#: bytes and int keys stored raw behind a tag byte instead of pickled.
SCHEMA_VERSION = 2
INDEX_NAME = "index.sqlite"
DEFAULT_DIR = Path(".newslint")

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (path TEXT PRIMARY KEY, content_hash TEXT NOT NULL);
CREATE TABLE entries (
    code TEXT NOT NULL,
    path TEXT NOT NULL,
    seq INTEGER NOT NULL,
    record INTEGER,
    record_id TEXT,
    body_line_offset INTEGER NOT NULL,
    key BLOB NOT NULL,
    PRIMARY KEY (code, path, seq)
) WITHOUT ROWID;
CREATE INDEX entries_path ON entries (path);
"""

Entry = tuple[ArticleRef, Any]
#: How long to wait for another process's write lock before giving up.
_BUSY_SECONDS = 30.0
_REINDEX = "run `newslint index` to re-index the corpus"


class _PlainUnpickler(pickle.Unpickler):
    """Loads only built-in data (no classes, no callables): safe on an untrusted file."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"global {module}.{name} not allowed in the corpus index")


def index_path(directory: Path) -> Path:
    """Where the index of a cache directory lives."""
    return Path(directory) / INDEX_NAME


#: Key encodings: a tag byte before raw bytes or a 64-bit int (most keys); anything else is a
#: pickle (which starts with 0x80), loaded with the restricted unpickler.
_RAW_BYTES, _UINT64 = b"\x01", b"\x02"


def dump_key(key: Any) -> bytes:
    """Serialise a corpus key (tuples of int/bytes/str/None) compactly.

    NOTE: bytes and int keys (NL501-NL503, NL505) skip pickle: a pre-commit run decodes the
    keys of the whole indexed corpus, and an unpickler per key cost 3 us of its ~10.
    """
    if type(key) is bytes:
        return _RAW_BYTES + key
    if type(key) is int and 0 <= key < 1 << 64:
        return _UINT64 + key.to_bytes(8, "little")
    return pickle.dumps(key, protocol=5)


def load_key(data: bytes) -> Any:
    tag = data[:1]
    if tag == _RAW_BYTES:
        return bytes(data[1:])
    if tag == _UINT64:
        if len(data) != 9:
            raise ValueError("bad integer key")
        return int.from_bytes(data[1:], "little")
    return _PlainUnpickler(io.BytesIO(data)).load()


def rule_fingerprint(rules: Iterable[tuple[str, Any]]) -> str:
    """A short hash of (code, options) of the active corpus rules: keys depend on both.

    ``options`` is a pydantic model (``model_dump``-able) or a plain mapping.
    """
    items = []
    for code, options in sorted(rules, key=lambda item: item[0]):
        dumped = options.model_dump(mode="json") if hasattr(options, "model_dump") else options
        items.append([code, dumped])
    text = json.dumps(items, sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def corpus_order(ref: ArticleRef) -> tuple[str, int]:
    """The order the reduce step sees articles in: path, then record line."""
    return ref.path, ref.record or 0


def merge_entries(run: Sequence[Entry], indexed: Iterable[Entry]) -> list[Entry]:
    """This run's entries plus the index's, in corpus order (both inputs sorted by it).

    NOTE: the runner should pass its own entries through this even without an index, so that
    "first copy" means the same file whether or not part of the corpus came from the index.
    """
    run_sorted = sorted(run, key=lambda e: corpus_order(e[0]))
    return list(heapq.merge(run_sorted, indexed, key=lambda e: corpus_order(e[0])))


class CorpusIndex:
    """One SQLite file of corpus keys. One writer at a time; batch writes in ``transaction``."""

    def __init__(self, db: sqlite3.Connection, path: Path, warnings: list[str]) -> None:
        """Use ``CorpusIndex.open``."""
        self._db = db
        self.path = path
        #: Problems found while reading entries (undecodable rows): for the caller to show.
        self.warnings = warnings
        self._broken = False

    # --- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, directory: Path, rule_fingerprint: str) -> tuple[CorpusIndex, str | None]:
        """Open (or create, or rebuild) ``directory/index.sqlite`` for these rules.

        Returns the index and a warning for the user (None when the file was sound and
        current): a stale index is emptied, a corrupt one moved aside; both need a re-index.
        """
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        path = index_path(directory)
        stamp = _stamp(rule_fingerprint)
        warnings: list[str] = []
        if path.exists():
            db = sqlite3.connect(path, timeout=_BUSY_SECONDS)
            try:
                found = _read_stamp(db)
            except sqlite3.DatabaseError as exc:
                db.close()
                if _is_busy(exc):
                    raise  # another newslint is writing: not corruption, never move it aside
                aside = path.with_name(INDEX_NAME + ".corrupt")
                path.replace(aside)
                warnings.append(f"{path}: unreadable ({exc}); moved to {aside.name}; {_REINDEX}")
            else:
                if found == stamp:
                    return cls(db, path, []), None
                db.close()
                path.unlink()
                warnings.append(f"{path}: built for {_describe(found)}; emptied; {_REINDEX}")
        db = sqlite3.connect(path, timeout=_BUSY_SECONDS)
        with db:
            db.executescript(_SCHEMA)
            db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(stamp.items()))
        return cls(db, path, []), "; ".join(warnings) or None

    def commit(self) -> None:
        self._db.commit()

    def close(self) -> None:
        """Commit pending upserts and close."""
        self._db.commit()
        self._db.close()

    def __enter__(self) -> CorpusIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing ---------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Commit the upserts made inside the block together (rolled back on an exception)."""
        with self._db:
            yield

    def upsert(
        self,
        path: str,
        content_hash: str,
        entries: Iterable[tuple[str, ArticleRef, Any]],
        codes: Iterable[str] | None = None,
    ) -> None:
        """Replace what is stored for ``path`` by these (code, ref, key) entries.

        With ``codes`` (the corpus rules of a run that selected only some), only those codes'
        rows are replaced, as long as the file's content is unchanged; a changed file loses
        all its old rows, so no rule ever compares against keys of an older text.
        Entries with a None key are skipped; their order within a code is kept as ``seq``.
        NOTE: not committed here (one fsync per file made `newslint index` of 10k files take
        a minute): ``close``, ``commit`` or a ``transaction`` block commits.
        """
        db = self._db
        if codes is not None and self.known(path, content_hash):
            wanted = sorted(set(codes))
            marks = ",".join("?" * len(wanted))
            db.execute(f"DELETE FROM entries WHERE path = ? AND code IN ({marks})", (path, *wanted))
        else:
            db.execute("DELETE FROM entries WHERE path = ?", (path,))
        db.execute("INSERT OR REPLACE INTO files VALUES (?, ?)", (path, content_hash))
        rows = []
        seq: dict[str, int] = {}
        for code, ref, key in entries:
            if key is None:
                continue
            n = seq[code] = seq.get(code, -1) + 1
            blob = dump_key(key)
            rows.append((code, path, n, ref.record, ref.record_id, ref.body_line_offset, blob))
        db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def prune(self, existing_paths: set[str]) -> int:
        """Forget indexed files that no longer exist; returns how many were dropped."""
        gone = [p for p in self.paths() if p not in existing_paths]
        with self._db:
            self._db.executemany("DELETE FROM entries WHERE path = ?", [(p,) for p in gone])
            self._db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in gone])
        return len(gone)

    # --- reading ---------------------------------------------------------------------------

    def known(self, path: str, content_hash: str) -> bool:
        """Whether ``path`` is indexed with exactly this content hash."""
        row = self._db.execute("SELECT content_hash FROM files WHERE path = ?", (path,)).fetchone()
        return row is not None and row[0] == content_hash

    def paths(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT path FROM files")}

    def entries(
        self, code: str, exclude_paths: set[str] | frozenset[str] = frozenset()
    ) -> Iterator[Entry]:
        """(ref, key) of rule ``code`` for indexed files not in ``exclude_paths``, corpus order.

        A row that cannot be decoded drops its file from the index (re-indexed next time) and
        adds a warning, instead of failing the run.
        """
        bad: set[str] = set()
        rows = self._db.execute(
            "SELECT path, record, record_id, body_line_offset, key FROM entries"
            " WHERE code = ? ORDER BY path, seq",
            (code,),
        )
        try:
            for path, record, record_id, offset, blob in rows:
                if path in exclude_paths or path in bad:
                    continue
                try:
                    key = load_key(blob)
                except Exception:  # noqa: BLE001 - any decoding failure means a bad row
                    bad.add(path)
                    continue
                yield ArticleRef(path, record, record_id, offset), key
        except sqlite3.DatabaseError as exc:
            self.warnings.append(f"{self.path}: read failed ({exc}); corpus results incomplete")
        if bad:
            self.warnings.append(
                f"{self.path}: undecodable entries for {len(bad)} file(s); they will be re-indexed"
            )
            with self._db:
                self._db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in bad])
                self._db.executemany("DELETE FROM entries WHERE path = ?", [(p,) for p in bad])


def _stamp(fingerprint: str) -> dict[str, str]:
    return {
        "schema": str(SCHEMA_VERSION),
        "newslint": __version__,
        "rules": fingerprint,
    }


def _read_stamp(db: sqlite3.Connection) -> dict[str, str]:
    """The stored stamp; raises DatabaseError when the file is not a sound index."""
    check = db.execute("PRAGMA quick_check").fetchone()
    if check is None or check[0] != "ok":
        raise sqlite3.DatabaseError(f"integrity check failed: {check and check[0]}")
    try:
        return dict(db.execute("SELECT name, value FROM meta").fetchall())
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise
        raise sqlite3.DatabaseError(str(exc)) from exc  # a database, but not ours


def _is_busy(exc: sqlite3.DatabaseError) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


def _describe(stamp: dict[str, str]) -> str:
    return (
        f"index schema {stamp.get('schema', '?')}, newslint {stamp.get('newslint', '?')},"
        f" rule options {stamp.get('rules', '?')}"
    )
