"""YAML rule packs: validated with pydantic (located errors) and compiled to ArticleRules."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from newslint.finding import Severity
from newslint.pack_match import (
    PLACEHOLDERS,
    Matcher,
    Scope,
    Vocabulary,
    existence_check,
    furniture_check,
    occurrence_check,
    required_check,
)
from newslint.rule import CODE_RE, NAME_RE, ArticleRule, NoOptions, Rule, RuleMeta
from newslint.yamlutil import (
    KeyPath,
    YamlSyntaxError,
    display_path,
    format_loc,
    line_of,
    load_yaml,
    strip_value_error,
    suggest,
)

#: Code prefix reserved for the packs shipped with newslint.
BUILTIN_PREFIX = "NL"
_SCOPES = ("line", "whole-line", "paragraph", "body")


class PackError(Exception):
    """An invalid rule pack; each line of the message reads ``file:line: problem``."""


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"invalid regex {value!r}: {exc}") from None
    return value


def _scope(value: Any) -> Scope:
    if isinstance(value, Scope):
        return value
    if isinstance(value, str) and value in _SCOPES:
        return Scope(value, whole_line=value == "whole-line")
    if isinstance(value, dict):
        keys = set(value)
        units = keys & {"first-lines", "last-lines"}
        extra = keys - {"first-lines", "last-lines", "match"}
        count = value.get(next(iter(units))) if len(units) == 1 else None
        match = value.get("match", "whole-line")
        if not extra and isinstance(count, int) and count >= 1 and match in _MATCH:
            return Scope(next(iter(units)), whole_line=match == "whole-line", count=count)
    raise ValueError(
        "scope must be line, whole-line, paragraph, body, {first-lines: N} or {last-lines: N}"
        " (N >= 1, optional match: whole-line|anywhere)"
    )


_MATCH = ("whole-line", "anywhere")
Regex = Annotated[str, AfterValidator(_regex)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, arbitrary_types_allowed=True)


class Examples(_Strict):
    """Snippets that must (bad) and must not (good) trigger the rule; run by the test suite."""

    bad: list[str] = Field(min_length=1)
    good: list[str] = Field(min_length=1)


class _PackRule(_Strict):
    code: str = Field(pattern=CODE_RE.pattern)
    name: str = Field(pattern=NAME_RE.pattern)
    severity: Severity
    scope: Annotated[Scope, BeforeValidator(_scope)]
    message: str
    description: str
    rationale: str
    examples: Examples
    summary: str | None = None
    ignorecase: bool = True
    phrases: list[str] = []
    patterns: list[Regex] = []
    exceptions: list[Regex] = []
    enabled_by_default: bool = True
    tags: list[str] = []
    aliases: list[str] = []
    link: str | None = None
    false_positives: str | None = Field(default=None, alias="false-positives")

    #: Kinds whose only evidence is phrases and patterns need at least one of them.
    needs_phrases: ClassVar[bool] = True

    @model_validator(mode="after")
    def _check(self) -> _PackRule:
        if self.needs_phrases and not self.phrases and not self.patterns:
            raise ValueError("a rule needs at least one of 'phrases' or 'patterns'")
        try:
            self.message.format(**PLACEHOLDERS)
        except (KeyError, IndexError, ValueError) as exc:
            allowed = ", ".join("{" + k + "}" for k in PLACEHOLDERS)
            raise ValueError(f"message: bad placeholder {exc} (allowed: {allowed})") from None
        return self


class ExistenceRule(_PackRule):
    """Flag each match."""

    kind: Literal["existence"]
    fix: Literal["delete-line"] | None = None


class RequiredRule(_PackRule):
    """Flag a scope where nothing matches."""

    kind: Literal["required"]


class OccurrenceRule(_PackRule):
    """Flag a scope whose number of matches is outside min/max."""

    kind: Literal["occurrence"]
    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _bounds(self) -> OccurrenceRule:
        if self.min is None and self.max is None:
            raise ValueError("an occurrence rule needs 'min' or 'max'")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) is greater than max ({self.max})")
        return self


#: A vocabulary entry: one lower-case word; hyphens are dropped before matching ("email").
_WORD = r"^[a-z0-9]+(?:'[a-z0-9]+)*$"


class VocabularySpec(_Strict):
    """The interface vocabulary of a furniture rule and the thresholds of its score."""

    words: list[Annotated[str, Field(pattern=_WORD)]] = Field(min_length=1)
    glue: list[Annotated[str, Field(pattern=_WORD)]] = []
    actions: list[Annotated[str, Field(pattern=_WORD)]] = []
    inflections: bool = False
    platform_verbs: list[Annotated[str, Field(pattern=_WORD)]] = Field([], alias="platform-verbs")
    max_words: int = Field(alias="max-words", ge=1, le=40)
    min_share: float = Field(alias="min-share", gt=0, le=1)
    min_hits: int = Field(1, alias="min-hits", ge=1)
    rows: bool = False

    @model_validator(mode="after")
    def _consistent(self) -> VocabularySpec:
        for other in ("words", "actions", "platform_verbs"):
            both = sorted(set(getattr(self, other)) & set(self.glue))
            if both:
                key = other.replace("_", "-")
                raise ValueError(f"{key} also listed as glue: {', '.join(both)}")
        if self.min_hits > self.max_words:
            raise ValueError(
                f"min-hits ({self.min_hits}) is greater than max-words ({self.max_words})"
            )
        return self


class FurnitureRule(_PackRule):
    """Flag whole lines that are a phrase or pattern, or mostly interface vocabulary."""

    kind: Literal["furniture"]
    vocabulary: VocabularySpec
    fix: Literal["delete-line"] | None = None
    needs_phrases: ClassVar[bool] = False

    @field_validator("scope")
    @classmethod
    def _whole_lines(cls, scope: Scope) -> Scope:
        if not scope.whole_line:
            raise ValueError(
                "a furniture rule judges whole lines: use whole-line, {first-lines: N} or"
                " {last-lines: N} (without match: anywhere)"
            )
        return scope


PackRule = Annotated[
    ExistenceRule | RequiredRule | OccurrenceRule | FurnitureRule, Field(discriminator="kind")
]
AnyRule = ExistenceRule | RequiredRule | OccurrenceRule | FurnitureRule
_KINDS: dict[str, type[_PackRule]] = {
    "existence": ExistenceRule,
    "required": RequiredRule,
    "occurrence": OccurrenceRule,
    "furniture": FurnitureRule,
}
_KIND_LIST = "existence, required, occurrence or furniture"


class PackFile(_Strict):
    """A whole pack file."""

    pack: str = Field(pattern=NAME_RE.pattern)
    prefix: str = Field(pattern=r"^[A-Z]{2,3}$")
    description: str
    rules: list[PackRule] = Field(min_length=1)


def load_pack(path: Path, *, builtin: bool = False) -> tuple[Rule, ...]:
    """Load, validate and compile one pack file. Raises PackError with file:line messages.

    Plugins call this on YAML files they ship; ``builtin`` is for newslint's own packs, the
    only ones allowed to use the reserved ``NL`` prefix.
    """
    path = Path(path)
    shown = display_path(path)
    # NOTE: start-up matters (a pre-commit run lints one file): the C-accelerated safe loader
    # is several times faster than the round-trip one. Only when the pack turns out to be
    # invalid is it loaded again with line numbers, to locate the error.
    fast = _load_fast(path)
    if fast is not None:
        try:
            pack = PackFile.model_validate(fast)
            _check_codes(pack, shown, {}, builtin)
            return tuple(_compile(rule, pack.pack) for rule in pack.rules)
        except (ValidationError, PackError):
            pass
    try:
        data, lines = load_yaml(path)
    except YamlSyntaxError as exc:
        raise PackError(str(exc)) from exc
    if not isinstance(data, dict):
        raise PackError(f"{shown}:1: a pack must be a mapping with pack, prefix and rules")
    try:
        pack = PackFile.model_validate(data)
    except ValidationError as exc:
        raise PackError(_format_errors(exc, shown, data, lines)) from exc
    _check_codes(pack, shown, lines, builtin)
    return tuple(_compile(rule, pack.pack) for rule in pack.rules)


def _load_fast(path: Path) -> Any:
    """The pack's data from the safe loader, or None when it does not load cleanly."""
    from ruamel.yaml import YAML

    try:
        data = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    except Exception:  # noqa: BLE001 - the slow path reports every problem with a location
        return None
    return data if isinstance(data, dict) else None


def builtin_pack_dir() -> Path:
    """The folder of the built-in packs: newslint/_packs in a wheel, else ../rules."""
    from importlib.resources import files

    # NOTE: the wheel force-includes rules/ as newslint/_packs (see pyproject.toml); an
    # editable install or source checkout only has the top-level rules/ folder.
    installed = Path(str(files("newslint") / "_packs"))
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "rules"


@functools.cache
def builtin_pack_rules() -> tuple[Rule, ...]:
    """Every rule of every built-in pack (loaded once per process)."""
    rules: list[Rule] = []
    for path in pack_files(builtin_pack_dir()):
        rules.extend(load_pack(path, builtin=True))
    return tuple(rules)


def pack_files(path: Path) -> list[Path]:
    """``path`` itself if it is a file, else the *.yaml / *.yml files in it, sorted."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    return [path]


def _check_codes(pack: PackFile, shown: str, lines: dict[KeyPath, int], builtin: bool) -> None:
    errors: list[str] = []
    if builtin and pack.prefix != BUILTIN_PREFIX:
        errors.append(f"{shown}:{lines.get(('prefix',))}: built-in packs use prefix 'NL'")
    if not builtin and pack.prefix == BUILTIN_PREFIX:
        errors.append(
            f"{shown}:{lines.get(('prefix',))}: prefix 'NL' is reserved for newslint's own"
            " rules; choose another 2-3 letter prefix"
        )
    seen: dict[str, str] = {}
    for i, rule in enumerate(pack.rules):
        line = lines.get(("rules", i, "code"))
        if not rule.code.startswith(pack.prefix):
            errors.append(
                f"{shown}:{line}: rule {rule.code}: code does not start with the pack's"
                f" prefix {pack.prefix!r}"
            )
        for ident in (rule.code, rule.name, *rule.aliases):
            if ident in seen:
                errors.append(f"{shown}:{line}: rule {rule.code}: {ident!r} already used by rule")
                errors[-1] += f" {seen[ident]}"
            seen[ident] = rule.code
    if errors:
        raise PackError("\n".join(errors))


def _compile(rule: AnyRule, pack: str) -> Rule:
    flags = re.IGNORECASE if rule.ignorecase else 0
    matcher = Matcher.build(rule.phrases, rule.patterns, rule.exceptions, flags)
    fix_safety: Literal["none", "safe"] = "none"
    if isinstance(rule, FurnitureRule):
        spec = rule.vocabulary
        vocab = Vocabulary(
            frozenset(w.lower() for w in spec.words),
            frozenset(w.lower() for w in spec.glue),
            spec.max_words,
            spec.min_share,
            spec.min_hits,
            frozenset(w.lower() for w in spec.actions),
            spec.inflections,
            frozenset(w.lower() for w in spec.platform_verbs),
            spec.rows,
        )
        phrases = matcher if rule.phrases or rule.patterns else None
        check = furniture_check(
            phrases, matcher.exception, vocab, rule.scope, rule.message, rule.fix == "delete-line"
        )
        fix_safety = "safe" if rule.fix else "none"
    elif isinstance(rule, ExistenceRule):
        check = existence_check(matcher, rule.scope, rule.message, rule.fix == "delete-line")
        fix_safety = "safe" if rule.fix else "none"
    elif isinstance(rule, RequiredRule):
        check = required_check(matcher, rule.scope, rule.message)
    else:
        check = occurrence_check(matcher, rule.scope, rule.message, rule.min, rule.max)
    summary = rule.summary or _first_sentence(rule.description)
    meta = RuleMeta(
        code=rule.code,
        name=rule.name,
        summary=summary,
        doc=render_doc(rule),
        severity=rule.severity,
        enabled_by_default=rule.enabled_by_default,
        options=NoOptions,
        tags=tuple(rule.tags),
        fix_safety=fix_safety,
        origin=f"pack:{pack}",
        aliases=tuple(rule.aliases),
    )
    return ArticleRule(meta=meta, check=check)


def _first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    end = flat.find(". ")
    return flat if end == -1 else flat[: end + 1]


def _indent(snippets: list[str]) -> str:
    def one(snippet: str) -> str:
        return "\n".join("    " + ln if ln.strip() else "" for ln in snippet.splitlines())

    return "\n\n".join(one(s) for s in snippets)


def render_doc(rule: AnyRule) -> str:
    """The rule doc in the six-section template, built from the YAML fields."""
    what = rule.description.strip()
    if rule.link:
        what += f"\n\nMore: {rule.link}"
    fp = (rule.false_positives or "See the examples.").strip()
    options = "None (YAML pack rule; edit the pack to change phrases)."
    if isinstance(rule, FurnitureRule):
        v = rule.vocabulary
        options = (
            "None (YAML pack rule). The pack sets the vocabulary score: a line of at most"
            f" {v.max_words} words is furniture when at least {v.min_hits} and at least"
            f" {v.min_share:.0%} of its content words are interface vocabulary"
            f" ({len(v.words)} words; {len(v.glue)} glue words do not count)"
            + (
                f", or when it starts with one of {len(v.actions)} action words and ends with"
                " a vocabulary word (a call to action)."
                if v.actions
                else "."
            )
            + (" Inflected forms of the words count (watching: watch)." if v.inflections else "")
            + (
                f" A line of one of {len(v.platform_verbs)} verbs, 'on' or 'via' and a"
                " capitalised name is a platform link."
                if v.platform_verbs
                else ""
            )
            + (
                " A row of items joined by separators or runs of spaces (or after a label and"
                " a colon) is furniture when every item is (durations and playback speeds"
                " between them do not count)."
                if v.rows
                else ""
            )
        )
    return (
        f"## What it does\n{what}\n\n## Why it matters\n{rule.rationale.strip()}\n\n"
        f"## Example\n{_indent(rule.examples.bad)}\n\n## Passes\n{_indent(rule.examples.good)}"
        f"\n\n## Options\n{options}\n\n## Known false positives\n{fp}"
    )


def _format_errors(exc: ValidationError, shown: str, data: dict[str, Any], lines: Any) -> str:
    out: list[tuple[int, str]] = []
    for err in exc.errors():
        loc: KeyPath = tuple(err["loc"])
        where, rest = "", loc
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
            raw = data["rules"][loc[1]] if isinstance(data.get("rules"), list) else {}
            code = raw.get("code") if isinstance(raw, dict) else None
            where = f"rule {code or '#' + str(loc[1] + 1)}: "
            rest = loc[3:] if len(loc) > 2 and loc[2] in _KINDS else loc[2:]
            kind_model = _KINDS.get(str(loc[2])) if len(loc) > 2 else None
            model: type[BaseModel] = kind_model or _PackRule
        else:
            model = PackFile
        typ = err["type"]
        if typ == "extra_forbidden":
            key = str(rest[-1])
            if rest[:-1] == ("examples",):
                model = Examples
            elif rest[:-1] == ("vocabulary",):
                model = VocabularySpec
            choices = [f.alias or n for n, f in model.model_fields.items()]
            text = f"unknown key {key!r}" + ("" if where else " in pack") + suggest(key, choices)
        elif typ == "missing":
            text = f"missing key {format_loc(rest)!r}"
        elif typ == "union_tag_not_found":
            text = f"missing key 'kind' ({_KIND_LIST})"
        elif typ == "union_tag_invalid":
            kind = err["input"].get("kind") if isinstance(err["input"], dict) else None
            hint = suggest(str(kind), _KINDS)
            text = f"unknown kind {kind!r}{hint} ({_KIND_LIST})"
        else:
            label = format_loc(rest)
            text = (f"{label}: " if label else "") + strip_value_error(err["msg"])
        line = line_of(lines, loc) or 1
        if typ == "union_tag_invalid":
            line = line_of(lines, (*loc, "kind")) or line
        out.append((line, f"{shown}:{line}: {where}{text}"))
    return "\n".join(text for _, text in sorted(out, key=lambda item: item[0]))
