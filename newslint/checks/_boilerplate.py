"""Helpers shared by the boilerplate and fragment rules (NL201, NL203, NL204, NL205)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from newslint.article import Article, Line
from newslint.finding import Fix

if TYPE_CHECKING:
    from newslint.rule import ArticleRule

#: Markdown/list furniture around a line that does not change what the line says.
_EDGE_CHARS = " \t*_#>•·-–—"
_SPACES = re.compile(r"\s+")


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` stripped and cut to ``limit`` characters for a message."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def core(text: str) -> str:
    """The line without surrounding whitespace, emphasis marks, bullets and dashes."""
    return text.strip(_EDGE_CHARS)


def delete_line(article: Article, line: Line, *, safe: bool = True) -> Fix:
    """A fix that deletes ``line`` and its newline."""
    start, end = article.line_span_with_newline(line)
    return Fix(start, end, "", safe=safe)


def phrase_pattern(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases: longest first, any run of spaces matches."""
    parts = sorted({_SPACES.sub(" ", p.strip()) for p in phrases if p.strip()}, key=len)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in reversed(parts))


@lru_cache(maxsize=64)
def compile_with_extras(
    template: str, base: str, extra: tuple[str, ...], flags: int
) -> re.Pattern[str]:
    """Compile ``template`` with ``{phrases}`` = ``base`` plus the user's extra phrases.

    Cached, so rules compile their default pattern once and a configured one once per run.
    """
    alternation = base if not extra else f"{phrase_pattern(extra)}|{base}"
    return re.compile(template.replace("{phrases}", alternation), flags)


def is_web_furniture(text: str) -> bool:
    """Is ``text`` (a line, or a paragraph read as one line) a whole line of web page
    furniture ("We use cookies ...", "Share this:") as the built-in NL202 pack rule sees it?

    Used by rules that must step over furniture (the NL102 lede finder), so the phrase list
    lives in one place: rules/web_boilerplate.yaml.
    """
    rule = _web_boilerplate_rule()
    if rule is None:
        return False
    one = " ".join(text.split())
    if not one:
        return False
    hits = rule.check(Article(body=one), _web_boilerplate_options())
    return next(iter(hits), None) is not None


@cache
def _web_boilerplate_options() -> Any:
    rule = _web_boilerplate_rule()
    return None if rule is None else rule.meta.options()  # validated once, not per line


@cache
def _web_boilerplate_rule() -> ArticleRule[Any] | None:
    # NOTE: imported here: the packs module (YAML, pydantic models) is only needed once a
    # rule asks, and importing it at module level would make checks depend on packs.
    from newslint.packs import PackError, builtin_pack_rules
    from newslint.rule import ArticleRule

    try:
        rules = builtin_pack_rules()
    except PackError:
        return None
    for rule in rules:
        if rule.meta.code == "NL202" and isinstance(rule, ArticleRule):
            return rule
    return None
