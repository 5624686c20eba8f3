"""Every fixture article under tests/fixtures/articles/<CODE>/ gives exactly its `expect` list.

A fixture is a Markdown article whose front matter holds the article metadata plus two
test-only keys: ``expect`` (a list of "CODE line:col" strings, positions in the fixture file,
front matter counted) and optionally ``options`` (options for the rule under test). Only the
directory's rule is selected, so other rules cannot interfere. Names: bad-*.md / good-*.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newslint.runner import ActiveRule, lint_article
from tests.conftest import FIXTURES, all_rules

ARTICLES = FIXTURES / "articles"
CASES = sorted(ARTICLES.glob("*/*.md"))
_EXPECT = re.compile(r"^(?P<code>[A-Z]{2,3}\d{3}) (?P<line>\d+):(?P<col>\d+)$")


def _load(path: Path):  # type: ignore[no-untyped-def]
    from newslint.readers import read_path

    (article,) = list(read_path(path, display_path=path.name))
    return article


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_fixture_article(path: Path) -> None:
    code = path.parent.name
    article = _load(path)
    expect = article.meta.get("expect")
    assert isinstance(expect, list), f"{path}: front matter needs an `expect` list"
    expected = []
    for item in expect:
        m = _EXPECT.match(str(item))
        assert m, f"{path}: bad expect entry {item!r} (want 'CODE line:col')"
        expected.append((m["code"], int(m["line"]), int(m["col"])))
    rule = all_rules()[code]
    options = rule.meta.options(**dict(article.meta.get("options") or {}))
    findings = lint_article(article, [ActiveRule(rule, options, rule.meta.severity)])
    actual = sorted((f.code, f.line, f.column) for f in findings)
    assert actual == sorted(expected), (
        f"\n--- {path}\n{path.read_text(encoding='utf-8')}\n"
        f"expected: {sorted(expected)}\nactual:   {actual}\n"
        + "\n".join(f"  {f.line}:{f.column} {f.code} {f.message}" for f in findings)
    )


def test_every_fixture_name_says_bad_or_good() -> None:
    for path in CASES:
        assert path.stem.startswith(("bad-", "good-")), path
