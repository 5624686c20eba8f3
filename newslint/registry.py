"""Builds the RuleSet of a run: the rule catalogue, select/ignore decisions, options, severities."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from newslint.config import Config
from newslint.finding import Severity
from newslint.rule import Rule
from newslint.runner import ActiveRule, RuleSet
from newslint.yamlutil import strip_value_error, suggest

#: Specificity of a reference that names one rule exactly (code, name or alias).
_EXACT = 1000


class RegistryError(Exception):
    """A bad rule reference, option or clash; the message says where it was given."""


def load_errors() -> tuple[type[Exception], ...]:
    """Every error that loading config, packs, plugins and the RuleSet raises (CLI: exit 2)."""
    from newslint.config import ConfigError
    from newslint.packs import PackError
    from newslint.plugins import PluginError

    return (ConfigError, RegistryError, PackError, PluginError)


def catalogue(config: Config) -> tuple[Rule, ...]:
    """Every known rule, sorted by code: built-ins, built-in packs, user packs, plugins.

    Raises RegistryError when two rules share a code, name or alias (naming both origins).
    """
    from newslint.checks import BUILTIN_RULES
    from newslint.corpus import CORPUS_RULES
    from newslint.packs import builtin_pack_rules, load_pack, pack_files

    rules: list[Rule] = [*BUILTIN_RULES, *CORPUS_RULES]
    if config.builtin_packs:
        rules.extend(builtin_pack_rules())
    for i, path in enumerate(config.rule_paths):
        if not path.exists():
            where = config.where(("rule-paths", i))
            raise RegistryError(f"{where}: no such file or directory: {str(path)!r}")
        for file in pack_files(path):
            rules.extend(load_pack(file))
    if config.load_plugins:
        from newslint.plugins import load_plugin_rules

        rules.extend(load_plugin_rules())
    _check_unique(rules)
    return tuple(sorted(rules, key=lambda r: r.meta.code))


def _check_unique(rules: Sequence[Rule]) -> None:
    owner: dict[str, Rule] = {}
    for rule in rules:
        for ident in (rule.meta.code, rule.meta.name, *rule.meta.aliases):
            other = owner.get(ident)
            if other is not None and other is not rule:
                raise RegistryError(
                    f"rule {ident!r} is defined twice: {other.meta.code} from"
                    f" {other.meta.origin} and {rule.meta.code} from {rule.meta.origin}"
                )
            owner[ident] = rule


def specificity(ref: str, rule: Rule) -> int | None:
    """How precisely ``ref`` names ``rule``: _EXACT, the prefix length, or None (no match)."""
    meta = rule.meta
    if ref == meta.code or ref == meta.name or ref in meta.aliases:
        return _EXACT
    if ref and ref.isupper() and meta.code.startswith(ref):
        return len(ref)
    return None


def resolve(ref: str, rules: Sequence[Rule], origin: str) -> list[Rule]:
    """The rules ``ref`` names; RegistryError with a suggestion when it names none."""
    matched = [r for r in rules if specificity(ref, r) is not None]
    if not matched:
        known = [i for r in rules for i in (r.meta.code, r.meta.name, *r.meta.aliases)]
        raise RegistryError(f"{origin}: unknown rule reference {ref!r}{suggest(ref, known)}")
    return matched


def _best(refs: Iterable[str], rule: Rule) -> int | None:
    scores = [s for ref in refs if (s := specificity(ref, rule)) is not None]
    return max(scores) if scores else None


def select_rules(config: Config, rules: Sequence[Rule]) -> list[Rule]:
    """The selected rules (flake8's decision engine: the more specific reference wins).

    ``select`` replaces the default set (rules enabled by default); ``extend-select`` adds to
    it and may name off-by-default rules; ``ignore`` removes. A rule both selected and ignored
    stays selected only if its select reference is more specific than its ignore reference.
    """
    for field in ("select", "extend_select", "ignore"):
        for ref in getattr(config, field) or ():
            resolve(ref, rules, config.ref_origin(field, ref))
    chosen: list[Rule] = []
    for rule in rules:
        refs = (*(config.select or ()), *config.extend_select)
        selected = _best(refs, rule)
        if selected is None and config.select is None and rule.meta.enabled_by_default:
            selected = 0
        ignored = _best(config.ignore, rule)
        if selected is not None and (ignored is None or selected > ignored):
            chosen.append(rule)
    return chosen


def _options(config: Config, rules: Sequence[Rule]) -> dict[str, Any]:
    """Validated options per rule code, for every rule named in ``rules:``."""
    by_ident = {i: r for r in rules for i in (r.meta.code, r.meta.name, *r.meta.aliases)}
    given: dict[str, tuple[str, dict[str, Any]]] = {}
    for key, values in config.rules.items():
        rule = by_ident.get(key)
        if rule is None:
            raise RegistryError(
                f"{config.where(('rules', key))}: unknown rule {key!r}{suggest(key, by_ident)}"
            )
        if rule.meta.code in given:
            first = given[rule.meta.code][0]
            raise RegistryError(
                f"{config.where(('rules', key))}: options of {rule.meta.code} are also given"
                f" under {first!r}"
            )
        given[rule.meta.code] = (key, values)
    out: dict[str, Any] = {}
    for rule in rules:
        key, values = given.get(rule.meta.code, (rule.meta.code, {}))
        values = dict(values or {})
        model = rule.meta.options
        # NOTE: rules that care about the article language follow the project's `language`
        # unless the user set it for that rule explicitly.
        if "language" in model.model_fields and "language" not in values:
            values["language"] = config.language
        try:
            out[rule.meta.code] = model.model_validate(values)
        except ValidationError as exc:
            raise RegistryError(_option_errors(config, key, exc, model)) from exc
    return out


def _option_errors(config: Config, key: str, exc: ValidationError, model: Any) -> str:
    lines = []
    for err in exc.errors():
        loc = ("rules", key, *err["loc"])
        if err["type"] == "extra_forbidden":
            name = str(err["loc"][-1])
            hint = suggest(name, model.model_fields)
            lines.append(f"{config.where(loc)}: unknown option {name!r} of {key}{hint}")
        else:
            lines.append(f"{config.where(loc)}: {strip_value_error(err['msg'])}")
    return "\n".join(lines)


def _severities(config: Config, rules: Sequence[Rule]) -> dict[str, Severity]:
    """Severity overrides per code; the most specific reference wins."""
    best: dict[str, tuple[int, Severity]] = {}
    for ref, severity in config.severity.items():
        for rule in resolve(ref, rules, config.where(("severity", ref))):
            score = specificity(ref, rule) or 0
            if score >= best.get(rule.meta.code, (-1, severity))[0]:
                best[rule.meta.code] = (score, severity)
    return {code: sev for code, (_, sev) in best.items()}


def build_ruleset(config: Config, rules: Sequence[Rule] | None = None) -> RuleSet:
    """The RuleSet of a run: selected rules with validated options and effective severities.

    ``rules`` defaults to ``catalogue(config)``; pass it when the caller already built it.
    """
    rules = catalogue(config) if rules is None else tuple(sorted(rules, key=lambda r: r.meta.code))
    options = _options(config, rules)
    severities = _severities(config, rules)
    return RuleSet(
        tuple(
            ActiveRule(r, options[r.meta.code], severities.get(r.meta.code, r.meta.severity))
            for r in select_rules(config, rules)
        )
    )


@dataclass(frozen=True)
class PathIgnores:
    """Codes to drop per file, from ``per-file-ignores`` (globs resolved at build time)."""

    entries: tuple[tuple[str, frozenset[str]], ...] = ()

    def codes_for(self, display_path: str) -> frozenset[str]:
        """Codes ignored for ``display_path`` (glob matched on the path and its basename)."""
        path = display_path.replace("\\", "/").removeprefix("./")
        base = path.rsplit("/", 1)[-1]
        out: frozenset[str] = frozenset()
        for glob, codes in self.entries:
            if fnmatch.fnmatchcase(path, glob) or fnmatch.fnmatchcase(base, glob):
                out |= codes
        return out


def build_path_ignores(config: Config, rules: Sequence[Rule]) -> PathIgnores:
    """Resolve ``per-file-ignores`` references to codes; unknown references are errors."""
    entries = []
    for glob, refs in config.per_file_ignores.items():
        codes: set[str] = set()
        for i, ref in enumerate(refs):
            origin = config.where(("per-file-ignores", glob, i))
            codes.update(r.meta.code for r in resolve(ref, rules, origin))
        entries.append((glob.removeprefix("./"), frozenset(codes)))
    return PathIgnores(tuple(entries))
