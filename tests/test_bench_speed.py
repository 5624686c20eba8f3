"""Smoke test of the speed benchmark: `bench/speed.py --quick` runs and prints its tables.

It asserts the report's shape, never a speed: timings on a shared machine are no test.
Peers are skipped (--no-peers) so the test needs no network and no second venv.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEED = ROOT / "bench" / "speed.py"


@pytest.fixture(scope="module")
def quick_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    # --out-dir keeps the smoke run from overwriting the real report in bench/out.
    out = tmp_path_factory.mktemp("speed")
    cmd = [sys.executable, str(SPEED), "--quick", "--no-peers", "--no-txt", "--scale", "100"]
    res = subprocess.run(
        [*cmd, "--out-dir", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    return res.stdout


@pytest.mark.parametrize(
    "header",
    [
        "## Throughput (default rule set)",
        "## Ratios and targets",
        "## Corpus rules alone",
        "## Pre-commit: re-check 1 changed article",
        "## Start-up (median of runs)",
        "## Per-rule time",
        "## Profile",
    ],
)
def test_quick_run_prints_every_section(quick_report: str, header: str) -> None:
    assert header in quick_report


def test_quick_run_reports_tools_and_targets(quick_report: str) -> None:
    assert "art/s" in quick_report and "peakMiB" in quick_report
    assert "baseline (read+50-phrase re)" in quick_report
    # Skipped peers are reported with a reason rather than crashing the run.
    assert "proselint" in quick_report and "not available: skipped (--no-peers)" in quick_report
    assert "target >= 10x" in quick_report and "target < 1.0s" in quick_report


def test_generator_is_deterministic_and_sized() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import _gen
    finally:
        sys.path.remove(str(ROOT / "bench"))
    first = [r["text"] for r in _gen.generate(60, seed=7)]
    again = [r["text"] for r in _gen.generate(60, seed=7)]
    assert first == again
    sizes = [len(t.encode("utf-8")) for t in first]
    assert min(sizes) >= 800 and max(sizes) <= 6000
    texts = [r["text"] for r in _gen.generate(1000)]
    exact = len(texts) - len(set(texts))
    assert 5 <= exact <= 40  # ~2% exact copies for the corpus rules
