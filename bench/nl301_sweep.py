"""Measure NL301 off-topic-paragraph: splice paragraphs between clean articles, sweep thresholds.

Usage: python bench/nl301_sweep.py [--trials N] [--seed S]

Clean articles: tests/fixtures/cohesion/*.txt (blank-line paragraphs, different subjects).
Each trial takes a host article, a paragraph of another article, and inserts it at a random
position. Positives: the inserted paragraphs; everything else (including every paragraph of
the untouched articles) is a negative. Prints precision/recall per threshold setting.
"""

from __future__ import annotations

import argparse
import itertools
import random
from pathlib import Path

from newslint.checks._cohesion import content_terms, find_outliers, smoothed_idf

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "cohesion"


def load(extra: bool) -> list[list[str]]:
    arts = []
    paths = sorted(CORPUS.glob("*.txt"))
    if extra:  # also the quality benchmark's 36 clean articles (shorter, more varied)
        paths += sorted((ROOT / "bench" / "clean").glob("*.txt"))
    for path in paths:
        paras = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        arts.append(paras)
    return arts


def trials(arts: list[list[str]], n: int, rng: random.Random) -> list[tuple[list[str], int]]:
    out = []
    for _ in range(n):
        h, d = rng.sample(range(len(arts)), 2)
        host = list(arts[h])
        pos = rng.randint(1, len(host))  # never before the lede
        host.insert(pos, rng.choice(arts[d]))
        out.append((host, pos))
    return out


def outliers(texts, article_idf, **params):  # type: ignore[no-untyped-def]
    idf = smoothed_idf([content_terms(t) for t in texts]) if article_idf else None
    return find_outliers(texts, idf=idf, **params)


def evaluate(cases, clean, article_idf, **params):  # type: ignore[no-untyped-def]
    tp = fp = fn = clean_fp = 0
    for texts, pos in cases:
        flagged = {o.index for o in outliers(texts, article_idf, **params)}
        tp += pos in flagged
        fn += pos not in flagged
        fp += len(flagged - {pos})
    for texts in clean:
        clean_fp += len(outliers(texts, article_idf, **params))
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn)
    return prec, rec, fp, clean_fp


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--article-idf", action="store_true", help="weight terms by in-article IDF")
    ap.add_argument("--with-bench", action="store_true", help="add bench/clean/*.txt articles")
    ap.add_argument("--min-words", type=int, default=25)
    ap.add_argument("--min-paragraphs", type=int, default=5)
    args = ap.parse_args()
    arts = load(args.with_bench)
    cases = trials(arts, args.trials, random.Random(args.seed))
    grid = itertools.product(
        [0.06, 0.08, 0.12],  # max_cohesion
        [0.25, 0.275, 0.3, 0.325, 0.35, 0.4],  # max_ratio
        [0.05, 0.1, 0.12, 0.15],  # min_median
        [0.25, 1.0],  # max_share
    )
    rows = []
    for mc, mr, md, ms in grid:
        params = dict(
            min_words=args.min_words,
            min_paragraphs=args.min_paragraphs,
            max_cohesion=mc,
            max_ratio=mr,
            min_median=md,
            max_share=ms,
        )
        prec, rec, fp, cfp = evaluate(cases, arts, args.article_idf, **params)
        rows.append((prec >= 0.9, rec, prec, mc, mr, md, ms, fp, cfp))
    rows.sort(reverse=True)
    print(
        f"{len(arts)} clean articles, {len(cases)} splices (seed {args.seed}), "
        f"min_words {args.min_words}, min_paragraphs {args.min_paragraphs}"
    )
    print("max_cohesion max_ratio min_median max_share precision recall   FP clean-FP")
    for _ok, rec, prec, mc, mr, md, ms, fp, cfp in rows[: args.top]:
        print(f"{mc:12} {mr:9} {md:10} {ms:9} {prec:9.3f} {rec:6.3f} {fp:4} {cfp:8}")


if __name__ == "__main__":
    main()
