"""A progress line on stderr for long runs: articles, articles per second, ETA by bytes read.

Shown only on a terminal and never with --quiet; it starts after half a second so short runs
(pre-commit) print nothing, and it is erased before the report is written.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Call ``advance`` after each chunk; ``close`` erases the line."""

    def __init__(self, total_bytes: int, stream: TextIO | None = None, delay: float = 0.5) -> None:
        self.total = max(total_bytes, 1)
        self.stream = stream or sys.stderr
        self.start = time.monotonic()
        self.delay = delay
        self.done = 0
        self.articles = 0
        self.shown = False
        self._last = 0.0

    def advance(self, nbytes: int, articles: int) -> None:
        self.done += nbytes
        self.articles += articles
        now = time.monotonic()
        elapsed = now - self.start
        if elapsed < self.delay or now - self._last < 0.1:
            return
        self._last = now
        share = min(self.done / self.total, 1.0)
        rate = self.articles / elapsed if elapsed else 0.0
        eta = elapsed * (1 - share) / share if share else 0.0
        width = 24
        bar = "#" * int(share * width)
        self.stream.write(
            f"\r[{bar:<{width}}] {share:4.0%}  {self.articles:,} articles  "
            f"{rate:,.0f}/s  ETA {eta:,.0f}s "
        )
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
