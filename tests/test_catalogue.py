"""Meta-tests over the whole rule catalogue: identity, docs, registration, coverage."""

from __future__ import annotations

import importlib
import pkgutil
import re
import textwrap
from pathlib import Path

import pytest

import newslint.checks
from newslint.checks import BUILTIN_RULES
from newslint.rule import CODE_RE, DOC_SECTIONS, NAME_RE
from tests.conftest import FIXTURES, ROOT, all_rules

RULES = sorted(all_rules().values(), key=lambda r: r.meta.code)
IDS = [r.meta.code for r in RULES]
#: Rules whose findings come from readers or the runner, not from article text; their
#: behaviour is covered by tests/test_readers.py and tests/test_runner.py instead of fixtures.
NO_FIXTURES = {"NL901", "NL902", "NL904", "NL905", "NL906"}


def test_codes_and_names_are_well_formed_and_unique() -> None:
    codes = [r.meta.code for r in RULES]
    names = [r.meta.name for r in RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    for r in RULES:
        assert CODE_RE.match(r.meta.code), r.meta.code
        assert NAME_RE.match(r.meta.name), r.meta.name
        assert not r.meta.name.startswith(("no-", "disallow-", "bad-")), r.meta.name


def test_builtin_codes_follow_the_hundreds() -> None:
    groups = {"1": "dates", "2": "boilerplate", "3": "structure", "4": "language", "5": "corpus"}
    for r in RULES:
        if r.meta.code.startswith("NL"):
            assert r.meta.code[2] in {*groups, "9"}, r.meta.code


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_doc_has_every_section_in_order(rule) -> None:  # type: ignore[no-untyped-def]
    headings = re.findall(r"^## (.+)$", rule.meta.doc, flags=re.MULTILINE)
    assert headings == list(DOC_SECTIONS), f"{rule.meta.code}: {headings}"
    for section in re.split(r"^## .+$", rule.meta.doc, flags=re.MULTILINE)[1:]:
        assert section.strip(), f"{rule.meta.code}: empty doc section"
    assert rule.meta.summary and not rule.meta.summary.endswith(" ")


def test_every_check_module_is_registered() -> None:
    registered = {type(r).__module__ for r in BUILTIN_RULES}
    registered |= {getattr(r.check, "__module__", "") for r in BUILTIN_RULES if hasattr(r, "check")}
    modules = {
        f"newslint.checks.{m.name}"
        for m in pkgutil.iter_modules(newslint.checks.__path__)
        if not m.name.startswith("_")
    }
    for module in sorted(modules):
        importlib.import_module(module)
        assert module in registered, f"{module} defines no rule in BUILTIN_RULES"


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_every_rule_has_bad_and_good_cases(rule) -> None:  # type: ignore[no-untyped-def]
    code = rule.meta.code
    if code in NO_FIXTURES:
        pytest.skip("covered by reader/runner/baseline/waiver tests")
    if rule.meta.scope == "corpus":
        folder = FIXTURES / "corpus" / code
        assert list(folder.glob("bad-*/")) and list(folder.glob("good-*/")), (
            f"{code} needs bad-*/ and good-*/ corpus fixture folders in {folder}"
        )
        return
    folder = FIXTURES / "articles" / code
    bad = list(folder.glob("bad-*.md"))
    good = list(folder.glob("good-*.md"))
    if rule.meta.origin.startswith("pack:"):
        return  # YAML rules carry examples, run by test_pack_examples.py
    assert bad and good, f"{code} needs bad-*.md and good-*.md fixtures in {folder}"


def test_readme_rule_table_is_current() -> None:
    from newslint.cli import rules_markdown

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- rules:start -->") + len("<!-- rules:start -->\n")
    end = readme.index("<!-- rules:end -->")
    table = rules_markdown(RULES)
    assert readme[start:end] == table, (
        "README rule table is stale: run `python -m newslint rules --isolated --format markdown`"
        " and paste it between the rules:start/end markers"
    )


def test_examples_show_every_rule() -> None:
    """examples/ is the bundled demo corpus: every rule must fire somewhere in it."""
    from newslint.cli import main

    del main  # the full run is in test_cli.py; here only the list of documented codes
    text = (ROOT / "examples" / "README.md").read_text(encoding="utf-8")
    for r in RULES:
        assert r.meta.code in text, f"examples/README.md does not say where {r.meta.code} fires"


def test_paths_exist() -> None:
    assert (ROOT / "rules").is_dir()
    assert Path(newslint.checks.__file__).is_file()


#: Article rules whose documented examples cannot run as written, and why.
EXAMPLES_NOT_RUN = {
    "NL301": "cohesion needs a whole article around the paragraph (see its fixtures)",
    "NL401": "the example elides text ('...'); the rule needs 200 characters",
    "NL402": "the example elides text ('...'); the rule needs 100 per paragraph",
}
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
ARTICLE_RULES = [
    r for r in BUILTIN_RULES if re.fullmatch(r"NL[1-4]\d\d", r.meta.code) and hasattr(r, "check")
]


def _doc_block(doc: str, section: str) -> str:
    """A doc section's indented text, dedented; ``\\uXXXX`` written for invisible characters
    (NL404) stands for the character."""
    match = re.search(rf"^## {section}\n(.*?)(?=^## |\Z)", doc, re.S | re.M)
    assert match, section
    text = textwrap.dedent(match[1]).strip("\n") + "\n"
    return _ESCAPE.sub(lambda m: chr(int(m[1], 16)), text)


@pytest.mark.parametrize("rule", ARTICLE_RULES, ids=[r.meta.code for r in ARTICLE_RULES])
def test_documented_example_fires_and_passes_example_does_not(rule) -> None:  # type: ignore[no-untyped-def]
    """`newslint rule CODE` shows what the rule reports: the docs must not drift from it."""
    from newslint.article import Article
    from newslint.runner import ActiveRule, lint_article

    if rule.meta.code in EXAMPLES_NOT_RUN:
        pytest.skip(EXAMPLES_NOT_RUN[rule.meta.code])
    active = [ActiveRule(rule, rule.meta.options(), rule.meta.severity)]
    for section, expect_findings in (("Example", True), ("Passes", False)):
        article = Article.from_text(_doc_block(rule.meta.doc, section))
        found = [f for f in lint_article(article, active) if f.code == rule.meta.code]
        assert bool(found) == expect_findings, (rule.meta.code, section, found)
