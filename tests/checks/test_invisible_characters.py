"""Unit tests of NL404 invisible-characters."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from newslint.checks.invisible_characters import InvisibleCharactersOptions
from tests.conftest import lint_text, positions


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param("Mon\u200bday\n", [("NL404", 1, 4)], id="zwsp-in-word"),
        pytest.param(
            "re\u00adsume and wa\u2060ter\n", [("NL404", 1, 3), ("NL404", 1, 15)], id="two"
        ),
        pytest.param("\ufeffStart\nmid\ufeffword\n", [("NL404", 2, 4)], id="bom-inside-text"),
        pytest.param("Ok.\nCaf\ufffd au lait\n", [("NL404", 2, 4)], id="replacement-char"),
        pytest.param("a\x00\x01b c\x1bd\n", [("NL404", 1, 2), ("NL404", 1, 7)], id="c0-controls"),
        pytest.param("tab\tkept\n", [], id="tab-is-fine"),
        pytest.param("page\x0cbreak\n", [("NL404", 1, 5)], id="form-feed"),
        pytest.param("x\x85y \x9d\n", [("NL404", 1, 2), ("NL404", 1, 5)], id="c1-controls"),
        pytest.param("donâ\x80\x99t\n", [], id="c1-in-mojibake-is-nl403s"),
        pytest.param("“okâ€\x9d he\n", [], id="c1-after-cp1252-mojibake"),
        pytest.param("\u200b\u200bLead\n", [("NL404", 1, 1)], id="one-finding-per-run"),
        pytest.param("ok\u200dno\n", [("NL404", 1, 3)], id="zwj-between-latin"),
        pytest.param("👩\u200d💻 and ❤\ufe0f\u200d🔥\n", [], id="zwj-in-emoji"),
        pytest.param("می\u200cخواهم\n", [], id="zwnj-persian"),
        pytest.param("क्\u200dष and क\u200cष\n", [], id="zwj-zwnj-devanagari"),
        pytest.param("Auf\u200clage\n", [("NL404", 1, 4)], id="zwnj-latin"),
        pytest.param("ภาษา\u200bไทย\n", [], id="zwsp-thai-word-break"),
        pytest.param("שלום \u200f world\n", [], id="rlm-in-rtl-line"),
        pytest.param("hello \u200f world\n", [("NL404", 1, 7)], id="rlm-in-latin-line"),
        pytest.param("a\u202eb\u202c\n", [("NL404", 1, 2), ("NL404", 1, 4)], id="bidi-override"),
        pytest.param("Café — “quoted” text\u00a0here\n", [], id="visible-non-ascii"),
    ],
)
def test_invisible_characters(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL404")) == expected


@pytest.mark.parametrize(
    ("body", "message"),
    [
        pytest.param("Mon\u200bday", "U+200B ZERO WIDTH SPACE inside a word", id="inside"),
        pytest.param("\u200bLead", "U+200B ZERO WIDTH SPACE at the start of a line", id="start"),
        pytest.param("End\u2060", "U+2060 WORD JOINER at the end of a line", id="end"),
        pytest.param("a \u00ad b", "U+00AD SOFT HYPHEN between words", id="between"),
        pytest.param("a\x00\x00b", "U+0000 NULL ×2 inside a word", id="count"),
        pytest.param(
            "a\u200b\u200cb",
            "U+200B ZERO WIDTH SPACE, U+200C ZERO WIDTH NON-JOINER inside a word",
            id="two-code-points",
        ),
        pytest.param("a\x01b", "U+0001 CONTROL CHARACTER inside a word", id="unnamed-control"),
    ],
)
def test_message_names_code_points_and_place(body: str, message: str) -> None:
    (finding,) = lint_text(body, "NL404")
    assert finding.message == message


@pytest.mark.parametrize(
    ("body", "fixed"),
    [
        pytest.param("Mon\u200b\u200bday\n", "Monday\n", id="remove-run"),
        pytest.param("re\u00adsume\n", "resume\n", id="soft-hyphen"),
        pytest.param("page\x0bbreak\n", "page break\n", id="separator-becomes-space"),
        pytest.param("page \x0c break\n", "page  break\n", id="separator-next-to-space"),
    ],
)
def test_fix(body: str, fixed: str) -> None:
    (finding,) = lint_text(body, "NL404")
    fix = finding.fix
    assert fix is not None and fix.safe
    assert body[: fix.start] + fix.replacement + body[fix.end :] == fixed


def test_replacement_character_has_no_fix() -> None:
    (finding,) = lint_text("Caf\ufffd\n", "NL404")
    assert finding.fix is None


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        pytest.param({}, [("NL404", 1, 3), ("NL404", 1, 12)], id="default"),
        pytest.param({"allow": ["U+00AD"]}, [("NL404", 1, 12)], id="allow-soft-hyphen"),
        pytest.param({"allow": ["U+00ad", "U+200B"]}, [], id="allow-both-any-case"),
    ],
)
def test_allow_option(options: dict[str, Any], expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text("re\u00adsume Mon\u200bday\n", "NL404", options)) == expected


@pytest.mark.parametrize("bad", ["00AD", "U+AD", "U+XYZW", "soft hyphen"])
def test_allow_option_is_validated(bad: str) -> None:
    with pytest.raises(ValidationError):
        InvisibleCharactersOptions(allow=[bad])
