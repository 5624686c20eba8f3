"""Every fixture corpus under tests/fixtures/corpus/<CODE>/<case>/ gives exactly its expect.yaml.

A case is a folder of a few articles (.txt, .md with front matter, .jsonl) plus
``expect.yaml``: ``expect`` maps each file name to a list of "CODE line:col" strings
(positions in the file on disk, front matter counted; a file not listed expects nothing) and
optional ``options`` configure the folder's rule. Only that rule runs, over the folder's
articles in path order, through the same key/reduce/stamping steps the runner uses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from newslint.article import Article
from newslint.corpus.index import merge_entries
from newslint.readers import read_path
from newslint.rule import DOC_SECTIONS
from newslint.runner import ActiveRule, stamp_corpus_hit
from tests.conftest import FIXTURES
from tests.corpus import RULES

CASES = sorted(p for p in (FIXTURES / "corpus").glob("*/*") if p.is_dir())
_EXPECT = re.compile(r"^(?P<code>[A-Z]{2,3}\d{3}) (?P<line>\d+):(?P<col>\d+)$")


def _articles(case: Path) -> list[Article]:
    out = []
    for path in sorted(case.iterdir()):
        if path.name == "expect.yaml":
            continue
        for item in read_path(path, display_path=path.name):
            assert isinstance(item, Article), f"{path}: {item}"
            out.append(item)
    return out


@pytest.mark.parametrize("case", CASES, ids=[f"{p.parent.name}/{p.name}" for p in CASES])
def test_fixture_corpus(case: Path) -> None:
    code = case.parent.name
    spec = YAML(typ="safe").load((case / "expect.yaml").read_text(encoding="utf-8"))
    rule = RULES[code]
    active = ActiveRule(rule, rule.meta.options(**(spec.get("options") or {})), rule.meta.severity)
    articles = _articles(case)
    names = {a.path for a in articles}
    assert set(spec["expect"]) <= names, f"{case}: expect.yaml names unknown files"
    expected = []
    for name, items in spec["expect"].items():
        for item in items:
            m = _EXPECT.match(item)
            assert m, f"{case}: bad expect entry {item!r}"
            expected.append((m["code"], name, int(m["line"]), int(m["col"])))
    entries = merge_entries([(a.ref, rule.key(a, active.options)) for a in articles], [])
    findings = [stamp_corpus_hit(active, h) for h in rule.reduce(entries, active.options)]
    actual = sorted((f.code, f.path, f.line, f.column) for f in findings)
    assert actual == sorted(expected), "\n".join(
        f"  {f.path}:{f.line}:{f.column} {f.code} {f.message}" for f in findings
    )


def test_every_case_name_says_bad_or_good() -> None:
    assert CASES
    for case in CASES:
        assert case.name.startswith(("bad-", "good-")), case


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_corpus_rule_has_doc_and_bad_and_good_cases(code: str) -> None:
    meta = RULES[code].meta
    headings = re.findall(r"^## (.+)$", meta.doc, flags=re.MULTILINE)
    assert headings == list(DOC_SECTIONS)
    assert all(s.strip() for s in re.split(r"^## .+$", meta.doc, flags=re.MULTILINE)[1:])
    assert meta.scope == "corpus" and meta.summary.endswith(".")
    folder = FIXTURES / "corpus" / code
    assert list(folder.glob("bad-*")) and list(folder.glob("good-*")), folder
    for field in meta.options.model_fields.values():
        assert field.description, f"{code}: option without a description"
