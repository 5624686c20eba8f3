"""Unit tests of NL101 copyright-year-mismatch."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.conftest import lint_text, positions

APRIL_2019 = {"date": dt.date(2019, 4, 19)}


@pytest.mark.parametrize(
    ("body", "kwargs", "expected"),
    [
        pytest.param(
            "Talks opened.\nCopyright © 2012 Example News. All Rights Reserved.\n",
            APRIL_2019,
            [("NL101", 2, 13)],
            id="metadata-older",
        ),
        pytest.param(
            "Talks opened.\n(c) 2018 Example News\n", APRIL_2019, [("NL101", 2, 5)], id="c-paren"
        ),
        pytest.param(
            "Talks opened.\n© 2012-2018 Example News\n",
            APRIL_2019,
            [("NL101", 2, 8)],
            id="range-last-year",
        ),
        pytest.param(
            "Talks opened.\n© 2012-19 Example News\n", APRIL_2019, [], id="range-two-digit-ok"
        ),
        pytest.param(
            "Talks opened.\nCopyright 2019 Example News\n", APRIL_2019, [], id="same-year"
        ),
        pytest.param(
            "Talks opened.\nCopyright 2020 Example News\n", APRIL_2019, [], id="one-year-lag-ok"
        ),
        pytest.param(
            "Talks opened.\nCopyright 2024 Example News\n",
            APRIL_2019,
            [("NL101", 2, 11)],
            id="too-new",
        ),
        pytest.param(
            "Talks opened.\n© Example News 2012\n",
            APRIL_2019,
            [("NL101", 2, 16)],
            id="holder-first",
        ),
        pytest.param(
            "Published: Sat, May 06, 2017\nTalks opened.\n© 2015 Example News\n",
            {},
            [("NL101", 3, 3)],
            id="published-header",
        ),
        pytest.param(
            "LONDON, April 19, 2019 (Reuters) - Talks opened.\n© 2015 Example News\n",
            {},
            [("NL101", 2, 3)],
            id="dateline-year",
        ),
        pytest.param(
            "Russia intervened in 2015 and the war began in 2011.\n© 2012 Example News\n",
            {},
            [("NL101", 2, 3)],
            id="body-years",
        ),
        pytest.param(
            "Russia intervened in 2011.\n© 2012 Example News\n", {}, [], id="body-years-older"
        ),
        pytest.param(
            "The city aims to be carbon neutral by 2030.\n© 2012 Example News\n",
            {},
            [],
            id="future-year-ignored",
        ),
        pytest.param(
            "Some 2000 troops arrived.\n© 1999 Example News\n", {}, [], id="quantity-ignored"
        ),
        pytest.param(
            "Talks opened in 2016.\nPhoto: © 2012 Jane Doe/Example Agency\n",
            {},
            [],
            id="photo-credit-ignored",
        ),
        pytest.param(
            "The court applied the Copyright Act 1976 to the songs written in the 1980s and "
            "ruled in 2016 that the band owed nothing to the label.\n",
            {},
            [],
            id="copyright-act-in-prose",
        ),
        pytest.param(
            "He listed (a) 2014 and (c) 2018 as the years of the worst floods the town has seen "
            "since records began in 1900 and said more were likely.\n",
            APRIL_2019,
            [],
            id="c-in-prose-list",
        ),
        pytest.param(
            "Talks opened.\nContent copyright 2015 Example Media\n",
            APRIL_2019,
            [("NL101", 2, 19)],
            id="lower-case-content-copyright",
        ),
        pytest.param(
            "Talks opened.\ncopyright 2015\n", APRIL_2019, [("NL101", 2, 11)], id="lower-case-bare"
        ),
        pytest.param(
            "Talks opened.\nAll content copyright © 2016 Example Media. All rights reserved.\n",
            APRIL_2019,
            [("NL101", 2, 25)],
            id="lower-case-with-symbol",
        ),
        pytest.param(
            "Talks opened in 2016.\nText and images copyright (c) 2012-2014 Example Media\n",
            {},
            [],
            id="lower-case-ignored-on-photo-line",
        ),
        pytest.param(
            "Talks opened in 2016.\ncontent copyright 2012-2014 Example Media Group\n",
            {},
            [("NL101", 2, 24)],
            id="lower-case-range-body-years",
        ),
        pytest.param(
            "Talks opened.\nContent copyright 2019 Example Media\n",
            APRIL_2019,
            [],
            id="lower-case-same-year",
        ),
        pytest.param(
            "The band said the copyright expired in 2012.\n", APRIL_2019, [], id="copyright-expired"
        ),
        pytest.param(
            "Lawyers cited a copyright lawsuit filed in 2012 against the publisher.\n",
            APRIL_2019,
            [],
            id="copyright-lawsuit",
        ),
        pytest.param(
            "Talks opened.\nThe copyright of 2012 recordings passed to the estate.\n",
            APRIL_2019,
            [],
            id="copyright-of-year",
        ),
        pytest.param(
            "The archive said its copyright 2012 stamp was added later by mistake, according to "
            "the lawyers who represent the family of the late photographer in the case.\n",
            APRIL_2019,
            [],
            id="lower-case-in-a-long-sentence",
        ),
        pytest.param(
            "Talks opened.\nThe songs were copyrighted 2012 by the label.\n",
            APRIL_2019,
            [],
            id="copyrighted-verb",
        ),
        pytest.param(
            "Talks opened.\n2012 © Example News\n", APRIL_2019, [("NL101", 2, 1)], id="year-first"
        ),
        pytest.param(
            "Talks opened.\n2010–2015 (c) Example News Group. All rights reserved.\n",
            APRIL_2019,
            [("NL101", 2, 6)],
            id="year-range-first",
        ),
        pytest.param(
            "Talks opened.\nAbout | Contact | 2016 © Example News\n",
            APRIL_2019,
            [("NL101", 2, 19)],
            id="year-first-after-separator",
        ),
        pytest.param(
            "Talks opened.\n2019 © Example News\n", APRIL_2019, [], id="year-first-same-year"
        ),
        pytest.param(
            "Talks opened.\nIn 2012 © marks began to appear on the town's shop signs.\n",
            APRIL_2019,
            [],
            id="year-before-mark-in-prose",
        ),
        pytest.param(
            "Talks opened.\n2012 (c) and (d) of the treaty were amended after a long dispute "
            "between the two governments over fishing rights and the border, officials said.\n",
            APRIL_2019,
            [],
            id="year-first-long-sentence",
        ),
        pytest.param(
            "Talks opened in 2016.\n2012 © Jane Doe/Example Pictures\n",
            {},
            [],
            id="year-first-photo-credit",
        ),
        pytest.param("Talks opened.\n", APRIL_2019, [], id="no-notice"),
        pytest.param(
            "Talks opened.\n© 2005–present Example News\n", APRIL_2019, [], id="open-range"
        ),
    ],
)
def test_copyright_year_mismatch(
    body: str, kwargs: dict[str, Any], expected: list[tuple[str, int, int]]
) -> None:
    assert positions(lint_text(body, "NL101", **kwargs)) == expected


@pytest.mark.parametrize(
    ("body", "kwargs", "message"),
    [
        pytest.param(
            "Talks opened.\nCopyright © 2012 Example News.\n",
            APRIL_2019,
            "copyright year 2012 is older than the article date 2019-04-19 (from metadata)",
            id="metadata",
        ),
        pytest.param(
            "Published: Sat, May 06, 2017\nTalks opened.\n© 2015 Example News\n",
            {},
            "copyright year 2015 is older than the article date 2017-05-06 "
            "(from 'Published' header, line 1)",
            id="header",
        ),
        pytest.param(
            "Talks opened.\nCopyright 2024 Example News\n",
            APRIL_2019,
            "copyright year 2024 is more than 1 year newer than the article date 2019-04-19 "
            "(from metadata)",
            id="too-new",
        ),
        pytest.param(
            "Russia intervened in 2015.\n\n© 2012 Example News\n",
            {"body_line_offset": 4},
            "copyright year 2012 is older than the latest year the body reports events in "
            "(2015, line 5)",
            id="body-years-file-line",
        ),
    ],
)
def test_messages(body: str, kwargs: dict[str, Any], message: str) -> None:
    (finding,) = lint_text(body, "NL101", **kwargs)
    assert finding.message == message


def test_max_lag_years_option() -> None:
    body = "Talks opened.\nCopyright 2024 Example News\n"
    assert positions(lint_text(body, "NL101", {"max_lag_years": 5}, **APRIL_2019)) == []
    assert positions(lint_text(body, "NL101", {"max_lag_years": 4}, **APRIL_2019)) == [
        ("NL101", 2, 11)
    ]
    body = "Talks opened.\nCopyright 2020 Example News\n"
    assert positions(lint_text(body, "NL101", {"max_lag_years": 0}, **APRIL_2019)) == [
        ("NL101", 2, 11)
    ]


def test_use_body_years_option() -> None:
    body = "Russia intervened in 2015.\n© 2012 Example News\n"
    assert positions(lint_text(body, "NL101", {"use_body_years": False})) == []


#: A doubled mark in either order and long notices that reserve the site's rights (written
#: for these tests; after held-out batch J, none of its lines).
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Talks opened.\n(c) Copyright 2014 Example Radio\n",
            [("NL101", 2, 15)],
            id="c-then-copyright",
        ),
        pytest.param(
            "Talks opened.\n© Copyright 2013 Quayside Observer Group; the copying of any page "
            "of our site for commercial use needs our express permission\n",
            [("NL101", 2, 13)],
            id="sign-then-copyright-long",
        ),
        pytest.param(
            "Talks opened.\nAll site content copyright © 2012 Harbourside Media; no reuse, "
            "syndication or archiving of any part of it without our written consent.\n",
            [("NL101", 2, 30)],
            id="own-content-lower-case-long",
        ),
        pytest.param(
            "Talks opened.\nText and design copyright (c) 2011 Harbourside Media Ltd, and no "
            "part may be republished without prior permission.\n",
            [("NL101", 2, 31)],
            id="text-and-design",
        ),
        # near misses: long sentences of a story about rights, with the same words
        pytest.param(
            "Talks opened.\nThe songs are copyright 1998 and may not be used without permission "
            "from the band's estate or its lawyers.\n",
            [],
            id="songs-are-copyright",
        ),
        pytest.param(
            "Talks opened.\nThe museum's collection is copyright 2012 and may not be reproduced "
            "without permission, the curator told visitors on Monday.\n",
            [],
            id="curator-told",
        ),
        pytest.param(
            "Talks opened.\nResidents were told reproduction of the 2012 plans without "
            "permission is prohibited under copyright law in the state.\n",
            [],
            id="copyright-law",
        ),
    ],
)
def test_doubled_marks_and_long_notices(body: str, expected: list[tuple[str, int, int]]) -> None:
    assert positions(lint_text(body, "NL101", **APRIL_2019)) == expected
