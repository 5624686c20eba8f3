"""Unit tests of NL204 site-footer."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text, positions

P = "The harbour will reopen on Monday, the port authority said.\n"


FIRES_BASIC = [
    pytest.param(
        "Copyright © 2012 Example.com. All Rights Reserved. | https://cdn.example.com/s/123 |",
        "copyright footer",
        id="copyright-pipe-url",
    ),
    pytest.param("All Rights Reserved.", "copyright footer", id="all-rights-reserved"),
    pytest.param("© 2019 Example Media Group", "copyright footer", id="copyright-sign"),
    pytest.param("(c) 2018 Example News", "copyright footer", id="paren-c-year"),
    pytest.param(
        "Copyright 2019 Example Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
        "copyright footer",
        id="wire-copyright-notice",
    ),
    pytest.param("Home | World | Sports | Contact us", "navigation line", id="pipe-nav"),
    pytest.param("Home › World › Middle East", "navigation line", id="breadcrumb"),
    pytest.param("Terms of use", "footer links", id="terms-of-use"),
    pytest.param("Privacy Policy", "footer links", id="privacy-policy"),
    pytest.param("Contact Us", "footer links", id="contact-us"),
    pytest.param("Terms of Use Privacy Policy Cookie Policy", "footer links", id="run-on"),
    pytest.param("https://cdn.example.com/stories/en/259298", "URL line", id="bare-url"),
    pytest.param("www.example.com", "URL line", id="www-domain"),
    pytest.param("Example.com", "URL line", id="bare-domain"),
]


QUIET_BASIC = [
    pytest.param(
        "The ministry published the figures on its website, example.gov.", id="url-in-prose"
    ),
    pytest.param("The company changed its privacy policy after the ruling.", id="policy-prose"),
    pytest.param("Contact us if you saw the crash, police said in a statement.", id="contact"),
    pytest.param("Economy | By Jane Doe", id="section-byline-is-nl105"),
    pytest.param("Published: May 6, 2017 | Economy | World", id="dated-header-is-nl105"),
    pytest.param("Goals: 3 | Assists: 2 | Minutes: 90", id="stats-line"),
    pytest.param("Copyright infringement cases rose by 20 percent last year.", id="copyright"),
    pytest.param("Options (a), (b) and (c) 2019 were rejected.", id="list-marker-c"),
    pytest.param("The U.S. and the U.K. agreed on Monday.", id="abbreviations"),
    pytest.param("Home", id="single-nav-word"),
    pytest.param("Read the full report at who.int, the agency said.", id="domain-in-prose"),
]


def test_markdown_table_rows_are_not_navigation() -> None:
    body = P + "| Party | Seats | Share |\n|---|---|---|\n| Red | Blue | Green |\n"
    assert positions(lint_text(body, "NL204")) == []


def test_fix_deletes_the_last_line_and_the_newline_before_it() -> None:
    body = P + "All Rights Reserved."
    (finding,) = lint_text(body, "NL204")
    assert finding.fix is not None and finding.fix.safe
    assert body[: finding.fix.start] + body[finding.fix.end :] == P.rstrip("\n")


def test_max_words_option() -> None:
    body = P + "All rights reserved by the port authority, which owns the harbour.\n"
    assert positions(lint_text(body, "NL204")) == [("NL204", 2, 1)]
    assert positions(lint_text(body, "NL204", {"max_words": 5})) == []


def test_min_url_fraction_option() -> None:
    body = P + "Follow us on twitter.com/example\n"
    assert positions(lint_text(body, "NL204")) == [("NL204", 2, 1)]
    assert positions(lint_text(body, "NL204", {"min_url_fraction": 0.9})) == []


def test_min_nav_items_option() -> None:
    body = P + "World | Sports\n"
    assert positions(lint_text(body, "NL204")) == []
    assert positions(lint_text(body, "NL204", {"min_nav_items": 2})) == [("NL204", 2, 1)]


def test_extra_phrases_option() -> None:
    body = P + "Impressum\n"
    assert positions(lint_text(body, "NL204")) == []
    expected = [("NL204", 2, 1)]
    assert positions(lint_text(body, "NL204", {"extra_phrases": ["Impressum"]})) == expected


FIRES_CONTACT = [
    pytest.param("About Us  Contact  Careers  Advertise", "footer links", id="double-space"),
    pytest.param("Back to News", "navigation link", id="back-to-news"),
    pytest.param("« Back to top", "navigation link", id="back-to-top-arrow"),
    pytest.param("Contact the newsroom: tips@quaytimes.example", "contact line", id="contact"),
    pytest.param("Visit us at quaytimes.example for more stories", "contact line", id="visit"),
    pytest.param("Quay Times, 4 Mill Lane, Eastwick", "address line", id="address"),
    pytest.param("**7 Harbour Road, Eastwick**", "address line", id="bare-address"),
]


QUIET_CONTACT = [
    pytest.param("The blaze began at 4 Mill Lane, Eastwick, late on Sunday.", id="address-in-text"),
    pytest.param("Neighbours at 7 Harbour Road said they heard a bang.", id="address-said"),
    pytest.param("Back to work, the dockers said after the vote.", id="back-to-work"),
    pytest.param("Back to School", id="back-to-subheading"),
    pytest.param("Contact the newsroom if you saw the crash, police said.", id="contact-prose"),
    pytest.param("Readers can visit quaytimes.example to see the full list.", id="visit-prose"),
    pytest.param("Smith  Jones  Brown", id="double-space-names"),
]


FIRES_IMPRINT = [
        pytest.param("harbourpost.example/local/news", "URL line", id="domain-path-any-tld"),
        pytest.param("quaytimes.example", "URL line", id="bare-domain-any-tld"),
        pytest.param("Powered by Ghost", "company line", id="powered-by"),
        pytest.param("WordPress Theme by Example Studio", "company line", id="theme-by"),
        pytest.param("Website design: Example Digital", "company line", id="design-colon"),
        pytest.param("Published by Quay Media Ltd", "company line", id="published-by-ltd"),
        pytest.param("This site is owned by Quay Holdings", "company line", id="this-site-owned"),
        pytest.param("Quay Times is part of Example Publishing plc.", "company line", id="part-of"),
        pytest.param("A member of the Quay Media Group", "company line", id="member-of-group"),
        pytest.param("A Quay Publishing company", "company line", id="a-x-company"),
        pytest.param("Registered in Scotland No. SC123456", "company line", id="registered-in"),
        pytest.param("Registered office: 9 Mill Lane, Eastwick", "company line", id="office"),
        pytest.param("Company No. 04567890", "company line", id="company-number"),
        pytest.param("Contact the news desk", "footer links", id="contact-desk"),
        pytest.param("See our cookie policy and privacy notice", "footer links", id="see-our-and"),
        pytest.param("News  Opinion  Culture  Travel", "navigation line", id="spaced-sections"),
        pytest.param("Sections: World | Sport | Travel", "navigation line", id="labelled-nav"),
        pytest.param("World Sport Travel Weather", "navigation line", id="section-run-at-end"),
        pytest.param("Switchboard: 01632 960 123", "contact line", id="phone-label"),
        pytest.param("Tel. +44 1632 960123", "contact line", id="tel-number"),
        pytest.param("Sister sites: Quay Times · Mill Post · Eastwick Star", "navigation line",
                     id="network-label"),
        pytest.param("A member of the Press Standards Board", "company line", id="regulator"),
        pytest.param("Quay Media Ltd, Eastwick House, 9 Mill Lane, Eastwick", "address line",
                     id="company-and-address"),
]  # fmt: skip


QUIET_IMPRINT = [
    pytest.param("Published by Penguin in 2019, the book sold well.", id="published-clause"),
    pytest.param("Designed by Zaha Hadid, the stadium opened in 2020.", id="designed-clause"),
    pytest.param("The paper is owned by Quay Media Group, the regulator said.", id="owned-said"),
    pytest.param("He is a member of the Labour Party.", id="member-of-party"),
    pytest.param("Member of Parliament for Portside", id="member-of-parliament"),
    pytest.param("Part of the bridge collapsed on Sunday.", id="part-of-bridge"),
    pytest.param("A Portside company", id="company-without-name"),
    pytest.param("Registered nurses went on strike on Tuesday.", id="registered-nurses"),
    pytest.param("Registered charity", id="registered-without-number"),
    pytest.param("Company number one", id="company-number-words"),
    pytest.param("Hosted by Jane Doe", id="hosted-by-person"),
    pytest.param("Contact your doctor", id="contact-person"),
    pytest.param("U.S./China trade talks resume", id="slash-after-abbreviation"),
    pytest.param("Cast: Jane Doe | John Smith | Ann Lee", id="labelled-credits"),
    pytest.param("Sources: Reuters | AP | AFP", id="labelled-sources"),
    pytest.param("Monday  Tuesday  Wednesday", id="spaced-days"),
    pytest.param("Business Secretary Visits Harbour", id="title-case-headline"),
    pytest.param("World Cup Final", id="title-case-event"),
    pytest.param("Call police on 0800 555 111", id="appeal-phone"),
    pytest.param("Samaritans: 116 123", id="helpline"),
    pytest.param("Partners: Red Cross | UNICEF | Oxfam", id="labelled-partners"),
    pytest.param("A member of the Security Council", id="member-of-council"),
]


def test_single_space_section_runs_only_near_the_end() -> None:
    body = P + "World Sport Travel Weather\n" + P * 6
    assert lint_text(body, "NL204") == []
    assert positions(lint_text(P * 6 + "World Sport Travel Weather\n", "NL204")) == [
        ("NL204", 7, 1)
    ]


FIRES_ROUND_E = [
    pytest.param(
        "Editor: Ana Ruiz. Publisher: Lakeside Media Ltd.", "masthead line", id="masthead"
    ),
    pytest.param(
        "Editor-in-Chief: Ana Ruiz | Managing Editor: Tom Hale",
        "masthead line",
        id="masthead-pipe",
    ),
    pytest.param("Publisher: Lakeside Media Group", "masthead line", id="publisher-company"),
    pytest.param("ISSN 0123-4567", "registration line", id="issn"),
    pytest.param("ISSN 0123-4567 (print), 2345-678X (online)", "registration line", id="issns"),
    pytest.param("Lakeside Post, PO Box 77, Portside", "address line", id="po-box"),
    pytest.param("P.O. Box 4412, Portside 4001", "address line", id="po-box-dots"),
    pytest.param(
        "Phone: 01632 960 111 | E-mail: desk@lakeside.example", "contact line", id="contacts"
    ),
    pytest.param("Newsroom: 01632 960 222; Fax: 01632 960 223", "contact line", id="semi"),
    pytest.param("Editorial inquiries", "footer links", id="enquiries"),
    pytest.param("Work with us | Advertise | Contact", "footer links", id="work-with-us"),
    pytest.param("Careers at Lakeside Media Group", "footer links", id="careers-at"),
    pytest.param(
        "Follow the Lakeside Post on Facebook, Instagram and TikTok",
        "social links",
        id="follow-site",
    ),
    pytest.param("Built and maintained by Portside Digital", "company line", id="web-verb-chain"),
]


QUIET_ROUND_E = [
    pytest.param("The paper's editor, Jane Doe, said the move was overdue.", id="editor"),
    pytest.param("Editor: Jane Doe said the paper would close.", id="editor-colon-prose"),
    pytest.param("Publisher: Jane Doe", id="publisher-person"),
    pytest.param("Jobs at the plant were cut.", id="jobs-at-plant"),
    pytest.param("Jobs at Risk", id="jobs-at-risk-heading"),
    pytest.param("ISSN numbers identify serials.", id="issn-prose"),
    pytest.param("Letters were sent to PO Box 123, Portside, last week.", id="po-box-prose"),
    pytest.param("Advertising enquiries rose by a third last year.", id="enquiries-prose"),
    pytest.param("Follow the money on Twitter, investigators said.", id="follow-prose"),
    pytest.param("Follow Jane Doe on Mondays", id="follow-not-platform"),
    pytest.param("Designed and built by Zaha Hadid, the stadium opened in 2019.", id="designed-by"),
    pytest.param("Samaritans: 116 123 | Childline: 0800 1111", id="help-lines"),
    pytest.param("Date: 2019-04-05 | Updated: 2019-04-06", id="dates-not-phones"),
]


#: Forms added after held-out batch F (written for these tests, not taken from the batch).
FIRES_ROUND_F = [
    pytest.param("2016 © Lakeside Post", "copyright footer", id="year-first-notice"),
    pytest.param("Home > Business > Markets", "breadcrumb", id="breadcrumb-gt"),
    pytest.param("Opinion > Columnists > Letters", "breadcrumb", id="breadcrumb-three"),
    pytest.param("Sport › Cricket", "breadcrumb", id="breadcrumb-two-section"),
    pytest.param("News / World / Asia", "breadcrumb", id="breadcrumb-slash"),
    pytest.param("Lakeside Post Pty Ltd ABN 98 765 432 109", "registration line", id="abn"),
    pytest.param("NZBN 9429041234567", "registration line", id="nzbn"),
    pytest.param("GSTIN: 27AAACL1234F1Z5", "registration line", id="gstin"),
    pytest.param("ACN 123 456 789 · ABN 98 123 456 789", "registration line", id="two-numbers"),
    pytest.param("Lakeside Media GmbH, HRB 123456", "registration line", id="company-and-number"),
    pytest.param(
        "Printed and published by Lakeside Media Ltd, 4 Quay Road, Eastwick",
        "company line",
        id="printed-and-published",
    ),
    pytest.param(
        "Printed by Eastwick Print Ltd for the Lakeside Post", "company line", id="printed-by"
    ),
    pytest.param(
        "No part of this website may be reproduced without written permission.",
        "copyright footer",
        id="no-part-of",
    ),
    pytest.param(
        "Syndicated through Example Wire. Users must not republish our articles without the "
        "prior consent of Lakeside Media.",
        "copyright footer",
        id="must-not-republish",
    ),
    pytest.param("News tips: tips@lakeside.example", "contact line", id="labelled-email"),
    pytest.param("Corrections: fix@lakeside.example", "contact line", id="corrections-email"),
    pytest.param("Customer service: 1300 555 012", "contact line", id="desk-phone"),
    pytest.param("Newsroom: (01632) 960 555", "contact line", id="newsroom-phone"),
    pytest.param("Find us on Instagram, TikTok and YouTube", "social links", id="find-us-on"),
    pytest.param("Connect with us on LinkedIn", "social links", id="connect-with-us"),
]


QUIET_ROUND_F = [
    pytest.param("Prices > Wages", id="comparison-not-breadcrumb"),
    pytest.param("Wind / Solar / Hydro", id="slash-list-not-sections"),
    pytest.param("Sport › cricket results were delayed", id="breadcrumb-like-sentence"),
    pytest.param("Letters to the editor poured in after the vote.", id="letters-prose"),
    pytest.param(
        "Printed and published by a small press in Leeds, the pamphlet sold out.",
        id="printed-clause",
    ),
    pytest.param("Printed by the thousand", id="printed-no-company"),
    pytest.param("Subscribers: 120 000", id="subscriber-count"),
    pytest.param("Advertising revenue: 12 500 000", id="advertising-thousands"),
    pytest.param("Emergency services: 0800 555 111", id="story-help-line"),
    pytest.param("ABN Amro shares rose 3 per cent.", id="bank-name"),
    pytest.param("Company tax: 30 per cent", id="company-tax"),
    pytest.param(
        "You may not copy a key without permission from the landlord, the council warned.",
        id="permission-prose",
    ),
    pytest.param(
        "The court ruled that users cannot reproduce the photograph without permission.",
        id="permission-ruling",
    ),
    pytest.param("Find us on Facebook, the organiser said.", id="find-us-said"),
    pytest.param("Find us on the map by the harbour", id="find-us-not-platform"),
    pytest.param("She wrote: help@lakeside.example", id="email-after-verb"),
]


#: Forms added after held-out batch G (written for these tests, not taken from the batch).
FIRES_ROUND_G = [
    pytest.param(
        "Lakeside Post — Your trusted source for regional news since 1921", "tagline", id="tag"
    ),
    pytest.param("Eastwick Herald | The voice of Portside since 1887", "tagline", id="voice-of"),
    pytest.param("Lakeside Post – Independent journalism for the valley", "tagline", id="indep"),
    pytest.param(
        "Corrections: if you spot an error in our reporting, please email "
        "corrections@lakeside.example",
        "contact line",
        id="desk-sentence-email",
    ),
    pytest.param("Got a story? Email us at news@lakeside.example", "contact line", id="got-story"),
    pytest.param("Head office: 22 Dock Road, Portside, Eastland.", "address line", id="head"),
    pytest.param("Editorial office: 4 Mill Lane, Portside", "address line", id="editorial-office"),
    pytest.param(
        "Lakeside Post is published by Eastwick Press Ltd, Level 2, 4 Mill Lane, Portside.",
        "company line",
        id="outlet-published-by",
    ),
    pytest.param(
        "The Eastwick Herald is printed and published by Example Print Pty Ltd.",
        "company line",
        id="outlet-printed-and-published",
    ),
    pytest.param("Useful Links:", "footer links", id="useful-links"),
    pytest.param("Our sites", "footer links", id="our-sites"),
    pytest.param("Medium is the place for thoughtful writing", "company line", id="platform"),
    pytest.param("Published with Ghost", "company line", id="published-with"),
    pytest.param("Coy. Reg. No. 199912345X", "registration line", id="coy-reg-no"),
    pytest.param("Regd. No. 1234567", "registration line", id="regd-no"),
    pytest.param(
        "This newspaper is regulated by the Independent Press Standards Organisation.",
        "company line",
        id="regulated-by",
    ),
    pytest.param(
        "The Eastwick Herald adheres to the Editors' Code of Practice.",
        "company line",
        id="adheres-to-code",
    ),
    pytest.param(
        "We subscribe to the code of practice of the Media Council.",
        "company line",
        id="we-subscribe",
    ),
]


QUIET_ROUND_G = [
    pytest.param("Ana Ruiz — the voice of a generation", id="person-slogan"),
    pytest.param("Premier League — The home of football since 1992", id="not-an-outlet"),
    pytest.param(
        "Harbour Bakery — serving the town since 1898, it closed on Friday.", id="since-clause"
    ),
    pytest.param(
        "If you have information about the crash, email tips@police.example.", id="appeal"
    ),
    pytest.param("Address: 12 Quay Street, Portside", id="address-fact-box"),
    pytest.param("Venue: 12 Quay Street, Portside", id="venue"),
    pytest.param(
        "The police station at 15 Dock Road, Portside, was sealed off.", id="address-prose"
    ),
    pytest.param("Vogue is published by Conde Nast.", id="published-no-legal-form"),
    pytest.param("Wembley is owned by Example Holdings Ltd.", id="owned-by-in-story"),
    pytest.param("The Times is owned by News Corp, the company said.", id="owned-said"),
    pytest.param("Missing links", id="missing-links"),
    pytest.param(
        "Substack is the home of several writers who left the paper, she said.", id="substack"
    ),
    pytest.param("Medium is the platform where she first published the essay.", id="medium"),
    pytest.param("Labour supports the work of the Press Council of Ireland.", id="party"),
    pytest.param("The minister supports the work of the Press Ombudsman, she said.", id="minister"),
    pytest.param("We follow a strict code of conduct.", id="code-of-conduct"),
    pytest.param("Co. No. 5 platoon", id="company-platoon"),
]


#: Postal addresses of more countries (abbreviated counties and states, postcodes, a street
#: without a number before a box, the number after the street) and sentences to a site's
#: corrections desk (written for these tests; after held-out batch H, none of its lines).
FIRES_ADDRESS_AND_CORRECTIONS = [
    pytest.param(
        "Lakeside Post Ltd, 8 Mill Lane, Ardee, Co. Louth, Ireland", "address line", id="county"
    ),
    pytest.param(
        "Eastwick Herald, 5 High St., St. Albans, Herts AL1 1AA", "address line", id="postcode"
    ),
    pytest.param(
        "Portside Media Group, Harbour Road, P.O. Box 4410-00200, Kisumu, Kenya",
        "address line",
        id="street-and-box",
    ),
    pytest.param(
        "Example Zeitung GmbH, Hauptstraße 12, 10115 Berlin, Germany",
        "address line",
        id="number-after-street",
    ),
    pytest.param("Calle de Alcalá 40, 28014 Madrid", "address line", id="street-word-first"),
    pytest.param(
        "Example Journal, 24 rue de la Paix, 75002 Paris, France", "address line", id="rue"
    ),
    pytest.param(
        "To flag a factual error in a story, email corrections@lakeside.example",
        "contact line",
        id="report-an-error",
    ),
    pytest.param(
        "For corrections, please email standards@eastwick.example",
        "contact line",
        id="for-corrections",
    ),
    pytest.param(
        "Spotted a mistake? Email readerseditor@eastwick.example",
        "contact line",
        id="spotted-a-mistake",
    ),
]


QUIET_ADDRESS_AND_CORRECTIONS = [
    pytest.param("Mill Lane, Ardee, was closed for hours.", id="street-in-prose"),
    pytest.param("Hauptstraße 12 was evacuated, police said.", id="number-after-prose"),
    pytest.param("The gallery at Via Roma 12, Rome, reopens on Monday.", id="via-prose"),
    pytest.param("Via Roma 12, the gallery's new home, opens in May", id="via-clause"),
    pytest.param(
        "To report an error on your bill, email billing@power.example", id="error-on-a-bill"
    ),
    pytest.param("To report a pothole, email roads@council.example", id="pothole"),
    pytest.param(
        "For corrections to the electoral roll, email register@council.example", id="roll"
    ),
]


#: Qualified link-list labels, an address joined with contacts, a registry's code, what an
#: outlet calls itself (written for these tests; after held-out batch I, none of its lines).
FIRES_ROUND_I = [
    pytest.param(
        "Partner stations: KXAB | KXCD | KXEF", "navigation line", id="partner-stations-label"
    ),
    pytest.param(
        "Other titles in the group: Hill Times | River Post | Bay News",
        "navigation line",
        id="other-titles-label",
    ),
    pytest.param(
        "Northport Gazette, 14 Mill Road, Castries | Tel: 758-555-0101",
        "address line",
        id="address-pipe-phone",
    ),
    pytest.param(
        "Northport Gazette | 14 Mill Road, Castries | Phone 758 555 0101 | news@northport.example",
        "address line",
        id="name-address-phone-email",
    ),
    pytest.param(
        "PRB Registration No. KERREG/2004/11223", "registration line", id="registry-initials"
    ),
    pytest.param("Postal Regd. No. ABC/123/2023-25", "registration line", id="postal-regd"),
    pytest.param(
        "The Daily Beacon is the student-run newspaper of Hillcrest College.",
        "company line",
        id="outlet-self-student",
    ),
    pytest.param(
        "Harbour Notes is a nonprofit, reader-funded newsroom covering politics in the north.",
        "company line",
        id="outlet-self-nonprofit",
    ),
    pytest.param(
        "Varsity Line is a student-run radio station serving Hillcrest College.",
        "company line",
        id="outlet-self-station",
    ),
]

QUIET_ROUND_I = [
    pytest.param("Local papers: she said | they left | we stayed", id="label-with-clauses"),
    pytest.param("Meet at 14 Mill Road, Castries | Tel: 758-555-0101", id="meet-at-address"),
    pytest.param("14 Mill Road, Castries | Samaritans: 116 123", id="address-help-line"),
    pytest.param("PRB Registration No. 4", id="short-number"),
    pytest.param("He gave registration No. KERREG/2004/11223 to police.", id="plate-sentence"),
    pytest.param("The Herald is the oldest newspaper in Portside.", id="oldest-newspaper"),
    pytest.param("The Beacon is an independent newspaper in Portside.", id="newspaper-in-town"),
    pytest.param("The Beacon is the student newspaper of Hillcrest College, she said.", id="said"),
    pytest.param("The Trust is an independent charity of the county.", id="charity"),
    pytest.param("Greenfield is a community of farmers.", id="community-of"),
    pytest.param("The Beacon is the independent newspaper that broke the story.", id="clause"),
]


#: Mixed footer rows, arrows around a back link, premises before an address, abbreviated
#: contact labels, two imprint sentences, subjectless regulator statements, slashes after a
#: link list's label (written for these tests; after held-out batch J, none of its lines).
FIRES_ROUND_J = [
    pytest.param(
        "Send us your news · Reader-funded since 2009 · Privacy policy",
        "footer links",
        id="tip-slogan-link-row",
    ),
    pytest.param("Est. 1887 | Email the newsroom", "footer links", id="est-desk-row"),
    pytest.param("↑ Return to top", "navigation link", id="arrow-before-back"),
    pytest.param("▲ Top of page", "navigation link", id="arrow-top-of-page"),
    pytest.param("Suite 9, 40 Marine Parade, Napier 4110", "address line", id="suite-street"),
    pytest.param(
        "Lakemoor Media, Stand 9, 22 Station Road, Mutare", "address line", id="name-stand"
    ),
    pytest.param("Lot 4, Harbour Road, Private Bag 12, Suva", "address line", id="lot-street-bag"),
    pytest.param(
        "Harbour Post, 3 Mill Lane, Castries | Mob: 0412 555 019",
        "address line",
        id="address-mob",
    ),
    pytest.param(
        "Harbour Post, 3 Mill Lane, Castries · T: 02 4000 1111 · E: news@harbour.example",
        "address line",
        id="address-t-e",
    ),
    pytest.param("Run and managed by Quayside Media Group Ltd", "company line", id="two-verbs-by"),
    pytest.param(
        "Published by Quayside Media Group Ltd for readers across the west coast. Registered in "
        "Scotland No. SC123456 on the companies register.",
        "company line",
        id="two-imprint-sentences",
    ),
    pytest.param("Independently regulated by IMPRESS", "company line", id="regulated-by"),
    pytest.param(
        "Regulated by IPSO and committed to the Editors' Code of Practice",
        "company line",
        id="regulated-by-and-code",
    ),
    pytest.param("Signatory to the Journalism Trust Initiative", "company line", id="signatory-to"),
    pytest.param(
        "Our titles: Hill Times / Bay News / River Post", "navigation line", id="label-slashes"
    ),
]

QUIET_ROUND_J = [
    pytest.param("Home | Away", id="home-away"),
    pytest.param("Since 1962 | The club's history", id="since-and-text"),
    pytest.param("Open all hours | Contact the manager on site", id="row-with-text"),
    pytest.param("Back to top of the hill, the climbers went.", id="back-to-top-of"),
    pytest.param("Stand 9, the site of the old mill, was sold.", id="stand-sentence"),
    pytest.param("Lot 17, Harbour Road, was cleared by police on Monday.", id="lot-sentence"),
    pytest.param("Police: 999 | Ambulance: 112 | Fire: 998", id="help-lines"),
    pytest.param(
        "Members of the Press Standards Board met on Tuesday to discuss the complaint.",
        id="members-met",
    ),
    pytest.param(
        "Regulated by the press ombudsman, the paper said it would appeal.", id="regulated-said"
    ),
    pytest.param("Regulated by the Financial Conduct Authority", id="financial-regulator"),
    pytest.param(
        "Committed to the press code for years, she left the paper in 2019.", id="committed-she"
    ),
    pytest.param(
        "Run and managed by the Lee family for 40 years, the shop closed, he said.",
        id="run-by-family-sentence",
    ),
    pytest.param(
        "Published by Quayside Media Group Ltd for readers in the west. She said the paper "
        "would close next year.",
        id="imprint-then-sentence",
    ),
    pytest.param("Sizes: small / medium / large", id="label-slash-lower-case"),
    pytest.param("Topics: 2019 / 2020 / 2021", id="label-slash-years"),
    pytest.param("Wins / Losses / Draws", id="slash-stats"),
]


@pytest.mark.parametrize(
    ("line", "kind"),
    FIRES_BASIC
    + FIRES_ROUND_I
    + FIRES_ROUND_J
    + FIRES_CONTACT
    + FIRES_IMPRINT
    + FIRES_ROUND_E
    + FIRES_ROUND_F
    + FIRES_ROUND_G
    + FIRES_ADDRESS_AND_CORRECTIONS,
)
def test_site_footer_fires(line: str, kind: str) -> None:
    findings = lint_text(P + line + "\n", "NL204")
    assert positions(findings) == [("NL204", 2, 1)]
    assert findings[0].message.startswith(kind + ": ")


@pytest.mark.parametrize(
    "line",
    QUIET_BASIC
    + QUIET_ROUND_I
    + QUIET_ROUND_J
    + QUIET_CONTACT
    + QUIET_IMPRINT
    + QUIET_ROUND_E
    + QUIET_ROUND_F
    + QUIET_ROUND_G
    + QUIET_ADDRESS_AND_CORRECTIONS,
)
def test_site_footer_quiet(line: str) -> None:
    assert positions(lint_text(P + line + "\n", "NL204")) == []


#: Office labels of other languages and abbreviated street words, an address after the
#: outlet's name with a plot number standing for the street number and contacts after a
#: dash, a masthead item and a medium's registration certificate, statements of the press
#: code an outlet works by and of a broadcaster's licence, publishing permits, language
#: switchers, nonprofit notes, pagers (written for these tests; after held-out batch K,
#: none of its lines).
FIRES_ROUND_K = [
    pytest.param(
        "Oficina central: Av. Central 1120, Lima 15046, Perú — Desk: desk@example.pe",
        "address line",
        id="foreign-office-label-av",
    ),
    pytest.param(
        "Redazione: Via Roma 12, 00184 Roma", "address line", id="foreign-office-label-via"
    ),
    pytest.param(
        "The Lakeside Herald, Plot 22 Station Road, P.O. Box 1104, Mbale, Uganda · Tel: "
        "+256 414 000 111",
        "address line",
        id="plot-number-street",
    ),
    pytest.param(
        "Editor-in-chief: Ana Ruiz. Mass media registration certificate № 1187/09 issued by the "
        "Example Media Council.",
        "masthead line",
        id="masthead-and-certificate",
    ),
    pytest.param(
        "Broadcasting licence No. BL-2041", "registration line", id="broadcasting-licence"
    ),
    pytest.param(
        "Harbourposten works according to the rules for good press practice of the national "
        "press association",
        "company line",
        id="works-by-press-code",
    ),
    pytest.param(
        "The Valley Post operates under the Editors' Code of Practice",
        "company line",
        id="operates-under-code",
    ),
    pytest.param(
        "Coastline 98.4 FM is licensed by the Example Broadcasting Authority",
        "company line",
        id="station-licensed",
    ),
    pytest.param(
        "Licensed by the Example Communications Commission", "company line", id="licensed-by"
    ),
    pytest.param("ABC PQ 12345/06/2019 (012345)", "registration line", id="permit-code"),
    pytest.param("Gaeilge | English", "navigation line", id="language-switcher"),
    pytest.param("English · Français · Español", "navigation line", id="three-languages"),
    pytest.param(
        "The Harbour Weekly is a project of the Harbour Community News Trust, a 501(c)(3) "
        "nonprofit. Donations are tax-deductible to the extent allowed by law.",
        "company line",
        id="nonprofit-project",
    ),
    pytest.param("The Lakeside Echo is a registered charity.", "company line", id="outlet-charity"),
    pytest.param("← Older posts    Newer posts →", "navigation link", id="pager-spaces"),
    pytest.param("Previous article | Next article", "navigation link", id="pager-pipe"),
]

QUIET_ROUND_K = [
    pytest.param("English | French", id="english-names-of-languages"),
    pytest.param("Next, the previous owner sold the house.", id="next-previous-sentence"),
    pytest.param("Licensed by the Gaming Commission", id="other-regulator"),
    pytest.param("The casino is licensed by the Gaming Commission.", id="casino-licensed"),
    pytest.param(
        "Harbour FM is licensed by the Communications Authority until 2030.", id="licence-clause"
    ),
    pytest.param(
        "Harbour FM is licensed by the Communications Authority, the station said.",
        id="licence-said",
    ),
    pytest.param("The Herald works according to the rules, he said.", id="works-said"),
    pytest.param("Smith works according to the code of ethics of his church.", id="person-code"),
    pytest.param("Editor: Ana Ruiz. She joined the paper in 2019.", id="masthead-then-sentence"),
    pytest.param("Licence No. 12 issued by the council", id="bare-licence"),
    pytest.param(
        "Broadcasting licence No. 4471 was revoked by the regulator on Monday.",
        id="licence-sentence",
    ),
    pytest.param("The Harbour Weekly is a project of love.", id="project-of-love"),
    pytest.param("Harbour Food Bank is a registered charity.", id="charity-not-outlet"),
    pytest.param("Donations are tax-deductible, the charity said.", id="tax-said"),
    pytest.param("Donations are tax-deductible to the extent allowed by law.", id="tax-alone"),
    pytest.param(
        "The Herald is a project of the Valley News Trust, which bought it in 2019.",
        id="project-with-clause",
    ),
    pytest.param("Plot 14 Kira Road was sold last year.", id="plot-sentence"),
    pytest.param("Sede: the council chamber", id="office-label-no-address"),
]


@pytest.mark.parametrize(("line", "kind"), FIRES_ROUND_K)
def test_site_footer_fires_round_k(line: str, kind: str) -> None:
    findings = lint_text(P + line + "\n", "NL204")
    assert positions(findings) == [("NL204", 2, 1)]
    assert findings[0].message.startswith(kind + ": ")


@pytest.mark.parametrize("line", QUIET_ROUND_K)
def test_site_footer_quiet_round_k(line: str) -> None:
    assert positions(lint_text(P + line + "\n", "NL204")) == []


def test_flattened_table_header_is_not_navigation() -> None:
    """A table flattened to '|'-joined rows (after clean held-out set e): a header row of
    column names with units, or one followed by rows of numbers, is no navigation line."""
    units = P + "\nSite | Depth (m) | Width (m) | Grade (%)\n"
    assert positions(lint_text(units, "NL204")) == []
    rows = P + "\nTeam | Played | Won | Lost\n\nHarbour FC | 10 | 7 | 3\n\nLakeside | 10 | 5 | 5\n"
    assert positions(lint_text(rows, "NL204")) == []
    nav = P + "\nHome | News | Sport | Contact\n\nToday | Weather | 12°C | Wind\n"
    assert positions(lint_text(nav, "NL204")) == [("NL204", 3, 1)]
