"""bench/splices.py builds each kind of out-of-place paragraph where its positive says."""

from __future__ import annotations

import random
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import splices  # noqa: E402  (bench/ is not a package)

STORIES = splices.load()


def test_the_story_groups_load_with_title_date_and_paragraphs() -> None:
    assert len(STORIES) == 42
    assert len({s.group for s in STORIES}) == 14
    assert all(len(s.paragraphs) >= 9 and s.title for s in STORIES)


def test_each_kind_puts_its_positive_where_it_says() -> None:
    rng = random.Random(3)
    host = STORIES[0]
    siblings = {p for s in STORIES if s.group == host.group and s is not host for p in s.paragraphs}
    others = {p for s in STORIES if s.group != host.group for p in s.paragraphs}
    for kind in splices.KINDS:
        for _ in range(20):
            paragraphs, at, donor = splices._case(host, kind, STORIES, rng)
            if kind == "start cut":
                assert (paragraphs, at, donor) == (list(host.paragraphs[1:]), 0, "")
                continue
            assert len(paragraphs) == len(host.paragraphs) + 1
            assert paragraphs[:at] + paragraphs[at + 1 :] == list(host.paragraphs)
            assert paragraphs[at] in (siblings if kind.startswith("same") else others)
            assert (at == 0) == kind.endswith("as lede")


def test_paragraph_lines_are_those_of_the_article_built_from_them() -> None:
    story = STORIES[5]
    article = splices.article(story, story.paragraphs)
    assert [p.line for p in article.paragraphs] == splices.paragraph_lines(story.paragraphs)
