"""Shared test helpers: make_article(), lint_text(), fixture discovery."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newslint.article import Article
from newslint.checks import BUILTIN_RULES
from newslint.finding import Finding
from newslint.rule import Rule
from newslint.runner import ActiveRule, lint_article

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def all_rules() -> dict[str, Rule]:
    """Every built-in rule (Python checks and bundled YAML packs) by code."""
    from newslint.corpus import CORPUS_RULES

    rules: dict[str, Rule] = {r.meta.code: r for r in (*BUILTIN_RULES, *CORPUS_RULES)}
    try:
        from newslint.packs import builtin_pack_rules
    except ImportError:  # packs not built yet
        return rules
    for r in builtin_pack_rules():
        rules[r.meta.code] = r
    return rules


def make_article(body: str, **kwargs: Any) -> Article:
    """An article from text, as a .txt reader would build it."""
    kwargs.setdefault("path", "t.txt")
    return Article.from_text(body, **kwargs)


def lint_text(
    body: str, code: str, options: dict[str, Any] | None = None, **kwargs: Any
) -> list[Finding]:
    """Lint ``body`` with only rule ``code`` (options validated by its model)."""
    rule = all_rules()[code]
    active = ActiveRule(rule, rule.meta.options(**(options or {})), rule.meta.severity)
    return lint_article(make_article(body, **kwargs), [active])


def positions(findings: Iterable[Finding]) -> list[tuple[str, int, int]]:
    """(code, line, column) of each finding, sorted: the usual exact-position assertion."""
    return sorted((f.code, f.line, f.column) for f in findings)
