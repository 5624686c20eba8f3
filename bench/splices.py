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

History: the stories were measured once before any rule was changed from them (10 splices
per story and kind, NL301 and NL306 only): same-subject splices NL301 recall 0.060, NL306
0.126 at precision 0.841 (all 10 false alarms one story's "Al-Nour said" after "Siddiq Ali
al-Nour"; 1 of 42 untouched stories flagged by each rule). The particle fix followed; the
stories are no longer held out for NL306.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import _corpus as corpus

from newslint.article import Article
from newslint.checks import BUILTIN_RULES
from newslint.runner import ActiveRule, lint_articles

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "bench" / "same_subject"
CODES = ("NL301", "NL306", "NL307")


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
        base = corpus.parse_base(path, "en")
        stories.append(Story(path.parent.name, path.stem, base.title, base.date, base.paragraphs))
    return stories


def article(story: Story, paragraphs: Sequence[str]) -> Article:
    return Article.from_text("\n\n".join(paragraphs) + "\n", title=story.title, date=story.date)


def paragraph_lines(paragraphs: Sequence[str]) -> list[int]:
    """1-based body line of each paragraph (one line per paragraph, blank lines between)."""
    return [1 + 2 * i for i in range(len(paragraphs))]


def rules() -> list[ActiveRule]:
    found = {r.meta.code: r for r in BUILTIN_RULES}
    return [ActiveRule(found[c], found[c].meta.options(), found[c].meta.severity) for c in CODES]


#: How a paragraph gets out of place. "lede" kinds insert the donor paragraph before the
#: host's lede (seed 004 opens so); "start cut" drops the host's lede, and its positive is
#: the paragraph that now opens the text (findings elsewhere in it are not counted either
#: way: a surname whose introduction was cut is a true trace of the same defect).
KINDS = ("same subject", "other subject", "same subject, as lede", "start cut")


def _case(
    host: Story, kind: str, stories: list[Story], rng: random.Random
) -> tuple[list[str], int, str]:
    """The paragraphs of one defective variant, the index of the positive, the donor."""
    paragraphs = list(host.paragraphs)
    if kind == "start cut":
        return paragraphs[1:], 0, ""
    same = kind.startswith("same subject")
    pool = [s for s in stories if s is not host and (s.group == host.group) == same]
    donor = rng.choice(pool)
    at = 0 if kind.endswith("as lede") else rng.randint(1, len(paragraphs))
    paragraphs.insert(at, rng.choice(donor.paragraphs[1:]))
    return paragraphs, at, f"{donor.group}/{donor.name}"


def run(stories: list[Story], trials: int, seed: int, details: bool) -> None:
    rng = random.Random(seed)
    cases: list[tuple[str, Story, list[str], int | None, str]] = []
    for host in stories:
        cases.append(("untouched", host, list(host.paragraphs), None, ""))
        for kind in KINDS:
            for _ in range(1 if kind == "start cut" else trials):
                paragraphs, at, donor = _case(host, kind, stories, rng)
                cases.append((kind, host, paragraphs, at, donor))
    results = lint_articles([article(h, p) for _, h, p, _, _ in cases], rules())
    tallies: dict[tuple[str, str], Tally] = {}
    for (kind, host, paragraphs, at, donor), findings in zip(cases, results, strict=True):
        where = f"{host.group}/{host.name}" + (f"+{donor}" if donor else "")
        for code in (*CODES, "either"):
            mine = [f for f in findings if code in (f.code, "either")]
            tally = tallies.setdefault((kind, code), Tally())
            tally.splices += 1
            if at is None:  # untouched: every finding is a false alarm
                tally.found += bool(mine)  # counts flagged articles here
                wrong = mine
            else:
                line = paragraph_lines(paragraphs)[at]
                tally.found += any(f.line == line for f in mine)
                wrong = [] if kind == "start cut" else [f for f in mine if f.line != line]
            tally.false_alarms += len(wrong)
            tally.examples.extend(f"{where}:{f.line} {f.code} {f.message[:90]}" for f in wrong)
    groups = len({s.group for s in stories})
    print(
        f"{len(stories)} stories in {groups} groups; {trials} cases per story and kind; seed {seed}"
    )
    print(
        f"{'kind':<22} {'rule':<7} {'cases':>6} {'found':>6} {'recall':>7} "
        f"{'false alarms':>12} {'precision':>9}"
    )
    for kind in KINDS:
        for code in (*CODES, "either"):
            t = tallies[(kind, code)]
            precision = t.found / (t.found + t.false_alarms) if t.found + t.false_alarms else 0
            print(
                f"{kind:<22} {code:<7} {t.splices:>6} {t.found:>6} {t.found / t.splices:>7.3f} "
                f"{t.false_alarms:>12} {precision:>9.3f}"
            )
    line = ", ".join(f"{code} {tallies[('untouched', code)].found}" for code in (*CODES, "either"))
    print(f"untouched stories flagged (of {len(stories)}): {line}")
    if details:
        for (kind, code), t in sorted(tallies.items()):
            if code != "either":
                for example in t.examples[:15]:
                    print(f"  false alarm ({kind}, {code}): {example}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=30, help="cases per story and kind")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--details", action="store_true", help="list the false alarms")
    args = parser.parse_args()
    run(load(), args.trials, args.seed, args.details)


if __name__ == "__main__":
    main()
