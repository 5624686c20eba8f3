"""The rule contract: RuleMeta, ArticleRule, CorpusRule and the ``article_rule`` decorator.

A rule is metadata plus pure functions. Article rules look at one article; corpus rules have a
per-article map step (``key``) that may run in worker processes and one reduce step
(``reduce``) that sees every key. Neither touches files, config or globals.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from newslint.article import Article, ArticleRef
from newslint.finding import Hit, Severity

CODE_RE = re.compile(r"^[A-Z]{2,3}[0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

#: The sections every rule doc has, in this order (habit 1 of the guide).
DOC_SECTIONS = (
    "What it does",
    "Why it matters",
    "Example",
    "Passes",
    "Options",
    "Known false positives",
)


class NoOptions(BaseModel):
    """Options model of a rule that takes none."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class RuleOptions(BaseModel):
    """Base class for rule options: unknown keys are errors, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


OptionsT = TypeVar("OptionsT", bound=BaseModel)


@dataclass(frozen=True)
class RuleMeta:
    """Everything about a rule except its logic."""

    code: str
    name: str
    summary: str
    doc: str
    severity: Severity = Severity.WARNING
    enabled_by_default: bool = True
    options: type[BaseModel] = NoOptions
    tags: tuple[str, ...] = ()
    scope: Literal["article", "corpus"] = "article"
    fix_safety: Literal["none", "safe", "unsafe"] = "none"
    origin: str = "builtin"
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not CODE_RE.match(self.code):
            raise ValueError(f"rule code {self.code!r} is not 2-3 capitals and 3 digits")
        if not NAME_RE.match(self.name):
            raise ValueError(f"rule name {self.name!r} of {self.code} is not kebab-case")


@dataclass(frozen=True)
class ArticleRule(Generic[OptionsT]):
    """A rule that looks at one article at a time."""

    meta: RuleMeta
    check: Callable[[Article, OptionsT], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class CorpusHit:
    """A hit found by a corpus rule's reduce step, placed in one article.

    ``line``/``column`` are 1-based positions in that article's body (computed during the map
    step with ``Article.line_col``, because the reduce step no longer has the text).
    """

    ref: ArticleRef
    message: str
    line: int = 1
    column: int = 1
    end_line: int | None = None
    end_column: int | None = None
    #: What the content fingerprint (baseline, waivers, SARIF) hashes instead of the message:
    #: something that stays put when lines move, e.g. the other article's identity.
    excerpt: str = ""


@dataclass(frozen=True)
class CorpusRule(Generic[OptionsT]):
    """A rule that compares articles: ``key`` per article (map), ``reduce`` once (reduce).

    ``key`` returns a small picklable value (or None to skip the article); ``reduce`` gets
    every (ref, key) pair in deterministic corpus order and yields CorpusHits. Its third
    argument, ``focus``, is None or the indexes of the entries whose hits are wanted (a
    pre-commit run over a few files against an indexed corpus): a rule may skip work that
    can only produce hits elsewhere; hits outside the focus are dropped by the runner anyway.
    """

    meta: RuleMeta
    key: Callable[[Article, OptionsT], Any]
    reduce: Callable[..., Iterable[CorpusHit]]


Rule = ArticleRule[Any] | CorpusRule[Any]


@dataclass(frozen=True)
class _Spec:
    code: str
    name: str
    summary: str
    severity: Severity
    enabled_by_default: bool
    options: type[BaseModel]
    tags: tuple[str, ...] = field(default=())
    fix_safety: Literal["none", "safe", "unsafe"] = "none"


def article_rule(
    *,
    code: str,
    name: str,
    summary: str,
    severity: Severity = Severity.WARNING,
    enabled_by_default: bool = True,
    options: type[BaseModel] = NoOptions,
    tags: tuple[str, ...] = (),
    fix_safety: Literal["none", "safe", "unsafe"] = "none",
) -> Callable[[Callable[[Article, Any], Iterable[Hit]]], ArticleRule[Any]]:
    """Wrap a check function into an ArticleRule; its docstring becomes the rule doc.

    Registers nothing: built-in rules are listed in ``newslint.checks.BUILTIN_RULES``.
    """

    def wrap(func: Callable[[Article, Any], Iterable[Hit]]) -> ArticleRule[Any]:
        meta = RuleMeta(
            code=code,
            name=name,
            summary=summary,
            doc=clean_doc(func.__doc__ or ""),
            severity=severity,
            enabled_by_default=enabled_by_default,
            options=options,
            tags=tags,
            fix_safety=fix_safety,
        )
        return ArticleRule(meta=meta, check=func)

    return wrap


def corpus_rule(
    *,
    code: str,
    name: str,
    summary: str,
    doc: str,
    key: Callable[[Article, Any], Any],
    reduce: Callable[..., Iterable[CorpusHit]],
    severity: Severity = Severity.WARNING,
    enabled_by_default: bool = True,
    options: type[BaseModel] = NoOptions,
    tags: tuple[str, ...] = (),
) -> CorpusRule[Any]:
    """Build a CorpusRule from its two pure steps."""
    meta = RuleMeta(
        code=code,
        name=name,
        summary=summary,
        doc=clean_doc(doc),
        severity=severity,
        enabled_by_default=enabled_by_default,
        options=options,
        tags=tags,
        scope="corpus",
    )
    return CorpusRule(meta=meta, key=key, reduce=reduce)


def clean_doc(doc: str) -> str:
    """Dedent a docstring (first line kept as is) and strip surrounding blank lines."""
    import inspect

    return inspect.cleandoc(doc)
