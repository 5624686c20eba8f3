"""Config: both file forms, discovery, located errors, overrides, fingerprint, dump."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.config import (
    DEFAULT_INCLUDE,
    Config,
    ConfigError,
    dump_config,
    find_config,
    load_config,
)
from newslint.finding import Severity
from newslint.yamlutil import display_path
from tests.conftest import FIXTURES

BOTH = FIXTURES / "config" / "both"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return str(info.value)


def test_defaults() -> None:
    config = load_config(None)
    assert config == Config()
    assert config.select is None
    assert config.include == DEFAULT_INCLUDE
    assert (config.language, config.fail_on, config.jobs) == ("en", Severity.WARNING, None)
    assert (config.builtin_packs, config.load_plugins, config.respect_gitignore) == (
        True,
        True,
        True,
    )
    assert config.input.fields.text == "text"
    assert config.input.fields.ignore == "newslint_ignore"
    assert config.path is None


def test_yaml_and_pyproject_give_the_same_config() -> None:
    from_yaml = load_config(BOTH / "newslint.yaml")
    from_toml = load_config(BOTH / "pyproject.toml")
    assert from_yaml.model_dump() == from_toml.model_dump()
    assert from_yaml.fingerprint() == from_toml.fingerprint()
    assert from_yaml.select == ("NL2", "NL302")
    assert from_yaml.per_file_ignores == {"archive/*.jsonl": ("NL1",)}
    assert from_yaml.severity == {"NL202": Severity.ERROR}
    assert from_yaml.rules == {"NL302": {"min_words": 5}}
    assert from_yaml.input.fields.text == "body"
    assert from_yaml.input.max_record_bytes == 2000
    assert (from_yaml.language, from_yaml.fail_on, from_yaml.jobs) == ("de", Severity.ERROR, 2)


def test_rule_paths_and_cache_dir_are_relative_to_the_config_file(tmp_path: Path) -> None:
    path = write(tmp_path / "proj" / "newslint.yaml", "rule-paths: [packs, /abs/x.yaml]\n")
    config = load_config(path)
    assert config.rule_paths == (tmp_path / "proj" / "packs", Path("/abs/x.yaml"))
    assert config.cache_dir == tmp_path / "proj" / ".newslint"
    assert load_config(BOTH / "pyproject.toml").rule_paths == (BOTH.resolve() / "packs",)


def test_discovery_walks_up_in_order(tmp_path: Path) -> None:
    article = write(tmp_path / "a" / "b" / "c" / "story.txt", "Text.\n")
    assert find_config(article) is None
    write(tmp_path / "pyproject.toml", "[tool.newslint]\nlanguage = 'fr'\n")
    assert find_config(article) == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / "pyproject.toml", "[project]\nname = 'x'\n")  # no table: skipped
    assert find_config(article) == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / "b" / "pyproject.toml", "[tool.newslint]\n")
    assert find_config(article) == tmp_path / "a" / "b" / "pyproject.toml"
    write(tmp_path / "a" / "b" / ".newslint.yaml", "language: es\n")
    assert find_config(article) == tmp_path / "a" / "b" / ".newslint.yaml"
    write(tmp_path / "a" / "b" / "newslint.yaml", "language: it\n")
    assert find_config(article.parent) == tmp_path / "a" / "b" / "newslint.yaml"


def test_unknown_key_names_line_and_suggests(tmp_path: Path) -> None:
    path = write(tmp_path / "newslint.yaml", "select: [NL2]\n\n\nignor: [NL5]\n")
    assert error_of(path) == (
        f"{display_path(path)}:4: unknown key 'ignor' in config (did you mean 'ignore'?)"
    )


def test_snake_case_key_suggests_kebab(tmp_path: Path) -> None:
    path = write(tmp_path / "newslint.yaml", "extend_select: [NL4]\n")
    assert error_of(path).endswith(
        ":1: unknown key 'extend_select' in config (did you mean 'extend-select'?)"
    )


def test_snake_case_nested_key_in_pyproject(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", "[tool.newslint.input]\nmax_record_bytes = 5\n")
    assert error_of(path) == (
        f"{display_path(path)}:2: unknown key 'max_record_bytes' in [tool.newslint.input]"
        " (did you mean 'max-record-bytes'?)"
    )


def test_python_code_may_use_field_names() -> None:
    assert Config(load_plugins=False, extend_select=("NL4",)).extend_select == ("NL4",)


def test_unknown_nested_key(tmp_path: Path) -> None:
    path = write(tmp_path / "newslint.yaml", "input:\n  fields:\n    txt: body\n")
    assert error_of(path).endswith(":3: unknown key 'txt' in input.fields (did you mean 'text'?)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("language: en\njobs: 0\n", ":2: jobs: Input should be greater than or equal to 1"),
        ("fail-on: fatal\n", ":1: fail-on: Input should be 'info', 'warning' or 'error'"),
        ("severity:\n  NL202: loud\n", ":2: severity.NL202: Input should be 'info', 'warning'"),
        ("select: NL2\n", ":1: select: Input should be a valid tuple"),
        ("per-file-ignores:\n  '*.md': [NL1, 3]\n", ":2: per-file-ignores.*.md[1]: Input should"),
        ("language: English\n", ":1: language: String should match pattern"),
    ],
    ids=["jobs", "fail-on", "severity", "select-not-list", "per-file-item", "language"],
)
def test_bad_value_names_line_and_key(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path / "newslint.yaml", text)
    message = error_of(path)
    assert message.startswith(display_path(path) + expected.split(":", 2)[0] + ":")
    assert expected in message


def test_yaml_syntax_error_has_line(tmp_path: Path) -> None:
    path = write(tmp_path / "newslint.yaml", "select: [NL2\nignore: [NL5]\n  bad: x\n")
    message = error_of(path)
    assert message.startswith(f"{display_path(path)}:")
    assert "YAML syntax error" in message
    assert message.split(":")[1] in {"2", "3"}


def test_yaml_must_be_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path / "newslint.yaml", "- NL2\n")
    assert error_of(path).endswith(":1: the config must be a mapping of keys")


def test_empty_yaml_gives_defaults(tmp_path: Path) -> None:
    path = write(tmp_path / "newslint.yaml", "# nothing yet\n")
    config = load_config(path)
    assert config.model_dump(exclude={"cache_dir"}) == Config().model_dump(exclude={"cache_dir"})
    assert config.cache_dir == tmp_path / ".newslint"


def test_pyproject_unknown_key_has_table_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "pyproject.toml", "[project]\nname = 'x'\n\n[tool.newslint]\nignor = ['NL5']\n"
    )
    assert error_of(path) == (
        f"{display_path(path)}:5: unknown key 'ignor' in [tool.newslint] (did you mean 'ignore'?)"
    )


def test_pyproject_nested_error_has_key_path_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "pyproject.toml",
        "[tool.newslint]\nlanguage = 'en'\n\n[tool.newslint.input]\nmax-record-bytes = 0\n",
    )
    assert error_of(path) == (
        f"{display_path(path)}:5: tool.newslint.input.max-record-bytes:"
        " Input should be greater than or equal to 1"
    )


def test_pyproject_syntax_error_and_missing_table(tmp_path: Path) -> None:
    broken = write(tmp_path / "a" / "pyproject.toml", "[tool.newslint\n")
    assert "TOML syntax error" in error_of(broken)
    assert "line 1" in error_of(broken)
    empty = write(tmp_path / "b" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert error_of(empty) == f"{display_path(empty)}: no [tool.newslint] table"


def test_where_locates_list_items(tmp_path: Path) -> None:
    path = write(tmp_path / "newslint.yaml", "ignore:\n  - NL5\n  - NL99\n")
    config = load_config(path)
    assert config.ref_origin("ignore", "NL99") == f"{display_path(path)}:3: ignore[1]"
    assert config.where(("ignore",)) == f"{display_path(path)}:1: ignore"


def test_with_overrides() -> None:
    base = load_config(BOTH / "newslint.yaml")
    new = base.with_overrides(
        select=["NL1"], ignore=["NL105"], fail_on="info", jobs=None, extend_select=None
    )
    assert new.select == ("NL1",)
    assert new.extend_select == ()  # a command-line select starts over
    assert new.ignore == ("NL203", "NL105")  # a command-line ignore adds
    assert new.fail_on == Severity.INFO
    assert new.jobs == 2  # None means "not given"
    assert new.path == base.path
    assert new.ref_origin("ignore", "NL105") == "--ignore"
    assert new.ref_origin("select", "NL1") == "--select"
    assert new.ref_origin("ignore", "NL203").endswith("newslint.yaml:4: ignore[0]")
    assert base.select == ("NL2", "NL302")  # the original is untouched


def test_with_overrides_extend_select_adds_and_validates() -> None:
    base = load_config(BOTH / "newslint.yaml")
    assert base.with_overrides(extend_select=["NL5"]).extend_select == ("NL4", "NL5")
    with pytest.raises(ConfigError, match=r"^--jobs: Input should be greater than or equal to 1$"):
        base.with_overrides(jobs=0)
    with pytest.raises(TypeError):
        base.with_overrides(selekt=["NL1"])


def test_config_is_frozen() -> None:
    with pytest.raises(ValueError):
        Config().language = "de"  # type: ignore[misc]


def test_fingerprint_is_stable_and_tracks_findings_settings() -> None:
    config = Config()
    assert config.fingerprint() == Config().fingerprint()
    assert len(config.fingerprint()) == 64
    assert config.with_overrides(ignore=["NL2"]).fingerprint() != config.fingerprint()
    assert config.with_overrides(language="de").fingerprint() != config.fingerprint()
    # settings that cannot change findings keep the cache valid
    assert config.with_overrides(jobs=4, fail_on="error").fingerprint() == config.fingerprint()


def test_dump_config_round_trips(tmp_path: Path) -> None:
    config = load_config(BOTH / "newslint.yaml")
    text = dump_config(config)
    assert "select:\n- NL2\n- NL302\n" in text
    assert "max-record-bytes: 2000" in text
    again = load_config(write(tmp_path / "newslint.yaml", text))
    assert again.model_dump() == config.model_dump()


def test_to_field_map() -> None:
    readers = pytest.importorskip("newslint.readers")
    field_map = load_config(BOTH / "newslint.yaml").to_field_map()
    assert isinstance(field_map, readers.FieldMap)
    assert field_map.text == "body"
