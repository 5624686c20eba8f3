"""Third-party rules from entry points in the ``newslint.rules`` group (failures are errors)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points

from newslint.rule import ArticleRule, CorpusRule, Rule

GROUP = "newslint.rules"


class PluginError(Exception):
    """A plugin that could not be loaded or returned bad rules (the run stops, exit 2)."""


@dataclass(frozen=True)
class PluginInfo:
    """One loaded plugin, as ``newslint plugins`` lists it."""

    name: str
    dist: str
    version: str
    rule_count: int


def _dist(ep: EntryPoint) -> tuple[str, str]:
    dist = getattr(ep, "dist", None)
    if dist is None:
        return "<unknown distribution>", "?"
    return dist.metadata["Name"] or dist.name, dist.version


def _load_one(ep: EntryPoint) -> tuple[Rule, ...]:
    dist, version = _dist(ep)
    where = f"plugin {dist} {version} (entry point {ep.name} = {ep.value})"
    # NOTE: any failure (import, call, iteration) is reported and stops the run: in CI a
    # silently missing rule would look the same as a clean corpus.
    try:
        factory = ep.load()
        rules = tuple(factory())
    except Exception as exc:
        raise PluginError(f"{where} failed to load: {type(exc).__name__}: {exc}") from exc
    out: list[Rule] = []
    for rule in rules:
        if not isinstance(rule, ArticleRule | CorpusRule):
            raise PluginError(f"{where} returned {rule!r}, which is not a rule object")
        if not rule.meta.code.startswith(ep.name):
            raise PluginError(
                f"{where}: rule code {rule.meta.code} does not start with the plugin's"
                f" prefix {ep.name!r} (the entry point name)"
            )
        meta = dataclasses.replace(rule.meta, origin=f"plugin:{dist}")
        out.append(dataclasses.replace(rule, meta=meta))
    return tuple(out)


def _entry_points() -> list[EntryPoint]:
    # NOTE: sorted so that the catalogue and error messages do not depend on sys.path order.
    return sorted(entry_points(group=GROUP), key=lambda ep: (ep.name, ep.value))


def _check_prefixes(eps: Iterable[EntryPoint]) -> None:
    seen: dict[str, str] = {}
    for ep in eps:
        dist = _dist(ep)[0]
        if ep.name == "NL" or not (ep.name.isalpha() and ep.name.isupper()):
            raise PluginError(
                f"plugin {dist}: entry point name {ep.name!r} must be a 2-3 letter code"
                " prefix other than 'NL'"
            )
        if ep.name in seen and seen[ep.name] != dist:
            raise PluginError(f"plugins {seen[ep.name]} and {dist} both use prefix {ep.name!r}")
        seen[ep.name] = dist


def load_plugin_rules() -> tuple[Rule, ...]:
    """The rules of every installed plugin. Raises PluginError on any failure."""
    eps = _entry_points()
    _check_prefixes(eps)
    return tuple(rule for ep in eps for rule in _load_one(ep))


def list_plugins() -> list[PluginInfo]:
    """Installed plugins with their versions and rule counts (loads each one)."""
    eps = _entry_points()
    _check_prefixes(eps)
    infos = []
    for ep in eps:
        dist, version = _dist(ep)
        infos.append(PluginInfo(ep.name, dist, version, len(_load_one(ep))))
    return infos
