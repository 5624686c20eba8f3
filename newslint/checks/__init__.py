"""Built-in Python rules. Each module holds one rule; BUILTIN_RULES lists them all, once."""

from __future__ import annotations

from newslint.checks import input_problems, repeated_line
from newslint.rule import Rule

BUILTIN_RULES: tuple[Rule, ...] = (
    repeated_line.check,
    input_problems.UNREADABLE_FILE,
    input_problems.MALFORMED_RECORD,
    input_problems.empty_article,
    input_problems.RULE_CRASHED,
)
