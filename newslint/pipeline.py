"""Runs a whole lint: files -> articles -> findings, serially or in worker processes.

The unit of work is a *chunk*: a whole text/Markdown file, or a byte range of a JSONL file
(big JSONL dumps are split so that one multi-gigabyte file still uses every core). Workers
rebuild the rule set from the picklable Config once (sqlfluff's lesson: keep heavy objects
off the process boundary) and return plain findings plus the compact corpus-rule keys.
Chunks are processed and merged in input order, so the output does not depend on --jobs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newslint.article import Article, ArticleRef
from newslint.finding import Finding, InputProblem
from newslint.runner import (
    RuleSet,
    corpus_keys,
    lint_article,
    sort_findings,
    stamp_corpus_hit,
    stamp_input_problem,
)

#: JSONL files larger than this are split into byte ranges of about this size.
CHUNK_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class Chunk:
    """One unit of work: a file, or the byte range [start, end) of a JSONL file."""

    path: Path
    display: str
    start: int = 0
    end: int | None = None
    first_line: int = 1


@dataclass
class ChunkResult:
    """What a worker sends back for one chunk."""

    findings: list[Finding] = field(default_factory=list)
    #: per corpus rule (in RuleSet order): the (ref, key) pairs of this chunk's articles
    corpus: list[list[tuple[ArticleRef, Any]]] = field(default_factory=list)
    articles: int = 0


@dataclass
class RunResult:
    findings: list[Finding]
    files: int
    articles: int
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LintContext:
    """What a worker needs besides the chunk; built once per process."""

    ruleset: RuleSet
    fields: Any  # readers.FieldMap
    ignores: Any  # registry.PathIgnores or None
    max_record_bytes: int
    debug: bool = False


def plan_chunks(sources: Sequence[tuple[Path, str]], chunk_bytes: int = CHUNK_BYTES) -> list[Chunk]:
    """Split the work: big plain .jsonl/.ndjson files become line-aligned byte ranges."""
    chunks: list[Chunk] = []
    for path, display in sources:
        name = path.name.lower()
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if name.endswith((".jsonl", ".ndjson")) and size > chunk_bytes:
            chunks.extend(_split_jsonl(path, display, size, chunk_bytes))
        else:
            chunks.append(Chunk(path, display))
    return chunks


def _split_jsonl(path: Path, display: str, size: int, chunk_bytes: int) -> Iterator[Chunk]:
    # NOTE: one pass counting newlines (about 1 GB/s) gives every range its first line number,
    # so record line numbers stay exact whichever worker reads the range.
    start, line = 0, 1
    with path.open("rb") as fh:
        while start < size:
            fh.seek(start)
            block = fh.read(chunk_bytes)
            if not block:
                break
            if start + len(block) < size:
                cut = block.rfind(b"\n")
                if cut == -1:  # one record longer than a chunk: extend to its end
                    rest = fh.readline()
                    block += rest
                    cut = len(block) - 1
                block = block[: cut + 1]
            end = start + len(block)
            yield Chunk(path, display, start, end, line)
            line += block.count(b"\n")
            start = end


def lint_chunk(chunk: Chunk, ctx: LintContext) -> ChunkResult:
    """Read one chunk and lint every article in it (the per-worker step)."""
    from newslint import readers

    result = ChunkResult(corpus=[[] for _ in ctx.ruleset.corpus_rules])
    article_rules = ctx.ruleset.article_rules
    corpus_rules = ctx.ruleset.corpus_rules
    dropped = ctx.ignores.codes_for(chunk.display) if ctx.ignores is not None else frozenset()
    if chunk.end is None:
        items = readers.read_path(
            chunk.path, chunk.display, ctx.fields, max_record_bytes=ctx.max_record_bytes
        )
    else:
        items = readers.read_jsonl_range(
            chunk.path,
            chunk.display,
            chunk.start,
            chunk.end,
            chunk.first_line,
            ctx.fields,
            max_record_bytes=ctx.max_record_bytes,
        )
    for item in items:
        if isinstance(item, InputProblem):
            finding = stamp_input_problem(item, ctx.ruleset)
            if finding is not None and finding.code not in dropped:
                result.findings.append(finding)
            continue
        result.articles += 1
        result.findings.extend(
            f for f in lint_article(item, article_rules, debug=ctx.debug) if f.code not in dropped
        )
        if corpus_rules:
            _collect_keys(item, corpus_rules, result, dropped)
    return result


def _collect_keys(
    article: Article, corpus_rules: Sequence[Any], result: ChunkResult, dropped: frozenset[str]
) -> None:
    ref = article.ref
    for i, key in enumerate(corpus_keys(article, corpus_rules)):
        if key is not None and corpus_rules[i].meta.code not in dropped:
            result.corpus[i].append((ref, key))


# Worker-process state: the context is built once per process by _init_worker.
_WORKER_CTX: LintContext | None = None


def _init_worker(config: Any, debug: bool) -> None:
    global _WORKER_CTX
    _WORKER_CTX = build_context(config, debug=debug)


def _work(chunk: Chunk) -> ChunkResult:
    assert _WORKER_CTX is not None
    return lint_chunk(chunk, _WORKER_CTX)


def build_context(config: Any, *, debug: bool = False) -> LintContext:
    from newslint.registry import build_path_ignores, build_ruleset

    ruleset = build_ruleset(config)
    ignores = build_path_ignores(config, ruleset)
    return LintContext(
        ruleset=ruleset,
        fields=config.to_field_map(),
        ignores=ignores,
        max_record_bytes=config.input.max_record_bytes,
        debug=debug,
    )


def iter_results(
    chunks: Sequence[Chunk], config: Any, ctx: LintContext, jobs: int
) -> Iterator[ChunkResult]:
    """Chunk results in input order, from this process or a pool of ``jobs`` workers."""
    if jobs <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            yield lint_chunk(chunk, ctx)
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # NOTE: "spawn" would re-import everything per worker; "fork" is cheap and safe here
    # because workers only read files. Fall back to the platform default elsewhere.
    method = "fork" if "fork" in mp.get_all_start_methods() else None
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=mp.get_context(method),
        initializer=_init_worker,
        initargs=(config, ctx.debug),
    ) as pool:
        yield from pool.map(_work, chunks, chunksize=max(1, min(16, len(chunks) // (jobs * 8))))


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS/Windows
        return max(1, os.cpu_count() or 1)


def run(
    sources: Sequence[tuple[Path, str]],
    config: Any,
    *,
    jobs: int = 1,
    stdin: tuple[bytes, str] | None = None,
    debug: bool = False,
    index: Any = None,
) -> RunResult:
    """Lint files (and optionally stdin) with the rules of ``config``; findings sorted."""
    ctx = build_context(config, debug=debug)
    corpus_rules = ctx.ruleset.corpus_rules
    findings: list[Finding] = []
    entries: list[list[tuple[ArticleRef, Any]]] = [[] for _ in corpus_rules]
    articles = 0
    if stdin is not None:
        res = _lint_stdin(stdin, ctx)
        findings.extend(res.findings)
        articles += res.articles
        for i, part in enumerate(res.corpus):
            entries[i].extend(part)
    chunks = plan_chunks(sources)
    for res in iter_results(chunks, config, ctx, jobs):
        findings.extend(res.findings)
        articles += res.articles
        for i, part in enumerate(res.corpus):
            entries[i].extend(part)
    warnings: list[str] = []
    if corpus_rules:
        findings.extend(reduce_corpus(corpus_rules, entries, index, warnings))
    files = len(sources) + (1 if stdin is not None else 0)
    return RunResult(sort_findings(findings), files, articles, warnings)


def reduce_corpus(
    corpus_rules: Sequence[Any],
    entries: list[list[tuple[ArticleRef, Any]]],
    index: Any,
    warnings: list[str],
) -> list[Finding]:
    """The reduce step of every corpus rule; hits on articles outside this run are dropped."""
    out: list[Finding] = []
    for active, part in zip(corpus_rules, entries):
        seen_paths = {ref.path for ref, _ in part}
        all_entries = list(part)
        if index is not None:
            all_entries.extend(index.entries(active.meta.code, exclude_paths=seen_paths))
        for hit in active.rule.reduce(all_entries, active.options):
            if hit.ref.path in seen_paths:
                out.append(stamp_corpus_hit(active, hit))
    return out


def _lint_stdin(stdin: tuple[bytes, str], ctx: LintContext) -> ChunkResult:
    from newslint import readers

    data, display = stdin
    kind = readers.kind_for(display) or "text"
    result = ChunkResult(corpus=[[] for _ in ctx.ruleset.corpus_rules])
    dropped = ctx.ignores.codes_for(display) if ctx.ignores is not None else frozenset()
    for item in readers.read_bytes(data, display, kind, ctx.fields):
        if isinstance(item, InputProblem):
            finding = stamp_input_problem(item, ctx.ruleset)
            if finding is not None and finding.code not in dropped:
                result.findings.append(finding)
            continue
        result.articles += 1
        result.findings.extend(
            f for f in lint_article(item, ctx.ruleset.article_rules, debug=ctx.debug)
            if f.code not in dropped
        )
        if ctx.ruleset.corpus_rules:
            _collect_keys(item, ctx.ruleset.corpus_rules, result, dropped)
    return result
