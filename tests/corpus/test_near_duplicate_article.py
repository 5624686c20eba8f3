"""NL502 near-duplicate-article: unit tests of key and reduce."""

from __future__ import annotations

import random

import pytest

from tests.corpus import article, make_text, run, where

ORIGINAL = make_text(7, words=400)


def edit(text: str, rate: float, seed: int = 3) -> str:
    """Replace about ``rate`` of the words with an invented one."""
    rng = random.Random(seed)
    return "\n".join(
        " ".join(w if rng.random() > rate else "zzyzx" for w in line.split())
        for line in text.splitlines()
    )


def first_lines(text: str, share: float) -> str:
    lines = text.splitlines()
    return "\n".join(lines[: round(len(lines) * share)])


def test_light_edit_is_a_near_duplicate() -> None:
    hits = run("NL502", [article(ORIGINAL, "a.txt"), article(edit(ORIGINAL, 0.05), "b.txt")])
    assert where(hits) == [("b.txt", 1, 1)]
    assert hits[0].message.startswith("near-duplicate of a.txt (estimated similarity 0.")


def test_truncated_copy_is_contained() -> None:
    hits = run("NL502", [article(ORIGINAL, "a.txt"), article(first_lines(ORIGINAL, 0.4), "b.txt")])
    assert where(hits) == [("b.txt", 1, 1)]
    assert hits[0].message.startswith("mostly contained in a.txt (estimated containment ")


def test_extended_copy_contains_the_earlier_one() -> None:
    short = first_lines(ORIGINAL, 0.4)
    hits = run("NL502", [article(short, "a.txt"), article(ORIGINAL, "b.txt")])
    assert where(hits) == [("b.txt", 1, 1)]
    assert hits[0].message.startswith("contains most of a.txt (estimated containment ")


def test_best_match_is_named() -> None:
    arts = [
        article(edit(ORIGINAL, 0.12, seed=1), "a.txt"),
        article(ORIGINAL, "b.txt"),
        article(edit(ORIGINAL, 0.02), "c.txt"),
    ]
    hits = run("NL502", arts)
    assert [h.message.split(" (")[0] for h in hits] == [
        "near-duplicate of a.txt",
        "near-duplicate of b.txt",
    ]


@pytest.mark.parametrize(
    ("other", "options"),
    [
        pytest.param(ORIGINAL, {}, id="exact-copy-is-NL501s"),
        pytest.param(make_text(8, words=400), {}, id="unrelated"),
        pytest.param(edit(ORIGINAL, 0.4), {}, id="heavy-edit"),
        pytest.param(edit(ORIGINAL, 0.05), {"threshold": 0.99}, id="threshold-option"),
        pytest.param(
            edit(first_lines(ORIGINAL, 0.4), 0.05), {"containment": 1.0}, id="containment-option"
        ),
        pytest.param(edit(ORIGINAL, 0.05), {"min_words": 1000}, id="min-words-option"),
    ],
)
def test_passes(other: str, options: dict[str, float]) -> None:
    assert run("NL502", [article(ORIGINAL, "a.txt"), article(other, "b.txt")], options) == []


@pytest.mark.parametrize(
    "options",
    [
        pytest.param({"shingle_size": 3}, id="shingle-size"),
        pytest.param({"num_perm": 64, "bands": 16}, id="num-perm"),
        pytest.param({"sketch_size": 128}, id="sketch-size"),
    ],
)
def test_other_parameters_still_find_a_light_edit(options: dict[str, int]) -> None:
    arts = [article(ORIGINAL, "a.txt"), article(edit(ORIGINAL, 0.03), "b.txt")]
    assert where(run("NL502", arts, options)) == [("b.txt", 1, 1)]


def test_key_is_compact() -> None:
    from newslint.corpus.near_duplicate_article import RULE

    key = RULE.key(article(ORIGINAL, "a.txt"), RULE.meta.options())
    assert isinstance(key, bytes) and len(key) == 8 + 32 * 4 + 48 * 4


def test_truncated_and_edited_copy_is_still_contained() -> None:
    later = edit(first_lines(ORIGINAL, 0.5), 0.03)
    hits = run("NL502", [article(ORIGINAL, "a.txt"), article(later, "b.txt")])
    assert [h.message.split(" (")[0] for h in hits] == ["mostly contained in a.txt"]


def test_bands_cannot_exceed_permutations() -> None:
    from pydantic import ValidationError

    from newslint.corpus.near_duplicate_article import NearDuplicateOptions

    with pytest.raises(ValidationError, match="cannot exceed num_perm"):
        NearDuplicateOptions(num_perm=16, bands=32)


def test_focus_gives_the_same_hits_for_the_focused_articles() -> None:
    """A pre-commit run's focus skips work, never changes a hit on a focused article."""
    from newslint.article import Article
    from newslint.corpus import near_duplicate_article as nd

    base = " ".join(f"word{i} follows word{i + 1} in sentence number {i}." for i in range(60))
    texts = [base, base.replace("word7 ", "term7 "), "An unrelated story. " * 40, base[:-40]]
    opts = nd.NearDuplicateOptions()
    entries = []
    for i, text in enumerate(texts):
        article = Article.from_text(text, path=f"{i}.txt")
        entries.append((article.ref, nd.key(article, opts)))
    everything = list(nd.reduce(entries, opts))
    assert {h.ref.path for h in everything} >= {"1.txt"}
    for focus in ({1}, {3}, {1, 3}):
        focused = list(nd.reduce(entries, opts, frozenset(focus)))
        wanted = {f"{i}.txt" for i in focus}
        assert focused == [h for h in everything if h.ref.path in wanted]


@pytest.mark.parametrize("workers", [2, 3])
def test_verification_in_worker_processes_gives_the_same_hits(
    workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    from pathlib import Path

    from newslint.article import Article
    from newslint.corpus import _workers
    from newslint.corpus import near_duplicate_article as nd

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import _gen  # bench/ is not a package

    opts = nd.NearDuplicateOptions()
    entries = []
    for i, record in enumerate(_gen.generate(1500, seed=8)):
        article = Article.from_text(record["text"], path=f"{i:04d}.txt")
        entries.append((article.ref, nd.key(article, opts)))
    alone = [(h.ref, h.message) for h in nd.reduce(entries, opts)]
    assert len(alone) > 10  # the generator's near copies are found
    monkeypatch.setattr(nd, "_PARALLEL_MIN_ARTICLES", 0)
    with _workers.reduce_workers(workers):
        assert _workers.worker_count() == workers
        shared = [(h.ref, h.message) for h in nd.reduce(entries, opts)]
    assert shared == alone
