"""`newslint index` + `newslint check ONE_FILE`: corpus rules see the indexed corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.cli import main

STORY = (
    "OSLO, May 3 (Reuters) - Norway's wealth fund said on Friday it had sold its stakes in two"
    " mining companies over concerns about river pollution near their mines in South America.\n"
    "The fund, one of the world's largest investors, said the companies had not done enough to"
    " stop waste from reaching the rivers, which supply water to several villages.\n"
)
OTHER = (
    "LIMA, May 4 (AP) — Peru's congress approved a bill on Saturday that sets new limits on the"
    " use of mercury by small gold miners in the Amazon region.\n"
)


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "fund.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "old" / "peru.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path


def test_check_of_one_file_finds_a_duplicate_in_the_index(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", "."]) == 0
    assert (corpus / ".newslint" / "index.sqlite").is_file()
    (corpus / "new.txt").write_text(STORY, encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "new.txt", "--select", "NL501", "-q"]) == 1
    out = capsys.readouterr().out
    assert out == "new.txt:1:1: NL501 duplicate of old/fund.txt [duplicate-article]\n"


def test_without_the_index_one_file_has_nothing_to_compare_with(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "new.txt").write_text(STORY, encoding="utf-8")
    assert main(["check", "new.txt", "--select", "NL501", "-q"]) == 0
    assert capsys.readouterr().out == ""


def test_index_does_not_depend_on_the_selection_of_a_later_run(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", "."]) == 0
    (corpus / "new.txt").write_text(STORY, encoding="utf-8")
    capsys.readouterr()
    # --select NL5 also turns on the off-by-default NL504: the index must still be used.
    assert main(["check", "new.txt", "--select", "NL5", "-q"]) == 1
    captured = capsys.readouterr()
    assert "NL501 duplicate of old/fund.txt" in captured.out
    assert "emptied" not in captured.err


def test_a_deleted_article_is_not_named_as_the_original(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", "."]) == 0
    (corpus / "old" / "fund.txt").unlink()
    (corpus / "new.txt").write_text(STORY, encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "new.txt", "--select", "NL501", "-q"]) == 0
    assert capsys.readouterr().out == ""
