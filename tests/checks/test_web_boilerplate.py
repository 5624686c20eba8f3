"""Unit tests of NL202 web-boilerplate (the built-in pack rules/web_boilerplate.yaml): exact
positions of the general forms added after held-out batch F, and reporting sentences near
them that must stay quiet. (Every example of the pack itself runs in test_pack_examples.py.)"""

from __future__ import annotations

import pytest

from tests.conftest import lint_text, positions

P = "The harbour will reopen on Monday, the port authority said.\n"


@pytest.mark.parametrize(
    ("line", "column"),
    [
        # content-recommendation widgets named after their vendor
        pytest.param("Promoted links by Taboola", 1, id="vendor-links"),
        pytest.param("More stories from around the web via Outbrain", 1, id="vendor-via"),
        pytest.param("Suggested by Revcontent", 1, id="vendor-vocabulary"),
        # read-later lists
        pytest.param("Add to my list", 1, id="add-to-list"),
        pytest.param("Save this story to your bookmarks", 1, id="save-to-bookmarks"),
        pytest.param("- Remove from reading list", 3, id="remove-bulleted"),
        # player fallback text
        pytest.param("Your web browser cannot play this audio.", 1, id="browser-audio"),
        pytest.param("This browser does not support HTML5 video", 1, id="browser-html5"),
        # account walls with more than one account action
        pytest.param("Sign up or log in to continue", 1, id="sign-up-or-log-in"),
        pytest.param("Register / Subscribe to keep reading", 1, id="register-slash"),
        pytest.param("Log in to access this content", 1, id="access-content"),
        # blog subscription boxes
        pytest.param("Notify me of replies via email", 1, id="notify-replies"),
        pytest.param("Email me when there are new posts", 1, id="email-me-when"),
    ],
)
def test_round_f_forms_fire(line: str, column: int) -> None:
    assert positions(lint_text(P + line + "\n", "NL202")) == [("NL202", 2, column)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("The tool was recommended by Outbrain staff, the lawsuit says.", id="vendor"),
        pytest.param("Teachers add the novel to the list of set books every year.", id="add-to"),
        pytest.param("Save the harbour: residents rally", id="save-headline"),
        pytest.param(
            "Your browser does not support older formats, the company warned.", id="browser"
        ),
        pytest.param(
            "Users had to log in or create an account to continue using it, regulators found.",
            id="account-wall-in-prose",
        ),
        pytest.param("Notify me of any changes, the judge told the lawyers.", id="notify-me"),
        pytest.param("Email me about it later, she said.", id="email-me-said"),
    ],
)
def test_round_f_near_misses_are_quiet(line: str) -> None:
    assert lint_text(P + line + "\n", "NL202") == []
