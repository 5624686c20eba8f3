"""The real pre-commit tool runs the newslint hook of this checkout in a throw-away repository.

The consuming repository's ``.pre-commit-config.yaml`` points at this checkout with ``rev:``
the current HEAD commit, exactly as a user's config points at a tag: pre-commit clones that
commit, reads its ``.pre-commit-hooks.yaml`` and installs newslint from it (dependencies from
PyPI). So this tests the *committed* hook and code, not uncommitted edits.
Deselect with ``-m 'not precommit'``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pre_commit", reason="the pre-commit package is not installed")

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.precommit

BAD = """\
---
title: Library opening hours cut
date: 2024-02-06
---
LEEDS (Reuters) - The city library will close two hours earlier on weekdays from next month, the council said on Tuesday.

Share this:

The council said the change would save about forty thousand pounds a year and that staff would move to the mobile library service.
"""  # noqa: E501

CLEAN = """\
---
title: Harbour ferry timetable extended
date: 2024-03-14
---
PORTSMOUTH (Reuters) - The harbour authority on Thursday extended the winter ferry timetable by two weeks after storms delayed repairs to the northern pier.

Officials said the extra sailings would run every ninety minutes and that fares would stay unchanged until the end of the month.
"""  # noqa: E501


def _git(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=900
    )


def _head(env: dict[str, str]) -> str:
    proc = _git("rev-parse", "HEAD", cwd=ROOT, env=env)
    if proc.returncode != 0:
        pytest.skip(f"{ROOT} is not a git checkout with a commit: {proc.stderr.strip()}")
    return proc.stdout.strip()


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    base = tmp_path_factory.mktemp("precommit-env")
    out = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    out.pop("NO_COLOR", None)
    out.pop("VIRTUAL_ENV", None)
    out.pop("PYTHONPATH", None)
    # pre-commit's own executable must be on PATH for the git hook script it installs.
    out["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), out.get("PATH", "")])
    out.update(
        {
            "PRE_COMMIT_HOME": str(base / "pre-commit-home"),
            "HOME": str(base / "home"),
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_AUTHOR_NAME": "Test Author",
            "GIT_AUTHOR_EMAIL": "author@example.invalid",
            "GIT_COMMITTER_NAME": "Test Author",
            "GIT_COMMITTER_EMAIL": "author@example.invalid",
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        }
    )
    (base / "home").mkdir()
    return out


@pytest.fixture
def repo(tmp_path: Path, env: dict[str, str]) -> Path:
    sha = _head(env)
    _git("init", "-q", "-b", "main", str(tmp_path), cwd=tmp_path, env=env)
    (tmp_path / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {sha}\n    hooks:\n      - id: newslint\n",
        encoding="utf-8",
    )
    # Install the git hook the way a user does.
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "install"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    _git("add", ".pre-commit-config.yaml", cwd=tmp_path, env=env)
    return tmp_path


def _commit(repo: Path, env: dict[str, str], *files: str) -> subprocess.CompletedProcess[str]:
    assert _git("add", *files, cwd=repo, env=env).returncode == 0
    return _git("commit", "-m", f"add {' '.join(files)}", cwd=repo, env=env)


def test_hook_blocks_a_bad_article_and_passes_a_clean_one(repo: Path, env: dict[str, str]) -> None:
    (repo / "articles").mkdir()
    (repo / "articles" / "bad.md").write_text(BAD, encoding="utf-8")
    failed = _commit(repo, env, "articles/bad.md")
    output = failed.stdout + failed.stderr
    assert failed.returncode != 0, output
    assert "newslint" in output and "Failed" in output
    # the lint output itself, with the file position of "Share this:"
    assert "articles/bad.md:7:1: NL202 " in output, output
    assert "Traceback" not in output
    # the commit did not happen
    assert _git("rev-parse", "--verify", "-q", "HEAD", cwd=repo, env=env).returncode != 0

    # Replace the bad article with a clean one: the hook passes and the commit is made.
    _git("rm", "-q", "--cached", "articles/bad.md", cwd=repo, env=env)
    (repo / "articles" / "bad.md").unlink()
    (repo / "articles" / "clean.md").write_text(CLEAN, encoding="utf-8")
    passed = _commit(repo, env, "articles/clean.md")
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, output
    assert "newslint" in output and "Passed" in output
    log = _git("log", "--name-only", "--format=%s", cwd=repo, env=env).stdout
    assert "articles/clean.md" in log


def test_hook_skips_files_outside_its_pattern(repo: Path, env: dict[str, str]) -> None:
    # "Share this:" in a .py file is not an article: the files: pattern leaves it out.
    (repo / "notes.py").write_text('TEXT = """Share this:"""\n', encoding="utf-8")
    proc = _commit(repo, env, "notes.py")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert "Skipped" in output
