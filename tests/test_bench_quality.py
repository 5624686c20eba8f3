"""The quality benchmark's injectors put each defect exactly where its label says."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from newslint import readers
from newslint.article import Article

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import _corpus as corpus  # noqa: E402  (bench/ is not a package)
import _held_out as held_out  # noqa: E402
import quality  # noqa: E402

ARTICLES = corpus.clean_articles(60, seed=7)


def _context(seed: int) -> corpus.Context:
    donors = [corpus.variant(b, random.Random(0), 0) for b in corpus.bases()]
    return corpus.Context(random.Random(seed), donors, list(corpus.FOREIGN_PARAGRAPHS))


def _read(text: str, tmp_path: Path) -> Article:
    """The article as newslint reads it from a Markdown file."""
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    (article,) = readers.read_path(path, "a.md")
    assert isinstance(article, Article)
    return article


def test_wrap_keeps_every_character() -> None:
    text = "US -backed forces said ,then.The the zero\u200bwidth " * 6
    lines, starts = corpus.wrap(text, 40)
    assert " ".join(lines) == text
    assert all(text[s:].startswith(line) for s, line in zip(starts, lines, strict=True))


def test_clean_articles_are_distinct_and_deterministic() -> None:
    again = corpus.clean_articles(60, seed=7)
    assert [a.render() for a in again] == [a.render() for a in ARTICLES]
    assert len({a.render() for a in ARTICLES}) == 60
    for group in corpus.rounds(ARTICLES):
        assert len({a.base for a in group}) == len(group)


@pytest.mark.parametrize("code", sorted(corpus.ARTICLE_INJECTORS))
def test_injected_defect_is_at_the_labelled_line(code: str, tmp_path: Path) -> None:
    inject = corpus.ARTICLE_INJECTORS[code]
    for i, art in enumerate(ARTICLES[:24]):
        draft = art.draft()
        before = {id(b): b.text for b in draft.blocks}
        marks = inject(draft, _context(i))
        assert [m.code for m in marks] == [code]
        mark = marks[0]
        # the marked block is new, or its text was changed
        assert before.get(id(mark.block)) != mark.block.text
        rendered = draft.render()
        article = _read(rendered.text, tmp_path)
        file_lines = rendered.text.split("\n")
        first, last = rendered.lines_of(mark.block)
        # the labelled span holds exactly the block's text (wrapped at single spaces)
        assert " ".join(file_lines[first - 1 : last]) == mark.block.text
        # ... and it is the same line newslint sees (front matter lines counted)
        body_line = article.body.split("\n")[first - 1 - article.body_line_offset]
        assert body_line == file_lines[first - 1]
        if mark.offset is not None:
            line = rendered.line_at(mark.block, mark.offset)
            defect = mark.block.text[mark.offset : mark.offset + 3]
            assert defect in file_lines[line - 1]


def test_copyright_footer_is_the_last_line_with_a_wrong_year(tmp_path: Path) -> None:
    art = ARTICLES[0]
    draft = art.draft()
    (mark,) = corpus.copyright_year(draft, _context(1))
    rendered = draft.render()
    last = rendered.text.rstrip("\n").split("\n")[-1]
    assert rendered.lines_of(mark.block)[0] == rendered.text.rstrip("\n").count("\n") + 1
    assert str(art.date.year) not in last


def test_wrong_weekday_is_wrong() -> None:
    import datetime as dt

    day = dt.date(2019, 4, 19)  # a Friday
    assert corpus.format_date(day, 4, "{A}, {B} {d}, {Y}") == "Friday, April 19, 2019"
    assert corpus.format_date(day, 0, "{A}, the {nth} of {B}") == "Monday, the 19th of April"


def test_near_duplicate_changes_the_text() -> None:
    for i, art in enumerate(ARTICLES[:30]):
        copy, how = corpus.near_duplicate(art, random.Random(i))
        assert copy.paragraphs != art.paragraphs, how


def test_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert quality.main(["--n", "20", "--markdown", "--details"]) == 0
    out = capsys.readouterr().out
    assert "overall" in out
    assert "| rule | injected |" in out
    assert "| recall | held-out recall |" in out
    assert "Held-out phrasings" in out
    for code in ("NL101", "NL203", "NL404"):
        assert code in out
    for batch in held_out.BATCHES:
        for code in batch.phrases:
            assert f"{batch.name}  {code}" in out


@pytest.mark.parametrize(
    ("batch", "code"),
    [(b, c) for b in held_out.BATCHES for c in sorted(b.phrases)],
    ids=lambda v: getattr(v, "name", v),
)
def test_held_out_phrasings_are_injected_at_the_labelled_line(
    batch: held_out.Batch, code: str, tmp_path: Path
) -> None:
    inject = corpus.ARTICLE_INJECTORS[code]
    seen = set()
    for i, art in enumerate(ARTICLES[:40]):
        draft = art.draft()
        ctx = _context(i)
        ctx.phrases = dict(batch.phrases)
        (mark,) = inject(draft, ctx)
        variant = re.sub(r"^(?:older|newer): ", "", mark.variant)  # NL101: "older: <template>"
        assert variant in batch.phrases[code]
        seen.add(variant)
        rendered = draft.render()
        first, last = rendered.lines_of(mark.block)
        lines = rendered.text.split("\n")
        assert " ".join(lines[first - 1 : last]) == mark.block.text
    assert len(seen) > 1  # drawn from the batch, not one fixed line


def test_held_out_phrasings_are_not_in_the_rules_phrase_lists() -> None:
    """The point of a held-out batch: none of its lines is a phrase a rule lists verbatim."""
    pack = (BENCH.parent / "rules" / "web_boilerplate.yaml").read_text(encoding="utf-8")
    listed = {
        line.strip()[2:].strip().strip("'\"").lower()
        for line in pack.splitlines()
        if line.strip().startswith("- ")
    }
    tuned = {
        "NL101": corpus.COPYRIGHT,
        "NL105": corpus.METADATA,
        "NL201": corpus.CAPTIONS,
        "NL202": corpus.BOILERPLATE,
        "NL204": corpus.FOOTERS,
        "NL205": corpus.CREDITS,
    }
    for batch in held_out.BATCHES:
        for code, phrases in batch.phrases.items():
            known = held_out.PREEXISTING_TUNED_PHRASES.get(batch.name, frozenset())
            assert not (set(phrases) & set(tuned[code])) - known, (batch.name, code)
            if code == "NL202":
                added = {p.lower() for p in phrases} & listed - held_out.PREEXISTING_PACK_PHRASES
                assert not added, batch.name


def test_fresh_batch_is_the_newest_untouched_one() -> None:
    """``fresh()`` is the newest batch without ``tuned_on`` when there is one (every batch
    may have been tuned on until a new one is written); batch names are unique."""
    untouched = [b for b in held_out.BATCHES if not b.tuned_on]
    expected = untouched[-1] if untouched else held_out.BATCHES[-1]
    assert held_out.fresh() is expected
    warned = "WARNING: every batch has been tuned on" in quality.held_out_section({}, {})
    assert warned == (not untouched)  # a tuned held-out column never goes unannounced
    names = [b.name for b in held_out.BATCHES]
    assert len(names) == len(set(names))


def test_held_out_clean_sets_are_rendered_unchanged_and_scored_per_article(
    tmp_path: Path,
) -> None:
    from newslint.finding import Finding, Severity

    clean_set = held_out.CLEAN_SETS[0]
    files = quality.held_out_clean_pass(tmp_path, clean_set.name)
    bases = corpus.held_out_bases(clean_set.name)
    assert len(bases) >= 30 and len(files) == len(bases) * len(quality.CLEAN_RENDERINGS)
    first = bases[0]
    for path, base_id in files.items():
        if base_id != first.id:
            continue
        (article,) = readers.read_path(path, path.name)
        assert isinstance(article, Article) and article.title == first.title
        # the headline line, then every paragraph as written, whatever the rendering
        written = " ".join((first.title, *first.paragraphs))
        assert " ".join(article.body.split()) == " ".join(written.split())
    # two renderings of one article flagged by NL102 count as one dateline form missed
    flagged = [p for p, b in files.items() if b == first.id]
    findings = [
        Finding(
            str(p.relative_to(tmp_path)),
            3,
            1,
            3,
            9,
            "NL102",
            "missing-dateline",
            Severity.WARNING,
            "no dateline in the lede",
        )
        for p in flagged
    ]
    text = quality.held_out_clean_section(clean_set, findings, files, tmp_path)
    assert f"NL102         2      1/{len(bases)}" in text
    assert f"accepted: {len(bases) - 1}/{len(bases)}" in text
