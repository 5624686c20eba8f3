"""`newslint check --fix` over the whole example corpus: one pass is enough (idempotent)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newslint.cli import main
from tests.conftest import ROOT


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_fix_twice_changes_nothing_the_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "examples"
    shutil.copytree(ROOT / "examples", corpus)
    monkeypatch.chdir(tmp_path)
    before = _snapshot(corpus)
    main(["check", "examples", "--fix", "--no-cache", "-j1"])
    first = capsys.readouterr().out
    after_one = _snapshot(corpus)
    assert after_one != before and "Fixed" in first
    main(["check", "examples", "--fix", "--no-cache", "-j1"])
    second = capsys.readouterr().out
    assert "Fixed" not in second
    assert _snapshot(corpus) == after_one
    # the clean articles were never touched
    assert {k: v for k, v in after_one.items() if k.startswith("clean/")} == {
        k: v for k, v in before.items() if k.startswith("clean/")
    }
