"""The pydantic Config model, fed by newslint.yaml / .newslint.yaml or pyproject [tool.newslint]."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator
from pydantic import ValidationInfo as _Info

from newslint.config_errors import format_errors, snake_keys, table_label
from newslint.finding import Severity
from newslint.yamlutil import (
    KeyPath,
    YamlSyntaxError,
    display_path,
    format_loc,
    line_of,
    load_toml,
    load_yaml,
    toml_key_lines,
)

if TYPE_CHECKING:
    from newslint.readers import FieldMap

CONFIG_NAMES = ("newslint.yaml", ".newslint.yaml")
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.jsonl", "*.ndjson", "*.jsonl.gz", "*.ndjson.gz")
#: Settings that cannot change any finding: left out of the fingerprint so caches are shared.
_NOT_FINGERPRINTED = ("jobs", "cache", "cache-dir", "fail-on")
#: CLI values for these fields add to the file's list instead of replacing it (as in ruff).
_APPENDING = ("extend_select", "ignore")


class ConfigError(Exception):
    """An invalid or unreadable configuration; the message names file, line and key."""


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class _Strict(BaseModel):
    # NOTE: populate_by_name lets Python code write Config(load_plugins=False); files must
    # still use the kebab-case keys (load_config rejects snake_case ones, see _snake_keys).
    model_config = ConfigDict(
        extra="forbid", frozen=True, alias_generator=_kebab, populate_by_name=True
    )


class FieldsConfig(_Strict):
    """Names of the JSONL fields (and front-matter keys) that hold each part of an article."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    url: str = "url"
    id: str = "id"
    language: str = "language"
    source: str = "source"
    ignore: str = "newslint_ignore"


class InputConfig(_Strict):
    """How records are read."""

    fields: FieldsConfig = FieldsConfig()
    max_record_bytes: int = Field(default=10_000_000, ge=1)


class Config(_Strict):
    """The effective configuration of one run. Built by ``load_config``, never mutated."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = {}
    severity: dict[str, Severity] = {}
    rules: dict[str, dict[str, Any]] = {}
    rule_paths: tuple[Path, ...] = ()
    builtin_packs: bool = True
    language: str = Field(default="en", pattern=r"^[a-z]{2,3}(-[a-z]{2,4})?$")
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    respect_gitignore: bool = True
    input: InputConfig = InputConfig()
    fail_on: Severity = Severity.WARNING
    jobs: int | None = Field(default=None, ge=1)
    load_plugins: bool = True
    cache: bool = True
    cache_dir: Path = Field(default=Path(".newslint"), validate_default=True)

    # Where values came from, for error messages (not settings, so not validated or dumped).
    _path: Path | None = PrivateAttr(None)
    _lines: dict[KeyPath, int] = PrivateAttr(default_factory=dict)
    _key_prefix: str = PrivateAttr("")
    _cli: frozenset[tuple[str, str]] = PrivateAttr(frozenset())

    @field_validator("rule_paths", "cache_dir", mode="after")
    @classmethod
    def _relative_to_config(cls, value: Any, info: _Info) -> Any:
        # NOTE: paths in a config file mean "relative to that file", not to the cwd.
        base = (info.context or {}).get("base_dir")
        if base is None:
            return value
        if isinstance(value, tuple):
            return tuple(p if p.is_absolute() else base / p for p in value)
        return value if value.is_absolute() else base / value

    @property
    def path(self) -> Path | None:
        """The config file this came from (None for defaults)."""
        return self._path

    def where(self, loc: KeyPath) -> str:
        """Where a key came from: ``newslint.yaml:7: rules.NL302.min_words`` or ``--ignore``."""
        head = str(loc[0]) if loc else ""
        if (head, "*") in self._cli or (len(loc) > 1 and (head, str(self._item(loc))) in self._cli):
            return f"--{head}"
        label = self._key_prefix + format_loc(loc)
        if self._path is None:
            return label
        line = line_of(self._lines, loc)
        return f"{display_path(self._path)}:{line}: {label}" if line else f"{self._path}: {label}"

    def _item(self, loc: KeyPath) -> Any:
        value = getattr(self, str(loc[0]).replace("-", "_"), None)
        return value[loc[1]] if isinstance(value, tuple) and isinstance(loc[1], int) else None

    def ref_origin(self, field: str, ref: str) -> str:
        """Where rule reference ``ref`` of list ``field`` (snake_case) was given."""
        values = getattr(self, field)
        alias = _kebab(field)
        if ref in values:
            return self.where((alias, list(values).index(ref)))
        return self.where((alias,))

    def with_overrides(self, **values: Any) -> Config:
        """A copy with CLI values applied (None means "not given").

        ``select`` replaces the file's select and extend-select (the command line starts over);
        ``extend_select`` and ``ignore`` add to the file's lists; other fields replace.
        """
        unknown = set(values) - set(type(self).model_fields)
        if unknown:
            raise TypeError(f"unknown config fields: {sorted(unknown)}")
        given = {k: v for k, v in values.items() if v is not None}
        data = self.model_dump(by_alias=True)
        if "select" in given:
            data["extend-select"] = ()
        cli = set(self._cli)
        for name, value in given.items():
            alias = _kebab(name)
            if name in _APPENDING:
                data[alias] = (*data[alias], *value)
                cli.update((alias, str(v)) for v in value)
            else:
                data[alias] = value
                cli.add((alias, "*"))
        try:
            new = type(self).model_validate(data)
        except ValidationError as exc:
            raise ConfigError(format_errors(Config, exc, "", {}, cli_option=True)) from exc
        new._path, new._lines, new._key_prefix = self._path, self._lines, self._key_prefix
        new._cli = frozenset(cli)
        return new

    def fingerprint(self) -> str:
        """A stable hash of every setting that can change findings (used by the cache)."""
        data = self.model_dump(mode="json", by_alias=True)
        for key in _NOT_FINGERPRINTED:
            data.pop(key, None)
        blob = json.dumps(data, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(blob.encode()).hexdigest()

    def to_field_map(self) -> FieldMap:
        """The readers' field mapping (JSONL field / front-matter key names)."""
        from newslint.readers import FieldMap

        return FieldMap(**self.input.fields.model_dump())


def find_config(start: Path) -> Path | None:
    """Walk up from ``start`` (a file's parent dir) to the first directory holding a config.

    Per directory the order is newslint.yaml, .newslint.yaml, then a pyproject.toml that has a
    ``[tool.newslint]`` table.
    """
    here = start.resolve()
    if not here.is_dir():
        here = here.parent
    for directory in (here, *here.parents):
        for name in CONFIG_NAMES:
            if (directory / name).is_file():
                return directory / name
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _read_pyproject(pyproject, required=False) is not None:
            return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """Load and validate a config file (None gives the defaults). Raises ConfigError."""
    if path is None:
        return Config()
    path = Path(path)
    prefix = ""
    if path.suffix == ".toml":
        found = _read_pyproject(path, required=True)
        assert found is not None
        data, lines = found
        prefix = "tool.newslint."
    else:
        try:
            data, lines = load_yaml(path)
        except YamlSyntaxError as exc:
            raise ConfigError(str(exc)) from exc
        data = {} if data is None else data
        if not isinstance(data, dict):
            raise ConfigError(f"{display_path(path)}:1: the config must be a mapping of keys")
    shown = display_path(path)
    snake = snake_keys(data, Config, ())
    if snake:
        loc, key, alias = snake
        line = line_of(lines, (*loc, key))
        where = table_label(loc, prefix)
        raise ConfigError(
            f"{shown}:{line}: unknown key {key!r} in {where} (did you mean {alias!r}?)"
        )
    try:
        config = Config.model_validate(data, context={"base_dir": path.resolve().parent})
    except ValidationError as exc:
        raise ConfigError(format_errors(Config, exc, shown, lines, prefix=prefix)) from exc
    config._path, config._lines, config._key_prefix = path, lines, prefix
    return config


def dump_config(config: Config) -> str:
    """The effective config as YAML (what ``newslint config`` prints)."""
    import io

    from ruamel.yaml import YAML

    yaml = YAML()  # round-trip dumper: keeps the model's key order
    out = io.StringIO()
    data = config.model_dump(mode="json", by_alias=True)
    yaml.dump(data, out)
    return out.getvalue()


def _read_pyproject(
    path: Path, *, required: bool
) -> tuple[dict[str, Any], dict[KeyPath, int]] | None:
    try:
        text = path.read_text(encoding="utf-8")
        doc = load_toml(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{display_path(path)}: cannot read: {exc}") from exc
    except ValueError as exc:  # tomllib.TOMLDecodeError: message ends "(at line N, column M)"
        raise ConfigError(f"{display_path(path)}: TOML syntax error: {exc}") from exc
    table = doc.get("tool", {}).get("newslint")
    if table is None:
        if required:
            raise ConfigError(f"{display_path(path)}: no [tool.newslint] table")
        return None
    if not isinstance(table, dict):
        raise ConfigError(f"{display_path(path)}: tool.newslint must be a table")
    return table, toml_key_lines(text, ("tool", "newslint"))
