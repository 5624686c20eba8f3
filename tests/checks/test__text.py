"""The shared text helpers of the checks."""

from __future__ import annotations

import random
import re

import pytest

from newslint.checks._text import alternation


@pytest.mark.parametrize(
    "words",
    [
        ["said", "says", "told", "tells", "added", "adds", "admitted", "admits"],
        ["a", "ab", "abc", "b"],
        ["x.y", "x+y", "x"],  # escaped, not regex syntax
    ],
)
def test_alternation_matches_exactly_what_a_plain_alternation_matches(words: list[str]) -> None:
    plain = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
    factored = re.compile(alternation(words))
    rng = random.Random(7)
    alphabet = "".join(sorted(set("".join(words)))) + " z"
    samples = [*words, "", "zz", "sai", "tell"]
    samples += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))) for _ in range(3000)
    ]
    for text in samples:
        assert [m.span() for m in factored.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ], text
        assert bool(factored.fullmatch(text)) == (text in words), text
