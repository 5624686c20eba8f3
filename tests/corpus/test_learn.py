"""`learn`: repeated lines become a reviewable YAML pack that newslint can load."""

from __future__ import annotations

from pathlib import Path

from newslint.corpus.learn import learn, learn_lines
from newslint.packs import load_pack
from newslint.runner import ActiveRule, lint_article
from tests.corpus import article, make_text

FOOTER = "Follow the Harbour Gazette on social media"
WIDGET = "Share this story:"


def corpus() -> list:
    arts = []
    for i in range(8):
        extra = f"\n{WIDGET}\n" if i < 5 else ""
        arts.append(article(f"{make_text(i, words=96)}{extra}\n{FOOTER}\n", f"{i:02}.txt"))
    arts.append(article(make_text(40), "other.txt"))
    return arts


def test_learned_lines_sorted_by_count_with_examples() -> None:
    lines, total = learn_lines(corpus())
    assert total == 9
    assert [(e.text, e.count) for e in lines] == [(FOOTER, 8), (WIDGET, 5)]
    assert lines[0].examples == ["00.txt", "01.txt", "02.txt"]


def test_pack_loads_and_flags_the_footer_not_reporting(tmp_path: Path) -> None:
    text = learn(corpus())
    path = tmp_path / "learned.yaml"
    path.write_text(text, encoding="utf-8")
    rules = load_pack(path)
    assert [r.meta.code for r in rules] == ["LB001", "LB002"]
    assert "8 of 9 articles (88.9%), e.g. 00.txt, 01.txt, 02.txt" in text
    body = f"{make_text(3, words=48)}\n{FOOTER}\n"
    first = rules[0]
    findings = lint_article(
        article(body, "t.txt"), [ActiveRule(first, first.meta.options(), first.meta.severity)]
    )
    assert [(f.code, f.line) for f in findings] == [("LB001", 4)]
    assert findings[0].fix is not None
    for reporting in make_text(3, words=48).splitlines():
        assert reporting not in text


def test_thresholds_and_nothing_learned() -> None:
    assert [e.text for e in learn_lines(corpus(), min_articles=6)[0]] == [FOOTER]
    assert learn_lines(corpus(), min_share=0.9)[0] == []
    text = learn(corpus(), min_articles=50)
    assert "nothing learned" in text and "pack:" not in text


def test_generator_input_and_quoting(tmp_path: Path) -> None:
    odd = 'He said: "Subscribe" — #1 {offer} \\ now'
    arts = (article(f"{make_text(i, words=48)}\n{odd}\n", f"{i}.txt") for i in range(5))
    text = learn(arts)
    path = tmp_path / "learned.yaml"
    path.write_text(text, encoding="utf-8")
    (rule,) = load_pack(path)
    found = lint_article(
        article(f"Intro.\n{odd}\n", "t.txt"),
        [ActiveRule(rule, rule.meta.options(), rule.meta.severity)],
    )
    assert [f.line for f in found] == [2]
