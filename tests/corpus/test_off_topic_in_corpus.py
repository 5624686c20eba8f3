"""NL506 off-topic-paragraph-in-corpus: unit tests of key and reduce.

The rule needs a corpus (``min_articles``, default 200) to learn which words go together, so
the tests generate one: articles on a few invented topics, each paragraph a sentence of the
article's topic words and words every story uses. A splice is a paragraph of another topic.
"""

from __future__ import annotations

import random
import struct

import pytest

from newslint.article import Article
from newslint.corpus.off_topic_in_corpus import OffTopicInCorpusOptions, key, reduce
from tests.corpus import RULES, article, run, where

TOPICS = {
    "harbour": [
        "harbour",
        "dredging",
        "channel",
        "berth",
        "pier",
        "ferry",
        "cargo",
        "quay",
        "tide",
        "silt",
        "vessel",
        "pilot",
        "dock",
        "crane",
        "container",
    ],
    "football": [
        "striker",
        "goalkeeper",
        "penalty",
        "stadium",
        "league",
        "referee",
        "midfield",
        "champion",
        "trophy",
        "supporter",
        "tackle",
        "header",
        "corner",
        "fixture",
        "squad",
    ],
    "drought": [
        "rainfall",
        "reservoir",
        "drought",
        "irrigation",
        "harvest",
        "farmer",
        "crop",
        "pasture",
        "aquifer",
        "borehole",
        "cattle",
        "orchard",
        "wheat",
        "forecaster",
        "rationing",
    ],
    "hospital": [
        "ward",
        "nurse",
        "surgeon",
        "patient",
        "clinic",
        "ambulance",
        "theatre",
        "diagnosis",
        "vaccine",
        "midwife",
        "pharmacy",
        "outpatient",
        "therapy",
        "consultant",
        "bed",
    ],
    "courts": [
        "judge",
        "verdict",
        "appeal",
        "jury",
        "prosecutor",
        "defendant",
        "sentence",
        "barrister",
        "testimony",
        "witness",
        "acquittal",
        "bail",
        "tribunal",
        "statute",
        "lawsuit",
    ],
}
COMMON = [
    "council",
    "officials",
    "residents",
    "report",
    "plan",
    "week",
    "region",
    "spokesman",
    "public",
    "local",
]
GLUE = [
    "the",
    "a",
    "of",
    "to",
    "in",
    "on",
    "and",
    "with",
    "for",
    "after",
    "before",
    "was",
    "were",
    "has",
]


def paragraph(rng: random.Random, topic: str, words: int = 16) -> str:
    out = []
    for i in range(words):
        if i % 4 == 3:
            out.append(rng.choice(GLUE))
        elif i % 4 == 2:
            out.append(rng.choice(COMMON))
        else:
            out.append(rng.choice(TOPICS[topic]))
    return " ".join(out).capitalize() + "."


def body(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs) + "\n"


def story(seed: int, topic: str, n: int = 6) -> list[str]:
    rng = random.Random(seed)
    return [f"{topic.capitalize()} news"] + [paragraph(rng, topic) for _ in range(n)]


def background(n: int = 240) -> list[Article]:
    topics = sorted(TOPICS)
    return [article(body(story(i, topics[i % len(topics)])), f"bg/{i:04d}.txt") for i in range(n)]


BACKGROUND = background()


def spliced(at: int = 4, donor: str = "football", host: str = "drought") -> list[str]:
    paras = story(10_000, host)
    paras.insert(at, paragraph(random.Random(20_000), donor))
    return paras


def test_flags_the_spliced_paragraph_at_its_line() -> None:
    hits = run("NL506", [*BACKGROUND, article(body(spliced(at=4)), "z.txt")])
    # paragraph 4 (0-based) of one-line paragraphs separated by blank lines: line 9
    assert where(hits) == [("z.txt", 9, 1)]
    assert hits[0].message.startswith(
        "paragraph's words go with other stories of the corpus, not with the rest of the "
        "article (score "
    )
    assert "article median" in hits[0].message


def test_untouched_article_and_background_pass() -> None:
    assert run("NL506", [*BACKGROUND, article(body(story(10_000, "drought")), "z.txt")]) == []


def test_indented_paragraph_and_front_matter_offset() -> None:
    paras = spliced(at=2)
    paras[2] = "  " + paras[2]
    hits = run("NL506", [*BACKGROUND, article(body(paras), "z.md", body_line_offset=4)])
    assert where(hits) == [("z.md", 5, 3)]


@pytest.mark.parametrize(
    ("paras", "options"),
    [
        pytest.param(spliced(at=0), {}, id="first-paragraph-never-judged"),
        pytest.param(
            [*spliced()[:4], "Rovers " + paragraph(random.Random(3), "football", 8)],
            {},
            id="short-paragraph",
        ),
        pytest.param(
            [*spliced()[:4], "“" + paragraph(random.Random(3), "football")[:-1] + ".”"],
            {},
            id="wholly-quoted",
        ),
        pytest.param(
            [*spliced()[:4], paragraph(random.Random(3), "football") + " You should see it."],
            {},
            id="addresses-reader",
        ),
        pytest.param(spliced(), {"min_paragraphs": 8}, id="too-few-paragraphs"),
        pytest.param(spliced(), {"max_cohesion": -0.5}, id="max-cohesion"),
        pytest.param(spliced(), {"min_coverage": 1.0}, id="min-coverage"),
        pytest.param(spliced(), {"min_articles": 500}, id="corpus-too-small"),
        pytest.param(spliced(), {"min_words": 20}, id="min-words"),
    ],
)
def test_not_judged_or_not_flagged(paras: list[str], options: dict[str, object]) -> None:
    assert run("NL506", [*BACKGROUND, article(body(paras), "z.txt")], options) == []


@pytest.mark.parametrize("direct_weight", [0.0, 0.75])
def test_found_by_associations_alone_and_mixed(direct_weight: float) -> None:
    hits = run(
        "NL506",
        [*BACKGROUND, article(body(spliced(at=3)), "z.txt")],
        {"direct_weight": direct_weight},
    )
    assert where(hits) == [("z.txt", 7, 1)]


def test_max_ratio_bounds_how_far_below_the_median() -> None:
    arts = [*BACKGROUND, article(body(story(10_000, "drought")), "z.txt")]
    assert run("NL506", arts) == []
    # at 0.8 of the median, ordinary paragraphs of the generated stories are reported too
    lax = run("NL506", arts, {"max_ratio": 0.8})
    assert len(lax) >= 3 and all(h.ref.path.startswith("bg/") for h in lax)


def test_default_corpus_minimum_is_200_articles() -> None:
    assert OffTopicInCorpusOptions().min_articles == 200
    small = [*BACKGROUND[:198], article(body(spliced()), "z.txt")]
    assert run("NL506", small) == []
    assert where(run("NL506", [*BACKGROUND[:199], article(body(spliced()), "z.txt")])) == [
        ("z.txt", 9, 1)
    ]


def test_same_hits_whatever_the_order_of_entries() -> None:
    opts = OffTopicInCorpusOptions()
    arts = [*BACKGROUND, article(body(spliced()), "z.txt")]
    entries = [(a.ref, key(a, opts)) for a in arts]
    first = [(h.ref.path, h.line, h.message, h.excerpt) for h in reduce(entries, opts)]
    rng = random.Random(5)
    rng.shuffle(entries)
    again = [(h.ref.path, h.line, h.message, h.excerpt) for h in reduce(entries, opts)]
    assert first == again and len(first) == 1


def test_focus_skips_articles_outside_it() -> None:
    opts = OffTopicInCorpusOptions()
    arts = [*BACKGROUND, article(body(spliced()), "z.txt")]
    entries = [(a.ref, key(a, opts)) for a in arts]
    assert [h.ref.path for h in reduce(entries, opts, focus=[len(arts) - 1])] == ["z.txt"]
    assert list(reduce(entries, opts, focus=[0, 1, 2])) == []


def test_excerpt_stays_put_when_lines_move() -> None:
    paras = spliced()
    moved = ["Breaking", *paras]
    one = run("NL506", [*BACKGROUND, article(body(paras), "z.txt")])
    two = run("NL506", [*BACKGROUND, article(body(moved), "z.txt")])
    assert one[0].line + 2 == two[0].line
    assert one[0].excerpt == two[0].excerpt


def test_key_layout_and_size() -> None:
    opts = OffTopicInCorpusOptions()
    a = article(body(spliced()), "z.txt")
    k = key(a, opts)
    assert isinstance(k, bytes)
    (n,) = struct.unpack_from("<H", k)
    assert n == 8  # the title line and seven paragraphs
    terms = (len(k) - 2 - 6 * n) // 4
    assert len(k) == 2 + 6 * n + 4 * terms
    assert key(article("a of the\n", "e.txt"), opts) is None
    capped = key(a, OffTopicInCorpusOptions(max_terms=5))
    assert capped is not None and len(capped) < len(k)


def test_rule_is_registered_off_by_default() -> None:
    meta = RULES["NL506"].meta
    assert meta.name == "off-topic-paragraph-in-corpus"
    assert not meta.enabled_by_default and meta.scope == "corpus"
