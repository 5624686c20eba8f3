"""YAML rule packs: located validation errors, scopes, kinds, placeholders, prefixes."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from newslint.finding import Fix
from newslint.packs import PackError, builtin_pack_dir, builtin_pack_rules, load_pack
from newslint.rule import ArticleRule, Rule
from newslint.runner import ActiveRule, lint_article
from newslint.yamlutil import display_path
from tests.conftest import FIXTURES, make_article

INVALID = sorted((FIXTURES / "packs" / "invalid").glob("*.yaml"))
SAMPLE = FIXTURES / "packs" / "valid" / "sample.yaml"


def _expectation(path: Path) -> tuple[int, str]:
    match = re.match(r"# expect: line (\d+): (.*)", path.read_text().splitlines()[0])
    assert match, f"{path.name} lacks an '# expect: line N: text' first line"
    return int(match[1]), match[2]


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_pack_is_reported_with_line(path: Path) -> None:
    line, text = _expectation(path)
    with pytest.raises(PackError) as info:
        load_pack(path)
    messages = str(info.value).splitlines()
    located = [m for m in messages if m.startswith(f"{display_path(path)}:{line}: ")]
    assert any(text in m for m in located), messages


def test_invalid_fixtures_exist() -> None:
    assert len(INVALID) >= 15


@pytest.fixture(scope="module")
def sample() -> dict[str, Rule]:
    return {r.meta.code: r for r in load_pack(SAMPLE)}


def lint(rule: Rule, body: str) -> list[tuple[int, int, str]]:
    active = ActiveRule(rule, rule.meta.options(), rule.meta.severity)
    return [(f.line, f.column, f.message) for f in lint_article(make_article(body), [active])]


def test_valid_pack_compiles_to_article_rules(sample: dict[str, Rule]) -> None:
    assert list(sample) == [f"XS00{i}" for i in range(1, 9)]
    assert all(isinstance(r, ArticleRule) for r in sample.values())
    meta = sample["XS007"].meta
    assert (meta.name, meta.origin, meta.enabled_by_default) == (
        "sample-short-paragraph",
        "pack:sample",
        False,
    )
    assert (meta.tags, meta.aliases, meta.severity.value) == (
        ("structure",),
        ("tiny-paragraph",),
        "info",
    )
    assert sample["XS001"].meta.fix_safety == "safe"
    assert sample["XS002"].meta.fix_safety == "none"
    assert sample["XS001"].meta.summary == "Flags promo phrases anywhere in a line."


def test_doc_follows_the_template(sample: dict[str, Rule]) -> None:
    doc = sample["XS008"].meta.doc
    headings = re.findall(r"^## (.*)$", doc, flags=re.M)
    assert headings == [
        "What it does",
        "Why it matters",
        "Example",
        "Passes",
        "Options",
        "Known false positives",
    ]
    assert "    Please click\n    here for more." in doc
    assert "More: https://example.org/xs008" in doc
    assert doc.endswith("## Known false positives\nQuoted instructions.")
    assert sample["XS001"].meta.doc.endswith("## Known false positives\nSee the examples.")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Subscribe now", [(1, 1, "promo text 'Subscribe now'")]),
        ("Save money. BUY NOW and save.", [(1, 13, "promo text 'BUY NOW'")]),
        ("Do not buy nowhere.", []),
        ("> Buy now, the sign said.", []),
        (
            "Buy now.\n> buy now\nsubscribe   now",
            [(1, 1, "promo text 'Buy now'"), (3, 1, "promo text 'subscribe now'")],
        ),
    ],
    ids=["whole", "inside-line", "word-bounded", "exception", "several-lines"],
)
def test_line_scope(sample: dict[str, Rule], body: str, expected: Any) -> None:
    assert lint(sample["XS001"], body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Share this:", [(1, 1, "furniture 'Share this:'")]),
        ("  Read more …", [(1, 3, "furniture 'Read more …'")]),
        ("- Share this", [(1, 3, "furniture '- Share this'")]),
        ("Readers share this view.", []),
        ("Read more about it here.", []),
    ],
    ids=["colon", "indent-ellipsis", "bullet", "inside-sentence", "longer-line"],
)
def test_whole_line_scope(sample: dict[str, Rule], body: str, expected: Any) -> None:
    assert lint(sample["XS002"], body) == expected


def test_first_lines_scope(sample: dict[str, Rule]) -> None:
    body = "Title\n\nBreaking:\nText.\nBreaking"
    assert lint(sample["XS003"], body) == [(3, 1, "label 'Breaking' at the top")]
    assert lint(sample["XS003"], "One.\nTwo.\nBreaking") == []


def test_last_lines_scope_anywhere(sample: dict[str, Rule]) -> None:
    assert lint(sample["XS004"], "Agencies said so.\nText, with agencies.") == [
        (2, 12, "credit 'agencies' at the end")
    ]
    assert lint(sample["XS004"], "Agencies said so.\nText.\n\n") == []


def test_required_kind(sample: dict[str, Rule]) -> None:
    assert lint(sample["XS005"], "\nThe council met.\nLONDON") == [
        (2, 1, "no dateline in the first line")
    ]
    assert lint(sample["XS005"], "LONDON - The council met.") == []
    # ignorecase: false
    assert lint(sample["XS005"], "London - The council met.") == [
        (1, 1, "no dateline in the first line")
    ]
    assert lint(sample["XS005"], "") == []


def test_occurrence_max(sample: dict[str, Rule]) -> None:
    body = "Text.\n© 2012 A\nCopyright B\n© C"
    assert lint(sample["XS006"], body) == [(3, 1, "3 copyright notices (max 1)")]
    assert lint(sample["XS006"], "Text.\n© 2012 A") == []


def test_occurrence_min_per_paragraph(sample: dict[str, Rule]) -> None:
    body = "One two three four.\n\nOnly two.\n\nThree more words."
    assert lint(sample["XS007"], body) == [(3, 1, "paragraph has 2 words (min 3)")]


def test_paragraph_scope_matches_across_line_break(sample: dict[str, Rule]) -> None:
    body = "First line of text\nthat goes on.\n\nPlease click\nhere for more."
    assert lint(sample["XS008"], body) == [(4, 8, "call to action 'click here'")]


def test_hit_spans_match_and_fix_deletes_line(sample: dict[str, Rule]) -> None:
    rule = sample["XS001"]
    article = make_article("Text.\nPlease buy now!\nMore.")
    active = ActiveRule(rule, rule.meta.options(), rule.meta.severity)
    (finding,) = lint_article(article, [active])
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (2, 8, 2, 15)
    assert finding.fix == Fix(6, 22, "")


def test_builtin_pack_dir_is_the_source_rules_folder() -> None:
    assert builtin_pack_dir() == Path(__file__).resolve().parent.parent / "rules"
    assert (builtin_pack_dir() / "web_boilerplate.yaml").is_file()


def test_builtin_packs_use_nl_and_are_cached() -> None:
    rules = builtin_pack_rules()
    assert "NL202" in [r.meta.code for r in rules]
    assert all(r.meta.code.startswith("NL") for r in rules)
    assert builtin_pack_rules() is rules


def test_builtin_flag_requires_nl_prefix() -> None:
    with pytest.raises(PackError, match=r"sample\.yaml:\d+: built-in packs use prefix 'NL'"):
        load_pack(SAMPLE, builtin=True)


def test_user_pack_may_not_use_nl(tmp_path: Path) -> None:
    text = (builtin_pack_dir() / "web_boilerplate.yaml").read_text()
    pack = tmp_path / "copy.yaml"
    pack.write_text(text)
    with pytest.raises(PackError, match=r"copy\.yaml:4: prefix 'NL' is reserved"):
        load_pack(pack)
    assert [r.meta.code for r in load_pack(pack, builtin=True)] == ["NL202"]


def test_readme_worked_example_loads_and_behaves(tmp_path: Path) -> None:
    readme = (builtin_pack_dir() / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(pack: .*?)```", readme, flags=re.S)
    assert block is not None
    pack = tmp_path / "house.yaml"
    pack.write_text(block[1], encoding="utf-8")
    (rule,) = load_pack(pack)
    assert (rule.meta.code, rule.meta.origin) == ("CP001", "pack:house-style")
    bad = "The mayor spoke.\n\nSign up for our newsletter to get the day's top stories."
    assert lint(rule, bad) == [
        (3, 1, "newsletter promo 'Sign up for our newsletter' inside the article body")
    ]
    assert lint(rule, "> Sign up for our newsletter, she wrote.") == []
    assert lint(rule, "The council voted in 2019 to stop printing its newsletter.") == []


# --- kind: furniture ---------------------------------------------------------------------

_FURNITURE = """\
pack: furn
prefix: XF
description: Test pack.
rules:
  - code: XF001
    name: sample-furniture
    kind: furniture
    severity: warning
    scope: whole-line
    fix: delete-line
    message: "furniture {match!r}"
    description: Flags interface lines.
    rationale: Buttons are not reporting.
    examples:
      bad: ["Text.\\n\\nMore videos"]
      good: ["Text.\\n\\nShare prices"]
@EXTRA@    vocabulary:
@VOCABULARY@
"""
_VOCABULARY = """\
      max-words: 5
      min-share: 0.75
      words: [share, watch, more, videos, video, alerts, app, sign, up]
      glue: [the, this, for, our, to]
      actions: [sign, watch]
"""


def _furniture_pack(tmp_path: Path, vocabulary: str = _VOCABULARY, extra: str = "") -> Path:
    path = tmp_path / "furn.yaml"
    text = _FURNITURE.replace("@EXTRA@", extra).replace("@VOCABULARY@", vocabulary.rstrip("\n"))
    path.write_text(text)
    return path


@pytest.fixture()
def furniture(tmp_path: Path) -> Rule:
    (rule,) = load_pack(_furniture_pack(tmp_path, extra="    phrases: [leave a comment]\n"))
    return rule


P = "The ferry will run again on Monday.\n\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("More videos", [(3, 1, "furniture 'More videos'")]),
        ("**Watch this video**", [(3, 3, "furniture 'Watch this video'")]),
        ("» Share:", [(3, 3, "furniture 'Share'")]),
        ("Sign up for traffic alerts", [(3, 1, "furniture 'Sign up for traffic alerts'")]),
        ("Leave a comment", [(3, 1, "furniture 'Leave a comment'")]),
        ("Share prices", []),  # half of the words only
        ("Watch the harbour", []),  # an action word, but no interface word at the end
        ("Share this video.", []),  # ends like a sentence
        ('"Share this video"', []),  # a quotation
        ("> Share this video", []),  # a blockquote
        ("The more videos", []),  # starts like a headline or a sentence
        ("Share more videos with us every day", []),  # longer than max-words
        ("Sign up for our daily traffic alerts", []),  # a call to action, too long
    ],
    ids=[
        "share", "emphasis", "lead-and-colon", "call-to-action", "phrase", "half", "no-object",
        "sentence", "quotation", "blockquote", "article", "long", "long-call",
    ],
)  # fmt: skip
def test_furniture_vocabulary(furniture: Rule, line: str, expected: Any) -> None:
    assert lint(furniture, P + line + "\n") == expected


def test_furniture_skips_first_line_and_wrapped_sentences(furniture: Rule) -> None:
    assert lint(furniture, "More videos\n\nText.") == []  # the headline
    assert lint(furniture, "Leave a comment\n\nText.") == [(1, 1, "furniture 'Leave a comment'")]
    wrapped = "Officials asked residents who filmed the storm on their phones to share\nmore videos"
    assert lint(furniture, wrapped) == []
    head = "The council said the harbour would open again in the spring, after\nthe dredging."
    assert lint(furniture, P + "More videos\nsaid the council.") == []  # head of a sentence
    assert lint(furniture, head) == []


def test_furniture_fix_deletes_the_line(furniture: Rule) -> None:
    article = make_article(P + "More videos\n\nEnd.")
    active = ActiveRule(furniture, furniture.meta.options(), furniture.meta.severity)
    (finding,) = lint_article(article, [active])
    assert finding.fix is not None
    assert article.body[: finding.fix.start] + article.body[finding.fix.end :] == P + "End."
    assert furniture.meta.fix_safety == "safe"


def test_furniture_without_phrases_and_doc(tmp_path: Path) -> None:
    (rule,) = load_pack(_furniture_pack(tmp_path))
    assert lint(rule, P + "Watch more videos") == [(3, 1, "furniture 'Watch more videos'")]
    options = rule.meta.doc.split("## Options\n")[1].split("\n\n")[0]
    assert "at most 5 words" in options and "75%" in options and "2 action words" in options


def test_furniture_exceptions_apply(tmp_path: Path) -> None:
    path = _furniture_pack(tmp_path, extra="    exceptions: ['^More']\n")
    (rule,) = load_pack(path)
    assert lint(rule, P + "More videos") == []
    assert lint(rule, P + "Share videos") == [(3, 1, "furniture 'Share videos'")]


@pytest.mark.parametrize(
    ("vocabulary", "extra", "line", "text"),
    [
        (_VOCABULARY.replace("min-share: 0.75", "min-share: 1.5"), "", 19,
         "rule XF001: vocabulary.min-share: Input should be less than or equal to 1"),
        (_VOCABULARY + "      max-word: 3\n", "", 23,
         "rule XF001: unknown key 'max-word' (did you mean 'max-words'?)"),
        (_VOCABULARY.replace("[the,", "[share, the,"), "", 17,
         "rule XF001: vocabulary: words also listed as glue: share"),
        (_VOCABULARY.replace("videos,", "Video Clips,"), "", 20,
         "rule XF001: vocabulary.words[3]: String should match pattern"),
        (_VOCABULARY.replace("      max-words: 5\n", ""), "", 17,
         "rule XF001: missing key 'vocabulary.max-words'"),
        ("", "", 5, "rule XF001: missing key 'vocabulary'"),
        (_VOCABULARY, "    scope: line\n", 16, "rule XF001: scope: a furniture rule judges whole"),
    ],
    ids=["share-above-1", "unknown-key", "glue-overlap", "bad-word", "missing-max", "no-vocab",
         "scope"],
)  # fmt: skip
def test_furniture_validation_is_located(
    tmp_path: Path, vocabulary: str, extra: str, line: int, text: str
) -> None:
    path = _furniture_pack(tmp_path, vocabulary, extra)
    if "scope: line" in extra:
        path.write_text(path.read_text().replace("    scope: whole-line\n", ""))
    if not vocabulary:
        path.write_text(path.read_text().replace("    vocabulary:\n", ""))
    with pytest.raises(PackError) as info:
        load_pack(path)
    messages = str(info.value).splitlines()
    assert any(m.startswith(f"{display_path(path)}:{line}: ") and text in m for m in messages), (
        messages
    )


def test_unknown_kind_lists_furniture(tmp_path: Path) -> None:
    path = _furniture_pack(tmp_path)
    path.write_text(path.read_text().replace("kind: furniture", "kind: furnture"))
    with pytest.raises(PackError, match=r"unknown kind 'furnture' \(did you mean 'furniture'\?\)"):
        load_pack(path)


def test_readme_furniture_example_loads_and_behaves(tmp_path: Path) -> None:
    readme = (builtin_pack_dir() / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, flags=re.S)
    (block,) = [b for b in blocks if "kind: furniture" in b]
    pack = tmp_path / "widgets.yaml"
    pack.write_text("pack: widgets\nprefix: CP\ndescription: x\nrules:\n" + block)
    (rule,) = load_pack(pack)
    assert lint(rule, "Der Hafen ist wieder offen.\n\nJetzt teilen") == [
        (3, 1, "widget line 'Jetzt teilen'")
    ]
    assert lint(rule, "Der Hafen ist wieder offen.\n\nDie Kommentare der Leser") == []


# --- furniture: inflections, platform links, durations -------------------------------------


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("watching", ("watch", "watche")),
        ("copied", ("copy", "copi", "copie")),
        ("replies", ("reply", "repli", "replie")),
        ("shared", ("shar", "share")),
        ("logging", ("logg", "logge", "log")),
        ("links", ("link", "linke")),
        ("calls", ("call", "calle")),  # a final "ll" is not undoubled
        ("news", ()),  # four letters or fewer: left alone
    ],
)
def test_base_forms(word: str, forms: tuple[str, ...]) -> None:
    from newslint.pack_match import base_forms

    assert base_forms(word) == forms


_INFLECTING = _VOCABULARY + "      inflections: true\n      platform-verbs: [share, listen]\n"


@pytest.fixture()
def inflecting(tmp_path: Path) -> Rule:
    (rule,) = load_pack(_furniture_pack(tmp_path, _INFLECTING))
    return rule


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("More videos shared", [(3, 1, "furniture 'More videos shared'")]),
        ("Watch the harbour videos", [(3, 1, "furniture 'Watch the harbour videos'")]),
        ("Watching more", [(3, 1, "furniture 'Watching more'")]),
        ("Share on Bluesky", [(3, 1, "furniture 'Share on Bluesky'")]),
        ("Listen via Harbour Radio", [(3, 1, "furniture 'Listen via Harbour Radio'")]),
        ("Share this on Bluesky", [(3, 1, "furniture 'Share this on Bluesky'")]),
        ("Watch video (3 min)", [(3, 1, "furniture 'Watch video (3 min)'")]),
        ("Sharing", []),  # an inflected form alone: no listed word beside it
        ("Watching the harbour", []),
        ("Share on Sunday", []),  # a weekday is not a platform
        ("Share on the quay", []),  # lower case: not a name
        ("Vote on Brexit", []),  # not a platform verb
    ],
    ids=[
        "inflected-next-to-listed", "call-to-action", "inflected-action", "platform",
        "platform-two-words", "glue-before-on", "duration", "inflected-alone",
        "inflected-call", "weekday", "lower-case", "other-verb",
    ],
)  # fmt: skip
def test_furniture_inflections_and_platforms(inflecting: Rule, line: str, expected: Any) -> None:
    assert lint(inflecting, P + line + "\n") == expected


def test_furniture_inflections_are_off_by_default(furniture: Rule) -> None:
    assert lint(furniture, P + "More videos shared\n") == []
    assert lint(furniture, P + "Share on Bluesky\n") == []


def test_furniture_doc_mentions_inflections_and_platforms(inflecting: Rule) -> None:
    options = inflecting.meta.doc.split("## Options\n")[1].split("\n\n")[0]
    assert "Inflected forms" in options and "platform link" in options


def test_furniture_platform_verbs_may_not_be_glue(tmp_path: Path) -> None:
    vocabulary = _VOCABULARY + "      platform-verbs: [share, the]\n"
    with pytest.raises(PackError, match="platform-verbs also listed as glue: the"):
        load_pack(_furniture_pack(tmp_path, vocabulary))


# --- whole lines: phrases looked up by their words (after held-out batch K) ---------------

_PHRASES = (
    "share this", "leave a comment", "already a subscriber? log in", "required fields are marked *",
    "e-mail", "most read", "Print",
)  # fmt: skip
_PATTERNS = (r"\d+ comments?", r"skip (?:the )?ad")


@pytest.mark.parametrize("flags", [re.IGNORECASE, 0], ids=["ignorecase", "case"])
@pytest.mark.parametrize(
    "line",
    [
        "Share this", "share this:", "» Share this", "**Share   this**", "Share\tthis.",
        "Share\xa0this", "- Leave a comment -", "Already a subscriber? Log in", "Print",
        "print", "Required fields are marked *", "Required fields are marked", "E-mail",
        "— Most read …", "#Most read", "Most read #", ":Most read", "Share this •",
        "Share this article", "Readers share this view.", "3 comments", "Skip ad", "", "   ",
        "Most    read" + " " * 400, "Share" + " " * 300 + "this",
    ],
)  # fmt: skip
def test_whole_line_phrase_lookup_matches_the_regex(line: str, flags: int) -> None:
    """The phrase set finds the same whole lines, with the same spans, as the alternation of
    every phrase and pattern did (the lines with hundreds of spaces between a phrase's words,
    longer than four times the longest phrase, are prose)."""
    from newslint.pack_match import _LEAD, _TRAIL, Matcher, alternation

    matcher = Matcher.build(_PHRASES, _PATTERNS, (), flags)
    old = re.compile(rf"{_LEAD}(?P<m>{alternation(_PHRASES, _PATTERNS)}){_TRAIL}", flags)
    found = old.fullmatch(line)
    expected = (found.start("m"), found.end("m")) if found else None
    if "Share" + " " * 300 in line:
        expected = None
    assert matcher.whole_span(line) == expected


_ROWS = (
    _VOCABULARY.replace("sign, up]", "sign, up, play, episode, download]") + "      rows: true\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Play episode   Download", [(3, 1, "furniture 'Play episode Download'")]),
        ("Play episode\tDownload\tShare", [(3, 1, "furniture 'Play episode Download Share'")]),
        ("Play episode   1.5x   Download", [(3, 1, "furniture 'Play episode 1.5x Download'")]),
        ("Harbour tales   38 min", []),  # one item and a duration: not a row
        ("Share  prices rose", []),  # two spaces in a sentence
        ("The ferry  will run", []),
    ],
    ids=["spaces", "tabs", "playback-speed", "one-item", "typo-sentence", "typo-article"],
)
def test_furniture_rows_joined_by_runs_of_spaces(tmp_path: Path, line: str, expected: Any) -> None:
    (rule,) = load_pack(_furniture_pack(tmp_path, _ROWS))
    assert lint(rule, P + line + "\n") == expected
