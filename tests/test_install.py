"""The built wheel, installed into a fresh virtualenv, works away from the source tree.

Slow (builds a wheel, creates a venv and installs the dependencies from PyPI); deselect with
``-m 'not slow'``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from newslint import __version__

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _env(home: Path) -> dict[str, str]:
    """No PYTHONPATH or venv leaking in from the test run; colour off; a private HOME."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "NO_COLOR")
        and not k.startswith("PIP_REQUIRE")
    }
    env["HOME"] = str(home)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def _run(
    argv: list[str], cwd: Path, env: dict[str, str], timeout: int = 900
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """(venv bin dir, a working directory outside the repository, env)."""
    base = tmp_path_factory.mktemp("install")
    home = base / "home"
    home.mkdir()
    env = _env(home)
    dist = base / "dist"
    built = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            str(ROOT),
        ],
        cwd=base,
        env=env,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = sorted(dist.glob("newslint-*.whl"))
    assert len(wheels) == 1, wheels
    wheel = wheels[0]
    assert f"newslint-{__version__}-" in wheel.name
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    # The YAML packs ship inside the package (force-include of rules/ as newslint/_packs).
    assert "newslint/_packs/web_boilerplate.yaml" in names, sorted(names)
    assert not any(n.startswith(("tests/", "examples/")) for n in names)

    venv = base / "venv"
    made = _run([sys.executable, "-m", "venv", str(venv)], cwd=base, env=env)
    assert made.returncode == 0, made.stderr
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    pip = _run(
        [str(bindir / "python"), "-m", "pip", "install", "-q", str(wheel)], cwd=base, env=env
    )
    assert pip.returncode == 0, pip.stdout + pip.stderr
    work = base / "work"
    work.mkdir()
    return bindir, work, env


def test_installed_package_is_not_the_source_tree(
    installed: tuple[Path, Path, dict[str, str]],
) -> None:
    bindir, work, env = installed
    code = (
        "import importlib.resources as r, newslint;"
        "print(newslint.__file__);"
        "print((r.files('newslint') / '_packs' / 'web_boilerplate.yaml').is_file())"
    )
    proc = _run([str(bindir / "python"), "-c", code], cwd=work, env=env)
    assert proc.returncode == 0, proc.stderr
    module_file, has_pack = proc.stdout.splitlines()
    assert Path(module_file).resolve().is_relative_to(bindir.parent.resolve())
    assert not Path(module_file).resolve().is_relative_to(ROOT)
    assert has_pack == "True"


def test_installed_version(installed: tuple[Path, Path, dict[str, str]]) -> None:
    bindir, work, env = installed
    proc = _run([str(bindir / "newslint"), "--version"], cwd=work, env=env)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, f"newslint {__version__}\n", "")


def test_installed_rules_include_the_yaml_pack(
    installed: tuple[Path, Path, dict[str, str]],
) -> None:
    bindir, work, env = installed
    proc = _run([str(bindir / "newslint"), "rules"], cwd=work, env=env)
    assert proc.returncode == 0, proc.stderr
    codes = [
        line.split()[0].rstrip("*") for line in proc.stdout.splitlines() if line.startswith("NL")
    ]
    assert "NL202" in codes  # from the YAML pack: found through importlib.resources
    assert "NL302" in codes
    doc = _run([str(bindir / "newslint"), "rule", "NL202"], cwd=work, env=env)
    assert doc.returncode == 0 and "## What it does" in doc.stdout


def test_installed_check_on_examples(installed: tuple[Path, Path, dict[str, str]]) -> None:
    bindir, work, env = installed
    corpus = work / "examples"
    shutil.copytree(ROOT / "examples", corpus)
    proc = _run([str(bindir / "newslint"), "check", "examples", "--no-cache"], cwd=work, env=env)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "examples/scraped/ferry-storm.txt:" in proc.stdout
    assert " NL202 " in proc.stdout  # the YAML pack rule fires in the installed copy
    assert proc.stdout.rstrip().splitlines()[-1].startswith("Found ")
    # python -m newslint works the same
    again = _run(
        [str(bindir / "python"), "-m", "newslint", "check", "examples", "--no-cache"],
        cwd=work,
        env=env,
    )
    assert (again.returncode, again.stdout) == (proc.returncode, proc.stdout)
