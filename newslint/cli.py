"""Command line: argument parsing, wiring and exit codes. No linting logic lives here.

Exit status: 0 no finding at or above --fail-on; 1 findings; 2 usage, config, rule-pack,
plugin or input-path errors (the message names file, line and key; no traceback unless
--debug).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from newslint import __version__

SUBCOMMANDS = ("check", "rules", "rule", "config", "plugins", "learn", "index", "baseline")
FORMATS = ("text", "json", "jsonl", "github", "sarif", "junit", "gitlab")


class UsageError(Exception):
    """A problem with the command line or the user's files that ends the run with exit 2."""


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if (
        args_list
        and args_list[0] not in SUBCOMMANDS
        and args_list[0]
        not in (
            "-h",
            "--help",
            "--version",
        )
    ):
        args_list.insert(0, "check")
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help()
        return 2
    debug = getattr(args, "debug", False)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        print("newslint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # NOTE: `newslint ... | head` closes stdout early; that is not an error of ours.
        sys.stderr.close()
        return 0
    except ModuleNotFoundError as exc:
        if debug:
            raise
        # NOTE: newslint imported from a source checkout by a Python where it was never
        # installed: say what is missing and how to get it, not "this is a bug".
        print(
            f"newslint: error: a dependency is not installed ({exc.name}); install newslint "
            "with `pip install .` (or `pip install newslint`) in this Python environment",
            file=sys.stderr,
        )
        return 2
    except Exception as exc:  # every known error class carries a located message
        if debug:
            raise
        print(f"newslint: error: {_describe(exc)}", file=sys.stderr)
        if not _is_user_error(exc):
            print("newslint: this is a bug; run with --debug for a traceback", file=sys.stderr)
        return 2


def _is_user_error(exc: Exception) -> bool:
    names = {c.__name__ for c in type(exc).__mro__}
    known = {
        "UsageError",
        "ConfigError",
        "RegistryError",
        "PackError",
        "PluginError",
        "DiscoveryError",
        "BaselineError",
        "WaiverError",
        "FixError",
        "OperationalError",  # sqlite: the corpus index is locked by another newslint
    }
    return bool(names & known)


def _describe(exc: Exception) -> str:
    return str(exc) or type(exc).__name__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newslint",
        description="A data-quality linter for news-article corpora.",
        epilog="`newslint PATHS` is short for `newslint check PATHS`.",
    )
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="lint files and folders of articles (default)")
    _add_config_options(check)
    check.add_argument("paths", nargs="*", help="files or folders; '-' reads stdin")
    check.add_argument("--select", metavar="REFS", help="rules to run (codes, prefixes, names)")
    check.add_argument("--extend-select", metavar="REFS", help="rules to add to the selection")
    check.add_argument("--ignore", metavar="REFS", help="rules to leave out (e.g. NL102,NL5)")
    check.add_argument(
        "--format", action="append", choices=FORMATS, help="output format (repeatable)"
    )
    check.add_argument(
        "--output", "-o", action="append", metavar="FILE", help="write the matching --format here"
    )
    check.add_argument("--quiet", "-q", action="store_true", help="print findings only")
    check.add_argument("--statistics", action="store_true", help="print counts per rule")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default=None)
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings")
    check.add_argument("--stdin-filename", metavar="NAME", help="name (and kind) of stdin input")
    check.add_argument("--jobs", "-j", type=int, default=None, help="worker processes")
    check.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    check.add_argument("--no-respect-gitignore", action="store_true")
    check.add_argument("--fix", action="store_true", help="apply safe fixes to the files")
    check.add_argument("--diff", action="store_true", help="print fixes as a diff, write nothing")
    check.add_argument("--unsafe-fixes", action="store_true", help="also apply unsafe fixes")
    check.add_argument("--baseline", metavar="FILE", help="report only findings not in FILE")
    check.add_argument("--waivers", metavar="FILE", help="waiver file (newslint-waivers.yaml)")
    check.set_defaults(handler=cmd_check)

    rules = sub.add_parser("rules", help="list every known rule")
    _add_config_options(rules)
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    rules.set_defaults(handler=cmd_rules)

    rule = sub.add_parser("rule", help="print one rule's documentation")
    _add_config_options(rule)
    rule.add_argument("code", help="code or name, e.g. NL101 or copyright-year-mismatch")
    rule.set_defaults(handler=cmd_rule)

    config = sub.add_parser("config", help="print the effective configuration")
    _add_config_options(config)
    config.add_argument("paths", nargs="*", help="where to start looking for the config")
    config.set_defaults(handler=cmd_config)

    plugins = sub.add_parser("plugins", help="list installed rule plugins")
    plugins.add_argument("--debug", action="store_true")
    plugins.set_defaults(handler=cmd_plugins)

    learn = sub.add_parser("learn", help="learn repeated boilerplate lines into a rule pack")
    _add_config_options(learn)
    learn.add_argument("paths", nargs="+")
    learn.add_argument("--output", "-o", metavar="FILE", help="write the pack here (else stdout)")
    learn.add_argument("--min-articles", type=int, default=None)
    learn.set_defaults(handler=cmd_learn)

    index = sub.add_parser("index", help="build the corpus index used by corpus rules")
    _add_config_options(index)
    index.add_argument("paths", nargs="+")
    index.add_argument("--jobs", "-j", type=int, default=None)
    index.set_defaults(handler=cmd_index)

    baseline = sub.add_parser("baseline", help="manage the findings baseline")
    bsub = baseline.add_subparsers(dest="baseline_command", metavar="ACTION", required=True)
    bwrite = bsub.add_parser("write", help="write the current findings as the baseline")
    _add_config_options(bwrite)
    bwrite.add_argument("paths", nargs="+")
    bwrite.add_argument("--output", "-o", default=".newslint-baseline.json", metavar="FILE")
    bwrite.add_argument("--jobs", "-j", type=int, default=None)
    bwrite.set_defaults(handler=cmd_baseline_write)
    return parser


def _add_config_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE", help="use this config file")
    p.add_argument("--isolated", action="store_true", help="ignore all config files")
    p.add_argument("--debug", action="store_true", help="show tracebacks")


# --------------------------------------------------------------------------- config


def _split(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [v.strip() for v in value.split(",") if v.strip()]


def load_effective_config(args: argparse.Namespace, paths: Sequence[str] = ()) -> Any:
    """Defaults < config file (found upward from the first path, or --config) < CLI flags."""
    from newslint.config import find_config, load_config

    if getattr(args, "isolated", False):
        path = None
    elif getattr(args, "config", None):
        path = Path(args.config)
        if not path.is_file():
            raise UsageError(f"config file not found: {args.config}")
    else:
        first = next((p for p in paths if p != "-"), ".")
        start = Path(first)
        path = find_config(
            start if start.is_dir() else (start.parent if start.parent else Path("."))
        )
    config = load_config(path)
    overrides: dict[str, Any] = {}
    for name in ("select", "extend_select", "ignore"):
        value = _split(getattr(args, name, None))
        if value is not None:
            overrides[name] = value
    if getattr(args, "fail_on", None):
        overrides["fail_on"] = args.fail_on
    if getattr(args, "no_respect_gitignore", False):
        overrides["respect_gitignore"] = False
    if getattr(args, "no_cache", False):
        overrides["cache"] = False
    if overrides:
        config = config.with_overrides(**overrides)
    return config


def _discover(paths: Sequence[str], config: Any) -> list[tuple[Path, str]]:
    """The files to lint under ``paths``, with the config's include/exclude/.gitignore rules."""
    from newslint.discovery import discover

    return discover(
        paths,
        include=tuple(config.include),
        exclude=tuple(config.exclude),
        respect_gitignore=config.respect_gitignore,
    )


# --------------------------------------------------------------------------- check


def cmd_check(args: argparse.Namespace) -> int:
    from newslint import pipeline
    from newslint.finding import Severity

    paths: list[str] = list(args.paths) or ["."]
    config = load_effective_config(args, paths)
    stdin = None
    if "-" in paths:
        paths = [p for p in paths if p != "-"]
        display = args.stdin_filename or "<stdin>"
        stdin = (sys.stdin.buffer.read(), display)
    sources = _discover(paths, config) if paths else []
    jobs = args.jobs or config.jobs or pipeline.default_jobs()
    ctx = pipeline.build_context(config, debug=args.debug, use_cache=not args.no_cache)
    index = _open_index(config) if _wants_index(config, ctx.ruleset) else None
    progress = _progress(args, sources)
    try:
        result = pipeline.run(
            sources,
            config,
            jobs=jobs,
            stdin=stdin,
            debug=args.debug,
            index=index,
            ctx=ctx,
            progress=progress,
        )
    finally:
        if progress is not None:
            progress.close()
        if index is not None:
            index.close()
    findings = result.findings
    for warning in [*result.warnings, *(index.warnings if index is not None else [])]:
        print(f"newslint: warning: {warning}", file=sys.stderr)

    fixed = 0
    if args.fix or args.diff:
        fixed, findings = _apply_fixes(args, sources, config, jobs, findings)

    linted = [display for _, display in sources] + ([stdin[1]] if stdin else [])
    findings = _filter_known(args, config, ctx.ruleset, findings, linted)
    _report(args, ctx.catalogue, findings, result.files, result.articles, fixed, linted)
    if args.exit_zero:
        return 0
    threshold = Severity(config.fail_on)
    return 1 if any(f.severity >= threshold for f in findings) else 0


def _progress(args: argparse.Namespace, sources: Sequence[tuple[Path, str]]) -> Any:
    """A progress line on a terminal (never with --quiet or when stderr is redirected)."""
    if args.quiet or not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    from newslint.pipeline import Chunk, chunk_size
    from newslint.progress import Progress

    return Progress(sum(chunk_size(Chunk(path, display)) for path, display in sources))


def _wants_index(config: Any, ruleset: Any) -> bool:
    """Use the corpus index when corpus rules run, caching is on and `newslint index` made it."""
    # NOTE: the file name is spelled out (not imported from newslint.corpus.index) because
    # that import pulls in numpy: a pre-commit run over one file must not pay for it.
    return (
        bool(ruleset.corpus_rules)
        and bool(config.cache)
        and (Path(config.cache_dir) / "index.sqlite").is_file()
    )


def _open_index(config: Any) -> Any:
    from newslint.corpus.index import CorpusIndex

    index, warning = CorpusIndex.open(Path(config.cache_dir), _index_fingerprint(config))
    if warning:
        print(f"newslint: warning: {warning}", file=sys.stderr)
    return index


def _index_config(config: Any) -> Any:
    """The config of an index run: every corpus rule (off-by-default ones too), nothing else.

    NOTE: the index must not depend on what one run selects (`--select NL5` turns on NL504,
    a pre-commit run may ignore NL502): it holds the keys of all corpus rules, and its
    fingerprint covers their options only.
    """
    from newslint.registry import catalogue

    codes = tuple(r.meta.code for r in catalogue(config) if r.meta.scope == "corpus")
    return config.with_overrides(select=codes, extend_select=(), ignore=())


def _index_fingerprint(config: Any) -> str:
    from newslint.corpus.index import rule_fingerprint
    from newslint.registry import build_ruleset

    ruleset = build_ruleset(_index_config(config))
    return rule_fingerprint((a.meta.code, a.options) for a in ruleset.corpus_rules)


def _waiver_file(args: argparse.Namespace, config: Any) -> str | None:
    """--waivers, else newslint-waivers.yaml beside the config file (or in the cwd)."""
    if args.waivers:
        return str(args.waivers)
    folder = config.path.parent if config.path is not None else Path(".")
    candidate = folder / "newslint-waivers.yaml"
    if not candidate.is_file():
        return None
    # Report it the way paths are shown everywhere else: relative to the working directory.
    try:
        return str(candidate.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(candidate)


def _filter_known(
    args: argparse.Namespace, config: Any, ruleset: Any, findings: list[Any], linted: list[str]
) -> list[Any]:
    """Baseline and waivers, applied together with one set of content fingerprints."""
    waiver_path = _waiver_file(args, config)
    if not args.baseline and not waiver_path:
        return findings
    from newslint import baseline, waivers

    base = baseline.load_baseline(Path(args.baseline)) if args.baseline else None
    loaded = waivers.load_waivers(Path(waiver_path)) if waiver_path else ()
    filtered = baseline.filter_known(findings, base, loaded, linted_paths=linted)
    extra: list[Any] = []
    if args.baseline:
        extra += baseline.fixed_findings(filtered.fixed_entries, args.baseline)
    if waiver_path:
        extra += waivers.unused_findings(filtered.unused_waivers, waiver_path)
    return list(filtered.findings) + _as_selected(extra, ruleset)


def _as_selected(findings: list[Any], ruleset: Any) -> list[Any]:
    """NL905/NL906 reports obey --select/--ignore and severity overrides like any rule."""
    import dataclasses

    out = []
    for f in findings:
        active = ruleset.get(f.code)
        if active is not None:
            out.append(dataclasses.replace(f, severity=active.severity))
    return out


def _apply_fixes(
    args: argparse.Namespace, sources: Any, config: Any, jobs: int, findings: list[Any]
) -> tuple[int, list[Any]]:
    from newslint import fixer, pipeline

    by_path: dict[str, list[Any]] = {}
    for f in findings:
        if f.fix is not None and (f.fix.safe or args.unsafe_fixes):
            by_path.setdefault(f.path, []).append(f)
    real = {display: path for path, display in sources}
    applied = 0
    for display, items in sorted(by_path.items()):
        if display not in real:
            continue
        try:
            res = fixer.fix_file(real[display], items, unsafe=args.unsafe_fixes)
            if res.fixed == res.original:
                continue
            if args.diff:
                sys.stdout.write(fixer.unified_diff(display, res.original, res.fixed))
            else:
                fixer.write_atomic(real[display], res.fixed, root=_tree_of(display, args.paths))
        except fixer.FixError as exc:
            # One file that cannot be fixed safely (edited meanwhile, a symlink out of the
            # tree) must not stop the others; its findings are still reported.
            print(f"newslint: warning: not fixed: {exc}", file=sys.stderr)
            continue
        applied += res.applied
    if args.fix and not args.diff and applied:
        # After fixing, report what remains.
        findings = pipeline.run(sources, config, jobs=jobs, debug=args.debug).findings
    return applied, findings


def _tree_of(display: str, roots: Sequence[str]) -> Path:
    """The linted tree a file was found in: the folder argument holding it, or its own folder.

    --fix never writes through a symlink that leads out of this tree.
    """
    best: Path | None = None
    for root in roots or ["."]:
        r = Path(root)
        holds = root in (".", "") or display.startswith(root.rstrip("/") + "/")
        if r.is_dir() and holds and (best is None or len(str(r)) > len(str(best))):
            best = r
    return best if best is not None else Path(display).parent


def _report(
    args: argparse.Namespace,
    catalogue: Sequence[Any],
    findings: list[Any],
    files: int,
    articles: int,
    fixed: int,
    linted: Sequence[str] = (),
) -> None:
    from newslint.reporters import Report, Summary, get_reporter
    from newslint.runner import sort_findings

    findings = sort_findings(findings)
    formats: list[str] = args.format or ["text"]
    outputs: list[str | None] = list(args.output or [])
    if len(outputs) > len(formats):
        raise UsageError("more --output than --format options")
    outputs += [None] * (len(formats) - len(outputs))
    rules = {r.meta.code: r.meta for r in catalogue}
    summary = Summary.of(findings, files, articles, fixed)
    for fmt, out_path in zip(formats, outputs, strict=True):
        stream: TextIO
        if out_path is None or out_path == "-":
            stream = sys.stdout
            color = _use_color(args.color, stream)
        else:
            stream = open(out_path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
            color = False
        try:
            report = Report(
                findings=findings,
                summary=summary,
                rules=rules,
                color=color,
                quiet=args.quiet,
                statistics=args.statistics,
                version=__version__,
                paths=tuple(linted),
            )
            get_reporter(fmt)(report, stream)
        finally:
            if stream is not sys.stdout:
                stream.close()
    sys.stdout.flush()


def _use_color(mode: str, stream: TextIO) -> bool:
    if mode == "always":
        return True
    if mode == "never" or os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


# --------------------------------------------------------------------------- catalogue


def cmd_rules(args: argparse.Namespace) -> int:
    import json

    from newslint.registry import catalogue

    config = load_effective_config(args)
    rules = catalogue(config)
    if args.format == "json":
        payload = [_rule_dict(r.meta) for r in rules]
        json.dump(payload, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    elif args.format == "markdown":
        sys.stdout.write(rules_markdown(rules))
    else:
        for r in rules:
            m = r.meta
            flag = " " if m.enabled_by_default else "*"
            sys.stdout.write(f"{m.code}{flag} {m.name:<30} {m.severity.value:<8} {m.summary}\n")
        sys.stdout.write("\n* off by default (turn on with --extend-select CODE)\n")
    return 0


def _rule_dict(meta: Any) -> dict[str, Any]:
    return {
        "code": meta.code,
        "name": meta.name,
        "summary": meta.summary,
        "severity": meta.severity.value,
        "enabled_by_default": meta.enabled_by_default,
        "scope": meta.scope,
        "fix": meta.fix_safety,
        "origin": meta.origin,
        "tags": list(meta.tags),
        "options": meta.options.model_json_schema().get("properties", {}),
        "doc": meta.doc,
    }


def rules_markdown(rules: Sequence[Any]) -> str:
    """The README's rule table (a test keeps the README in sync with this)."""
    lines = [
        "| Code | Name | Severity | Default | Fix | What it finds |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in rules:
        m = r.meta
        default = "on" if m.enabled_by_default else "off"
        fix = {"none": "", "safe": "safe", "unsafe": "unsafe"}[m.fix_safety]
        summary = m.summary.replace("|", "\\|")
        lines.append(
            f"| {m.code} | `{m.name}` | {m.severity.value} | {default} | {fix} | {summary} |"
        )
    return "\n".join(lines) + "\n"


def cmd_rule(args: argparse.Namespace) -> int:
    from newslint.registry import catalogue

    config = load_effective_config(args)
    ref = args.code
    for r in catalogue(config):
        m = r.meta
        if ref.upper() == m.code or ref == m.name or ref in m.aliases:
            sys.stdout.write(f"{m.code} {m.name} ({m.severity.value}")
            sys.stdout.write(", on by default" if m.enabled_by_default else ", off by default")
            sys.stdout.write(f"; fix: {m.fix_safety}; from {m.origin})\n\n{m.summary}\n\n")
            sys.stdout.write(m.doc.rstrip() + "\n")
            return 0
    raise UsageError(f"unknown rule {ref!r} (see `newslint rules`)")


def cmd_config(args: argparse.Namespace) -> int:
    from newslint.config import dump_config

    config = load_effective_config(args, args.paths)
    sys.stdout.write(dump_config(config))
    return 0


def cmd_plugins(args: argparse.Namespace) -> int:
    from newslint.plugins import list_plugins

    infos = list_plugins()
    if not infos:
        print("no plugins installed (entry point group 'newslint.rules')")
    for info in infos:
        print(f"{info.name}  {info.dist} {info.version}  {info.rule_count} rules")
    return 0


def cmd_learn(args: argparse.Namespace) -> int:
    from newslint import readers
    from newslint.corpus.learn import learn

    config = load_effective_config(args, args.paths)
    sources = _discover(args.paths, config)
    fields = config.to_field_map()

    def articles() -> Any:
        for path, display in sources:
            for item in readers.read_path(path, display, fields):
                if not isinstance(item, readers.InputProblem):
                    yield item

    kwargs = {"min_articles": args.min_articles} if args.min_articles else {}
    text = learn(articles(), **kwargs)
    if args.output:
        from newslint.fixer import write_atomic

        out = Path(args.output)
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(out, text.encode("utf-8"), root=None)
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    """Build or refresh the corpus index (and the result cache) for PATHS."""
    from newslint import pipeline
    from newslint.corpus.index import CorpusIndex

    config = load_effective_config(args, args.paths)
    if not config.cache:
        raise UsageError("the corpus index lives in the cache directory: enable `cache`")
    sources = _discover(args.paths, config)
    index, warning = CorpusIndex.open(Path(config.cache_dir), _index_fingerprint(config))
    if warning:
        print(f"newslint: warning: {warning}", file=sys.stderr)
    try:
        jobs = args.jobs or config.jobs or pipeline.default_jobs()
        result = pipeline.run(
            sources, _index_config(config), jobs=jobs, use_cache=True, index=index
        )
        index.prune({display for _, display in sources})
    finally:
        index.close()
    print(
        f"indexed {result.articles} articles from {result.files} files in {config.cache_dir}",
        file=sys.stderr,
    )
    return 0


def cmd_baseline_write(args: argparse.Namespace) -> int:
    from newslint import baseline, pipeline

    config = load_effective_config(args, args.paths)
    sources = _discover(args.paths, config)
    jobs = args.jobs or config.jobs or pipeline.default_jobs()
    result = pipeline.run(sources, config, jobs=jobs, debug=args.debug)
    baseline.write_baseline(result.findings, Path(args.output))
    print(f"wrote {len(result.findings)} findings to {args.output}", file=sys.stderr)
    return 0
