"""Registry: catalogue, selection (longest match wins), options, severities, per-file-ignores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import Field

from newslint.article import Article
from newslint.config import Config, load_config
from newslint.finding import Hit, Severity
from newslint.packs import PackError
from newslint.registry import (
    RegistryError,
    build_path_ignores,
    build_ruleset,
    catalogue,
)
from newslint.rule import Rule, RuleOptions, article_rule
from newslint.yamlutil import display_path
from tests.conftest import FIXTURES


def _never(article: Article, options: Any) -> Iterator[Hit]:
    return iter(())


class LangOptions(RuleOptions):
    language: str = Field("en", description="Expected language.")
    min_chars: int = Field(200, ge=1, description="Shorter texts are skipped.")


def fake(code: str, name: str, **kwargs: Any) -> Rule:
    return article_rule(code=code, name=name, summary="Fake.", **kwargs)(_never)


RULES: tuple[Rule, ...] = (
    fake("XA101", "date-thing"),
    fake("XA102", "slow-thing", enabled_by_default=False),
    fake("XA201", "boiler-thing"),
    fake("XA202", "other-boiler"),
    fake("XB301", "lang-thing", options=LangOptions, severity=Severity.INFO),
)


def codes(config: Config) -> list[str]:
    return [r.meta.code for r in build_ruleset(config, RULES).rules]


def cfg(**values: Any) -> Config:
    return Config().with_overrides(**values)


def yaml_config(tmp_path: Path, text: str) -> Config:
    path = tmp_path / "newslint.yaml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({}, ["XA101", "XA201", "XA202", "XB301"]),
        ({"select": ["XA"]}, ["XA101", "XA102", "XA201", "XA202"]),
        ({"select": ["XA2", "XB301"]}, ["XA201", "XA202", "XB301"]),
        ({"select": ["date-thing"]}, ["XA101"]),
        ({"extend_select": ["XA102"]}, ["XA101", "XA102", "XA201", "XA202", "XB301"]),
        ({"extend_select": ["slow-thing"]}, ["XA101", "XA102", "XA201", "XA202", "XB301"]),
        ({"ignore": ["XA2"]}, ["XA101", "XB301"]),
        ({"ignore": ["other-boiler", "XB"]}, ["XA101", "XA201"]),
        ({"select": ["XA"], "ignore": ["XA1"]}, ["XA201", "XA202"]),
        ({"select": ["XA2"], "ignore": ["XA"]}, ["XA201", "XA202"]),
        ({"select": ["XA20"], "ignore": ["XA2"]}, ["XA201", "XA202"]),
        ({"select": ["XA201"], "ignore": ["XA2"]}, ["XA201"]),
        ({"select": ["XA"], "ignore": ["XA201"]}, ["XA101", "XA102", "XA202"]),
        ({"select": ["boiler-thing"], "ignore": ["XA201"]}, []),
        ({"select": ["X"], "ignore": ["XA"], "extend_select": ["XA101"]}, ["XA101", "XB301"]),
    ],
    ids=[
        "default",
        "select-prefix-includes-off-by-default",
        "select-prefix-and-code",
        "select-name",
        "extend-select-off-by-default",
        "extend-select-by-name",
        "ignore-prefix",
        "ignore-name-and-prefix",
        "longer-ignore-wins",
        "longer-select-wins",
        "longer-select-prefix-wins",
        "exact-select-wins",
        "exact-ignore-wins",
        "exact-tie-ignores",
        "extend-select-exact-beats-ignore-prefix",
    ],
)
def test_selection(values: dict[str, Any], expected: list[str]) -> None:
    assert codes(cfg(**values)) == expected


def test_ruleset_is_sorted_with_default_severity_and_options() -> None:
    ruleset = build_ruleset(cfg(), tuple(reversed(RULES)))
    assert [r.meta.code for r in ruleset.rules] == ["XA101", "XA201", "XA202", "XB301"]
    active = ruleset.get("XB301")
    assert active is not None
    assert active.severity == Severity.INFO
    assert active.options == LangOptions(language="en", min_chars=200)


def test_unknown_reference_from_config_file(tmp_path: Path) -> None:
    config = yaml_config(tmp_path, "select: [XA]\nignore:\n  - XA101\n  - boiler-thnig\n")
    with pytest.raises(RegistryError) as info:
        build_ruleset(config, RULES)
    assert str(info.value) == (
        f"{display_path(tmp_path / 'newslint.yaml')}:4: ignore[1]: unknown rule reference"
        " 'boiler-thnig' (did you mean 'boiler-thing'?)"
    )


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"select": ["XC"]}, "--select: unknown rule reference 'XC'"),
        ({"extend_select": ["XA9"]}, "--extend-select: unknown rule reference 'XA9'"),
        ({"ignore": ["XA1O1"]}, "--ignore: unknown rule reference 'XA1O1' (did you mean 'XA101'?)"),
        ({"ignore": ["xa1"]}, "--ignore: unknown rule reference 'xa1'"),
    ],
    ids=["select", "extend-select", "ignore-suggestion", "lower-case-prefix"],
)
def test_unknown_reference_from_cli(values: dict[str, Any], expected: str) -> None:
    with pytest.raises(RegistryError) as info:
        build_ruleset(cfg(**values), RULES)
    assert str(info.value).startswith(expected)


def test_options_validated_with_location(tmp_path: Path) -> None:
    config = yaml_config(tmp_path, "language: en\nrules:\n  XB301:\n    min_chars: 0\n")
    with pytest.raises(RegistryError) as info:
        build_ruleset(config, RULES)
    assert str(info.value) == (
        f"{display_path(tmp_path / 'newslint.yaml')}:4: rules.XB301.min_chars:"
        " Input should be greater than or equal to 1"
    )


def test_unknown_option_suggests(tmp_path: Path) -> None:
    config = yaml_config(tmp_path, "rules:\n  lang-thing:\n    min_char: 5\n")
    with pytest.raises(RegistryError) as info:
        build_ruleset(config, RULES)
    assert str(info.value).endswith(
        ":3: rules.lang-thing.min_char: unknown option 'min_char' of lang-thing"
        " (did you mean 'min_chars'?)"
    )


def test_unknown_rule_in_rules(tmp_path: Path) -> None:
    config = yaml_config(tmp_path, "rules:\n  XB30:\n    min_chars: 5\n")
    with pytest.raises(RegistryError) as info:
        build_ruleset(config, RULES)
    assert str(info.value).endswith(":2: rules.XB30: unknown rule 'XB30' (did you mean 'XB301'?)")


def test_options_given_twice(tmp_path: Path) -> None:
    text = "rules:\n  XB301: {min_chars: 5}\n  lang-thing: {min_chars: 6}\n"
    with pytest.raises(RegistryError, match=r":3: rules.lang-thing: options of XB301 are also"):
        build_ruleset(yaml_config(tmp_path, text), RULES)


def test_options_by_name_and_language_injection() -> None:
    config = Config.model_validate({"language": "de", "rules": {"lang-thing": {"min_chars": 5}}})
    active = build_ruleset(config, RULES).get("XB301")
    assert active is not None
    assert active.options == LangOptions(language="de", min_chars=5)


def test_explicit_rule_language_wins() -> None:
    config = Config.model_validate({"language": "de", "rules": {"XB301": {"language": "fr"}}})
    active = build_ruleset(config, RULES).get("XB301")
    assert active is not None
    assert active.options.language == "fr"  # type: ignore[attr-defined]


def test_severity_override_most_specific_wins() -> None:
    config = Config.model_validate(
        {"severity": {"XA": "error", "XA201": "info", "other-boiler": "warning"}}
    )
    ruleset = build_ruleset(config, RULES)
    severities = {r.meta.code: r.severity.value for r in ruleset.rules}
    assert severities == {"XA101": "error", "XA201": "info", "XA202": "warning", "XB301": "info"}


def test_severity_unknown_reference(tmp_path: Path) -> None:
    config = yaml_config(tmp_path, "severity:\n  XZ1: error\n")
    with pytest.raises(RegistryError, match=r":2: severity.XZ1: unknown rule reference 'XZ1'"):
        build_ruleset(config, RULES)


def test_per_file_ignores() -> None:
    config = Config.model_validate(
        {"per-file-ignores": {"archive/*.jsonl": ["XA1", "lang-thing"], "*.md": ["XA201"]}}
    )
    ignores = build_path_ignores(config, RULES)
    assert ignores.codes_for("archive/2019.jsonl") == {"XA101", "XA102", "XB301"}
    assert ignores.codes_for("./archive/2019.jsonl") == {"XA101", "XA102", "XB301"}
    assert ignores.codes_for("docs/notes.md") == {"XA201"}  # basename match
    assert ignores.codes_for("notes.txt") == frozenset()


def test_per_file_ignores_unknown_reference(tmp_path: Path) -> None:
    config = yaml_config(tmp_path, "per-file-ignores:\n  '*.md':\n    - XA1\n    - XQ\n")
    with pytest.raises(RegistryError, match=r":4: per-file-ignores.\*.md\[1\]: unknown rule"):
        build_path_ignores(config, RULES)


def test_catalogue_has_builtins_and_packs() -> None:
    from newslint.checks import BUILTIN_RULES
    from newslint.corpus import CORPUS_RULES

    rules = catalogue(cfg(load_plugins=False))
    found = [r.meta.code for r in rules]
    assert found == sorted(found)
    builtin = {r.meta.code for r in (*BUILTIN_RULES, *CORPUS_RULES)}
    assert builtin | {"NL202"} == set(found)
    assert "NL202" not in [
        r.meta.code for r in catalogue(cfg(builtin_packs=False, load_plugins=False))
    ]


def test_catalogue_loads_user_packs_relative_to_config(tmp_path: Path) -> None:
    pack = (FIXTURES / "packs" / "valid" / "sample.yaml").read_text()
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "sample.yaml").write_text(pack)
    config = yaml_config(tmp_path, "rule-paths: [packs]\nload-plugins: false\n")
    rules = catalogue(config)
    assert [r.meta.code for r in rules if r.meta.origin == "pack:sample"] == [
        f"XS00{i}" for i in range(1, 9)
    ]
    ruleset = build_ruleset(config.with_overrides(select=["XS"]), rules)
    assert "XS007" in [r.meta.code for r in ruleset.rules]


def test_catalogue_rejects_duplicates(tmp_path: Path) -> None:
    sample = FIXTURES / "packs" / "valid" / "sample.yaml"
    (tmp_path / "copy.yaml").write_text(sample.read_text().replace("pack: sample", "pack: copy"))
    config = cfg(rule_paths=[sample, tmp_path / "copy.yaml"], load_plugins=False)
    with pytest.raises(RegistryError) as info:
        catalogue(config)
    assert str(info.value) == (
        "rule 'XS001' is defined twice: XS001 from pack:sample and XS001 from pack:copy"
    )


def test_catalogue_missing_rule_path(tmp_path: Path) -> None:
    config = yaml_config(tmp_path, "rule-paths: [nowhere]\n")
    with pytest.raises(RegistryError, match=r"newslint.yaml:1: rule-paths\[0\]: no such file"):
        catalogue(config)


def test_catalogue_propagates_pack_errors(tmp_path: Path) -> None:
    bad = FIXTURES / "packs" / "invalid" / "bad_regex.yaml"
    with pytest.raises(PackError, match="invalid regex"):
        catalogue(cfg(rule_paths=[bad], load_plugins=False))


def test_plugins_are_loaded_unless_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    import newslint.plugins

    plugin_rule = fake("ZZ001", "plugin-thing")
    monkeypatch.setattr(newslint.plugins, "load_plugin_rules", lambda: (plugin_rule,))
    assert plugin_rule in catalogue(cfg())
    assert plugin_rule not in catalogue(cfg(load_plugins=False))


def test_load_errors_cover_every_loading_error() -> None:
    from newslint.config import ConfigError
    from newslint.plugins import PluginError
    from newslint.registry import load_errors

    assert set(load_errors()) == {ConfigError, RegistryError, PackError, PluginError}
