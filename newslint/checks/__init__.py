"""Built-in Python rules. Each module holds one rule; BUILTIN_RULES lists them all, once."""

from __future__ import annotations

from newslint.checks import (
    caption_fragment,
    copyright_year_mismatch,
    credit_line,
    dangling_lead_in,
    foreign_paragraph,
    input_problems,
    invisible_characters,
    metadata_line_in_body,
    missing_dateline,
    mojibake,
    off_topic_paragraph,
    repeated_line,
    site_footer,
    spacing_artifact,
    truncated_paragraph,
    unanchored_relative_date,
    unbalanced_quotes,
    unexpected_language,
    weekday_date_mismatch,
)
from newslint.rule import Rule

BUILTIN_RULES: tuple[Rule, ...] = (
    copyright_year_mismatch.check,
    missing_dateline.check,
    weekday_date_mismatch.check,
    unanchored_relative_date.check,
    metadata_line_in_body.check,
    caption_fragment.check,
    dangling_lead_in.check,
    site_footer.check,
    credit_line.check,
    off_topic_paragraph.check,
    repeated_line.check,
    unbalanced_quotes.check,
    spacing_artifact.check,
    truncated_paragraph.check,
    unexpected_language.check,
    foreign_paragraph.check,
    mojibake.check,
    invisible_characters.check,
    input_problems.UNREADABLE_FILE,
    input_problems.MALFORMED_RECORD,
    input_problems.empty_article,
    input_problems.RULE_CRASHED,
    input_problems.BASELINE_ENTRY_FIXED,
    input_problems.UNUSED_WAIVER,
)
