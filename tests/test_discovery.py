"""Discovery: path arguments -> sorted (real path, display path) pairs."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from newslint.discovery import DEFAULT_INCLUDE, DiscoveryError, discover


def make_tree(root: Path, files: Sequence[str]) -> None:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x\n", encoding="utf-8")


def shown(root: Path, paths: Sequence[str], **kwargs: object) -> list[str]:
    """Display paths found from ``root`` as the working directory."""
    result = discover(paths, cwd=root, **kwargs)  # type: ignore[arg-type]
    for real, _ in result:
        assert real.is_absolute() and real.is_file()
    return [display for _, display in result]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    make_tree(
        tmp_path,
        [
            "corpus/b.txt",
            "corpus/a.md",
            "corpus/sub/c.jsonl",
            "corpus/sub/d.ndjson.gz",
            "corpus/sub/e.jsonl.gz",
            "corpus/sub/notes.csv",
            "corpus/sub/deeper/f.ndjson",
            "corpus/Z.txt",
            "corpus/.hidden.txt",
            "corpus/.cache/g.txt",
            "corpus/drafts/h.txt",
            "other/i.txt",
            "README",
        ],
    )
    return tmp_path


def test_recursion_sorting_and_display_paths(corpus: Path) -> None:
    assert shown(corpus, ["corpus"]) == [
        "corpus/Z.txt",
        "corpus/a.md",
        "corpus/b.txt",
        "corpus/drafts/h.txt",
        "corpus/sub/c.jsonl",
        "corpus/sub/d.ndjson.gz",
        "corpus/sub/deeper/f.ndjson",
        "corpus/sub/e.jsonl.gz",
    ]


def test_real_paths_point_at_the_files(corpus: Path) -> None:
    result = discover(["corpus/sub/deeper"], cwd=corpus)
    assert result == [(corpus / "corpus/sub/deeper/f.ndjson", "corpus/sub/deeper/f.ndjson")]


@pytest.mark.parametrize(
    ("arg", "first"),
    [
        ("corpus/", "corpus/Z.txt"),
        ("./corpus", "./corpus/Z.txt"),
        ("corpus//", "corpus/Z.txt"),
    ],
    ids=["trailing-slash", "dot-slash", "double-slash"],
)
def test_display_path_keeps_the_argument_as_typed(corpus: Path, arg: str, first: str) -> None:
    assert shown(corpus, [arg])[0] == first


def test_dot_lists_paths_without_prefix(corpus: Path) -> None:
    assert shown(corpus, ["."]) == [
        "corpus/Z.txt",
        "corpus/a.md",
        "corpus/b.txt",
        "corpus/drafts/h.txt",
        "corpus/sub/c.jsonl",
        "corpus/sub/d.ndjson.gz",
        "corpus/sub/deeper/f.ndjson",
        "corpus/sub/e.jsonl.gz",
        "other/i.txt",
    ]


def test_absolute_directory_argument(corpus: Path) -> None:
    root = str(corpus / "other")
    assert shown(corpus, [root]) == [f"{root}/i.txt"]


def test_duplicates_are_removed_and_order_does_not_matter(corpus: Path) -> None:
    one = discover(["corpus/sub", "corpus", "corpus/a.md", "corpus/sub/c.jsonl"], cwd=corpus)
    two = discover(["corpus/sub/c.jsonl", "corpus/a.md", "corpus", "corpus/sub"], cwd=corpus)
    assert one == two
    assert len(one) == 8
    assert len({real for real, _ in one}) == 8


def test_explicit_file_is_exactly_as_typed(corpus: Path) -> None:
    assert shown(corpus, ["./corpus/b.txt"]) == ["./corpus/b.txt"]


def test_include_globs(corpus: Path) -> None:
    assert shown(corpus, ["corpus"], include=["*.txt"]) == [
        "corpus/Z.txt",
        "corpus/b.txt",
        "corpus/drafts/h.txt",
    ]


def test_include_glob_with_slash_matches_paths(corpus: Path) -> None:
    assert shown(corpus, ["."], include=["corpus/**/*.jsonl", "other/*"]) == [
        "corpus/sub/c.jsonl",
        "other/i.txt",
    ]


def test_exclude_by_name_and_by_path(corpus: Path) -> None:
    assert shown(corpus, ["corpus"], exclude=["*.gz", "corpus/sub/deeper/*"]) == [
        "corpus/Z.txt",
        "corpus/a.md",
        "corpus/b.txt",
        "corpus/drafts/h.txt",
        "corpus/sub/c.jsonl",
    ]


@pytest.mark.parametrize(
    "pattern", ["drafts", "corpus/drafts/**", "**/drafts/**", "corpus/drafts"], ids=str
)
def test_exclude_prunes_directories(corpus: Path, pattern: str) -> None:
    assert "corpus/drafts/h.txt" not in shown(corpus, ["corpus"], exclude=[pattern])
    assert "corpus/b.txt" in shown(corpus, ["corpus"], exclude=[pattern])


def test_exclude_double_star_matches_at_any_depth(corpus: Path) -> None:
    assert shown(corpus, ["."], exclude=["**/sub/**"]) == [
        "corpus/Z.txt",
        "corpus/a.md",
        "corpus/b.txt",
        "corpus/drafts/h.txt",
        "other/i.txt",
    ]


def test_exclude_path_glob_matches_cwd_relative_path_too(corpus: Path) -> None:
    # display paths start with the absolute argument, the cwd-relative path does not
    root = str(corpus / "corpus")
    found = shown(corpus, [root], exclude=["corpus/sub/**"])
    assert found == [f"{root}/{n}" for n in ("Z.txt", "a.md", "b.txt", "drafts/h.txt")]


def test_explicit_file_not_matching_include_is_read(corpus: Path) -> None:
    assert shown(corpus, ["README", "corpus/sub/notes.csv"]) == ["README", "corpus/sub/notes.csv"]


def test_exclude_applies_to_explicit_files(corpus: Path) -> None:
    assert shown(corpus, ["corpus/b.txt", "corpus/a.md"], exclude=["b.txt"]) == ["corpus/a.md"]
    assert shown(corpus, ["corpus/b.txt"], exclude=["corpus/*.txt"]) == []


def test_hidden_entries_skipped_unless_named(corpus: Path) -> None:
    assert not any("." in part[:1] for d in shown(corpus, ["."]) for part in d.split("/"))
    assert shown(corpus, ["corpus/.hidden.txt"]) == ["corpus/.hidden.txt"]
    assert shown(corpus, ["corpus/.cache"]) == ["corpus/.cache/g.txt"]


def test_default_include_is_the_documented_tuple() -> None:
    assert DEFAULT_INCLUDE == ("*.txt", "*.md", "*.jsonl", "*.ndjson", "*.jsonl.gz", "*.ndjson.gz")


@pytest.mark.parametrize("arg", ["corpus/x.txt", "nowhere"], ids=str)
def test_missing_path_is_an_error(corpus: Path, arg: str) -> None:
    with pytest.raises(DiscoveryError) as info:
        discover(["corpus", arg], cwd=corpus)
    assert str(info.value) == f"path not found: {arg}"


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_symlinks(corpus: Path) -> None:
    (corpus / "corpus/link.txt").symlink_to(corpus / "other/i.txt")
    (corpus / "corpus/dirlink").symlink_to(corpus / "other")
    (corpus / "corpus/broken.txt").symlink_to(corpus / "nothing.txt")
    found = shown(corpus, ["corpus"])
    assert "corpus/link.txt" in found  # file symlinks are read
    assert not any(d.startswith("corpus/dirlink") for d in found)  # no directory loops
    assert "corpus/broken.txt" not in found
    with pytest.raises(DiscoveryError, match=r"^broken symbolic link: corpus/broken\.txt$"):
        discover(["corpus/broken.txt"], cwd=corpus)


# --- .gitignore -------------------------------------------------------------------------------


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    if shutil.which("git"):
        subprocess.run(["git", "init", "-q", str(root)], check=True)
    else:  # pragma: no cover - discovery only looks for the .git entry
        (root / ".git").mkdir()
    make_tree(
        root,
        [
            "top.txt",
            "scratch.txt",
            "build/out.txt",
            "data/keep.txt",
            "data/tmp.txt",
            "data/raw/r.jsonl",
            "data/nested/n.txt",
            "data/nested/local.txt",
            "data/nested/important.tmp.txt",
            "other/top.txt",
        ],
    )
    (root / ".gitignore").write_text(
        "# build products\nbuild/\n/top.txt\n*tmp*.txt\nscratch.txt\n", encoding="utf-8"
    )
    (root / "data/.gitignore").write_text("raw/\n/nested/local.txt\n", encoding="utf-8")
    (root / "data/nested/.gitignore").write_text("!important.tmp.txt\n", encoding="utf-8")
    return root


@needs_git
def test_gitignore_root_and_nested(repo: Path) -> None:
    assert shown(repo, ["."]) == [
        "data/keep.txt",
        "data/nested/important.tmp.txt",
        "data/nested/n.txt",
        "other/top.txt",
    ]


@needs_git
def test_gitignore_agrees_with_git(repo: Path) -> None:
    out = subprocess.run(
        ["git", "ls-files", "--others", "--exclude-standard"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    git_files = sorted(p for p in out if not p.endswith(".gitignore"))
    assert shown(repo, ["."]) == git_files


@needs_git
def test_gitignore_applies_when_starting_below_the_root(repo: Path) -> None:
    assert shown(repo, ["data"]) == [
        "data/keep.txt",
        "data/nested/important.tmp.txt",
        "data/nested/n.txt",
    ]
    assert shown(repo / "data", ["nested"]) == ["nested/important.tmp.txt", "nested/n.txt"]


@needs_git
def test_git_info_exclude(repo: Path) -> None:
    (repo / ".git/info").mkdir(exist_ok=True)
    (repo / ".git/info/exclude").write_text("other/\n", encoding="utf-8")
    assert "other/top.txt" not in shown(repo, ["."])


@needs_git
def test_respect_gitignore_false(repo: Path) -> None:
    assert shown(repo, ["."], respect_gitignore=False) == [
        "build/out.txt",
        "data/keep.txt",
        "data/nested/important.tmp.txt",
        "data/nested/local.txt",
        "data/nested/n.txt",
        "data/raw/r.jsonl",
        "data/tmp.txt",
        "other/top.txt",
        "scratch.txt",
        "top.txt",
    ]


@needs_git
def test_explicitly_named_ignored_paths_are_read(repo: Path) -> None:
    assert shown(repo, ["scratch.txt"]) == ["scratch.txt"]
    assert shown(repo, ["build"]) == ["build/out.txt"]


def test_gitignore_ignored_outside_a_git_work_tree(tmp_path: Path) -> None:
    make_tree(tmp_path, ["plain/a.txt", "plain/b.txt"])
    (tmp_path / "plain/.gitignore").write_text("a.txt\n", encoding="utf-8")
    found = shown(tmp_path, ["plain"])
    if any((p / ".git").exists() for p in [tmp_path, *tmp_path.parents]):
        pytest.skip("tmp_path is inside a git work tree")
    assert found == ["plain/a.txt", "plain/b.txt"]


def test_unreadable_directory_is_an_error(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_scandir = os.scandir
    locked = str(corpus / "corpus" / "sub")

    def scandir(path: str) -> object:
        if str(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    # NOTE: simulated, because chmod 000 does not stop root (CI containers often run as root)
    monkeypatch.setattr(os, "scandir", scandir)
    with pytest.raises(DiscoveryError) as info:
        discover(["corpus"], cwd=corpus)
    assert str(info.value) == "cannot read directory: corpus/sub: Permission denied"
