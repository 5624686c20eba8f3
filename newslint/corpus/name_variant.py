"""NL504 name-variant: one proper name spelled two ways across the corpus."""

from __future__ import annotations

import re
from array import array
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from pydantic import Field

from newslint.article import Article, ArticleRef
from newslint.corpus._shingles import levenshtein
from newslint.finding import Severity
from newslint.rule import CorpusHit, RuleOptions, corpus_rule

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: Characters after which a capital starts a sentence or quote, so it proves nothing.
_OPENERS = set(".!?:;\"'“”‘’«»()[]—–-•*#|/")


class NameVariantOptions(RuleOptions):
    min_length: int = Field(5, ge=2, description="Shorter names are not compared.")
    min_count: int = Field(
        3, ge=1, description="Occurrences (corpus-wide) of the commonest spelling of a name."
    )
    min_variant_count: int = Field(
        1, ge=1, description="Occurrences (corpus-wide) a variant spelling needs to be reported."
    )
    max_distance: int = Field(2, ge=1, le=3, description="Largest Levenshtein distance.")
    min_similarity: float = Field(
        0.8, gt=0, le=1, description="Smallest 1 - distance / length of the longer spelling."
    )
    max_names: int = Field(64, ge=1, description="Distinct names kept per article.")


DOC = """## What it does
Finds proper names spelled two ways across the corpus ("Lavrentiev" and "Lavrentyev"):
capitalised words seen mid-sentence, with the same first letter, a small edit distance
(`max_distance`, `min_similarity`) and neither being the other plus an ending (Syria/Syrian,
Kurd/Kurds). The commonest spelling must occur `min_count` times. Each rarer spelling is
reported at its first occurrence in every article that uses it; the message lists every
spelling with its count and first article.

## Why it matters
Variant transliterations split one entity into several for search, entity linking and
statistics; a corpus usually wants one house spelling.

## Example
    a.txt: Envoy Alexander Lavrentiev met the president.  (and twice more elsewhere)
    b.txt: The envoy Alexander Lavrentyev said on Thursday.

## Passes
    a.txt: The Syrian army entered Syria's north.

## Options
`min_length` (5), `min_count` (3), `min_variant_count` (1), `max_distance` (2),
`min_similarity` (0.8), `max_names` (64 per article, to bound memory).

## Known false positives
Two different people or places whose names differ by a letter (Mohammed and Mohammad may be
two men); this rule is informational and off by default.
"""

Key = tuple[str, bytes]


@dataclass
class _Stats:
    count: int = 0
    articles: int = 0
    first: int = -1  # entry index of the first article using the name


def key(article: Article, options: NameVariantOptions) -> Key | None:
    """(names joined by newlines, packed (count, line, column) per name)."""
    body = article.body
    found: dict[str, list[int]] = {}
    for m in _WORD.finditer(body):
        word = m.group()
        if not word[0].isupper():
            continue  # cheap test first: most words are lower case
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if len(word) < options.min_length or not word[1:].islower():
            continue
        i = m.start() - 1
        while i >= 0 and body[i] in " \t":
            i -= 1
        if i < 0 or body[i] == "\n" or body[i] in _OPENERS:
            continue  # sentence- or line-initial capital
        if word in found:
            found[word][0] += 1
        else:
            found[word] = [1, *article.line_col(m.start())]
    if found:
        # a name that also occurs in lower case here is a common word ("Police", "Minister")
        alternation = "|".join(re.escape(w.lower()) for w in found)
        for low in set(re.findall(rf"(?<!\w)(?:{alternation})(?!\w)", body)):
            found.pop(low[0].upper() + low[1:], None)
    if not found:
        return None
    names = sorted(found, key=lambda w: (-found[w][0], found[w][1], found[w][2]))
    names = names[: options.max_names]
    return "\n".join(names), array("I", [v for w in names for v in found[w]]).tobytes()


def _unpack(k: Key) -> Iterator[tuple[str, int, int, int]]:
    values = array("I")
    values.frombytes(k[1])
    for n, name in enumerate(k[0].split("\n")):
        yield name, values[3 * n], values[3 * n + 1], values[3 * n + 2]


def reduce(
    entries: Sequence[tuple[ArticleRef, Key | None]],
    options: NameVariantOptions,
    focus: Collection[int] | None = None,
) -> Iterator[CorpusHit]:
    """Count names corpus-wide, group spellings, then report the rarer ones where used."""
    stats: dict[str, _Stats] = {}
    for i, (_, k) in enumerate(entries):
        if k is None:
            continue
        for name, count, _line, _col in _unpack(k):
            s = stats.setdefault(name, _Stats(first=i))
            s.count += count
            s.articles += 1
    frequent = {n: s.count for n, s in stats.items() if s.count >= options.min_variant_count}
    messages: dict[str, str] = {}
    for group in variant_groups(
        frequent, options.max_distance, options.min_similarity, options.min_length
    ):
        # the commonest spelling is canonical; ties go to the one seen first in the corpus
        ranked = sorted(group, key=lambda n: (-stats[n].count, stats[n].first, n))
        if stats[ranked[0]].count < options.min_count:
            continue
        listing = "; ".join(_describe(n, stats[n], entries) for n in ranked)
        for name in ranked[1:]:
            messages[name] = f"{name!r} is a variant spelling of {ranked[0]!r}: {listing}"
    if not messages:
        return
    for ref, k in entries:
        if k is None:
            continue
        for name, _count, line, col in _unpack(k):
            if name in messages:
                yield CorpusHit(ref, messages[name], line, col, line, col + len(name), excerpt=name)


def variant_groups(
    counts: dict[str, int], max_distance: int, min_similarity: float, min_length: int
) -> list[list[str]]:
    """Groups (sorted) of names that look like spellings of one name.

    Candidates come from a deletion neighbourhood (SymSpell: two words within distance d share
    a form with at most d letters deleted), built per first letter so memory stays bounded,
    then each pair is verified with Levenshtein. Groups are the connected components.
    """
    by_letter: dict[str, list[str]] = {}
    for name in sorted(counts):
        if len(name) >= min_length:
            by_letter.setdefault(name[0], []).append(name)
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for names in by_letter.values():
        index: dict[str, list[str]] = {}
        for name in names:
            # NOTE: min_similarity caps the useful depth (0.8 allows 1 edit below 10 letters);
            # deeper neighbourhoods of short names are huge buckets of unrelated names.
            depth = min(max_distance, int(round((len(name) + 1) * (1 - min_similarity), 6)))
            for form in _deletions(name, depth):
                index.setdefault(form, []).append(name)
        for bucket in index.values():
            for a_pos, a in enumerate(bucket):
                for b in bucket[a_pos + 1 :]:
                    if root(a) != root(b) and _is_variant(a, b, max_distance, min_similarity):
                        parent[root(b)] = root(a)
    groups: dict[str, list[str]] = {}
    for name in parent:
        groups.setdefault(root(name), []).append(name)
    for r in list(groups):
        if r not in parent:
            groups[r].append(r)
    return sorted(sorted(set(g)) for g in groups.values())


def _deletions(word: str, depth: int) -> set[str]:
    """``word`` with up to ``depth`` letters deleted (never the first, which must match)."""
    forms = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(1, len(w))}
        forms |= frontier
    return forms


def _is_variant(a: str, b: str, max_distance: int, min_similarity: float) -> bool:
    if a.startswith(b) or b.startswith(a):
        return False  # an ending (Syria/Syrian, Kurd/Kurds), not a spelling
    distance = levenshtein(a, b, max_distance)
    return distance <= max_distance and 1 - distance / max(len(a), len(b)) >= min_similarity


def _describe(name: str, s: _Stats, entries: Sequence[tuple[ArticleRef, Key | None]]) -> str:
    articles = "article" if s.articles == 1 else "articles"
    return f"{name!r} {s.count}x in {s.articles} {articles} (first {entries[s.first][0].label})"


RULE = corpus_rule(
    code="NL504",
    name="name-variant",
    summary="The same proper name is spelled two ways across the corpus.",
    doc=DOC,
    key=key,
    reduce=reduce,
    severity=Severity.INFO,
    enabled_by_default=False,
    options=NameVariantOptions,
    tags=("corpus", "consistency"),
)
