"""In-process adapters for the speed benchmark: one tool, one pass, timed inside this process.

Run as ``python _peers.py TOOL CORPUS.jsonl`` by ``speed.py``: the peers (proselint,
datatrove) in their own virtualenv, the bare baseline and the newslint in-process modes in
newslint's. Every adapter gets the same texts in the same way (the JSONL is read line by
line inside the timed region, as a linter must), warms up on a few documents first (model
and registry loading is start-up, not throughput) and prints one JSON object:

    {"ok": true, "tool": ..., "version": ..., "articles": N, "bytes": B, "seconds": S,
     "maxrss_kb": K, ...extra}
    {"ok": false, "tool": ..., "error": "why it could not run"}

Only the standard library is imported at module level: this file runs in several venvs.
"""

from __future__ import annotations

import json
import re
import resource
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

WARMUP_DOCS = 20

#: The baseline's 50 phrases: boilerplate-like strings a news linter would look for.
# fmt: off
BASELINE_PHRASES = (
    "share this article", "all rights reserved", "click here", "sign up for",
    "follow us on", "read more", "advertisement", "subscribe now", "cookie policy",
    "terms of use", "privacy policy", "related articles", "most popular", "watch the video",
    "leave a comment", "photo credit", "getty images", "breaking news", "newsletter",
    "download our app", "reporting by", "editing by", "additional reporting",
    "copyright", "this story has been", "updated at", "published on", "min read",
    "scroll down", "back to top", "skip to content", "log in", "register now",
    "sponsored content", "recommended for you", "trending now", "more from",
    "you may also like", "next article", "previous article", "print this page",
    "email this", "tweet this", "share on facebook", "whatsapp", "view comments",
    "image caption", "media caption", "live updates", "toggle navigation",
)
# fmt: on


def iter_texts(path: Path) -> Iterator[str]:
    """The ``text`` field of every JSONL record (what every adapter reads)."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["text"]


def _maxrss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


# --------------------------------------------------------------------------- adapters
# Each factory does its imports and set-up and returns a per-text function.


def _baseline() -> tuple[str, Callable[[str], Any]]:
    pattern = re.compile("|".join(map(re.escape, BASELINE_PHRASES)))
    return f"python {sys.version.split()[0]}", pattern.findall


def _proselint() -> tuple[str, Callable[[str], Any]]:
    # proselint >= 0.14 API: register the checks once, then LintFile(name, text).lint(config).
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile
    from proselint.version import __version__

    CheckRegistry().register_many(__register__)
    return __version__, lambda text: LintFile("<article>", text).lint(DEFAULT)


def _datatrove(*names: str) -> Callable[[], tuple[str, Callable[[str], Any]]]:
    def factory() -> tuple[str, Callable[[str], Any]]:
        from importlib.metadata import version

        from datatrove.data import Document
        from datatrove.pipeline import filters

        # NOTE: filter(doc) is the per-document decision (run() adds stats and writers);
        # each filter sees every document, like a chain where nothing is dropped.
        steps = [getattr(filters, name)().filter for name in names]

        def one(text: str) -> Any:
            doc = Document(text=text, id="a")
            return [step(doc) for step in steps]

        return version("datatrove"), one

    return factory


ADAPTERS: dict[str, Callable[[], tuple[str, Callable[[str], Any]]]] = {
    "baseline": _baseline,
    "proselint": _proselint,
    "gopher-quality": _datatrove("GopherQualityFilter"),
    "gopher-repetition": _datatrove("GopherRepetitionFilter"),
    "c4-quality": _datatrove("C4QualityFilter"),
    "fineweb-quality": _datatrove("FineWebQualityFilter"),
    "datatrove-4": _datatrove(
        "GopherQualityFilter", "GopherRepetitionFilter", "C4QualityFilter", "FineWebQualityFilter"
    ),
}


def run_adapter(tool: str, corpus: Path) -> dict[str, Any]:
    """Set up ``tool``, warm it up, then time one pass over every text of ``corpus``."""
    version, fn = ADAPTERS[tool]()
    for i, text in enumerate(iter_texts(corpus)):
        if i >= WARMUP_DOCS:
            break
        fn(text)
    articles = size = 0
    start, cpu = time.perf_counter(), time.process_time()
    for text in iter_texts(corpus):
        fn(text)
        articles += 1
        size += len(text.encode("utf-8"))
    return {
        "version": version,
        "articles": articles,
        "bytes": size,
        "seconds": time.perf_counter() - start,
        "cpu_seconds": time.process_time() - cpu,
    }


# --------------------------------------------------------------------------- newslint modes
# These run under newslint's venv; newslint is imported only here.


def _newslint_config() -> Any:
    from newslint.config import load_config

    return load_config(None).with_overrides(cache=False)


def _newslint_sources(corpus: Path) -> list[tuple[Path, str]]:
    return [(corpus, corpus.name)]


def run_newslint_inproc(corpus: Path) -> dict[str, Any]:
    """``pipeline.run(jobs=1)`` without interpreter start-up or output formatting."""
    import newslint
    from newslint import pipeline

    config = _newslint_config()
    sources = _newslint_sources(corpus)
    start, cpu = time.perf_counter(), time.process_time()
    result = pipeline.run(sources, config, jobs=1)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    size = sum(len(t.encode("utf-8")) for t in iter_texts(corpus))
    return {
        "version": newslint.__version__,
        "articles": result.articles,
        "bytes": size,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "findings": len(result.findings),
    }


def run_newslint_rules(corpus: Path) -> dict[str, Any]:
    """Seconds per article rule over the whole corpus (each rule alone, outputs drained)."""
    import newslint
    from newslint import readers
    from newslint.pipeline import build_context

    ctx = build_context(_newslint_config())
    articles = [
        a
        for a in readers.read_path(corpus, corpus.name, ctx.fields)
        if not isinstance(a, readers.InputProblem)
    ]
    # Warm up (langdetect loads its profiles on first use: ~1 s of start-up, not per-article
    # cost), then touch the cached splits once so the first rule is not charged for them.
    for active in ctx.ruleset.article_rules:
        for a in articles[:WARMUP_DOCS]:
            for _ in active.rule.check(a, active.options):  # type: ignore[union-attr]
                pass
    start = time.perf_counter()
    for a in articles:
        _ = a.lines, a.paragraphs
    split_s = time.perf_counter() - start
    per_rule: dict[str, float] = {"(lines/paragraphs split)": split_s}
    for active in ctx.ruleset.article_rules:
        check = active.rule.check  # type: ignore[union-attr]
        start = time.perf_counter()
        for a in articles:
            for _ in check(a, active.options):
                pass
        per_rule[f"{active.meta.code} {active.meta.name}"] = time.perf_counter() - start
    return {"version": newslint.__version__, "articles": len(articles), "per_rule": per_rule}


def run_newslint_corpus(corpus: Path, codes: str) -> dict[str, Any]:
    """Corpus rules alone, in-process: ``key`` per article (map), then ``reduce`` per rule.

    The fallback of the scaling section while the CLI cannot select these rules yet.
    """
    import pickle

    import newslint
    from newslint import readers
    from newslint.corpus import CORPUS_RULES

    wanted = set(codes.split(","))
    rules = [r for r in CORPUS_RULES if r.meta.code in wanted]
    options = [r.meta.options() for r in rules]
    entries: list[list[Any]] = [[] for _ in rules]
    key_s = [0.0] * len(rules)
    articles = 0
    start, cpu = time.perf_counter(), time.process_time()
    for item in readers.read_path(corpus, corpus.name, readers.FieldMap()):
        if isinstance(item, readers.InputProblem):
            continue
        articles += 1
        for i, rule in enumerate(rules):
            t = time.perf_counter()
            key = rule.key(item, options[i])
            key_s[i] += time.perf_counter() - t
            if key is not None:
                entries[i].append((item.ref, key))
    per_rule: dict[str, dict[str, float]] = {}
    for i, (rule, opts, part) in enumerate(zip(rules, options, entries, strict=True)):
        t = time.perf_counter()
        hits = sum(1 for _ in rule.reduce(part, opts))
        per_rule[rule.meta.code] = {
            "key_s": key_s[i],
            "reduce_s": time.perf_counter() - t,
            "hits": hits,
            # pickled size of the keys: what workers send back and the index stores
            "key_bytes_per_article": len(pickle.dumps([k for _, k in part])) / max(articles, 1),
        }
    return {
        "version": newslint.__version__,
        "articles": articles,
        "seconds": time.perf_counter() - start,
        "cpu_seconds": time.process_time() - cpu,
        "per_rule": per_rule,
    }


def run_newslint_profile(corpus: Path, out: Path) -> dict[str, Any]:
    """cProfile one ``pipeline.run(jobs=1)``; writes the top functions to ``out``."""
    import cProfile
    import io
    import pstats

    from newslint import pipeline

    config = _newslint_config()
    sources = _newslint_sources(corpus)
    prof = cProfile.Profile()
    prof.enable()
    pipeline.run(sources, config, jobs=1)
    prof.disable()
    stats = pstats.Stats(prof)
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(15)
    buf.write("\n")
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(15)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(buf.getvalue(), encoding="utf-8")

    # Own time summed by library, and cumulative time of each rule's check(): the shares
    # that say where to optimise. (Generators count each resume as a call; cum time holds.)
    libs: dict[str, float] = {}
    rules: dict[str, float] = {}
    for (filename, _line, func), row in stats.stats.items():  # type: ignore[attr-defined]
        tottime, cumtime = row[2], row[3]
        lib = _library_of(filename)
        libs[lib] = libs.get(lib, 0.0) + tottime
        if "/newslint/" in filename and func == "check":
            key = f"{Path(filename).stem}.{func}"
            rules[key] = max(rules.get(key, 0.0), cumtime)
    items = stats.stats.items()  # type: ignore[attr-defined]
    top_cum = sorted(((row[3], _where(key)) for key, row in items), reverse=True)[:15]
    top_own = sorted(((row[2], _where(key)) for key, row in items), reverse=True)[:12]
    # The language pre-test and langdetect itself (profile loading included): issue 4's
    # suspected hot spot, reported on its own.
    language = {
        _where(key): row[3] / total
        for key, row in items
        if (key[0].endswith("_language.py") and key[2] in ("looks_like", "detect", "_detector"))
        or (key[0].endswith("detector_factory.py") and key[2] == "load_profile")
    }
    return {
        "total_s": total,
        "libs": {k: v / total for k, v in sorted(libs.items(), key=lambda kv: -kv[1])},
        "rules_cum": {k: v / total for k, v in sorted(rules.items(), key=lambda kv: -kv[1])},
        "top_cum": [(name, cum / total) for cum, name in top_cum],
        "top_own": [(name, own / total) for own, name in top_own],
        "language": language,
    }


def _where(key: tuple[str, int, str]) -> str:
    filename, line, func = key
    return f"{Path(filename).name}:{line}({func})"


def _library_of(filename: str) -> str:
    """Which package a profiled function belongs to (newslint, langdetect, ftfy, stdlib...)."""
    for lib in ("newslint", "langdetect", "ftfy", "datasketch", "numpy", "pydantic", "ruamel"):
        if f"/{lib}/" in filename:
            return lib
    if filename.startswith("<") or filename == "~":
        return "builtins"
    return "stdlib/other"


def main(argv: list[str]) -> int:
    tool, corpus = argv[0], Path(argv[1])
    try:
        if tool == "newslint-inproc":
            payload = run_newslint_inproc(corpus)
        elif tool == "newslint-rules":
            payload = run_newslint_rules(corpus)
        elif tool == "newslint-corpus":
            payload = run_newslint_corpus(corpus, argv[2])
        elif tool == "newslint-profile":
            payload = run_newslint_profile(corpus, Path(argv[2]))
        else:
            payload = run_adapter(tool, corpus)
    except Exception as exc:  # noqa: BLE001 - the caller prints "not available: <reason>"
        print(json.dumps({"ok": False, "tool": tool, "error": f"{type(exc).__name__}: {exc}"}))
        return 0
    payload.update(ok=True, tool=tool, maxrss_kb=_maxrss_kb())
    print(json.dumps(payload))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
