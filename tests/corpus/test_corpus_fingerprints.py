"""Corpus findings keep their content fingerprint when lines move (baselines must survive)."""

from __future__ import annotations

from pathlib import Path

from newslint import pipeline
from newslint.config import Config
from newslint.fingerprint import fingerprints

SHARED = (
    "The regional council said the new ferry terminal would open in the spring after two"
    " years of delays caused by a shortage of steel and a dispute over the design of the pier."
)


def _run(folder: Path) -> list[tuple[str, str, str]]:
    sources = [(p, p.name) for p in sorted(folder.glob("*.txt"))]
    config = Config(select=("NL503",), load_plugins=False)
    findings = pipeline.run(sources, config).findings
    return [(f.code, f.message, fp) for f, fp in zip(findings, fingerprints(findings), strict=True)]


def test_shared_paragraph_fingerprint_survives_inserted_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Harbour news in brief today.\n{SHARED}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Another story opens here.\n{SHARED}\n", encoding="utf-8")
    before = _run(tmp_path)
    (tmp_path / "b.txt").write_text(
        f"A new first line.\nAnd a second one.\nAnother story opens here.\n{SHARED}\n",
        encoding="utf-8",
    )
    after = _run(tmp_path)
    assert [c for c, _, _ in before] == ["NL503"] == [c for c, _, _ in after]
    assert before[0][1] != after[0][1]  # the message names the moved line...
    assert before[0][2] == after[0][2]  # ...but the fingerprint does not change
