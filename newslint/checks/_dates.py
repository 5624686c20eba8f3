"""The shared date and metadata helpers of the NL1xx rules, under their historical import path.

They live in small modules: ``_date_parse`` (explicit dates), ``_datelines`` (wire datelines),
``_page_furniture`` (date headers, bylines), ``_lede`` (the first line of article text),
``_reference_date`` (the article date, event years) and ``_copyright_notices``. Import from
those; this module only re-exports them for code written against the old single module.
"""

from __future__ import annotations

from newslint.checks._copyright_notices import has_notice_hint, notices
from newslint.checks._date_parse import (
    MONTH,
    MONTHS,
    WEEKDAY,
    WEEKDAYS,
    DateMention,
    find_dates,
    find_dates_at,
)
from newslint.checks._datelines import AGENCIES, Dateline, diagnose_dateline, match_dateline
from newslint.checks._lede import find_lede, is_preamble, lede_dateline
from newslint.checks._page_furniture import clean_line, metadata_line_kind
from newslint.checks._reference_date import (
    ReferenceDate,
    event_years,
    has_date_anchor,
    header_lines,
    reference_date,
)

__all__ = [
    "AGENCIES",
    "MONTH",
    "MONTHS",
    "WEEKDAY",
    "WEEKDAYS",
    "DateMention",
    "Dateline",
    "ReferenceDate",
    "clean_line",
    "diagnose_dateline",
    "event_years",
    "find_dates",
    "find_dates_at",
    "find_lede",
    "has_date_anchor",
    "has_notice_hint",
    "header_lines",
    "is_preamble",
    "lede_dateline",
    "match_dateline",
    "metadata_line_kind",
    "notices",
    "reference_date",
]
