"""Splices from a story on the same subject: what NL301 and NL306 find, and at what cost.

Usage: python bench/splices.py [--trials N] [--seed S] [--details]

Stories: ``bench/same_subject/<group>/*.txt``, written by someone who had not seen the rules:
groups of three wire stories on one subject (one war, one central bank, one club's season
...), each about another event, with its own people. Seed 004's splices are of this kind:
paragraphs from other stories about the same war, which share their neighbours' vocabulary.

Each trial takes a host story and inserts one non-lede paragraph of a donor story at a random
place after the lede: the donor is a sibling (same subject) or a story of another group
(other subject). Positives are the inserted paragraphs; a finding anywhere else is a false
alarm, and so is any finding on the untouched stories. NL301 runs with its default options
(it is off by default); NL306 with its defaults. The union row counts a splice found when
either rule reports it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newslint.article import Article
from newslint.checks import BUILTIN_RULES
from newslint.runner import ActiveRule, lint_articles

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "bench" / "same_subject"
CODES = ("NL301", "NL306")


@dataclass(frozen=True)
class Story:
    group: str
    name: str
    title: str
    date: dt.date
    paragraphs: tuple[str, ...]


@dataclass
class Tally:
    splices: int = 0
    found: int = 0
    false_alarms: int = 0
    examples: list[str] = field(default_factory=list)


def load(root: Path = STORIES) -> list[Story]:
    stories = []
    for path in sorted(root.glob("*/*.txt")):
        head, _, text = path.read_text(encoding="utf-8").partition("\n\n")
        meta = dict(line.split(": ", 1) for line in head.splitlines())
        paragraphs = tuple(p.strip() for p in text.split("\n\n") if p.strip())
        stories.append(
            Story(
                path.parent.name,
                path.stem,
                meta["title"],
                dt.date.fromisoformat(meta["date"]),
                paragraphs,
            )
        )
    return stories


def article(story: Story, paragraphs: Sequence[str]) -> Article:
    return Article.from_text("\n\n".join(paragraphs) + "\n", title=story.title, date=story.date)


def paragraph_lines(paragraphs: Sequence[str]) -> list[int]:
    """1-based body line of each paragraph (one line per paragraph, blank lines between)."""
    return [1 + 2 * i for i in range(len(paragraphs))]


def rules() -> list[ActiveRule]:
    found = {r.meta.code: r for r in BUILTIN_RULES}
    return [ActiveRule(found[c], found[c].meta.options(), found[c].meta.severity) for c in CODES]


def run(stories: list[Story], trials: int, seed: int, details: bool) -> None:
    rng = random.Random(seed)
    active = rules()
    groups: dict[str, list[Story]] = {}
    for s in stories:
        groups.setdefault(s.group, []).append(s)
    cases: list[tuple[str, Story, list[str], int | None, str]] = []
    for host in stories:
        cases.append(("untouched", host, list(host.paragraphs), None, ""))
        for kind in ("same subject", "other subject"):
            for _ in range(trials):
                pool = [
                    s
                    for s in stories
                    if s is not host and (s.group == host.group) == (kind == "same subject")
                ]
                donor = rng.choice(pool)
                paragraphs = list(host.paragraphs)
                at = rng.randint(1, len(paragraphs))
                paragraphs.insert(at, rng.choice(donor.paragraphs[1:]))
                cases.append((kind, host, paragraphs, at, f"{donor.group}/{donor.name}"))
    results = lint_articles([article(h, p) for _, h, p, _, _ in cases], active)
    tallies: dict[tuple[str, str], Tally] = {}
    flagged_untouched: dict[str, int] = {}
    for (kind, host, paragraphs, at, donor), findings in zip(cases, results, strict=True):
        lines = paragraph_lines(paragraphs)
        hit_by: dict[str, bool] = {}
        for code in (*CODES, "either"):
            mine = [f for f in findings if code in (f.code, "either")]
            tally = tallies.setdefault((kind, code), Tally())
            if at is None:
                if mine:
                    flagged_untouched[code] = flagged_untouched.get(code, 0) + 1
                    tally.false_alarms += len(mine)
                    tally.examples.extend(
                        f"{host.group}/{host.name}:{f.line} {f.code} {f.message[:100]}"
                        for f in mine
                    )
                continue
            tally.splices += 1
            on_splice = [f for f in mine if f.line == lines[at]]
            hit_by[code] = bool(on_splice)
            tally.found += bool(on_splice)
            wrong = [f for f in mine if f.line != lines[at]]
            tally.false_alarms += len(wrong)
            tally.examples.extend(
                f"{host.group}/{host.name}+{donor}:{f.line} {f.code} {f.message[:100]}"
                for f in wrong
            )
    n = len(stories)
    print(f"{n} stories in {len(groups)} groups; {trials} splices per story and kind; seed {seed}")
    print(
        f"{'splice':<14} {'rule':<7} {'splices':>7} {'found':>6} {'recall':>7} "
        f"{'false alarms':>12} {'precision':>9} {'untouched flagged':>17}"
    )
    for kind in ("same subject", "other subject"):
        for code in (*CODES, "either"):
            t = tallies[(kind, code)]
            precision = t.found / (t.found + t.false_alarms) if t.found + t.false_alarms else 0
            share = flagged_untouched.get(code, 0) / n
            print(
                f"{kind:<14} {code:<7} {t.splices:>7} {t.found:>6} {t.found / t.splices:>7.3f} "
                f"{t.false_alarms:>12} {precision:>9.3f} {share:>16.1%}"
            )
    if details:
        for (kind, code), t in sorted(tallies.items()):
            for line in t.examples[:15]:
                print(f"  false alarm ({kind}, {code}): {line}")
        for kind in ("untouched",):
            for code in CODES:
                for line in tallies.get((kind, code), Tally()).examples[:15]:
                    print(f"  untouched ({code}): {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=10, help="splices per story and kind")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--details", action="store_true", help="list the false alarms")
    args = parser.parse_args()
    run(load(), args.trials, args.seed, args.details)


if __name__ == "__main__":
    main()
