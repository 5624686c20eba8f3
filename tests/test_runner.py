"""The pipeline and runner: crashing rules, per-article and per-file ignores, determinism
across worker counts, and JSONL byte-range chunks that give the same findings as one chunk.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import newslint.checks
from newslint import pipeline
from newslint.article import Article
from newslint.cli import main
from newslint.config import Config
from newslint.finding import Finding, Hit, Severity
from newslint.rule import NoOptions, article_rule

# --------------------------------------------------------------------------- articles

LEDE = "LEEDS (Reuters) - The city library will close two hours earlier on weekdays from next month, the council said on Tuesday."  # noqa: E501
BODY = "The council said the change would save about forty thousand pounds a year and that staff would move to the mobile library service."  # noqa: E501


def article_md(extra_front: str = "", marker: str = "") -> str:
    """File lines (n = lines of ``extra_front``): 9+n "Share this:" (NL202), 13+n a repeat
    of line 7+n (NL302)."""
    return (
        f"---\ntitle: Library opening hours cut\ndate: 2024-02-06\n{extra_front}---\n"
        f"{LEDE}\n\nLibrary opening hours cut\n\nShare this:\n\n{BODY} {marker}\n\n"
        "Library opening hours cut\n"
    )


def record(rid: str, text: str, **extra: object) -> str:
    return json.dumps({"id": rid, "text": text, **extra}, ensure_ascii=False)


def record_text(n: int) -> str:
    return (
        f"BERLIN (Reuters) - Story number {n} about the city zoo, officials said on March 4, 2024."
        f"\n\nShare this:\n\nVisitors queued for hours to see exhibit {n}."
    )


def sources_of(root: Path) -> list[tuple[Path, str]]:
    return sorted(
        ((p, p.relative_to(root).as_posix()) for p in root.rglob("*") if p.is_file()),
        key=lambda t: t[1],
    )


def positions(findings: list[Finding]) -> list[tuple[str, int, str]]:
    return [(f.path, f.line, f.code) for f in findings]


def run(root: Path, config: Config | None = None, jobs: int = 1) -> list[Finding]:
    return pipeline.run(sources_of(root), config or Config(load_plugins=False), jobs=jobs).findings


# --------------------------------------------------------------------------- NL904


@article_rule(code="ZZ101", name="explodes-on-marker", summary="Crashes on purpose.")
def boom(article: Article, options: NoOptions) -> Iterator[Hit]:
    """## What it does
    Raises on articles that contain the word KABOOM, after one hit.
    """
    if "KABOOM" in article.body:
        yield Hit("before the crash", 0, 5)
        raise ValueError("marker found")


@pytest.fixture
def with_boom(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newslint.checks, "BUILTIN_RULES", (*newslint.checks.BUILTIN_RULES, boom))


@pytest.mark.parametrize("jobs", [1, 2])
def test_crashing_rule_becomes_nl904(tmp_path: Path, with_boom: None, jobs: int) -> None:
    (tmp_path / "a.md").write_text(article_md(marker="KABOOM"), encoding="utf-8")
    (tmp_path / "b.md").write_text(article_md(), encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(
        record("r1", record_text(1) + " KABOOM") + "\n" + record("r2", record_text(2)) + "\n",
        encoding="utf-8",
    )
    config = Config(load_plugins=False, select=("NL202", "NL904", "ZZ101"))
    findings = run(tmp_path, config, jobs=jobs)
    crashes = [f for f in findings if f.code == "NL904"]
    assert [(f.path, f.line, f.record_id) for f in crashes] == [
        ("a.md", 5, None),
        ("c.jsonl", 1, "r1"),
    ]
    for f in crashes:
        assert f.severity is Severity.ERROR
        assert f.name == "rule-crashed"
        assert f.message == "rule ZZ101 crashed: ValueError: marker found"
    # Every other rule still ran on the crashing article, and the other articles were linted.
    assert ("a.md", 9, "NL202") in positions(findings)
    assert ("b.md", 9, "NL202") in positions(findings)
    assert ("c.jsonl", 2, "NL202") in positions(findings)
    assert ("c.jsonl", 1, "NL202") in positions(findings)
    # The hit yielded before the crash is kept.
    assert ("a.md", 5, "ZZ101") in positions(findings)


def test_crash_with_debug_prints_traceback(
    tmp_path: Path, with_boom: None, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.md").write_text(article_md(marker="KABOOM"), encoding="utf-8")
    config = Config(load_plugins=False, select=("NL904", "ZZ101"))
    findings = pipeline.run(sources_of(tmp_path), config, jobs=1, debug=True).findings
    assert "NL904" in {f.code for f in findings}
    assert "ValueError: marker found" in capsys.readouterr().err


def test_crash_through_cli_exits_1_without_traceback(
    tmp_path: Path,
    with_boom: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(article_md(marker="KABOOM"), encoding="utf-8")
    code = main(["check", "a.md", "--select", "ZZ101,NL904", "-q", "--no-cache"])
    out, err = capsys.readouterr()
    assert code == 1
    assert err == ""
    assert out.splitlines() == [
        "a.md:5:1: NL904 rule ZZ101 crashed: ValueError: marker found [rule-crashed]",
        "a.md:5:1: ZZ101 before the crash [explodes-on-marker]",
    ]


# --------------------------------------------------------------------------- ignores


@pytest.mark.parametrize(
    ("ignore", "expected"),
    [
        pytest.param("[NL202]", ["NL302"], id="code"),
        pytest.param("[NL2]", ["NL302"], id="prefix"),
        pytest.param("[repeated-line]", ["NL202"], id="name"),
        pytest.param("'NL202, NL302'", [], id="comma-string"),
        pytest.param("all", [], id="all"),
        pytest.param("[NL101]", ["NL202", "NL302"], id="other-code"),
    ],
)
def test_newslint_ignore_front_matter(tmp_path: Path, ignore: str, expected: list[str]) -> None:
    (tmp_path / "a.md").write_text(article_md(f"newslint_ignore: {ignore}\n"), encoding="utf-8")
    findings = run(tmp_path, Config(load_plugins=False, select=("NL202", "NL302")))
    assert [f.code for f in findings] == expected


def test_newslint_ignore_jsonl_field_and_custom_name(tmp_path: Path) -> None:
    lines = [
        record("r1", record_text(1)),
        record("r2", record_text(2), skip=["NL202"]),
        record("r3", record_text(3), newslint_ignore=["NL202"]),  # not the configured field
    ]
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = Config.model_validate(
        {"select": ["NL202"], "load-plugins": False, "input": {"fields": {"ignore": "skip"}}}
    )
    assert [f.record_id for f in run(tmp_path, config)] == ["r1", "r3"]


def test_per_file_ignores(tmp_path: Path) -> None:
    for name in ("a.md", "scraped/a.md", "scraped/deep/b.md", "other/keep.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(article_md(), encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"id": 1, "text": \n', encoding="utf-8")
    config = Config.model_validate(
        {
            "select": ["NL202", "NL302", "NL902"],
            "load-plugins": False,
            "per-file-ignores": {
                "scraped/*": ["web-boilerplate"],  # fnmatch: * spans "/" too
                "keep.md": ["NL3"],  # a glob without "/" matches the basename
                "*.jsonl": ["NL902"],  # input problems are dropped like any finding
            },
        }
    )
    assert positions(run(tmp_path, config)) == [
        ("a.md", 9, "NL202"),
        ("a.md", 13, "NL302"),
        ("other/keep.md", 9, "NL202"),
        ("scraped/a.md", 13, "NL302"),
        ("scraped/deep/b.md", 13, "NL302"),
    ]


# --------------------------------------------------------------------------- determinism


def _corpus(root: Path) -> None:
    for i in range(12):
        sub = root / f"d{i % 3}"
        sub.mkdir(exist_ok=True)
        (sub / f"a{i:02}.md").write_text(article_md(marker=f"n{i}"), encoding="utf-8")
    (root / "d0" / "bad.txt").write_bytes(b"Caf\xe9 owners\n")
    (root / "d1" / "empty.txt").write_text("", encoding="utf-8")
    lines = [record(f"r{i}", record_text(i)) for i in range(30)]
    lines.insert(7, '{"id": "broken", "text": ')
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_jobs_do_not_change_findings(tmp_path: Path) -> None:
    _corpus(tmp_path)
    serial = run(tmp_path, jobs=1)
    parallel = run(tmp_path, jobs=2)
    assert len(serial) > 40
    assert serial == parallel
    assert {"NL202", "NL302", "NL901", "NL902", "NL903"} <= {f.code for f in serial}


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_cli_output_is_byte_identical_across_jobs(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    _corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    outputs = []
    for jobs in ("1", "2", "1"):
        code = main(["check", ".", "--format", fmt, "--jobs", jobs, "--no-cache", "--statistics"])
        out, err = capsys.readouterr()
        assert (code, err) == (1, "")
        outputs.append(out.encode("utf-8"))
    assert outputs[0] == outputs[1] == outputs[2]


# --------------------------------------------------------------------------- JSONL chunks


def _feed(path: Path) -> int:
    """A JSONL file with good, broken, empty, blank and long records; returns its line count."""
    lines = []
    for i in range(40):
        if i % 9 == 4:
            lines.append(f'{{"id": "bad{i}", "text": "cut off')
        elif i % 11 == 5:
            lines.append(record(f"e{i}", ""))
        elif i == 20:
            lines.append(record("long", record_text(20) + " " + "word " * 200))  # > chunk size
        elif i == 30:
            lines.append("")
        else:
            lines.append(record(f"r{i}", record_text(i)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def test_plan_chunks_splits_big_jsonl_on_line_boundaries(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    n_lines = _feed(feed)
    data = feed.read_bytes()
    chunks = pipeline.plan_chunks([(feed, "feed.jsonl")], chunk_bytes=300)
    assert len(chunks) > 5
    assert chunks[0].start == 0 and chunks[0].first_line == 1
    assert chunks[-1].end == len(data)
    for a, b in itertools.pairwise(chunks):
        assert a.end == b.start
        assert data[b.start - 1 : b.start] == b"\n"
        assert b.first_line == a.first_line + data[a.start : a.end].count(b"\n")
    assert sum(data[c.start : c.end].count(b"\n") for c in chunks) == n_lines
    # small files, other kinds and gzip are never split
    (tmp_path / "a.md").write_text(article_md(), encoding="utf-8")
    assert pipeline.plan_chunks([(tmp_path / "a.md", "a.md")], chunk_bytes=10) == [
        pipeline.Chunk(tmp_path / "a.md", "a.md")
    ]
    assert pipeline.plan_chunks([(feed, "feed.jsonl")]) == [pipeline.Chunk(feed, "feed.jsonl")]


@pytest.mark.parametrize("chunk_bytes", [1, 64, 300, 1000])
def test_jsonl_chunks_give_the_same_findings_as_one_chunk(tmp_path: Path, chunk_bytes: int) -> None:
    feed = tmp_path / "feed.jsonl"
    _feed(feed)
    config = Config(load_plugins=False)
    ctx = pipeline.build_context(config)
    whole = [pipeline.Chunk(feed, "feed.jsonl")]
    split = pipeline.plan_chunks([(feed, "feed.jsonl")], chunk_bytes=chunk_bytes)
    assert len(split) > 1

    def lint(chunks: list[pipeline.Chunk], jobs: int) -> tuple[list[Finding], int]:
        findings: list[Finding] = []
        articles = 0
        for res in pipeline.iter_results(chunks, config, ctx, jobs):
            findings.extend(res.findings)
            articles += res.articles
        return sorted(findings, key=Finding.sort_key), articles

    expected, n_articles = lint(whole, 1)
    assert lint(split, 1) == (expected, n_articles)
    assert lint(split, 2) == (expected, n_articles)
    codes = {(f.line, f.code) for f in expected}
    # broken lines keep their file line numbers whichever chunk read them
    assert {(5, "NL902"), (14, "NL902"), (23, "NL902"), (32, "NL902")} <= codes
    assert (6, "NL903") in codes and (39, "NL903") in codes
    assert (22, "NL202") in codes and (21, "NL202") in codes  # after the long record
    assert n_articles == 40 - 4 - 1  # 4 broken lines, 1 blank line


def test_lint_articles_gives_each_articles_findings_in_one_article_order(
    with_boom: None,
) -> None:
    """Rule-major batches change speed only: per article, the findings of every rule in rule
    order, then NL904 for the rules that crashed on it, as one article at a time."""
    import sys

    from newslint.registry import build_ruleset, catalogue
    from newslint.runner import lint_articles, stamp_hit

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import _gen  # bench/ is not a package

    texts = [r["text"] for r in _gen.generate(40, seed=3)]
    texts[7] += "\n\nKABOOM Read more:"
    texts[30] = "KABOOM " + texts[30]
    articles = [Article.from_text(t, path=f"g{i}") for i, t in enumerate(texts)]
    config = Config(load_plugins=False)
    rules = build_ruleset(config, catalogue(config)).article_rules
    assert any(r.meta.code == "ZZ101" for r in rules)
    batched = lint_articles(articles, rules)
    for article, got in zip(articles, batched, strict=True):
        expected, crashed = [], []
        for active in rules:
            try:
                for hit in active.rule.check(article, active.options):  # type: ignore[union-attr]
                    expected.append(stamp_hit(article, active, hit))
            except ValueError:
                crashed.append(active.meta.code)
        assert got[: len(expected)] == expected
        assert [f.code for f in got[len(expected) :]] == ["NL904"] * len(crashed)
    assert sum(len(f) for f in batched) > 40  # the generated wire copy has findings to compare
    assert [f.code for f in batched[7]].count("NL904") == 1
