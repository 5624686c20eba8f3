"""Worker processes for the heavy loop of a corpus rule's reduce step.

The reduce step runs in the parent after the map step's pool has closed: with ``--jobs 2``
it was the largest serial part of a run (NL502's verification of candidate pairs: 0.7 s of
a 6 s run at 10,000 articles, 5.8 s at 100,000). A rule whose reduce holds independent work
items (``map_parts``) spreads them over forked processes that inherit its arrays, so nothing
but the item index and a small result crosses a process boundary.

The pipeline sets the number of processes from ``--jobs`` (``reduce_workers``); rules must
give the same result whatever it is, and tests compare.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

_workers = 1
# What the forked processes read: the function and its shared arguments (set by map_parts).
_job: tuple[Callable[..., Any], tuple[Any, ...]] | None = None


@contextmanager
def reduce_workers(count: int) -> Iterator[None]:
    """Let reduce steps inside the block use up to ``count`` processes."""
    global _workers
    saved, _workers = _workers, max(1, count)
    try:
        yield
    finally:
        _workers = saved


def worker_count() -> int:
    """Processes a reduce step may use now (1 outside ``reduce_workers`` or without fork)."""
    return _workers if "fork" in mp.get_all_start_methods() else 1


def _run_part(index: int) -> Any:
    assert _job is not None
    fn, args = _job
    return fn(index, *args)


def map_parts(fn: Callable[..., T], parts: int, *args: Any) -> list[T]:
    """``[fn(i, *args) for i in range(parts)]``, the calls spread over forked processes.

    ``args`` (large arrays) are inherited through ``fork``, not pickled; each result is
    pickled back. Runs in this process when ``parts`` is 1.
    """
    global _job
    if parts <= 1:
        return [fn(i, *args) for i in range(parts)]
    _job = (fn, args)
    try:
        with ProcessPoolExecutor(max_workers=parts, mp_context=mp.get_context("fork")) as pool:
            return list(pool.map(_run_part, range(parts)))
    finally:
        _job = None
