"""Located, readable messages for config validation errors (file:line: key: problem)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from newslint.yamlutil import KeyPath, format_loc, line_of, strip_value_error, suggest


def snake_keys(data: Any, model: type[BaseModel], loc: KeyPath) -> tuple[KeyPath, str, str] | None:
    """The first key written in snake_case where the file form wants kebab-case."""
    if not isinstance(data, dict):
        return None
    for name, field in model.model_fields.items():
        alias = field.alias or name
        if name != alias and name in data:
            return loc, name, alias
        sub = field.annotation
        if alias in data and isinstance(sub, type) and issubclass(sub, BaseModel):
            found = snake_keys(data[alias], sub, (*loc, alias))
            if found:
                return found
    return None


def table_label(loc: KeyPath, prefix: str) -> str:
    """How messages name a mapping: ``config`` / ``input.fields``, or ``[tool.newslint.input]``."""
    if prefix:
        return f"[{prefix}{format_loc(loc)}]".replace(".]", "]")
    return format_loc(loc) if loc else "config"


def _model_at(root: type[BaseModel], loc: KeyPath) -> type[BaseModel] | None:
    model = root
    for part in loc:
        field = next((f for f in model.model_fields.values() if f.alias == part), None)
        if field is None or not (
            isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel)
        ):
            return None
        model = field.annotation
    return model


def format_errors(
    root: type[BaseModel],
    exc: ValidationError,
    file: str,
    lines: Mapping[KeyPath, int],
    *,
    prefix: str = "",
    cli_option: bool = False,
) -> str:
    out: list[tuple[int, str]] = []
    for err in exc.errors():
        loc: KeyPath = tuple(err["loc"])
        if err["type"] == "extra_forbidden":
            parent, key = loc[:-1], str(loc[-1])
            model = _model_at(root, parent)
            choices = [f.alias or n for n, f in model.model_fields.items()] if model else []
            text = f"unknown key {key!r} in {table_label(parent, prefix)}{suggest(key, choices)}"
        elif err["type"] == "missing":
            text = f"missing key {format_loc(loc)!r}"
        else:
            text = f"{prefix}{format_loc(loc)}: {strip_value_error(err['msg'])}"
        if cli_option:
            out.append((0, f"--{loc[0]}: {strip_value_error(err['msg'])}"))
            continue
        line = line_of(lines, loc)
        out.append((line or 0, f"{file}:{line}: {text}" if line else f"{file}: {text}"))
    return "\n".join(text for _, text in sorted(out, key=lambda item: item[0]))
