"""Measure NL506 off-topic-paragraph-in-corpus in three settings and sweep its thresholds.

Usage: python bench/nl506_sweep.py [--setting bench|leave-base-out|unseen-story|all]
       [--n N] [--trials T] [--seed S] [--top K] [--min-words W] [--max-quoted Q]

* ``bench`` (optimistic): the article pass of bench/quality.py (``n`` variants of the ~36
  base articles, a quarter untouched, one defect class each for the others) linted as one
  corpus. Every base appears ~n/36 times, so the corpus has already seen the host's and the
  donor's own story many times (the spliced paragraph itself is in ~n/36 other articles):
  word associations are learnt from the same stories.
* ``leave-base-out`` (pessimistic): each trial lints one test article (a variant of base A,
  with a paragraph of base B spliced in, or untouched every other trial) in a corpus of
  ``n`` variants of the *other* bases only (neither A nor B appears anywhere else): the
  associations must come from other stories that happen to share vocabulary.
* ``unseen-story`` (in between): each trial lints one article of tests/fixtures/cohesion
  (untouched for the first 12 trials, then with a paragraph of another of them spliced in)
  in a corpus of ``n`` bench variants: neither story is in the corpus, but several bases
  are on the same subjects in other words.

Positives: the spliced paragraphs; a finding elsewhere is a false positive (in ``bench``, a
finding on a foreign paragraph injected for NL402 is tolerated, as bench/quality.py does).
Prints NL301 (defaults) and NL301 or NL506 (defaults) on the same test articles, then
precision, recall and the share of untouched articles flagged per threshold setting in
every setting: settings with precision >= 0.9 and at most 1% of the untouched articles
flagged in all of them first, then by mean recall; ``*`` marks the defaults.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _corpus as corpus
import quality

from newslint import readers
from newslint.article import Article
from newslint.corpus.off_topic_in_corpus import (
    OffTopicInCorpusOptions,
    Scored,
    key,
    outlier,
    paragraph_scores,
)


@dataclass
class Judged:
    """One article's judged paragraphs: file lines, cosines, which are spliced, kind."""

    lines: list[int]
    cosine: list[float]
    direct: list[float]
    coverage: list[float]
    positive: list[bool]
    tolerated: list[bool]
    kind: str  # "clean" (untouched), "spliced", "other" (another defect injected)
    codes: tuple[str, ...] = ()  # the codes injected
    nl301: tuple[int, bool, bool] | None = None  # NL301's finding: file line, spliced, clean


def read(path: Path, root: Path) -> Article:
    (item,) = list(readers.read_path(path, str(path.relative_to(root))))
    assert isinstance(item, Article), item
    return item


KEY_OPTIONS: dict[str, Any] = {}


def key_options() -> OffTopicInCorpusOptions:
    # judged from 2 paragraphs on, so that min_paragraphs can be swept in the reduce
    return OffTopicInCorpusOptions(**{**KEY_OPTIONS, "min_paragraphs": 2})


def _judged(scored: Scored, ref: Any, case: quality.Case, article: Article | None = None) -> Judged:
    lines = [(w >> 8) + ref.body_line_offset for w in scored.where]
    spans = [lab.span for lab in case.labels if lab.code == "NL301" and lab.span]
    tol = [span for codes, span in case.tolerated if span and codes and "NL506" in codes]
    pos = [any(a <= ln <= b for a, b in spans) for ln in lines]
    tolerated = [
        any(a <= ln <= b for a, b in tol) and not p for ln, p in zip(lines, pos, strict=True)
    ]
    if case.kind == "clean":
        kind = "clean"
    elif any(lab.code == "NL301" for lab in case.labels):
        kind = "spliced"
    else:
        kind = "other"
    codes = tuple(lab.code for lab in case.labels)
    n301 = None
    if article is not None:
        from newslint.checks.off_topic_paragraph import OffTopicParagraphOptions
        from newslint.checks.off_topic_paragraph import check as nl301

        for hit in nl301.check(article, OffTopicParagraphOptions()):
            line = article.line_col(hit.start)[0] + article.body_line_offset
            n301 = (line, any(a <= line <= b for a, b in spans), kind == "clean")
    return Judged(
        lines, scored.cosine, scored.direct, scored.coverage, pos, tolerated, kind, codes, n301
    )


def bench_setting(n: int, seed: int) -> tuple[list[Judged], int, int, dict[str, float]]:
    """(judged articles, splices injected, untouched articles, cost) of the bench setting."""
    with tempfile.TemporaryDirectory(prefix="newslint-nl506-") as tmp:
        root = Path(tmp)
        paths, cases = quality.article_pass(root, n, seed)
        articles = [read(p, root) for p in paths]
    opts = key_options()
    for a in articles:
        _ = a.paragraphs
    started = time.perf_counter()
    entries = [(a.ref, key(a, opts)) for a in articles]
    key_s = time.perf_counter() - started
    started = time.perf_counter()
    scored = list(paragraph_scores(entries, opts))
    reduce_s = time.perf_counter() - started
    size = sum(len(k) for _r, k in entries if k)
    out = [
        _judged(s, entries[s.entry][0], cases[entries[s.entry][0].path], articles[s.entry])
        for s in scored
    ]
    splices = sum(1 for c in cases.values() for lab in c.labels if lab.code == "NL301")
    clean = sum(c.kind == "clean" for c in cases.values())
    cost = {
        "articles": len(articles),
        "key ms/article": 1000 * key_s / len(articles),
        "reduce ms/article": 1000 * reduce_s / len(articles),
        "key bytes/article": size / len(articles),
    }
    return out, splices, clean, cost


#: NL301 (defaults) on the test articles of each setting: precision, recall, clean flagged.
NL301_RESULTS: dict[str, tuple[float, float, float]] = {}


def nl301_tally(tests: list[tuple[Article, quality.Case]]) -> tuple[float, float, float]:
    """NL301 with its defaults on the same test articles, scored the same way."""
    from newslint.checks.off_topic_paragraph import OffTopicParagraphOptions
    from newslint.checks.off_topic_paragraph import check as nl301

    opts = OffTopicParagraphOptions()
    tp = fp = clean_flagged = splices = clean = 0
    for a, case in tests:
        spans = [lab.span for lab in case.labels if lab.code == "NL301" and lab.span]
        splices += len(spans)
        clean += case.kind == "clean"
        for hit in nl301.check(a, opts):
            line = a.line_col(hit.start)[0] + a.body_line_offset
            if any(x <= line <= y for x, y in spans):
                tp += 1
            else:
                fp += 1
                clean_flagged += case.kind == "clean"
    return (
        tp / (tp + fp) if tp + fp else 1.0,
        tp / splices if splices else 0.0,
        clean_flagged / clean if clean else 0.0,
    )


def leave_base_out(n: int, trials: int, seed: int) -> tuple[list[Judged], int, int]:
    """(judged test articles, splices injected, untouched test articles)."""
    rng = random.Random(seed)
    opts = key_options()
    bases = corpus.bases()
    donors = {b.id: corpus.variant(b, random.Random(0), 0) for b in bases}
    with tempfile.TemporaryDirectory(prefix="newslint-nl506-") as tmp:
        root = Path(tmp)
        background = []
        for i, art in enumerate(corpus.clean_articles(n * len(bases) // (len(bases) - 2), seed)):
            path = root / f"b{i:05d}.md"
            path.write_text(art.render(), encoding="utf-8")
            a = read(path, root)
            background.append((art.base, a.ref, key(a, opts)))
        tests = []
        for t in range(trials):
            host, donor = rng.sample(bases, 2)
            art = corpus.variant(host, rng, 1000 + t)
            draft = art.draft()
            case = quality.Case(f"t{t:05d}.md", "clean")
            if t % 2 == 0:
                ctx = corpus.Context(rng, [donors[donor.id]], [])
                marks = corpus.ARTICLE_INJECTORS["NL301"](draft, ctx)
                rendered = draft.render()
                quality._labels(marks, rendered, case)
                case.kind = "injected"
            else:
                rendered = draft.render()
            path = root / case.path
            path.write_text(rendered.text, encoding="utf-8")
            tests.append((host.id, donor.id, read(path, root), case))
    out = []
    NL301_RESULTS["leave-base-out"] = nl301_tally([(a, c) for _h, _d, a, c in tests])
    for host_id, donor_id, a, case in tests:
        entries = [(ref, k) for b, ref, k in background if b not in (host_id, donor_id)]
        entries.append((a.ref, key(a, opts)))
        for s in paragraph_scores(entries, opts, focus=[len(entries) - 1]):
            out.append(_judged(s, a.ref, case, a))
    splices = sum(1 for *_x, c in tests if c.kind == "injected")
    return out, splices, trials - splices


COHESION = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "cohesion"


def unseen_story(n: int, trials: int, seed: int) -> tuple[list[Judged], int, int]:
    """(judged test articles, splices injected, untouched test articles) of the unseen-story
    setting: a test article of tests/fixtures/cohesion (on a subject some bench bases share,
    in other words), spliced with a paragraph of another of them or untouched, in a corpus
    of ``n`` bench variants that holds neither story."""
    rng = random.Random(seed)
    opts = key_options()
    stories = [
        [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        for path in sorted(COHESION.glob("*.txt"))
    ]
    with tempfile.TemporaryDirectory(prefix="newslint-nl506-") as tmp:
        root = Path(tmp)
        background = []
        for i, art in enumerate(corpus.clean_articles(n, seed)):
            path = root / f"b{i:05d}.md"
            path.write_text(art.render(), encoding="utf-8")
            a = read(path, root)
            background.append((a.ref, key(a, opts)))
        out = []
        tested = []
        splices = clean = 0
        for t in range(trials):
            h = t % len(stories) if t < len(stories) else rng.randrange(len(stories))
            paras = list(stories[h])
            case = quality.Case(f"t{t:05d}.txt", "clean")
            at = None
            if t >= len(stories):  # the first trials are the untouched stories
                d = rng.choice([i for i in range(len(stories)) if i != h])
                at = rng.randint(1, len(paras))
                paras.insert(at, rng.choice(stories[d][1:]))
                case.kind = "injected"
            text = "\n\n".join(paras) + "\n"
            if at is not None:
                line = 1 + 2 * at
                case.labels.append(quality.Label("NL301", (line, line), "cohesion"))
                splices += 1
            else:
                clean += 1
            path = root / case.path
            path.write_text(text, encoding="utf-8")
            a = read(path, root)
            tested.append((a, case))
            entries = [*background, (a.ref, key(a, opts))]
            for s in paragraph_scores(entries, opts, focus=[len(entries) - 1]):
                out.append(_judged(s, a.ref, case, a))
    NL301_RESULTS["unseen-story"] = nl301_tally(tested)
    return out, splices, clean


def evaluate(
    judged: list[Judged], splices: int, clean: int, options: OffTopicInCorpusOptions
) -> tuple[float, float, int, float]:
    tp = fp = clean_flagged = 0
    lam = options.direct_weight
    for j in judged:
        score = [(1 - lam) * c + lam * d for c, d in zip(j.cosine, j.direct, strict=True)]
        hit = outlier(score, j.coverage, options)
        if hit is None:
            continue
        i = hit[0]
        if j.positive[i]:
            tp += 1
        elif not j.tolerated[i]:
            fp += 1
            clean_flagged += j.kind == "clean"
    prec = tp / (tp + fp) if tp + fp else 1.0
    return prec, tp / splices if splices else 0.0, fp, clean_flagged / clean if clean else 0.0


def union(judged: list[Judged], splices: int, clean: int) -> tuple[float, float, float]:
    """Precision, recall and untouched articles flagged of NL506 (defaults) and NL301
    (defaults) together, on the articles NL506 judges."""
    o = OffTopicInCorpusOptions()
    tp = fp = clean_flagged = 0
    for j in judged:
        score = [
            (1 - o.direct_weight) * c + o.direct_weight * d
            for c, d in zip(j.cosine, j.direct, strict=True)
        ]
        found: dict[int, tuple[bool, bool]] = {}
        hit = outlier(score, j.coverage, o)
        if hit is not None:
            found[j.lines[hit[0]]] = (j.positive[hit[0]], j.tolerated[hit[0]])
        if j.nl301 is not None:
            found.setdefault(j.nl301[0], (j.nl301[1], False))
        for positive, tolerated in found.values():
            if positive:
                tp += 1
            elif not tolerated:
                fp += 1
                clean_flagged += j.kind == "clean"
    prec = tp / (tp + fp) if tp + fp else 1.0
    return prec, tp / splices if splices else 0.0, clean_flagged / clean if clean else 0.0


def sweep(settings: dict[str, tuple[list[Judged], int, int]], top: int) -> None:
    """One row per threshold setting: precision, recall and untouched articles flagged in
    every setting; rows that keep precision >= 0.9 and at most 1% of untouched articles
    flagged in every setting first, then by mean recall."""
    d = OffTopicInCorpusOptions()
    default = (d.min_paragraphs, d.max_cohesion, d.max_ratio, d.direct_weight, d.min_coverage)
    grid = set(
        itertools.product(
            [3, 4, 5],  # min_paragraphs
            [0.2, 0.3, 0.5],  # max_cohesion
            [0.3, 0.35, 0.4, 0.45, 0.5, 0.6],  # max_ratio
            [0.0, 0.5, 0.6, 0.75, 0.9, 1.0],  # direct_weight
            [0.0, 0.2, 0.3],  # min_coverage
        )
    ) | {default}
    rows = []
    for mp, mc, mr, dw, cov in sorted(grid):
        o = OffTopicInCorpusOptions(
            min_paragraphs=mp, max_cohesion=mc, max_ratio=mr, direct_weight=dw, min_coverage=cov
        )
        cells = [evaluate(*settings[name], o) for name in settings]
        ok = all(p >= 0.9 and cf <= 0.01 for p, _r, _fp, cf in cells)
        mean = sum(r for _p, r, _fp, _cf in cells) / len(cells)
        mark = "*" if (mp, mc, mr, dw, cov) == default else " "
        rows.append((ok, mean, mp, mc, mr, dw, cov, cells, mark))
    rows.sort(key=lambda r: (r[0], r[1]), reverse=True)
    shown = rows[:top] + [r for r in rows[top:] if r[-1] == "*"]
    head = " min_par max_coh max_ratio direct min_cov "
    head += " ".join(f"| {name[:14]:>14} P     R  flagged" for name in settings)
    print(head)
    for _ok, _mean, mp, mc, mr, dw, cov, cells, mark in shown:
        line = f"{mark}{mp:7} {mc:7} {mr:9} {dw:6} {cov:7} "
        line += " ".join(f"| {p:20.3f} {r:5.3f} {cf:7.1%}" for p, r, _fp, cf in cells)
        print(line)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--setting", choices=["bench", "leave-base-out", "unseen-story", "all"], default="all"
    )
    ap.add_argument("--n", type=int, default=3000, help="articles per corpus (default 3000)")
    ap.add_argument("--trials", type=int, default=400, help="test articles of each harder setting")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--min-words", type=int, help="key option (default: the rule's)")
    ap.add_argument("--max-quoted", type=float, help="key option (default: the rule's)")
    args = ap.parse_args()
    if args.min_words is not None:
        KEY_OPTIONS["min_words"] = args.min_words
    if args.max_quoted is not None:
        KEY_OPTIONS["max_quoted"] = args.max_quoted
    settings: dict[str, tuple[list[Judged], int, int]] = {}
    if args.setting in ("bench", "all"):
        judged, splices, clean, cost = bench_setting(args.n, args.seed)
        print(
            f"bench: {args.n} variants of {len(corpus.bases())} bases as one corpus, "
            f"{splices} splices, {clean} untouched articles (seed {args.seed})"
        )
        print("  cost: " + ", ".join(f"{k} {v:.3g}" for k, v in cost.items()))
        settings["bench"] = (judged, splices, clean)
    if args.setting in ("leave-base-out", "all"):
        settings["leave-base-out"] = leave_base_out(args.n, args.trials, args.seed)
        print(
            f"leave-base-out: {args.trials} test articles ({settings['leave-base-out'][1]} "
            f"spliced), each linted in a corpus of ~{args.n} variants of the other bases"
        )
    if args.setting in ("unseen-story", "all"):
        settings["unseen-story"] = unseen_story(args.n, args.trials, args.seed)
        print(
            f"unseen-story: {args.trials} test articles ({settings['unseen-story'][1]} "
            f"spliced) of tests/fixtures/cohesion, each in a corpus of {args.n} bench variants"
        )
    for name, (p, r, cf) in NL301_RESULTS.items():
        print(
            f"NL301 (defaults) on the {name} test articles: precision {p:.3f}, recall {r:.3f},"
            f" untouched flagged {cf:.1%}"
        )
    for name, (judged, splices, clean) in settings.items():
        p, r, cf = union(judged, splices, clean)
        print(
            f"NL506 or NL301 (defaults) on the {name} articles NL506 judges: precision {p:.3f},"
            f" recall {r:.3f}, untouched flagged {cf:.1%}"
        )
    print(f"key options: {key_options()!r} (min_paragraphs swept below)")
    sweep(settings, args.top)


if __name__ == "__main__":
    main()
