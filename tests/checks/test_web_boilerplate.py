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


#: Forms added after held-out batch G (written for these tests, not taken from the batch).
@pytest.mark.parametrize(
    ("line", "column"),
    [
        # e-mail prompts and sign-up confirmations
        pytest.param("Type your e-mail here", 1, id="type-email"),
        pytest.param("Please enter a valid email address.", 1, id="valid-email"),
        pytest.param("Email address*", 1, id="email-field"),
        pytest.param("Thank you for subscribing! Check your inbox to confirm.", 1, id="thanks"),
        pytest.param("You're now signed up to the morning briefing.", 1, id="signed-up"),
        pytest.param("Almost done! Please confirm your email address", 1, id="confirm-email"),
        # player errors
        pytest.param("Sorry, this clip could not be loaded. Please try again later.", 1, id="clip"),
        pytest.param("Media playback is unsupported on your device", 1, id="playback"),
        pytest.param("An error occurred while loading the video.", 1, id="error-loading"),
        # metered paywalls
        pytest.param("You've used up your monthly allowance of free stories.", 1, id="allowance"),
        pytest.param("You have read 3 of 5 free articles this month", 1, id="read-3-of-5"),
        pytest.param("- You have 2 free stories left this month", 3, id="stories-left"),
        pytest.param("This is your last free article this month", 1, id="last-free"),
        # feedback widgets
        pytest.param("Did you find this story useful?", 1, id="useful"),
        pytest.param("Is this page helpful? Yes No", 1, id="helpful-yes-no"),
        pytest.param("How would you rate this guide?", 1, id="rate"),
        # keyboard-shortcut help
        pytest.param("Type ? to see all keyboard shortcuts", 1, id="shortcuts"),
        pytest.param("Use the arrow keys to navigate the gallery", 1, id="arrow-keys"),
        pytest.param("Press Esc to close", 1, id="press-esc"),
        # messaging-app channels
        pytest.param("Join our WhatsApp channel for breaking news", 1, id="whatsapp"),
        pytest.param("Get the latest updates on Telegram", 1, id="telegram"),
        pytest.param("Stay informed: follow us on Signal", 1, id="signal"),
        # consent banner headings
        pytest.param("We care about your privacy", 1, id="privacy-heading"),
    ],
)
def test_round_g_forms_fire(line: str, column: int) -> None:
    assert positions(lint_text(P + line + "\n", "NL202")) == [("NL202", 2, column)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Users had to enter their email address to claim the refund, the regulator said.",
            id="email-prose",
        ),
        pytest.param("Thanks for signing up, the coach told the new players.", id="thanks-said"),
        pytest.param("The video cannot be played in court, the judge ruled.", id="video-court"),
        pytest.param("You have reached your limit, the referee told him.", id="limit-said"),
        pytest.param("Was this policy helpful? Economists are divided.", id="policy-helpful"),
        pytest.param("Use the arrow keys to steer the drone, the instructor said.", id="arrows"),
        pytest.param(
            "Press the button to access a list of options, the manual says.", id="press-button"
        ),
        pytest.param(
            "Protesters used a Telegram channel to organise the march, police said.", id="tg"
        ),
        pytest.param("Join the WhatsApp group for parents, the school told families.", id="wa"),
        pytest.param("We value your privacy, the company told customers.", id="privacy-said"),
        pytest.param("Thank you for joining us, the mayor told the crowd.", id="thank-joining"),
    ],
)
def test_round_g_near_misses_are_quiet(line: str) -> None:
    assert lint_text(P + line + "\n", "NL202") == []


#: Subscriber-only notices and app promotions (written for these tests; after held-out batch
#: H, none of its lines).
@pytest.mark.parametrize(
    ("line", "column"),
    [
        pytest.param(
            "This video is available to members only. Join today to keep watching",
            1,
            id="available-to-subscribers",
        ),
        pytest.param("This article is for paying subscribers only", 1, id="for-subscribers"),
        pytest.param(
            "The rest of this article is exclusive to members. Subscribe now for full access",
            1,
            id="rest-exclusive",
        ),
        pytest.param("This video is available for registered users only.", 1, id="registered"),
        pytest.param("Only subscribers can read this article.", 1, id="only-subscribers-can"),
        pytest.param(
            "You need a digital subscription to read this story. Subscribe today",
            1,
            id="need-subscription",
        ),
        pytest.param("Get the Lakeside Echo app", 1, id="get-outlet-app"),
        pytest.param(
            "Download our free app for breaking news, weather and traffic", 1, id="free-app"
        ),
        pytest.param(
            "* Install the Harbour Radio app for live updates wherever you are",
            3,
            id="install-app",
        ),
        pytest.param("Get push notifications from the Valley Post app", 1, id="alerts-on-app"),
        pytest.param("Get it on Google Play", 1, id="store-badge"),
        pytest.param("Available on the App Store and Google Play", 1, id="both-stores"),
    ],
)
def test_subscriber_notices_and_app_promotions_fire(line: str, column: int) -> None:
    assert positions(lint_text(P + line + "\n", "NL202")) == [("NL202", 2, column)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "The report is only available to subscribers of the journal, the authors said.",
            id="journal-subscribers",
        ),
        pytest.param(
            "This content is only available to subscribers, the company confirmed.", id="said"
        ),
        pytest.param("Only members can vote on the plan, the club said.", id="members-vote"),
        pytest.param("You need a subscription to watch the match, the league said.", id="match"),
        pytest.param("This section is for members of the public who lost homes.", id="public"),
        pytest.param("Subscribers can read this article in print on Sunday.", id="in-print"),
        pytest.param("Get the app right, and users will follow.", id="get-app-right"),
        pytest.param("The game is available on the App Store.", id="game-in-store"),
        pytest.param("Get push notifications on your phone, the agency advised.", id="alerts"),
    ],
)
def test_subscriber_notice_and_app_near_misses_are_quiet(line: str) -> None:
    assert lint_text(P + line + "\n", "NL202") == []


@pytest.mark.parametrize(
    ("line", "column"),
    [
        pytest.param("Load more updates", 1, id="pager"),
        pytest.param("Show 5 older posts", 1, id="pager-count"),
        pytest.param(
            "Share story | Print page | Reduce text size | Enlarge text size", 1, id="tool-row"
        ),
        pytest.param("Email this article · Print · A+ · A-", 1, id="tool-row-dots"),
        pytest.param("Increase font size", 1, id="font-size"),
        pytest.param("RELATED: Port expansion wins final approval", 1, id="related-teaser"),
        pytest.param("See also: Ferry timetable changes", 1, id="see-also-teaser"),
        pytest.param(
            "Get the week's biggest stories delivered to your inbox. Subscribe today.",
            1,
            id="inbox-sign-up",
        ),
        pytest.param(
            "Support independent journalism. Become a member of Harbour FM today.",
            1,
            id="support-appeal",
        ),
        pytest.param(
            "Download the WXYZ 7 Action News app for breaking news alerts.", 1, id="app-digit"
        ),
        pytest.param("Stocks: FTSE ▲ Dow ▼ | Weather: Leeds 12°C", 1, id="ticker-strip"),
    ],
)
def test_tool_rows_teasers_appeals_and_strips_fire(line: str, column: int) -> None:
    assert positions(lint_text(P + line + "\n", "NL202")) == [("NL202", 2, column)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Related: the two cases share a defendant, prosecutors said.", id="related"),
        pytest.param("See also: the audit office report, published in May.", id="see-also"),
        pytest.param(
            "Readers can see more updates on the council website, the mayor said.", id="updates"
        ),
        pytest.param(
            "Support local journalism, the senator urged, calling papers vital.", id="support"
        ),
        pytest.param("Markets: shares fell 2% on Tuesday.", id="markets-fact"),
        pytest.param("Weather: Sunny, 24°C | Wind: light", id="weather-fact"),
        pytest.param("The chain said it would print more stories in colour.", id="print"),
        pytest.param("Staff were told to increase font size on all signs.", id="font-sentence"),
    ],
)
def test_tool_row_teaser_appeal_and_strip_near_misses_are_quiet(line: str) -> None:
    assert lint_text(P + line + "\n", "NL202") == []


#: Rows of widget items, every item furniture by itself, and newsletter deliveries (written
#: for these tests; after held-out batch J, none of its lines).
@pytest.mark.parametrize(
    ("line", "column"),
    [
        pytest.param("Save article · Gift this article · Listen", 1, id="row-pipe"),
        pytest.param("Send via: WhatsApp Telegram Email", 1, id="row-label-platforms"),
        pytest.param("Share: Facebook | X | WhatsApp | Copy link", 1, id="row-label-pipes"),
        pytest.param("Read in the app – Continue in browser", 1, id="row-dash-app"),
        pytest.param("Save | Share | Comments", 1, id="row-tools"),
        pytest.param("Bookmark / Print / Email", 1, id="row-slashes"),
        pytest.param(
            "Subscribe to Quay Weekly, our free newsletter, landing in your inbox each Monday",
            1,
            id="newsletter-name-delivery",
        ),
        pytest.param("Get Harbour Notes delivered to your inbox", 1, id="get-newsletter"),
        pytest.param(
            "Subscribe to Quay Weekly, our free newsletter, delivered straight to your inbox "
            "each Monday",
            1,
            id="newsletter-apposition",
        ),
    ],
)
def test_rows_and_newsletter_deliveries_fire(line: str, column: int) -> None:
    assert positions(lint_text(P + line + "\n", "NL202")) == [("NL202", 2, column)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Watch: The mayor opens the bridge", id="label-headline"),
        pytest.param("Follow the money | Read the report", id="row-with-text"),
        pytest.param("Video: Share prices fall", id="label-share-prices"),
        pytest.param("Shares | Bonds | Gold", id="market-labels"),
        pytest.param("Print | Email the mayor about it.", id="row-ends-sentence"),
        pytest.param("Get ready: the storm arrives tonight", id="get-ready"),
        pytest.param("Sign up for the fun run, sent to residents by post.", id="sent-by-post"),
        pytest.param(
            "Readers can subscribe to Quay Weekly, which lands in their inbox on Mondays.",
            id="readers-can",
        ),
        pytest.param(
            "Subscribe to Medicare, sent to your inbox, the agency said, is a scam.",
            id="delivery-said",
        ),
    ],
)
def test_row_and_newsletter_near_misses_are_quiet(line: str) -> None:
    assert lint_text(P + line + "\n", "NL202") == []


#: Cookie notices naming the site's partners, comment-moderation notices, display toolbars,
#: rows of player and live-blog controls joined by runs of spaces, teaser headings with a
#: name, app interstitials, notes on AI-read audio, appeals to give, newsletters from an
#: outlet (written for these tests; after held-out batch K, none of its lines).
@pytest.mark.parametrize(
    ("line", "column"),
    [
        pytest.param(
            "We and our 80 partners store cookies on your device to measure ads. Accept all",
            1,
            id="partners-cookies",
        ),
        pytest.param(
            "This site and its advertising partners set cookies to show you relevant ads.",
            1,
            id="site-and-partners",
        ),
        pytest.param(
            "All comments are pre-moderated and may take a few hours to show up. Be kind.",
            1,
            id="pre-moderated",
        ),
        pytest.param("Comments are reviewed before they appear", 1, id="reviewed-before"),
        pytest.param("Please keep comments respectful and on topic.", 1, id="keep-respectful"),
        pytest.param("Your comment is awaiting moderation.", 1, id="awaiting-moderation"),
        pytest.param("Display: Dark mode | Bigger font | Reset", 1, id="display-toolbar"),
        pytest.param("Accessibility: Grayscale · Readable font · Reset", 1, id="a11y-toolbar"),
        pytest.param("▶ Play episode   1.5x   Download   Share", 1, id="player-row-spaces"),
        pytest.param("Pinned · Autoplay is off · Oldest first", 1, id="live-blog-row"),
        pytest.param("Share via: Viber | WeChat | Copy link", 1, id="share-row-messengers"),
        pytest.param("MORE FROM THE LAKESIDE ECHO", 1, id="more-from-capitals"),
        pytest.param("More stories by Ana Ruiz", 1, id="more-by-writer"),
        pytest.param(
            "Continue in the Quay Daily app for the best reading experience   Not now",
            1,
            id="app-interstitial",
        ),
        pytest.param("Listen to this article - narrated by an AI voice", 1, id="ai-narrated"),
        pytest.param("This article is voiced by AI", 1, id="article-voiced"),
        pytest.param("Donate now and help keep the Harbour Echo independent", 1, id="donate"),
        pytest.param(
            "Become a member today to help fund local reporting in the valley", 1, id="member"
        ),
        pytest.param(
            "Get Tidewatch from the Harbour Echo in your inbox on Fridays (it's free)",
            1,
            id="newsletter-from-outlet",
        ),
    ],
)
def test_round_k_forms_fire(line: str, column: int) -> None:
    assert positions(lint_text(P + line + "\n", "NL202")) == [("NL202", 2, column)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "We and our partners use data to improve services, the company said.", id="partners"
        ),
        pytest.param(
            "Comments are reviewed before publication by the editors, he said.", id="reviewed"
        ),
        pytest.param("Comments are moderated by volunteers.", id="moderated-by"),
        pytest.param("All comments are pre-moderated, the forum's owner said.", id="pre-said"),
        pytest.param("Please keep it civil, the judge told the lawyers.", id="keep-civil-said"),
        pytest.param("Display: 6.1-inch OLED | 120Hz refresh rate", id="phone-display"),
        pytest.param("Reading: Sunday's budget | Text of the speech in full", id="reading-list"),
        pytest.param("More than 200 people attended the meeting", id="more-than"),
        pytest.param("More from the minister later", id="more-from-lower-case"),
        pytest.param("Donate today and help keep the food bank open", id="food-bank"),
        pytest.param("Donate now to support the newspaper's appeal, the mayor said.", id="said"),
        pytest.param("Give blood and help save lives", id="give-blood"),
        pytest.param("Share  prices rose on Friday", id="typo-double-space"),
        pytest.param("Open in the evening for a better experience", id="open-evening"),
        pytest.param("Listen to this story, she said.", id="listen-said"),
        pytest.param("Pinned to the wall", id="pinned-sentence"),
    ],
)
def test_round_k_near_misses_are_quiet(line: str) -> None:
    assert lint_text(P + line + "\n", "NL202") == []
