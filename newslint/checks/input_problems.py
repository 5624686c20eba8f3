"""NL901-NL904: problems with the input itself, reported as findings so the run goes on."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.article import Article
from newslint.finding import Hit, Severity
from newslint.rule import ArticleRule, NoOptions, RuleMeta, article_rule


def _reported_by_reader(article: Article, options: NoOptions) -> Iterator[Hit]:
    # NOTE: readers, the runner or the CLI emit these codes themselves (there is no article
    # text to check); the rule object exists so the codes have docs and can be selected,
    # ignored or re-levelled like any other.
    return iter(())


def _reported(
    *, code: str, name: str, summary: str, doc: str, severity: Severity = Severity.ERROR
) -> ArticleRule[NoOptions]:
    """A rule whose findings come from outside the rule (reader, runner, baseline, waivers)."""
    meta = RuleMeta(
        code=code, name=name, summary=summary, doc=doc, severity=severity, tags=("input",)
    )
    return ArticleRule(meta, _reported_by_reader)


UNREADABLE_FILE = _reported(
    code="NL901",
    name="unreadable-file",
    summary="A file could not be read or decoded as UTF-8 text.",
    doc="""## What it does
Reports a file that cannot be read: not valid UTF-8, binary (NUL bytes), a broken gzip stream,
or an I/O error. The message names the byte offset of the first bad byte.

## Why it matters
An undecodable file is silently dropped or garbled by most pipelines; newslint names it so
it can be re-exported, and goes on with the other files.

## Example
a .txt file saved as Latin-1: "Caf\\xe9 owners protest"

## Passes
the same file saved as UTF-8: "Café owners protest"

## Options
None.

## Known false positives
Files in another encoding on purpose: convert them to UTF-8 first (`iconv -f latin1 -t utf-8`).""",
)

MALFORMED_RECORD = _reported(
    code="NL902",
    name="malformed-record",
    summary="A JSONL line is not valid JSON, not an object, or lacks the text field.",
    doc="""## What it does
Reports a JSONL line that is not a JSON object, does not parse, or has no string text field
(the field name is configurable, default `text`). The finding carries the JSONL line number.

## Why it matters
One broken record should not stop a multi-gigabyte run, but it must not vanish either.

## Example
{"id": "a1", "text": "Council approves budget"
{"id": "a2", "title": "no text field"}

## Passes
{"id": "a1", "text": "Council approves budget."}

## Options
None (see `input.fields` in the config for field names).

## Known false positives
Records that keep the body under another key: set `input.fields.text`.""",
)


@article_rule(
    code="NL903",
    name="empty-article",
    summary="The article has no text.",
    severity=Severity.ERROR,
    tags=("input",),
)
def empty_article(article: Article, options: NoOptions) -> Iterator[Hit]:
    """## What it does
    Flags an article whose body is empty or only whitespace: an empty file, front matter with
    nothing after it, or a JSONL record with `"text": ""`.

    ## Why it matters
    Empty records inflate corpus counts and usually mean the extractor failed on that page.

    ## Example
        ---
        title: Council approves budget
        ---

    ## Passes
        ---
        title: Council approves budget
        ---
        The council approved the budget on Tuesday.

    ## Options
    None.

    ## Known false positives
    Placeholder records kept on purpose (ignore NL903 for them with `newslint_ignore`).
    """
    if not article.body.strip():
        yield Hit("article is empty", start=0, end=0)


RULE_CRASHED = _reported(
    code="NL904",
    name="rule-crashed",
    summary="A rule raised an exception on this article (a bug in the rule).",
    doc="""## What it does
Reports that a rule raised an exception while checking this article, naming the rule and the
exception. The other rules and articles are still checked.

## Why it matters
A crashing rule would otherwise hide every finding of that rule; reporting it keeps the run
honest and gives a reproducible case for a bug report.

## Example
any article that makes a (buggy) plugin rule raise

## Passes
articles on which every rule runs to completion

## Options
None.

## Known false positives
None: each one is a bug to report to the rule's author (run with `--debug` for a traceback).""",
)


BASELINE_ENTRY_FIXED = _reported(
    code="NL905",
    name="baseline-entry-fixed",
    summary="A finding accepted in the baseline no longer occurs.",
    severity=Severity.INFO,
    doc="""## What it does
Reports a baseline entry whose finding no longer occurs (it was fixed, or its file or record
is gone), at the entry's line in the baseline file.

## Why it matters
The baseline should shrink as the corpus is cleaned. A stale entry would silently accept the
same problem if it came back; `newslint baseline write` rewrites the file without it.

## Example
{"fingerprint": "3157d35a54248244", "code": "NL202", "path": "a.md", ...}
(a.md no longer has that boilerplate line)

## Passes
{"fingerprint": "3157d35a54248244", "code": "NL202", "path": "a.md", ...}
(a.md still has it: the finding is accepted, nothing is reported)

## Options
None.

## Known false positives
Entries of files that were not linted in this run are not reported (the CLI passes the
linted paths); renaming a file makes all its entries "fixed" and its findings new.
""",
)


UNUSED_WAIVER = _reported(
    code="NL906",
    name="unused-waiver",
    summary="A waiver in the waivers file matches no finding.",
    severity=Severity.INFO,
    doc="""## What it does
Reports an entry of `newslint-waivers.yaml` that matched no finding in this run, at the
entry's line in the waivers file.

## Why it matters
A waiver outlives the problem it excused: the text was fixed, the file moved, the rule
changed. A stale waiver silently excuses the next, unrelated finding that happens to match it,
so waivers should be removed once they stop matching (like ruff's RUF100).

## Example
- path: archive/*.md
  code: NL202
  reason: archived pages keep their furniture
(no file in archive/ has an NL202 finding any more)

## Passes
- path: archive/*.md
  code: NL202
  reason: archived pages keep their furniture
(archive/2019-01.md still has an NL202 finding)

## Options
None.

## Known false positives
A run over only some files (pre-commit passes the staged files) cannot see the findings a
waiver of another file matches; run `newslint check` on the whole corpus before removing it.
""",
)
