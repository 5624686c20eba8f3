"""Plugins: entry points in ``newslint.rules``, loaded loudly (a broken plugin is an error)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import newslint.plugins
from newslint.article import Article
from newslint.finding import Hit
from newslint.plugins import PluginError, PluginInfo, list_plugins, load_plugin_rules
from newslint.rule import Rule, article_rule
from tests.conftest import FIXTURES, ROOT

PLUGINS = FIXTURES / "plugin"


def _never(article: Article, options: Any) -> Iterator[Hit]:
    return iter(())


def fake_rule(code: str, name: str) -> Rule:
    return article_rule(code=code, name=name, summary="Fake.")(_never)


@dataclass(frozen=True)
class FakeDist:
    name: str
    version: str

    @property
    def metadata(self) -> dict[str, str]:
        return {"Name": self.name}


FAKE_DIST = FakeDist("newslint-fake", "1.2.3")


@dataclass
class FakeEntryPoint:
    name: str
    target: Callable[[], Any]
    dist: FakeDist | None = FAKE_DIST
    value: str = "fake_module:rules"

    def load(self) -> Any:
        return self.target


def install(monkeypatch: pytest.MonkeyPatch, *eps: FakeEntryPoint) -> None:
    def entry_points(group: str) -> list[FakeEntryPoint]:
        assert group == "newslint.rules"
        return list(eps)

    monkeypatch.setattr(newslint.plugins, "entry_points", entry_points)


def test_rules_get_plugin_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = (fake_rule("FK001", "fake-one"), fake_rule("FK002", "fake-two"))
    install(monkeypatch, FakeEntryPoint("FK", lambda: iter(rules)))
    loaded = load_plugin_rules()
    assert [r.meta.code for r in loaded] == ["FK001", "FK002"]
    assert {r.meta.origin for r in loaded} == {"plugin:newslint-fake"}
    assert loaded[0].check is rules[0].check
    assert list_plugins() == [PluginInfo("FK", "newslint-fake", "1.2.3", 2)]


def test_no_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    install(monkeypatch)
    assert load_plugin_rules() == ()
    assert list_plugins() == []


def _raise() -> Any:
    raise ImportError("no module named 'missing_dep'")


@pytest.mark.parametrize(
    ("ep", "expected"),
    [
        (
            FakeEntryPoint("FK", _raise),
            "plugin newslint-fake 1.2.3 (entry point FK = fake_module:rules) failed to load:"
            " ImportError: no module named 'missing_dep'",
        ),
        (
            FakeEntryPoint("FK", lambda: [fake_rule("FX001", "fake-one")]),
            "rule code FX001 does not start with the plugin's prefix 'FK'",
        ),
        (
            FakeEntryPoint("FK", lambda: ["not a rule"]),
            "returned 'not a rule', which is not a rule",
        ),
        (FakeEntryPoint("FK", lambda: 42), "failed to load: TypeError:"),
        (
            FakeEntryPoint("NL", lambda: []),
            "entry point name 'NL' must be a 2-3 letter code prefix",
        ),
        (FakeEntryPoint("fk", lambda: []), "entry point name 'fk' must be"),
        (
            FakeEntryPoint("FK", _raise, dist=None),
            "plugin <unknown distribution> ? (entry point FK",
        ),
    ],
    ids=["import-error", "wrong-prefix", "not-a-rule", "not-iterable", "nl", "lower", "no-dist"],
)
def test_failures_are_errors(
    monkeypatch: pytest.MonkeyPatch, ep: FakeEntryPoint, expected: str
) -> None:
    install(monkeypatch, ep)
    with pytest.raises(PluginError) as info:
        load_plugin_rules()
    assert expected in str(info.value)
    with pytest.raises(PluginError):
        list_plugins()


def test_two_distributions_with_one_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    install(
        monkeypatch,
        FakeEntryPoint("FK", lambda: [], dist=FakeDist("one", "1")),
        FakeEntryPoint("FK", lambda: [], dist=FakeDist("two", "1")),
    )
    with pytest.raises(PluginError, match="plugins one and two both use prefix 'FK'"):
        load_plugin_rules()


def _pip_install(source: Path, target: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",  # offline: hatchling comes from the test environment
            "--target",
            str(target),
            str(source),
        ],
        check=True,
    )


_SCRIPT = """
import json, sys
from newslint.config import Config
from newslint.plugins import PluginError, list_plugins
from newslint.registry import catalogue
try:
    rules = catalogue(Config())
except PluginError as exc:
    print(json.dumps({"error": str(exc)}))
    sys.exit(0)
print(json.dumps({
    "rules": {r.meta.code: r.meta.origin for r in rules if r.meta.code.startswith("XP")},
    "plugins": [[p.name, p.dist, p.version, p.rule_count] for p in list_plugins()],
    "isolated": [r.meta.code for r in catalogue(Config(load_plugins=False))
                 if r.meta.code.startswith("XP")],
}))
"""


def _run(target: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(target), str(ROOT)])}
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, check=True, capture_output=True, text=True
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


@pytest.mark.slow
def test_installed_plugin_rules_are_in_the_catalogue(tmp_path: Path) -> None:
    _pip_install(PLUGINS / "good", tmp_path / "site")
    result = _run(tmp_path / "site")
    assert result == {
        "rules": {"XP001": "plugin:newslint-xp-plugin", "XP002": "plugin:newslint-xp-plugin"},
        "plugins": [["XP", "newslint-xp-plugin", "0.3.1", 2]],
        "isolated": [],
    }


@pytest.mark.slow
def test_broken_installed_plugin_is_an_error(tmp_path: Path) -> None:
    _pip_install(PLUGINS / "broken", tmp_path / "site")
    result = _run(tmp_path / "site")
    assert result["error"].startswith(
        "plugin newslint-broken-plugin 0.0.1 (entry point XB = newslint_broken_plugin:rules)"
        " failed to load: RuntimeError: this plugin is broken on purpose"
    )
