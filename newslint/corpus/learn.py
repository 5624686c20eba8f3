"""``newslint learn``: turn lines that recur across the corpus into a reviewable YAML pack."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field

from newslint.article import Article
from newslint.corpus.repeated_boilerplate import RepeatedBoilerplateOptions, short_lines

MAX_EXAMPLES = 3
_GOOD = "The council approved the harbour budget on Tuesday after a long debate."


@dataclass
class LearnedLine:
    """A line that recurs in ``count`` articles; ``text`` is how it was first seen twice."""

    text: str
    count: int
    examples: list[str] = field(default_factory=list)


def learn_lines(
    articles: Iterable[Article],
    min_articles: int = 5,
    min_share: float = 0.01,
    max_chars: int = 100,
    max_lines: int = 16,
) -> tuple[list[LearnedLine], int]:
    """The lines NL505 would report (same selection and thresholds), most frequent first.

    Returns the lines and the number of articles read. One pass, so ``articles`` may be a
    generator; line texts are kept only for lines seen at least twice.
    """
    options = RepeatedBoilerplateOptions(
        min_articles=min_articles, min_share=min_share, max_chars=max_chars, max_lines=max_lines
    )
    counts: dict[int, int] = {}
    firsts: dict[int, str] = {}
    seen: dict[int, LearnedLine] = {}
    total = 0
    for article in articles:
        total += 1
        label = article.ref.label
        for line, digest in short_lines(article, options.max_chars, options.max_lines):
            count = counts[digest] = counts.get(digest, 0) + 1
            if count == 1:
                firsts[digest] = label
                continue
            entry = seen.get(digest)
            if entry is None:
                entry = seen[digest] = LearnedLine(line.text.strip(), 0, [firsts.pop(digest)])
            entry.count = count
            if len(entry.examples) < MAX_EXAMPLES:
                entry.examples.append(label)
    needed = max(options.min_articles, math.ceil(options.min_share * total))
    found = [e for e in seen.values() if e.count >= needed]
    found.sort(key=lambda e: (-e.count, e.text.casefold(), e.text))
    return found, total


def learn(
    articles: Iterable[Article],
    min_articles: int = 5,
    min_share: float = 0.01,
    max_chars: int = 100,
) -> str:
    """The text of a YAML rule pack (prefix ``LB``) with one rule per learned line.

    Without any learned line the text is only comments (a pack needs at least one rule);
    use ``learn_lines`` to tell the cases apart.
    """
    lines, total = learn_lines(articles, min_articles, min_share, max_chars)
    return render_pack(lines, total, min_articles, min_share)


def render_pack(lines: list[LearnedLine], total: int, min_articles: int, min_share: float) -> str:
    """Render learned lines as a pack file (strings as JSON, which is valid YAML)."""
    out = [
        "# Boilerplate learned by `newslint learn` from "
        f"{total} article{'s' if total != 1 else ''}: lines found in at least "
        f"{min_articles} articles and {min_share:.2%} of the corpus, most frequent first.",
        "# REVIEW before use: delete every rule whose line is real reporting, then list this",
        "# file under `packs:` in newslint.yaml. Counts and example files are in each rule.",
    ]
    if not lines:
        out.append("# No line recurs often enough: nothing learned.")
        return "\n".join(out) + "\n"
    q = _quote
    out += [
        "pack: learned-boilerplate",
        "prefix: LB",
        "description: " + q(f"Lines recurring across {total} articles of this corpus."),
        "rules:",
    ]
    width = max(3, len(str(len(lines))))
    for n, entry in enumerate(lines, 1):
        share = entry.count / total if total else 0.0
        seen_in = f"{entry.count} of {total} articles ({share:.1%})"
        examples = ", ".join(entry.examples)
        code = f"{n:0{width}d}"
        out += [
            f"  # {seen_in}, e.g. {examples}",
            f"  - code: LB{code}",
            f"    name: learned-line-{code}",
            "    kind: existence",
            "    scope: whole-line",
            "    severity: warning",
            "    fix: delete-line",
            "    tags: [boilerplate, learned]",
            "    summary: " + q(f"Learned boilerplate line {_short(entry.text)!r}."),
            "    message: " + q("learned boilerplate line {line!r}"),
            "    description: " + q(f"A line found in {seen_in}, e.g. {examples}."),
            "    rationale: "
            + q("It recurs verbatim across unrelated articles: page furniture, not reporting."),
            "    examples:",
            "      bad: [" + q(entry.text) + "]",
            "      good: ["
            + q(_GOOD if entry.text.casefold() != _GOOD.casefold() else "Text.")
            + "]",
            "    phrases: [" + q(entry.text) + "]",
        ]
    return "\n".join(out) + "\n"


def _quote(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _short(text: str, limit: int = 50) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
