"""The result cache: per chunk (file or JSONL byte range), keyed by content, config and version.

A re-run over an unchanged corpus reads each chunk once to hash it and takes the findings and
corpus keys from the cache, so only the corpus reduce step is done again. Entries are pickles
under ``<cache-dir>/cache/<aa>/<key>.pickle``, written atomically; an unreadable or foreign
entry counts as a miss (never trusted blindly), and the cache never changes what is reported.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from newslint import __version__

#: Bump when ChunkResult or Finding change shape: old entries then miss instead of breaking.
CACHE_FORMAT = 2  # 2: corpus keys as compact columns (ChunkResult.corpus)


class ResultCache:
    """A directory of pickled chunk results; ``salt`` identifies version, config and rules."""

    def __init__(self, root: Path, salt: str) -> None:
        self.root = root / "cache"
        self.salt = salt
        self.hits = 0
        self.misses = 0

    def key(self, display: str, start: int, end: int | None, data: bytes) -> str:
        h = hashlib.blake2b(digest_size=20)
        for part in (self.salt, display, str(start), str(end)):
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
        h.update(data)
        return h.hexdigest()

    def _file(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Any | None:
        try:
            with self._file(key).open("rb") as fh:
                stamp, value = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
            self.misses += 1
            return None
        except Exception:  # noqa: BLE001 - a corrupt entry is a miss, whatever it raises
            self.misses += 1
            return None
        if stamp != (CACHE_FORMAT, __version__, key):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Any) -> None:
        target = self._file(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(((CACHE_FORMAT, __version__, key), value), fh, protocol=5)
            os.replace(tmp, target)
        except OSError:
            # NOTE: a read-only or full disk must not fail the lint; the run just isn't cached.
            return


def ruleset_salt(config: Any, ruleset: Any) -> str:
    """Everything that can change a chunk's findings: version, config, rules and pack files."""
    from newslint.packs import builtin_pack_dir

    h = hashlib.blake2b(digest_size=20)
    h.update(f"{CACHE_FORMAT}:{__version__}:{config.fingerprint()}".encode())
    for active in ruleset.rules:
        meta = active.meta
        h.update(
            f"{meta.code}|{meta.name}|{meta.origin}|{active.severity.value}|"
            f"{active.options.model_dump_json()}\n".encode()
        )
    # NOTE: the code of the rules, not only newslint's version: an editable install or a
    # plugin whose rule module was edited must not be served findings of the old code.
    # Contents, not modification times, so that a cache restored in CI after a fresh install
    # still hits (about 1 MB of source: a few milliseconds).
    for source in _rule_sources(ruleset):
        try:
            h.update(source.read_bytes())
        except OSError:
            h.update(f"unreadable:{source}".encode())
    pack_files: list[Path] = []
    for folder in [builtin_pack_dir(), *config.rule_paths]:
        folder = Path(folder)
        if folder.is_file():
            pack_files.append(folder)
        elif folder.is_dir():
            pack_files.extend(sorted(folder.rglob("*.y*ml")))
    for f in pack_files:
        try:
            h.update(f.read_bytes())
        except OSError:
            h.update(f"unreadable:{f}".encode())
    return h.hexdigest()


def _rule_sources(ruleset: Any) -> list[Path]:
    """newslint's own modules and the module file of every active rule (plugins)."""
    import sys

    import newslint

    files = set(Path(newslint.__file__).parent.rglob("*.py"))
    for active in ruleset.rules:
        rule = active.rule
        fn = getattr(rule, "check", None) or getattr(rule, "key", None)
        module = sys.modules.get(getattr(fn, "__module__", "") or "")
        path = getattr(module, "__file__", None)
        if path:
            files.add(Path(path))
    return sorted(files)
