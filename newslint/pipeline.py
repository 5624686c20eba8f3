"""Runs a whole lint: files -> articles -> findings, serially or in worker processes.

The unit of work is a *chunk*: a whole text/Markdown file, or a byte range of a JSONL file
(big JSONL dumps are split so that one multi-gigabyte file still uses every core). Workers
rebuild the rule set from the picklable Config once (sqlfluff's lesson: keep heavy objects
off the process boundary) and return plain findings plus the compact corpus-rule keys.
Chunks are processed and merged in input order, so the output does not depend on --jobs.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newslint.article import Article, ArticleRef
from newslint.finding import Finding, InputProblem
from newslint.runner import (
    RuleSet,
    corpus_keys,
    lint_articles,
    sort_findings,
    stamp_corpus_hit,
    stamp_input_problem,
)

#: JSONL files larger than this are split into byte ranges of about this size.
CHUNK_BYTES = 8 * 1024 * 1024
MIN_CHUNK_BYTES = 256 * 1024
#: Articles linted together, rule by rule (``runner.lint_articles``); 256 measured faster
#: than 64 (0.80 vs 0.82 ms per article). A batch also ends at ``LINT_BATCH_CHARS`` of text,
#: so that huge records do not pile up in memory.
LINT_BATCH = 256
LINT_BATCH_CHARS = 4_000_000


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


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
    #: per corpus rule (in RuleSet order): the (ref, key) pairs of this chunk's articles, as a
    #: compact ``corpus._columns.KeyColumn`` (a plain list in results cached by older versions)
    corpus: list[Sequence[tuple[ArticleRef, Any]]] = field(default_factory=list)
    articles: int = 0
    #: blake2b of the chunk's bytes when known (feeds the corpus index), and whether the
    #: result came from the cache
    content_hash: str | None = None
    cached: bool = False


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
    cache: Any = None  # cache.ResultCache or None
    catalogue: tuple[Any, ...] = ()  # every known rule (for reports), selected or not


def chunk_size(chunk: Chunk) -> int:
    """Bytes in a chunk (for progress); 0 when the file cannot be stat'ed."""
    if chunk.end is not None:
        return chunk.end - chunk.start
    return _size(chunk.path)


def plan_chunks(
    sources: Sequence[tuple[Path, str]], chunk_bytes: int = CHUNK_BYTES, jobs: int = 1
) -> list[Chunk]:
    """Split the work: big plain .jsonl/.ndjson files become line-aligned byte ranges.

    With several workers, ranges shrink towards 256 KiB so that each worker gets about 32:
    two 8 MiB halves of a 16 MiB dump would leave one core idle whenever the other is slowed,
    and the last range of a run keeps one worker busy alone (32 per worker measured 3% faster
    than 8 at `-j2` on 10,000 articles: 4.88 vs 5.05 s).
    """
    if jobs > 1:
        total = sum(_size(path) for path, _ in sources)
        chunk_bytes = max(MIN_CHUNK_BYTES, min(chunk_bytes, total // (jobs * 32) or chunk_bytes))
    chunks: list[Chunk] = []
    for path, display in sources:
        name = path.name.lower()
        size = _size(path)
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
    """Lint one chunk, through the result cache when there is one (the per-worker step)."""
    if ctx.cache is None:
        return _lint_chunk(chunk, ctx)
    data = _read_chunk_bytes(chunk)
    if data is None:  # unreadable: the reader reports it (NL901); nothing to cache
        return _lint_chunk(chunk, ctx)
    key = ctx.cache.key(chunk.display, chunk.start, chunk.end, data)
    cached = ctx.cache.get(key)
    if isinstance(cached, ChunkResult):
        cached.cached = True
        return cached
    from newslint import readers

    if chunk.end is None:
        # the bytes are already in memory for the cache key: don't read the file twice
        kind = readers.kind_for(chunk.path) or "text"
        items = readers.read_bytes(data, chunk.display, kind, ctx.fields, ctx.max_record_bytes)
        result = _lint_items(items, chunk.display, ctx)
    else:
        result = _lint_chunk(chunk, ctx)
    result.content_hash = readers.content_hash(data)
    ctx.cache.put(key, result)
    return result


def _read_chunk_bytes(chunk: Chunk) -> bytes | None:
    try:
        with chunk.path.open("rb") as fh:
            if chunk.end is None:
                return fh.read()
            fh.seek(chunk.start)
            return fh.read(chunk.end - chunk.start)
    except OSError:
        return None


def _lint_chunk(chunk: Chunk, ctx: LintContext) -> ChunkResult:
    from newslint import readers

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
    return _lint_items(items, chunk.display, ctx)


def _lint_items(
    items: Iterable[Article | InputProblem], display: str, ctx: LintContext
) -> ChunkResult:
    """Lint what a reader yields for one file (or stdin): findings plus corpus keys."""
    result = ChunkResult(corpus=_key_columns(ctx.ruleset.corpus_rules))
    article_rules = ctx.ruleset.article_rules
    corpus_rules = ctx.ruleset.corpus_rules
    dropped = ctx.ignores.codes_for(display) if ctx.ignores is not None else frozenset()
    batch: list[Article] = []
    chars = 0

    def flush() -> None:
        nonlocal chars
        # findings and keys in article order, as one article at a time would give them
        for article, found in zip(
            batch, lint_articles(batch, article_rules, debug=ctx.debug), strict=True
        ):
            result.findings.extend(f for f in found if f.code not in dropped)
            if corpus_rules:
                _collect_keys(article, corpus_rules, result, dropped)
        result.articles += len(batch)
        batch.clear()
        chars = 0

    for item in items:
        if isinstance(item, InputProblem):
            flush()  # keeps the reading order of problems and articles
            finding = stamp_input_problem(item, ctx.ruleset)
            if finding is not None and finding.code not in dropped:
                result.findings.append(finding)
            continue
        batch.append(item)
        chars += len(item.body)
        if len(batch) >= LINT_BATCH or chars >= LINT_BATCH_CHARS:
            flush()
    flush()
    return result


def _key_columns(corpus_rules: Sequence[Any]) -> list[Any]:
    """One empty KeyColumn per corpus rule, sharing one RefColumn (the chunk's articles)."""
    if not corpus_rules:
        return []
    from newslint.corpus._columns import KeyColumn, RefColumn

    refs = RefColumn()
    return [KeyColumn(refs) for _ in corpus_rules]


def _collect_keys(
    article: Article, corpus_rules: Sequence[Any], result: ChunkResult, dropped: frozenset[str]
) -> None:
    # NOTE: arrays, not a (ref, key) tuple per rule and article: see corpus._columns.
    row = -1
    for i, key in enumerate(corpus_keys(article, corpus_rules)):
        if key is not None and corpus_rules[i].meta.code not in dropped:
            column = result.corpus[i]
            if row < 0:
                row = column.refs.append(article.ref)  # type: ignore[attr-defined]
            column.append(row, key)  # type: ignore[attr-defined]


# Worker-process state: the context is built once per process by _init_worker.
_WORKER_CTX: LintContext | None = None


def _init_worker(ctx: LintContext | None, config: Any = None) -> None:
    global _WORKER_CTX
    # NOTE: under "fork" the parent's context is inherited without pickling; elsewhere the
    # worker rebuilds it from the picklable Config (YAML pack rules hold compiled closures).
    _WORKER_CTX = ctx if ctx is not None else build_context(config, use_cache=True)


def _work(chunk: Chunk) -> ChunkResult:
    assert _WORKER_CTX is not None
    return lint_chunk(chunk, _WORKER_CTX)


def build_context(config: Any, *, debug: bool = False, use_cache: bool = False) -> LintContext:
    from newslint.registry import build_path_ignores, build_ruleset, catalogue

    rules = catalogue(config)
    ruleset = build_ruleset(config, rules)
    ignores = build_path_ignores(config, rules) if config.per_file_ignores else None
    cache = None
    if use_cache and config.cache:
        from newslint.cache import ResultCache, ruleset_salt

        cache = ResultCache(Path(config.cache_dir), ruleset_salt(config, ruleset))
    return LintContext(
        ruleset=ruleset,
        fields=config.to_field_map(),
        ignores=ignores,
        max_record_bytes=config.input.max_record_bytes,
        debug=debug,
        cache=cache,
        catalogue=tuple(rules),
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
        initargs=(ctx, None) if method == "fork" else (None, config),
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
    use_cache: bool = False,
    index: Any = None,
    ctx: LintContext | None = None,
    progress: Any = None,
) -> RunResult:
    """Lint files (and optionally stdin) with the rules of ``config``; findings sorted.

    With a corpus ``index``, the reduce step also sees the indexed articles of files not in
    this run (so a pre-commit run over one changed file still finds its old duplicates), and
    the index is updated with this run's files.
    """
    ctx = ctx or build_context(config, debug=debug, use_cache=use_cache)
    corpus_rules = ctx.ruleset.corpus_rules
    findings: list[Finding] = []
    # per corpus rule: the chunks' key columns, strung together by reduce_corpus
    entries: list[list[Sequence[tuple[ArticleRef, Any]]]] = [[] for _ in corpus_rules]
    articles = 0
    run_paths = {display for _, display in sources}
    if stdin is not None:
        run_paths.add(stdin[1])
        res = _lint_stdin(stdin, ctx)
        findings.extend(res.findings)
        articles += res.articles
        for i, part in enumerate(res.corpus):
            entries[i].append(part)
    chunks = plan_chunks(sources, jobs=jobs)
    per_file: dict[str, list[ChunkResult]] = {}
    for chunk, res in zip(chunks, iter_results(chunks, config, ctx, jobs), strict=True):
        if progress is not None:
            progress.advance(chunk_size(chunk), res.articles)
        findings.extend(res.findings)
        articles += res.articles
        for i, part in enumerate(res.corpus):
            entries[i].append(part)
        if index is not None:
            per_file.setdefault(chunk.display, []).append(res)
    warnings: list[str] = []
    if corpus_rules:
        if index is not None:
            _update_index(index, corpus_rules, per_file)
        from newslint.corpus._workers import reduce_workers

        with reduce_workers(jobs):
            findings.extend(reduce_corpus(corpus_rules, entries, index, run_paths))
    files = len(sources) + (1 if stdin is not None else 0)
    return RunResult(sort_findings(findings), files, articles, warnings)


def _update_index(
    index: Any, corpus_rules: Sequence[Any], per_file: dict[str, list[ChunkResult]]
) -> None:
    for display, results in per_file.items():
        hashes = [r.content_hash or "" for r in results]
        content = hashes[0] if len(hashes) == 1 else "+".join(hashes)
        rows = [
            (active.meta.code, ref, key)
            for res in results
            for active, part in zip(corpus_rules, res.corpus, strict=True)
            for ref, key in part
        ]
        index.upsert(display, content, rows, codes=[a.meta.code for a in corpus_rules])


def reduce_corpus(
    corpus_rules: Sequence[Any],
    entries: list[list[Sequence[tuple[ArticleRef, Any]]]],
    index: Any,
    run_paths: set[str],
) -> list[Finding]:
    """The reduce step of every corpus rule; hits on articles outside this run are dropped.

    ``entries`` holds, per rule, the (ref, key) sequences of the run's chunks.
    """
    from newslint.corpus._columns import CorpusView, trim_freed_memory

    out: list[Finding] = []
    skip = set(run_paths)
    if index is not None:
        # NOTE: an article deleted since it was indexed must not be reported as the original
        # of a duplicate; indexed paths are display paths, as seen from the working directory.
        # (os.path.exists: the same test as Path.exists, at half the cost per indexed file)
        skip |= {p for p in index.paths() if p not in run_paths and not os.path.exists(p)}
    if index is None:
        trim_freed_memory()  # the map step's freed buffers (chunk results) go back first
    for active, parts in zip(corpus_rules, entries, strict=True):
        if index is None:
            # NOTE: no copy into a list of tuples: the view reads the chunks' compact columns
            # in corpus order (path, then record), the order the sort below gives here too.
            view = CorpusView(parts)
            for hit in active.rule.reduce(view, active.options, None):
                if hit.ref.path in run_paths:
                    out.append(stamp_corpus_hit(active, hit))
            del view
            parts.clear()  # this rule's keys are no longer needed: free them for the next
            trim_freed_memory()
            continue
        all_entries = [entry for part in parts for entry in part]
        all_entries.extend(index.entries(active.meta.code, exclude_paths=skip))
        # NOTE: corpus order decides which copy is "the first" (the one not reported): path,
        # then record. Indexed articles outside this run come before the run's own, so that
        # in a pre-commit run the staged file is the copy reported, whatever its name.
        all_entries.sort(key=lambda e: (e[0].path in run_paths, e[0].path, e[0].record or 0))
        focus = None
        if index is not None:
            focus = frozenset(i for i, (ref, _) in enumerate(all_entries) if ref.path in run_paths)
        for hit in active.rule.reduce(all_entries, active.options, focus):
            if hit.ref.path in run_paths:
                out.append(stamp_corpus_hit(active, hit))
    return out


def _lint_stdin(stdin: tuple[bytes, str], ctx: LintContext) -> ChunkResult:
    from newslint import readers

    data, display = stdin
    kind = readers.kind_for(display) or "text"
    items = readers.read_bytes(data, display, kind, ctx.fields, ctx.max_record_bytes)
    return _lint_items(items, display, ctx)
