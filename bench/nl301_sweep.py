"""Measure NL301 off-topic-paragraph: splice paragraphs between clean articles, sweep thresholds.

Usage: python bench/nl301_sweep.py [--trials N] [--seed S] [--with-bench] [--weights W]
       python bench/nl301_sweep.py --timing

Clean articles: tests/fixtures/cohesion/*.txt (blank-line paragraphs, different subjects).
Each trial takes a host article, a paragraph of another article, and inserts it at a random
position. Positives: the inserted paragraphs; everything else (including every paragraph of
the untouched articles) is a negative. Prints precision/recall per threshold setting, best
first (settings of precision >= 0.9 before the others, then by recall); the row marked
``*`` is the rule's default setting. ``--weights``: ``background`` (the rule's bundled
English frequencies), ``equal`` (every term 1) or ``article-idf`` (IDF within the article).
``--timing`` instead times the rule (defaults) on ~3 KB articles (two clean articles of
tests/fixtures/cohesion joined) and prints the best of five runs in ms per article.
"""

from __future__ import annotations

import argparse
import itertools
import random
from pathlib import Path
from typing import Any

from newslint.checks._cohesion import content_terms, find_outlier, smoothed_idf
from newslint.checks.off_topic_paragraph import OffTopicParagraphOptions

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


def outliers(texts: list[str], weights: str, **params: Any) -> set[int]:
    table: dict[str, float] | None = None
    if weights == "article-idf":
        table = smoothed_idf([content_terms(t) for t in texts])
    elif weights == "equal":
        table = {"": 1.0}  # every term gets the default weight, 1
    out = find_outlier(texts, weights=table, **params)
    return set() if out is None else {out.index}


def evaluate(
    cases: list[tuple[list[str], int]], clean: list[list[str]], weights: str, **params: Any
) -> tuple[float, float, int, int]:
    tp = fp = fn = clean_fp = 0
    for texts, pos in cases:
        flagged = outliers(texts, weights, **params)
        tp += pos in flagged
        fn += pos not in flagged
        fp += len(flagged - {pos})
    for texts in clean:
        clean_fp += len(outliers(texts, weights, **params))
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn)
    return prec, rec, fp, clean_fp


def timing() -> None:
    import time

    from newslint.article import Article
    from newslint.checks.off_topic_paragraph import check as rule

    texts = ["\n\n".join(a) for a in load(False)]
    bodies = [texts[i] + "\n\n" + texts[(i + 1) % len(texts)] + "\n" for i in range(len(texts))]
    articles = [Article.from_text(b) for b in bodies * 20]
    for a in articles:
        _ = a.paragraphs  # split once, as the runner does before the rules
    options = OffTopicParagraphOptions()
    list(rule.check(articles[0], options))  # loads the word table
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for a in articles:
            list(rule.check(a, options))
        best = min(best, (time.perf_counter() - started) / len(articles))
    size = sum(len(b) for b in bodies) / len(bodies)
    print(
        f"NL301: {best * 1000:.3f} ms/article (best of 5) on {len(articles)} articles "
        f"of {size:.0f} chars"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--weights", choices=["background", "equal", "article-idf"])
    ap.add_argument("--with-bench", action="store_true", help="add bench/clean/*.txt articles")
    ap.add_argument("--min-paragraphs", type=int, default=5)
    ap.add_argument("--timing", action="store_true", help="time the rule, ms per article")
    args = ap.parse_args()
    if args.timing:
        timing()
        return
    weights = args.weights or "background"
    arts = load(args.with_bench)
    cases = trials(arts, args.trials, random.Random(args.seed))
    d = OffTopicParagraphOptions()
    default = (d.min_words, d.max_cohesion, d.max_ratio, d.min_median, d.max_quoted)
    grid = set(
        itertools.product(
            [8, 12, 16, 25],  # min_words
            [0.05, 0.08, 0.12],  # max_cohesion
            [0.15, 0.2, 0.3, 0.4],  # max_ratio
            [0.05, 0.1, 0.15],  # min_median
            [0.5, 1.0],  # max_quoted
        )
    ) | {default}
    rows = []
    for mw, mc, mr, md, mq in sorted(grid):
        params = dict(
            min_words=mw,
            min_paragraphs=args.min_paragraphs,
            max_cohesion=mc,
            max_ratio=mr,
            min_median=md,
            max_quoted=mq,
        )
        prec, rec, fp, cfp = evaluate(cases, arts, weights, **params)
        mark = "*" if (mw, mc, mr, md, mq) == default else " "
        rows.append((prec >= 0.9, rec, prec, mw, mc, mr, md, mq, fp, cfp, mark))
    rows.sort(reverse=True)
    shown = rows[: args.top] + [r for r in rows[args.top :] if r[-1] == "*"]
    print(
        f"{len(arts)} clean articles, {len(cases)} splices (seed {args.seed}), weights "
        f"{weights}, min_paragraphs {args.min_paragraphs}"
    )
    print(" min_words max_cohesion max_ratio min_median max_quoted precision recall   FP clean-FP")
    for _ok, rec, prec, mw, mc, mr, md, mq, fp, cfp, mark in shown:
        print(f"{mark}{mw:9} {mc:12} {mr:9} {md:10} {mq:10} {prec:9.3f} {rec:6.3f} {fp:4} {cfp:8}")


if __name__ == "__main__":
    main()
