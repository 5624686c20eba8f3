"""Expands the paths given on the command line into a sorted list of files to lint."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.jsonl", "*.ndjson", "*.jsonl.gz", "*.ndjson.gz")


class DiscoveryError(Exception):
    """A path argument that cannot be expanded; the message names the path as typed."""


def discover(
    paths: Sequence[str],
    *,
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = (),
    respect_gitignore: bool = True,
    cwd: Path | None = None,
) -> list[tuple[Path, str]]:
    """Files to lint as ``(real path, display path)`` pairs, sorted by display path.

    Directories are searched recursively for files whose name matches ``include``, skipping
    hidden entries, ``exclude`` matches and (inside a git work tree) ``.gitignore``d paths.
    A file named explicitly is always read unless ``exclude`` matches it. Globs without a
    ``/`` match the file name; globs with one match the display path or the path relative to
    ``cwd`` (``**`` spans directories). Raises :class:`DiscoveryError` for a missing path.
    """
    base = Path(os.path.abspath(cwd if cwd is not None else Path.cwd()))
    walker = _Walker(base, _Globs(include), _Globs(exclude), respect_gitignore)
    for arg in paths:
        target = os.path.normpath(os.path.join(base, arg))
        if not os.path.exists(target):
            kind = "broken symbolic link" if os.path.lexists(target) else "path not found"
            raise DiscoveryError(f"{kind}: {arg}")
        if os.path.isdir(target):
            walker.walk(target, _join_prefix(arg))
        elif not walker.excluded(os.path.basename(target), arg, target):
            walker.add(target, arg)
    return sorted(((Path(p), d) for p, d in walker.found.items()), key=lambda t: (t[1], str(t[0])))


def _join_prefix(arg: str) -> str:
    """What goes before a found file's relative path in its display path."""
    norm = arg.replace(os.sep, "/") if os.sep != "/" else arg
    stripped = norm.rstrip("/")
    if not stripped and norm.startswith("/"):
        return "/"
    # NOTE: `newslint check .` shows `a.txt`, not `./a.txt` (what ruff and editors expect).
    return "" if stripped in ("", ".") else stripped + "/"


class _Walker:
    def __init__(self, base: Path, include: _Globs, exclude: _Globs, gitignore: bool) -> None:
        self.base = str(base)
        self.include = include
        self.exclude = exclude
        self.gitignore = gitignore
        self.found: dict[str, str] = {}

    def add(self, real: str, display: str) -> None:
        # Deduplicate by absolute path; keep the smallest display path so the result does not
        # depend on the order of the arguments.
        old = self.found.get(real)
        if old is None or display < old:
            self.found[real] = display

    def rel(self, real: str) -> str | None:
        """Path relative to cwd (posix), or None outside it."""
        if real == self.base:
            return ""
        prefix = self.base.rstrip(os.sep) + os.sep
        if not real.startswith(prefix):
            return None
        rel = real[len(prefix) :]
        return rel.replace(os.sep, "/") if os.sep != "/" else rel

    def excluded(self, name: str, display: str, real: str, is_dir: bool = False) -> bool:
        return self.exclude.match(name, display, self.rel(real), is_dir=is_dir)

    def walk(self, top: str, prefix: str) -> None:
        # None: not inside a git work tree, so .gitignore files mean nothing (as for git).
        stack = _initial_ignores(top) if self.gitignore else None
        pending: list[tuple[str, str, list[_Ignore] | None]] = [(top, prefix, stack)]
        while pending:
            directory, disp_prefix, ignores = pending.pop()
            try:
                with os.scandir(directory) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                shown = disp_prefix.rstrip("/") or "."
                raise DiscoveryError(
                    f"cannot read directory: {shown}: {exc.strerror or exc}"
                ) from exc
            if self.gitignore:
                ignores = self._ignores_for(directory, entries, ignores)
            for entry in entries:
                name = entry.name
                if name.startswith("."):
                    continue
                display = disp_prefix + name
                real = entry.path
                try:
                    is_dir = entry.is_dir(follow_symlinks=False)
                    is_file = not is_dir and entry.is_file()
                except OSError:
                    continue
                if not (is_dir or is_file):
                    continue  # broken symlinks, sockets, links to directories (no loops)
                if ignores and _ignored(ignores, real, is_dir):
                    continue
                if self.excluded(name, display, real, is_dir=is_dir):
                    continue
                if is_dir:
                    pending.append((real, display + "/", ignores))
                elif self.include.match(name, display, self.rel(real)):
                    self.add(real, display)

    def _ignores_for(
        self, directory: str, entries: Iterable[os.DirEntry[str]], ignores: list[_Ignore] | None
    ) -> list[_Ignore] | None:
        names = {e.name for e in entries if e.name in (".git", ".gitignore")}
        if ".git" in names:
            # A nested repository (submodule): the outer repository's rules stop here.
            ignores = _repo_excludes(directory)
        if ".gitignore" in names and ignores is not None:
            spec = _load_spec(os.path.join(directory, ".gitignore"))
            if spec is not None:
                ignores = [*ignores, (directory, spec)]
        return ignores


# --- .gitignore ---------------------------------------------------------------------------------

#: (directory the patterns are relative to, compiled pathspec.GitIgnoreSpec)
_Ignore = tuple[str, Any]


def _load_spec(path: str) -> Any:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().splitlines()
    except OSError:
        return None
    # NOTE: pathspec is imported only when a git work tree is actually walked.
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines) if lines else None


def _repo_excludes(root: str) -> list[_Ignore]:
    spec = _load_spec(os.path.join(root, ".git", "info", "exclude"))
    return [(root, spec)] if spec is not None else []


def _git_root(directory: str) -> str | None:
    current = directory
    while True:
        if os.path.exists(os.path.join(current, ".git")):
            return current
        parent = os.path.dirname(current)
        if parent == current:
            return None
        current = parent


def _initial_ignores(top: str) -> list[_Ignore] | None:
    """Rules from the repository root down to (not including) ``top``, which the walk loads.

    None when ``top`` is not inside a git work tree.
    """
    root = _git_root(top)
    if root is None:
        return None
    ignores = _repo_excludes(root)
    if root == top:
        return ignores
    parts = os.path.relpath(top, root).split(os.sep)
    directory = root
    for part in parts:
        spec = _load_spec(os.path.join(directory, ".gitignore"))
        if spec is not None:
            ignores.append((directory, spec))
        directory = os.path.join(directory, part)
        if _ignored(ignores, directory, True):
            # The user named an ignored directory (or one inside it): honour the request and
            # apply only the .gitignore files found inside it.
            return []
    return ignores


def _ignored(ignores: Sequence[_Ignore], real: str, is_dir: bool) -> bool:
    # Git semantics: deeper .gitignore files override shallower ones; within one file the last
    # matching pattern wins (GitIgnoreSpec.check_file does that part, `!` included).
    verdict: bool | None = None
    for directory, spec in ignores:
        rel = real[len(directory) + 1 :]
        if os.sep != "/":
            rel = rel.replace(os.sep, "/")
        result = spec.check_file(rel + "/" if is_dir else rel).include
        if result is not None:
            verdict = result
    return bool(verdict)


# --- include/exclude globs ----------------------------------------------------------------------


class _Globs:
    """Compiled include/exclude globs: name globs and path globs (those containing '/')."""

    def __init__(self, patterns: Iterable[str]) -> None:
        names: list[str] = []
        paths: list[str] = []
        dir_paths: list[str] = []
        for raw in patterns:
            pattern = raw.strip()
            if pattern.startswith("./"):
                pattern = pattern[2:]
            if not pattern:
                continue
            if "/" in pattern.rstrip("/"):
                pattern = pattern.lstrip("/")
                paths.append(_translate(pattern.rstrip("/")))
                if pattern.endswith("/**"):
                    # `drafts/**` also names the directory itself, so the walk can prune it.
                    dir_paths.append(_translate(pattern[:-3]))
            else:
                names.append(_translate(pattern.strip("/")))
        self.names = _compile(names)
        self.paths = _compile(paths)
        self.dir_paths = _compile([*paths, *dir_paths])

    def match(self, name: str, display: str, rel: str | None, *, is_dir: bool = False) -> bool:
        if self.names is not None and self.names.fullmatch(name):
            return True
        regex = self.dir_paths if is_dir else self.paths
        if regex is None:
            return False
        if display.startswith("./"):
            display = display[2:]
        return bool(regex.fullmatch(display) or (rel is not None and regex.fullmatch(rel)))


def _compile(parts: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.DOTALL) if parts else None


def _translate(glob: str) -> str:
    """A glob as a regex: `*` and `?` stay within one path segment, `**` spans segments."""
    out: list[str] = []
    i, n = 0, len(glob)
    while i < n:
        c = glob[i]
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            end = glob.find("]", i + 3 if glob.startswith(("[!", "[^"), i) else i + 2)
            if end == -1:
                out.append(re.escape(c))
                i += 1
                continue
            body = glob[i + 1 : end]
            if body[:1] in ("!", "^"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end + 1
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)
