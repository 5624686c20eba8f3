"""What rules yield (Hit, Fix) and what users see (Finding, Severity)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any


class Severity(str, enum.Enum):
    """Ordered severity of a finding: info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    # NOTE: all four are needed: as a str subclass, a missing one would silently fall back to
    # comparing the names alphabetically ("error" >= "warning" is False).
    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Fix:
    """A safe edit of the article body: replace ``body[start:end]`` with ``replacement``.

    Deleting a line is a replacement of the line and its newline with "". Offsets are in the
    article body (see ``Article.body``). ``safe`` fixes are applied by ``--fix``; the others
    need ``--unsafe-fixes``.
    """

    start: int
    end: int
    replacement: str
    safe: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "replacement": self.replacement,
            "safe": self.safe,
        }


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule yields: a message and a span of the article body (character offsets).

    ``end`` None means "to the end of the line that holds ``start``". Rules never build
    Findings: the runner stamps code, name, severity and file positions, so a rule cannot
    report the wrong code.
    """

    message: str
    start: int = 0
    end: int | None = None
    fix: Fix | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One reported problem. Made only of primitives so it pickles and serialises as is.

    Positions are 1-based and refer to the file on disk (front matter counted). For a JSONL
    record, ``line`` is the record's line, ``column`` is 1, and ``text_line``/``text_column``
    give the position inside the article text.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    severity: Severity
    message: str
    record_id: str | None = None
    text_line: int | None = None
    text_column: int | None = None
    fix: Fix | None = None
    #: The flagged text (internal: feeds content fingerprints; not part of the JSON schema).
    excerpt: str = ""

    @classmethod
    def on_line(
        cls,
        path: str,
        line: int,
        code: str,
        name: str,
        severity: Severity,
        message: str,
        excerpt: str = "",
    ) -> Finding:
        """A finding about a whole line of a file (baseline and waiver file reports)."""
        return cls(
            path=path,
            line=line,
            column=1,
            end_line=line,
            end_column=1,
            code=code,
            name=name,
            severity=severity,
            message=message,
            excerpt=excerpt,
        )

    def sort_key(self) -> tuple[str, int, int, int, int, str, str]:
        return (
            self.path,
            self.line,
            self.column,
            self.text_line or 0,
            self.text_column or 0,
            self.code,
            self.message,
        )

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape of a finding (schema_version 1); see README."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "record_id": self.record_id,
            "text_line": self.text_line,
            "text_column": self.text_column,
            "fix": self.fix.to_dict() if self.fix else None,
        }


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A reader's report that a file or record could not become an article (NL901/NL902).

    ``line``/``column`` are 1-based positions in the file on disk.
    """

    code: str
    path: str
    message: str
    line: int = 1
    column: int = 1
    record_id: str | None = None
