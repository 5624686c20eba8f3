"""Helpers of the corpus rules: normalisation, stable hashes, MinHash and sketches."""

from __future__ import annotations

import random

import numpy as np
import pytest

from newslint.article import Article
from newslint.checks._text import normalise_for_compare, words
from newslint.corpus import _shingles as S
from newslint.corpus._shingles import body_tokens


@pytest.mark.parametrize(
    "text",
    [
        "Council's vote: 7-2, on Tuesday!",
        "MIXED case\tand   spaces\nnew line don't",
        "Unicode “quotes” and ’apostrophes’ — dashes",
        "Ünïcödé wörds and ﬁ ligature",
    ],
)
def test_norm_words_fast_path_matches_the_general_one(text: str) -> None:
    assert S.norm_words(text) == words(normalise_for_compare(text))


def test_hash64_is_stable_across_processes() -> None:
    # a fixed value: keys stored in the corpus index must compare equal next week
    assert S.hash64("harbour budget") == 0x3702F0594515DCFF
    assert S.hash64("a") != S.hash64("b")


def test_word_hashes_are_deterministic() -> None:
    a = S.word_hashes(["harbour", "budget", "harbour"])
    assert a[0] == a[2] != a[1]
    assert S.word_hashes(["harbour"])[0] == a[0]


def _exact_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    sa, sb = set(a.tolist()), set(b.tolist())
    return len(sa & sb) / len(sa | sb)


def test_minhash_and_sketch_estimate_jaccard() -> None:
    rng = random.Random(0)
    errors_mh, errors_bk = [], []
    for _ in range(60):
        base = [f"w{rng.randrange(5000)}" for _ in range(500)]
        other = [w if rng.random() > rng.choice([0.05, 0.2, 0.5]) else "x" for w in base]
        a, b = S.shingle_hashes(base, 2), S.shingle_hashes(other, 2)
        true = _exact_jaccard(a, b)
        est = float((S.minhash(a, 256) == S.minhash(b, 256)).mean())
        errors_mh.append(est - true)
        errors_bk.append(S.sketch_compare(S.bottom_k(a, 128), S.bottom_k(b, 128), 128)[0] - true)
    assert abs(np.mean(errors_mh)) < 0.02 and np.std(errors_mh) < 0.05
    assert abs(np.mean(errors_bk)) < 0.02 and np.std(errors_bk) < 0.06


def test_sketch_containment_of_a_prefix() -> None:
    tokens = [f"w{i}" for i in range(1000)]
    long, short = S.shingle_hashes(tokens, 2), S.shingle_hashes(tokens[:300], 2)
    jac, c_short, c_long = S.sketch_compare(S.bottom_k(short, 48), S.bottom_k(long, 48), 48)
    assert c_short == 1.0
    assert 0.15 < jac < 0.5 and 0.15 < c_long < 0.5


def test_band_hashes_equal_for_equal_signatures() -> None:
    sig = S.minhash(S.shingle_hashes(["a", "b", "c", "d"], 2), 128)
    assert S.band_hashes(sig, 32) == S.band_hashes(sig.copy(), 32)
    assert len(S.band_hashes(sig, 32)) == 32 * 4


def test_empty_and_one_word_texts() -> None:
    assert S.shingle_hashes([], 2).size == 0
    assert S.shingle_hashes(["solo"], 3).size == 1
    assert S.sketch_compare(b"", b"", 8) == (0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("a", "b", "limit", "expected"),
    [
        ("Lavrov", "Lavrov", 2, 0),
        ("Vostrikov", "Vostrykov", 2, 1),
        ("Mohammed", "Muhammad", 2, 2),
        ("Mohammed", "Mo", 2, 3),
        ("kitten", "sitting", 3, 3),
    ],
)
def test_levenshtein(a: str, b: str, limit: int, expected: int) -> None:
    assert S.levenshtein(a, b, limit) == expected


def test_sketch_compare_many_matches_the_pairwise_estimate_exactly() -> None:
    """The batched NL502 verification gives the same floats as sketch_compare, pair by pair."""
    import random

    import numpy as np

    from newslint.corpus._shingles import sketch_compare, sketch_compare_many

    rng = random.Random(7)
    k = 48
    sketches = []
    for _ in range(200):
        size = rng.choice([0, 3, 30, 48, 48, 48])  # empty, short texts, full sketches
        values = sorted(rng.sample(range(3000), size))
        sketches.append(np.array(values, dtype=np.uint32).tobytes())
    first = np.array([rng.randrange(200) for _ in range(3000)])
    second = np.array([rng.randrange(200) for _ in range(3000)])
    jac, ca, cb = sketch_compare_many(sketches, k, first, second)
    for p in range(3000):
        expected = sketch_compare(sketches[first[p]], sketches[second[p]], k)
        assert (float(jac[p]), float(ca[p]), float(cb[p])) == expected


def test_gram_hashes_do_not_depend_on_position() -> None:
    """A shingle hashes the same wherever it occurs (prefix sums are rebased to its start)."""
    alone = set(S.shingle_hashes(["harbour", "budget"], 2).tolist())
    inside = set(S.shingle_hashes(["the", "new", "harbour", "budget", "vote"], 2).tolist())
    assert alone <= inside and len(inside) == 4
    assert S.shingle_hashes(["ab", "c"], 2)[0] != S.shingle_hashes(["a", "bc"], 2)[0]
    uni = S.shingle_hashes(["Ünïcödé", "wörds"], 2)
    assert uni.size == 1 and set(uni.tolist()) <= set(
        S.shingle_hashes(["x", "Ünïcödé", "wörds"], 2).tolist()
    )


def test_minhash_fills_every_value_of_a_short_text() -> None:
    """One-permutation hashing borrows empty ranges' values from the next non-empty one."""
    sig = S.minhash(S.shingle_hashes(["a", "b", "c", "d"], 2), 128)
    assert sig.size == 128 and len(set(sig.tolist())) == 128
    again = S.minhash(S.shingle_hashes(["a", "b", "c", "d"], 2), 128)
    assert (sig == again).all()
    odd = S.minhash(S.shingle_hashes([f"w{i}" for i in range(300)], 2), 100)
    assert odd.size == 100


def test_long_band_runs_are_chained() -> None:
    """More than ``cap`` articles in one bucket: each meets its predecessor only."""
    n, cap = 40, 4
    values = np.zeros(n, dtype=np.uint32)  # all in one bucket
    codes = S._run_pair_codes(values, np.arange(n), n, cap, skip_long=False)
    pairs = sorted((int(c // n), int(c % n)) for c in codes)
    assert pairs == [(i, i + 1) for i in range(n - 1)]
    assert S._run_pair_codes(values, np.arange(n), n, cap, skip_long=True).size == 0
    small = S._run_pair_codes(values[:3], np.arange(3), 3, cap, skip_long=False)
    assert sorted(small.tolist()) == [0 * 3 + 1, 0 * 3 + 2, 1 * 3 + 2]


def test_candidate_batches_find_pairs_sharing_a_band_or_sketch_values() -> None:
    bands = np.array([[1, 2], [1, 3], [4, 5], [6, 7]], dtype=np.uint32)
    sketches = [
        np.array(v, dtype=np.uint32).tobytes()
        for v in ([10, 11, 12], [20, 21], [10, 11, 12, 13], [30])
    ]
    first, second = S.candidate_pair_arrays(
        [row.tobytes() for row in bands], sketches, 2, cap=16, min_shared=3
    )
    assert sorted(zip(first.tolist(), second.tolist(), strict=True)) == [(0, 1), (0, 2)]
    first, second = S.candidate_pair_arrays(
        [row.tobytes() for row in bands], sketches, 2, cap=16, min_shared=3, later_in=[2]
    )
    assert list(zip(first.tolist(), second.tolist(), strict=True)) == [(0, 2)]


@pytest.mark.parametrize(
    "body",
    [
        "One two.\nThree's four-five\n\n\n  Six (seven) eight\n",
        "Wrapped paragraph line one\ncontinues here.\n\nSecond para_graph, x2 y3\n",
        "A\n\nB",
        "'Quoted' words, rock 'n' roll, it''s o'neil's\n'\n''\nx'y'z 'a 'b' c'\n",
        "Tabs\tand\x0bvertical\x0cfeeds, CR\r\nline _under_score_ 3'4\n",
    ],
)
def test_paragraph_norm_text_is_each_paragraphs_normalised_text(body: str) -> None:
    article = Article.from_text(body)
    for para in article.paragraphs:
        assert S.paragraph_norm_text(article, para.index) == S.norm_text(para.text)
    assert body_tokens(article)[0] == S.norm_words(body)


def test_paragraph_norm_text_of_non_ascii_bodies_takes_the_general_path() -> None:
    article = Article.from_text("Café “quotes” here\n\nSecond ﬁne paragraph\n")
    assert S.paragraph_norm_text(article, 1) == "second fine paragraph"


def test_body_tokens_of_ascii_bodies_match_the_regex_tokeniser() -> None:
    # the translate fast path must give exactly norm_words' tokens, of the body and of each
    # paragraph, whatever the paragraph style
    rng = random.Random(7)
    alphabet = "ab Z9_'\"-.,;:!?()\n\t "
    for _ in range(400):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        article = Article.from_text(body)
        assert body_tokens(article)[0] == S.norm_words(body), repr(body)
        assert body_tokens(article)[1] == S.norm_text(body), repr(body)
        for para in article.paragraphs:
            assert S.paragraph_norm_text(article, para.index) == S.norm_text(para.text)
