"""Held-out phrasings for the quality benchmark: defects the rules were never tuned on.

The phrase lists of NL101, NL105, NL201, NL202, NL204 and NL205 grew from the phrasings the
benchmark injects (``_corpus.COPYRIGHT``, ``METADATA``, ``CAPTIONS``, ``BOILERPLATE``,
``FOOTERS``, ``CREDITS``), so recall on those lists partly measures the rules on their own
lists. The batches below were written afresh, from how news sites and wire copy really print
captions, credits, bylines, share widgets, footers and notices, *before* looking at what the
rules match, and ``quality.py`` reports recall on them separately.

Rules:

* Never add a phrase of a batch to a rule, a YAML pack or a rule's examples.
* A batch that has been looked at to improve a rule is no longer held out: set its
  ``tuned_on`` note (what was changed, in general terms) and write a new batch; the table's
  held-out column always shows the newest untouched batch (``FRESH``).
* Templates use the placeholders of the matching injector in ``_corpus`` (``{name}``,
  ``{y}``, ``{B}`` ...); NL202 and NL204 lines are plain text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Batch:
    """One batch of held-out phrasings per rule code, and whether rules were tuned on it."""

    name: str
    phrases: dict[str, tuple[str, ...]]
    tuned_on: str = ""  # empty: still held out


BATCH_A = Batch(
    "A",
    {
        "NL101": (
            "Copyright © {y} Example Media Ltd. All Rights Reserved.",
            "©{y} Harbour Daily. All rights reserved.",
            "© Copyright {y}, Metro Herald",
            "Copyright {y} The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.",
            "(C) {y} Riverside Courier",
            "© {y0}–{y} Coastal Times Ltd",
            "Text © {y} Daily Ledger",
            "copyright {y} the evening post",
            "© {y} Example News Group Inc. | All rights reserved",
            "Copyright © Northern Echo {y}",
            "COPYRIGHT © {y} THE VALLEY GAZETTE",
            "© Example Wire {y}",
        ),
        "NL105": (
            "Updated {B} {d}, {Y} at {h12}:{mi} p.m. ET",
            "{name} · 4 min read",
            "Filed at {hh}:{mi} {B} {d}, {Y}",
            "{B} {d}, {Y} {h12}:{mi} AM EST",
            "Posted {d} {b} {Y}",
            "By {name}, Senior Correspondent",
            "Words by {name}",
            "Story by {name}",
            "Reporter: {name}",
            "Last Updated: {a}, {d} {b} {Y}",
            "{name} - Political Editor",
            "Published on {dd}/{mm}/{Y}",
            "By {name} in Portside",
            "Author: {name}",
            "Date: {d} {B} {Y}",
            "{Y}-{mm}-{dd} {hh}:{mi}",
            "Updated 3 hours ago",
        ),
        "NL201": (
            "Photograph: {name}/The Guardian",
            "(Photo by {name}/AFP via Getty Images)",
            "Composite: Guardian Design; Getty Images",
            "Illustration: {name}",
            "Photo illustration by {name} for the Valley Gazette",
            "REUTERS/{name}",
            "(AP Photo/{name}, File)",
            "Handout via Reuters",
            "Supplied image",
            "Image source, Getty Images",
            "Courtesy of the family",
            "(Image: Getty)",
            "PA Wire/PA Images",
            "Picture by {name}",
            "Screenshot via YouTube",
            "Firefighters at work on Tuesday. Photograph: {name}/EPA",
            "EPA-EFE/{name}",
            "Photo credit: {name}",
        ),
        "NL202": (
            "Share this story",
            "Copy link",
            "Email this page",
            "Open in app",
            "Sign in to continue reading",
            "Subscribe now for unlimited access",
            "This content is not available in your region",
            "Enable JavaScript to view this content",
            "View comments",
            "Load more",
            "Back to top",
            "Scroll to continue with content",
            "Sponsored content",
            "Accept all cookies",
            "Manage cookie preferences",
            "Trending now",
            "You might also like",
            "Report an error",
            "Gift this article",
        ),
        "NL204": (
            "All rights reserved. Reproduction in whole or in part without permission is "
            "prohibited.",
            "Privacy Notice | Cookie Policy | Accessibility",
            "Contact | Advertise | Jobs | Subscribe",
            "Sitemap",
            "About · Help · Careers · Press",
            "harbourdaily.co.nz",
            "Read more at www.metroherald.example/news",
            "Terms & Conditions  Privacy  Contact",
            "Powered by WordPress",
            "Coastal Times is part of Example Media Group plc.",
            "Registered in England and Wales No. 0123456",
            "Do Not Sell My Personal Information",
            "Back to homepage",
            "Editorial standards | Corrections policy | Ethics",
        ),
        "NL205": (
            "(Reporting by {name} in Nairobi; Editing by {name2} and {name})",
            "Compiled by {name}",
            "With reporting from AFP and Reuters",
            "Additional reporting by {name}",
            "— Reuters",
            "(AP)",
            "Reporting by {name}; Writing by {name2}; Editing by {name}",
            "This story was reported by The Associated Press.",
            "Sources: AFP, Reuters",
            "-- Bloomberg",
            "The Associated Press contributed to this report.",
            "Kyodo",
            "AFP contributed to this report",
            "BBC/Reuters",
        ),
    },
    tuned_on=(
        "2026-11-22: its misses led to general patterns (no phrase of the batch added): "
        "NL202 widget grammar (verb x object share/print/copy lines, sign-in/subscribe-to-read "
        "prompts, 'this content is not available', enable-JavaScript, cookie/privacy "
        "settings, report-an-error, open-in-app); NL201 bracketed '(Label: X)', 'X via Y', "
        "'Picture by X', 'Image source', 'Supplied/handout image'; NL105 role-labelled bylines "
        "('Author: X', 'Words by X'), 'By X in City', 'X - Desk Editor', 'Name · N min read', "
        "'Date:'/'Filed' headers, bare date-and-time lines, 'p.m.' in stamps"
    ),
)

BATCH_B = Batch(
    "B",
    {
        "NL101": (
            "Copyright ©{y} Lakeside Press Inc.",
            "© {y} by the Evening Post",
            "All material copyright {y} Harbour Daily",
            "Copyright {y0}-{y}, Metro Herald. All Rights Reserved.",
            "©{y0}–{y} Riverside Courier",
            "© {y}, Daily Ledger",
            "(c) Copyright {y} Coastal Times",
            "Copyright {y} Northern Echo Media Ltd",
            "© {y} Example News · Privacy · Terms",
        ),
        "NL105": (
            "By {name} & {name2}",
            "Written by {name} | Updated {B} {d}, {Y}",
            "{a} {d} {B} {Y} {hh}.{mi} GMT",
            "By {NAME}",
            "{name}, Health Editor",
            "Last updated on {B} {d}, {Y}",
            "Posted by {name} on {B} {d}, {Y}",
            "Published: {hh}:{mi} BST, {d} {B} {Y}",
            "Contributor: {name}",
            "By {name}, Valley Gazette",
            "Reading time: 4 minutes",
            "Published {B} {d}, {Y} · Updated {B} {d}, {Y}",
        ),
        "NL201": (
            "Photograph: {name}/Reuters",
            "(Photo: {name}/Bloomberg)",
            "Photos by {name}",
            "[Image via Pexels]",
            "Source: Getty Images",
            "Graphic: {name}",
            "Video by {name}",
            "(Credit: {name} for the Valley Gazette)",
            "IMAGE: Reuters",
            "The harbour at dawn. (Photo: {name}/Bloomberg)",
            "Xinhua/{name}",
            "Handout photo",
            "Photo by {name} on Unsplash",
            "Image caption, Firefighters worked through the night",
        ),
        "NL202": (
            "Share via WhatsApp",
            "Save for later",
            "Sign up to our free newsletter",
            "Register for free to continue reading",
            "Subscribers only",
            "Our website uses cookies",
            "Click here to subscribe",
            "Hide caption",
            "Toggle caption",
            "Enlarge this image",
            "Story continues after advertisement",
            "Popular now",
            "Recommended stories",
            "Post a comment",
            "Reuse this content",
            "Skip advertisement",
        ),
        "NL204": (
            "Manage cookies | Privacy settings | Terms",
            "News  Sport  Business  Entertainment  Lifestyle",
            "www.riversidecourier.example/local",
            "Copyright notice | Syndication | Complaints",
            "Part of the Example Media network",
            "Company number 0987654. Registered office: 1 Dock Road, Portside",
            "Follow us: Facebook | X | Instagram | YouTube",
            "Accessibility statement",
            "Return to the home page",
            "Visit eveningpost.example",
            "Theme by Example Themes",
        ),
        "NL205": (
            "(Writing by {name}; editing by {name2})",
            "Staff and agencies",
            "– Reuters",
            "With agency inputs",
            "(With inputs from PTI)",
            "Associated Press writers {name} and {name2} contributed.",
            "Agence France-Presse contributed to this report.",
            "Reporting by {name} and {name2}",
            "—AP",
            "Xinhua/dpa",
            "(Additional reporting by Reuters)",
            "Sources: agencies",
        ),
    },
    tuned_on=(
        "2026-11-22: its misses (with batch A's) led to general patterns: NL202 caption and "
        "gallery controls, 'continues after the ad', 'skip ad', save/read later, "
        "reuse/republish this content, subscriber-only labels; NL204 policy-document links "
        "('<privacy|cookie|accessibility|ethics|corrections> <policy|statement|settings>'), "
        "'Do not sell my personal information', more footer link words, 'Return to'/'Go to' "
        "links, 'Visit <domain>'; NL205 'With reporting/inputs from <agency>', 'with agency "
        "inputs', 'This story was reported by', '<writers> ... contributed'; NL201 'Source: "
        "<stock brand>'; NL105 more role labels, '·' and '•' in stamps"
    ),
)

BATCH_C = Batch(
    "C",
    {
        "NL101": (
            "Copyright © {y} Valley Gazette Media Group, a subsidiary of Example Holdings. All "
            "rights reserved.",
            "© {y} Harbour Daily Ltd, all rights reserved",
            "Copyright © {y0} - {y} Metro Herald Pty Ltd",
            "copyright © {y} riverside courier",
            "©Copyright {y} Coastal Times",
            "Copyright: © {y} Daily Ledger",
            "© The Evening Post {y}. All rights reserved.",
            "Site content © {y} Northern Echo",
        ),
        "NL105": (
            "By {name} | {B} {d}, {Y}",
            "Published at {hh}:{mi} on {d} {B} {Y}",
            "Correspondent: {name}",
            "{a} {dd} {b} {Y} - {hh}:{mi}",
            "Updated: {B} {d}, {Y} {h12}:{mi} p.m.",
            "By {name}, for the Valley Gazette",
            "By {name} and {name2} in Portside",
            "{name} / Staff Writer",
            "Last edited {d} {B} {Y}",
            "Interview by {name}",
            "{d}.{mm}.{Y} | {hh}:{mi}",
        ),
        "NL201": (
            "Photograph: {name}/PA",
            "(Photo: Reuters)",
            "Image: Supplied",
            "[Picture: Getty]",
            "Credit: Getty Images/iStockphoto",
            "AFP via Getty Images",
            "Pic: {name}",
            "The bridge at night. Picture: {name}",
            "Pictured above: the new terminal",
            "Getty Images/{name}",
            "ANP/{name}",
            "Image via Twitter",
            "Illustration by {name}",
        ),
        "NL202": (
            "Share on LinkedIn",
            "Follow this topic",
            "Add to your saved stories",
            "Bookmark",
            "Advertisement · Scroll to continue",
            "Sign up for breaking news alerts",
            "Get push notifications",
            "We value your privacy",
            "Comment on this story",
            "See all comments",
            "Related topics",
            "More on this topic",
            "Watch now",
            "Feedback",
        ),
        "NL204": (
            "Example Media Group | Privacy | Terms",
            "About | Contact | Advertise | Careers | Privacy",
            "Home  World  Politics  Business  Tech",
            "Registered office: 5 Harbour Road, Portside",
            "Read our privacy policy and terms of use",
            "Contact the editor",
            "metroherald.example/about",
            "Published by Example Media Ltd",
            "Privacy Policy / Cookies / Terms and Conditions",
            "This website is operated by Example News Group",
        ),
        "NL205": (
            "(Reporting by {name} in Portside and {name2} in London; Writing by {name}; Editing "
            "by {name2})",
            "— Agencies",
            "With AP",
            "Associated Press contributed to this report.",
            "Reuters contributed to this story.",
            "Additional reporting by AFP",
            "– The Associated Press",
            "(AFP)",
            "Source: AP",
            "With additional reporting by {name}",
            "Wire services contributed to this report.",
            "— Staff and wire reports",
        ),
    },
    tuned_on=(
        "2026-11-22: NL202 and NL204 only (the other codes were not looked at); its misses "
        "led to general mechanisms, no phrase of the batch added: NL202 a new pack kind "
        "'furniture' that scores short stand-alone lines by interface vocabulary (share of "
        "UI words; calls to action: an action word first, a UI word last); NL204 domains "
        "with a path under any top-level domain, bare lower-case domain lines, company and "
        "imprint lines ('Powered by', 'Published/operated by <company>', '<X> is part of "
        "<group>', registration lines), 'Contact the <desk>', 'Read our <links> and "
        "<links>', runs of section names separated by spaces, labelled link lists"
    ),
)

#: Written on 2026-11-22, before any NL202/NL204 change measured on it, from how news sites
#: print these lines (not from the rules' lists); the first run on it was the baseline.
BATCH_D = Batch(
    "D",
    {
        "NL101": (
            "Copyright © {y} Harbour Daily Media Limited. Reproduction without permission "
            "prohibited.",
            "© {y} Metro Herald. Some rights reserved.",
            "Copyright {y} Lakeside Press LLC",
            "© Valley Gazette, {y}",
            "Copyright © {y0}–{y} The Evening Post. All rights reserved",
            "All content © {y} Riverside Courier",
            "(c){y} Northern Echo",
            "© {y} Daily Ledger Ltd. Registered in England.",
        ),
        "NL105": (
            "By {name} · Updated {B} {d}, {Y}",
            "Published {a}, {B} {d} {Y} {h12}:{mi} PM",
            "{name} | Reporter",
            "Posted: {d} {b} {Y}",
            "Written by {name} on {dd}/{mm}/{Y}",
            "First published on {a} {d} {B} {Y} {hh}.{mi} BST",
            "Byline: {name}",
            "{section} | {name}",
            "Modified: {Y}-{mm}-{dd}",
        ),
        "NL201": (
            "Photo: {name}/AP",
            "(Photograph: {name}/Getty Images)",
            "Image credit: {name}",
            "Picture courtesy of {name}",
            "Supplied photo",
            "Photo: AFP/{name}",
            "Screengrab: YouTube",
            "(Reuters photo)",
            "A protester holds a sign outside parliament. (AP Photo/{name})",
            "Photo / {name}",
        ),
        "NL202": (
            "Share full article",
            "Send to a friend",
            "Listen to article",
            "View image in fullscreen",
            "Explore more on these topics",
            "Join our WhatsApp channel",
            "Follow on Google News",
            "Turn on notifications",
            "Ad Feedback",
            "Text size",
            "Jump to comments",
            "Up next",
            "Most shared",
            "Support our journalism",
            "Play video",
            "Previous image Next image",
            "Sign in to comment",
            "Get the app",
        ),
        "NL204": (
            "© Harbour Daily Media Limited",
            "Proudly powered by WordPress | Theme: Newsup by Themeansar",
            "Site by Example Digital",
            "metroherald.example/news/local/2019",
            "Politics Business Technology Science Health Sport",
            "Subscribe  |  Manage account  |  Help",
            "Our network: Valley Gazette · Harbour Daily · Metro Herald",
            "Newsroom contact: +44 20 7946 0000",
            "Send us your news tips at tips@eveningpost.example",
            "Member of the Independent Press Standards Organisation (IPSO)",
            "Registered in England No. 0123456. VAT No. GB 123 4567 89",
            "Example Media Group, Inc., 200 Harbour Street, Portside",
            "An Example Media Group publication",
            "RSS feeds | Newsletters | Podcasts | Apps",
            "Latest News  Local  Opinion  Obituaries  Classifieds",
        ),
        "NL205": (
            "(Reporting by {name}; additional reporting by {name2}; editing by {name})",
            "— AFP",
            "Agence France-Presse",
            "With Reuters",
            "Reuters and AP contributed to this report.",
            "Staff writer {name} contributed reporting.",
            "– dpa",
            "Additional reporting by Associated Press",
            "(Reuters)",
        ),
    },
    tuned_on=(
        "2026-11-22: NL202 and NL204 only. First measured untuned after the batch C changes "
        "(NL202 0.620, NL204 0.732; before any change 0.000 and 0.268); its misses then led "
        "to general additions, no phrase of the batch added: NL202 reader-control and "
        "donation vocabulary (text/font size, fullscreen, zoom, jump, friend, support, "
        "journalism); NL204 phone contact lines with a label, labelled network/sites lists, "
        "memberships of press regulators, two name parts before a postal address"
    ),
)

#: Written on 2026-11-22 after batch D's first measurement and before any change made from
#: D's misses, from how news sites print these lines (not from the rules' lists).
BATCH_E = Batch(
    "E",
    {
        "NL101": (
            "Copyright © {y} Daily Ledger. All rights reserved. Republication prohibited.",
            "© {y} Coastal Times Media",
            "Copyright (C) {y} Valley Gazette",
            "©{y} Metro Herald Ltd",
            "Copyright {y0}-{y} Harbour Daily",
            "© {y} — Evening Post",
            "All rights reserved © {y} Riverside Courier",
            "copyright © {y} northern echo media group",
        ),
        "NL105": (
            "By {name} | Published {B} {d}, {Y}",
            "{a}, {d} {B} {Y} at {hh}:{mi}",
            "Updated {h12}:{mi} a.m. ET {B} {d}, {Y}",
            "Posted by {name}",
            "{name} | {section} correspondent",
            "By {name}, {section} Reporter",
            "Published {dd}.{mm}.{Y}",
            "Last update: {B} {d}, {Y}",
            "Words: {name}",
        ),
        "NL201": (
            "Photo: Supplied/{name}",
            "(Image: {name}/Reuters)",
            "Picture: AFP",
            "Getty Images/AFP",
            "{name}/Shutterstock",
            "Credit: AP",
            "Photograph by {name}",
            "A file photo of the harbour. (Reuters)",
            "Photo: Handout",
            "Image: {name} via Wikimedia Commons",
        ),
        "NL202": (
            "Share on Bluesky",
            "Print friendly version",
            "Save article",
            "Listen (3 min)",
            "Show more comments",
            "Write a comment",
            "Login to reply",
            "Continue watching",
            "Watch on YouTube",
            "Click to enlarge",
            "Download PDF",
            "Sponsored by Example Bank",
            "Partner content",
            "Paid post",
            "Recommended reading",
            "Get our morning briefing",
            "Accept and close",
            "Link copied",
        ),
        "NL204": (
            "© Valley Gazette. All rights reserved. Terms · Privacy",
            "Site map | Accessibility | Contact",
            "harbourdaily.example",
            "https://eveningpost.example/2021/05/mill-reopens",
            "Follow Harbour Daily on X, Facebook and Instagram",
            "Local  National  World  Business  Sport  Entertainment",
            "Designed and hosted by Example Web Services",
            "Metro Herald Media, PO Box 123, Portside",
            "Editor: Jane Doe. Publisher: Example Media Group.",
            "Tel: 01234 567890 | Email: news@harbourdaily.example",
            "Advertising enquiries",
            "Jobs at Example Media Group",
            "News Tips  Newsletters  Apps  Podcasts",
            "ISSN 1234-5678",
        ),
        "NL205": (
            "(Reporting by {name}; writing by {name2})",
            "— AFP/Reuters",
            "Reuters contributed to this report",
            "With wires",
            "(dpa)",
            "Compiled from wire reports",
            "Additional reporting: {name}",
            "AP and AFP",
            "– Associated Press",
        ),
    },
    tuned_on=(
        "2026-11-22: NL105, NL202, NL204 and NL205 (batch F was written before any change). "
        "Its misses (with C's and D's NL105/NL205 misses) led to general mechanisms, no phrase "
        "of the batch added: NL202 inflected forms of the vocabulary next to a listed word "
        "(a light stemmer), durations on media buttons as glue, platform links ('<verb> on "
        "<Name>'), more call-to-action verbs and newsletter/document words, an ad and sponsor "
        "label family ('<paid|partner|branded ...> <content|post ...>', 'sponsored/presented "
        "by X', 'in partnership with X'); NL204 masthead lines ('<role>: <name>' twice, "
        "'Publisher: <company>'), ISSN lines, post-office-box addresses, labelled contact "
        "lists (phone/e-mail/site items), '<desk> enquiries' links, careers links ('Jobs at "
        "<company>', 'Work with us'), 'Follow <site> on <platforms>', chains of web verbs "
        "('designed and hosted by'); NL205 'compiled/adapted from' and 'based on' agencies, "
        "staff-and-wire credits, 'With additional reporting by', 'Reporting: <Name>' labels; "
        "NL105 every 'Last <edited|update|revised ...>' label, role bylines with '/' and a "
        "beat or desk before the role noun, 'Byline:' labels, '<Section> | <Name>', numeric "
        "date-and-time lines ('5.04.2019 | 14:30')"
    ),
)

#: Written on 2026-11-22 before any change made from batch E's misses, from how news sites,
#: wire copy, regional papers, broadcasters and blogs in several English-speaking countries
#: print these lines (not from the rules' lists); not looked at until the round's changes
#: were finished. The rules were changed from batch E's misses while this batch existed, by
#: the engineer who wrote it: forms known only from this batch were deliberately left out.
BATCH_F = Batch(
    "F",
    {
        "NL101": (
            "Copyright © {y} Harbour Daily Pty Ltd (ABN 12 345 678 901)",
            "© {y} The Valley Gazette, a division of Example Media Inc.",
            "Copyright © {y}. Daily Ledger. All rights reserved.",
            "All Contents Copyright © {y} Coastal Times",
            "Copyright © {y0}-{y} Lakeside Press Ltd. All rights reserved.",
            "{y} © Harbour Daily",
            "Content © {y} Metro Herald unless otherwise noted.",
            "Copyright {y} Example Broadcasting Inc. All rights reserved. This material may not "
            "be published, broadcast, rewritten, or redistributed.",
            "© Copyright The Riverside Courier {y0} - {y}",
            "Copyright © {y} Valley Gazette Limited. Registered in Ireland.",
            "© {y} Northern Echo Newspapers Ltd. Terms and conditions apply.",
        ),
        "NL105": (
            "By {name} • Published {d} {B} {Y}",
            "{name}, Senior Reporter | {a} {d} {b} {Y}",
            "Updated: {dd}/{mm}/{Y} {hh}:{mi} IST",
            "Published: {d} {b} {Y}, {h12}:{mi}pm",
            "Posted {a} {d} {B} {Y} at {hh}:{mi}",
            "{B} {d}, {Y} / {h12}:{mi} PM / {name}",
            "BY {NAME} | STAFF WRITER",
            "{name} ({section} Editor)",
            "Reported by {name}",
            "Published {h12}:{mi}am, {d} {B} {Y}",
            "Created: {a}, {dd} {b} {Y} {hh}:{mi}",
            "Last Modified: {B} {d}, {Y} at {h12}:{mi} PM",
            "{section} Desk | {B} {d}, {Y}",
            "By: {name}",
            "{name} — {B} {d}, {Y}",
        ),
        "NL201": (
            "(Photo: {name}/Valley Gazette)",
            "Image: {name}/Alamy Stock Photo",
            "Picture: {name}/AAP",
            "Photograph: {name}/PTI",
            "File image",
            "(Supplied)",
            "Stock image",
            "Photo: Facebook",
            "Image: {name}, CC BY-SA 4.0",
            "Source: Instagram/{name}",
            "[Photo: Unsplash]",
            "THE CANADIAN PRESS/{name}",
            "The new ferry on its first crossing. Image: {name}",
            "Picture: Instagram",
        ),
        "NL202": (
            "Share this with Facebook",
            "Copy this link",
            "Tweet this",
            "Save to reading list",
            "Read in app",
            "Listen to this story",
            "Watch the full video",
            "Log in or create an account to continue",
            "Already have an account? Sign in",
            "Hide comments",
            "Most viewed",
            "Promoted stories",
            "Recommended by Outbrain",
            "Sponsored links",
            "Reject all",
            "Your browser does not support the video tag.",
            "Next article",
            "Notify me of new posts by email.",
        ),
        "NL204": (
            "© Harbour Daily | Terms of Service | Privacy Notice | Contact Us",
            "Terms · Privacy · AdChoices",
            "Home > News > Local",
            "valleygazette.example.co.uk",
            "Find us on Facebook and Twitter",
            "Harbour Daily, 1 Wharf Street, Portside 4001, New Zealand",
            "ABN 12 345 678 901",
            "Newsroom: 555-0100 | Advertising: 555-0199",
            "Letters to the editor: letters@metroherald.example",
            "Subscriber services: 0800 123 456",
            "E-edition | Digital archive | Back issues",
            "Printed and published by Example Press Ltd at 12 Mill Lane, Portside",
            "Media kit | Rate card | Advertise",
            "Licensed by Copyright Agency. You may not copy or distribute this content without "
            "permission.",
            "Newsletters · Podcasts · Puzzles · Events",
        ),
        "NL205": (
            "(Editing by {name})",
            "— The Canadian Press",
            "- PTI",
            "(IANS)",
            "Source: ANI",
            "With AAP",
            "-With inputs from agencies",
            "This article contains material from the Associated Press.",
            "Information from Reuters was used in this report.",
            "{name} contributed reporting from Portside.",
            "The Associated Press contributed.",
            "— Bloomberg News",
            "— With files from the Associated Press",
            "Kyodo News",
        ),
    },
    tuned_on=(
        "2026-11-22: NL101, NL105, NL201, NL202, NL204 and NL205. Measured once untuned "
        "(NL101 0.844, NL105 0.680, NL201 0.744, NL202 0.708 (0.635 without the four lines in "
        "PREEXISTING_PACK_PHRASES), NL204 0.532, NL205 0.640); its misses led to general forms, "
        "no phrase of the batch added: NL101 year-first notices ('<year> © <holder>', ranges, "
        "at a line start or after '|'); NL105 'By:' bylines, a desk role in brackets after the "
        "name, 'Reported/Compiled/Edited by <Name>', '<Name> — <date>', '<Name>, <role> | "
        "<date>'; NL201 source notes ('file/archive/library <image|footage ...>', '(Supplied)', "
        "'(Handout image)'), more wire and picture agencies, '<OUTLET IN CAPITALS>/<Name>', "
        "'<platform>/<account>' credits; NL202 recommendation-widget vendors, read-later lists "
        "('<save|add|remove> to <reading list|bookmarks ...>'), player fallback text ('your "
        "browser does not support ...'), account walls with several account actions, "
        "'notify/email me of <new posts ...>'; NL204 breadcrumb trails ('>' '»' '›' ' / '), "
        "business registration numbers of several countries (ABN, ACN, NZBN, GSTIN, CIN, VAT, "
        "HRB ...), 'Printed and published by <company>', licence notices ('you may not copy "
        "... this content without permission'), '<label>: <e-mail>' lines, phone lines of the "
        "site's desks ('Customer service: <number>'), 'Find/Connect with us on <platforms>', "
        "year-first copyright notices; NL205 '<agency> contributed', 'material/information "
        "from <agency> (was used ...)', '<agency> News/News Agency/News Service', '<Name> (in "
        "<place>) contributed reporting (from <place>)'. Afterwards 1.000 for every code"
    ),
)

#: Written on 2026-11-22 by a writer who had not seen the rules, their YAML packs, their
#: examples or any batch's misses (batches A-F were read for the format and to avoid exact
#: duplicates only), from how news sites, wire services, broadcasters, regional papers,
#: magazines and blogs in several English-speaking countries print these lines. Measured
#: once untouched, with the code of 603e363 (before batch F's changes; ``--n 600``): NL101
#: 1.000, NL105 0.800, NL201 0.420, NL202 0.500, NL204 0.300, NL205 0.660. The first batch
#: by an independent writer: the lower figures than batches A-F (written by the engineer who
#: tuned the rules) are the honest ones. After batch F's changes (still untuned on G; the
#: engineer who made them saw G's NL105 lines in a test failure afterwards): NL101 1.000,
#: NL105 0.808, NL201 0.468, NL202 0.548, NL204 0.492, NL205 0.644.
BATCH_G = Batch(
    "G",
    {
        "NL101": (
            "Copyright © {y} Harbour Daily. All rights reserved. Any unauthorised reproduction "
            "is strictly prohibited.",
            "© {y} Example Media Private Limited. All Rights Reserved.",
            "Copyright © {y} Valley Gazette Newspapers (Pty) Ltd. All rights reserved.",
            "© Copyright {y} - Metro Herald Kenya Ltd",
            "Copyright {y} Example Media Holdings Pte Ltd. Co. Regn. No. 200412345K. All "
            "rights reserved.",
            "© {y} Lakeside Press, LLC. All Rights Reserved. Powered by Example CMS.",
            "Copyright © {y} Coastal Times | Designed by Example Themes",
            "© {y} The Evening Post (NZ) Limited",
            "Copyright © {y} Riverside Courier Nigeria Limited. All rights reserved.",
            "© {y} Example Broadcasting Corporation. Example is not responsible for the "
            "content of external sites.",
            "Copyright © {y} Daily Ledger Media Inc. | Privacy Policy | Terms of Use",
            "© {y} Harbour Daily, Inc. No part of this publication may be reproduced without "
            "written permission.",
            "Copyright © {y0} – {y} Northern Echo | All Rights Reserved",
            "© {y} Example Newsletter · Privacy ∙ Terms ∙ Collection notice",
            "All content © copyright {y} Coastal Times.",
            "COPYRIGHT {y} METRO HERALD MEDIA LTD",
        ),
        "NL105": (
            "By {name} and {name2}, The Canadian Press",
            "Posted {a} {d} {b} {Y} at {h12}:{mi}pm, updated {a} {d} {b} {Y} at {h12}:{mi}pm",
            "Written by {name} | New Delhi | Updated: {B} {d}, {Y} {h12}:{mi} IST",
            "{name} | TNN | Updated: {b} {d}, {Y}, {hh}:{mi} IST",
            "Last Updated: {B} {d}, {Y}, {h12}:{mi} pm",
            "Estimated reading time: 5 minutes",
            "{section} | By {name}",
            "Published on {a}, {dd} {B} {Y} at {hh}:{mi} SAST",
            "On {B} {d}, {Y} {h12}:{mi} pm In {section} by {name}",
            "Published {b} {d}, {Y}, {h12}:{mi} PM",
            "{a} {B} {d} {Y} - {hh}:{mi}",
            "Published {b} {d}, {Y} • Last updated {b} {d}, {Y} • 3 minute read",
            "Posted on {B} {d}, {Y} by {name}",
            "Analysis by {name}",
            "{hh}:{mi}, {b} {dd} {Y}",
            "{NAME}, {section2} Writer",
        ),
        "NL201": (
            "Photo: {name} / Harbour Daily",
            "(AP Photo/{name}, Pool)",
            "PHOTO | FILE",
            "Photo credit: {name} | Example Media Group",
            "(PTI Photo)",
            "Photo: AAP Image/{name}",
            "{name}/Harbour Daily",
            "Residents inspect the damage on Tuesday morning. (Supplied: {name})",
            "Video grab from social media",
            "©INPHO/{name}",
            "(Photo by {name}/Getty Images)",
            "Photographer: {name}/Bloomberg",
            "Credit...{name} for The Valley Gazette",
            "Image copyright {name}",
            "Photography by {name}; styling by {name2}",
            "Picture: Gallo Images/{name}",
        ),
        "NL202": (
            "Click to share on X (Opens in new window)",
            "Like Loading...",
            "Subscribe to our Telegram channel for the latest updates",
            "You have reached your limit of free articles this month.",
            "Thanks for signing up!",
            "Enter your email address",
            "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "ADVERTISEMENT",
            "Download our app for the latest news",
            "Press shift question mark to access a list of keyboard shortcuts",
            "This video can not be played",
            "Also read:",
            "We use cookies to improve your experience on our site. By continuing to browse, you "
            "agree to our use of cookies.",
            "Was this article helpful?",
            "Continue reading the main story",
        ),
        "NL204": (
            "Home » News » Business",
            "Terms of Use | Privacy Policy | Cookie Settings | Contact Us | Advertise With Us",
            "The Harbour Daily supports the work of the Press Council of Ireland and the Office "
            "of the Press Ombudsman.",
            "Call or WhatsApp: +254 700 000 000",
            "Corporate Head Office: 15 Marina Road, Lagos Island, Lagos, Nigeria.",
            "Example Media Pte Ltd, 20 Harbour Drive, Singapore 117999",
            "CIN: U22120DL2005PTC000000",
            "About Us Contact Us Privacy Policy Disclaimer",
            "Quick Links",
            "Harbour Daily is published by Example Media Ltd, Level 3, 10 Quay Street, Auckland "
            "1010.",
            "Complaints: if you have a complaint about our editorial content, email "
            "readers.editor@harbourdaily.example",
            "Lakeside Press — Your trusted source for local news since 1898",
            "Co. Reg. No. 200412345K",
            "Privacy Policy · Terms of Use · Cookie Preferences · Advertise · Careers · Contact",
            "News / World / Africa",
            "Substack is the home for great culture",
        ),
        "NL205": (
            "(Reporting by {name} in Lagos; Editing by {name2})",
            "Reporting by {name} in Johannesburg; Additional reporting by {name2} in Cape Town; "
            "Editing by {name}",
            "(Reporting by {name}; Editing by {name2}; Writing by {name})",
            "— With files from The Canadian Press and Reuters",
            "Additional reporting by {name} in Nairobi and agencies",
            "– AAP",
            "This story has been published from a wire agency feed without modifications to "
            "the text. Only the headline has been changed.",
            "(Except for the headline, this story has not been edited by Valley Gazette staff "
            "and is published from a syndicated feed.)",
            "(NAN)",
            "Source: Xinhua",
            "Associated Press writer {name} in Wellington, New Zealand, contributed to this "
            "report.",
            "- RNZ",
            "– Bernama",
            "(Inputs from agencies)",
            "—{name} in Nairobi and {name2} in Addis Ababa contributed to this article.",
        ),
    },
    tuned_on=(
        "2026-11-22: NL105, NL201, NL202, NL204 and NL205 (NL101 was already 1.000). Measured "
        "untuned as in the note above (at 603e363: NL105 0.800, NL201 0.420, NL202 0.500, NL204 "
        "0.300, NL205 0.660; after batch F's changes 0.808, 0.468, 0.548, 0.492, 0.644); its "
        "misses led to general forms, no phrase of the batch added: NL105 reading times in "
        "their usual phrasings ('Estimated reading time: N minutes', 'N-minute read', 'Less "
        "than a minute read', 'Reads in N minutes', 'N min listen'), chains of date stamps and "
        "reading times joined by '•' '·' '|', '<analysis|opinion|commentary|review ...> by "
        "<Name>' bylines; NL201 '©<AGENCY or Name>/<Name>', '<Name>/<outlet ending in a "
        "newspaper word>' lines, grabs and stills ('<video|screen|frame> grab from <source>', "
        "'Still from video'), 'Photographer:'/'Camera:'/'Screengrab:'/'Composite:' labels, "
        "'<picture word> | <source>' and the reverse, a label with an ellipsis for its colon, "
        "shoot credits ('Photography by X; styling by Y'), '(<source or outlet>: <Name>)' "
        "glued to a caption, 'Courtesy of X', 'Pictured <where>:'; NL202 e-mail prompts and "
        "sign-up confirmations, player errors, metered-paywall notices, feedback widgets "
        "('Did you find this story useful?'), keyboard-shortcut help, messaging-app channel "
        "promotions (Telegram, WhatsApp, Signal ...), consent headings ('We care about your "
        "privacy'); NL204 taglines ('<Outlet> — <slogan>': 'your trusted source for', 'the "
        "voice of', 'since <year>'), '<office label>: <postal address>', desk contact "
        "sentences ending in an e-mail address, '<Outlet> is published by <company with a "
        "legal form>, <address>', statements about the press regulator or code an outlet "
        "follows, link-list headings ('Quick links', 'Our sites'), hosting-platform "
        "promotions, abbreviated registration labels ('Co. Reg. No.'); NL205 "
        "syndicated/agency-feed disclaimers, 'Inputs: <agency>', 'Input(s) from agencies', "
        "national agencies and public broadcasters of more countries ('(APP)', '(BSS)', '— "
        "Lusa', '- ABC News'). Afterwards 1.000 for every code; batches A-F too (their last "
        "NL201/NL202 misses fell into the same families)"
    ),
)

#: Written on 2026-11-22 by a second independent writer (a helper that had not seen the rules,
#: the packs, the tests, the other batches or any batch's misses), while batch G's misses
#: were being generalised; added here only after that round was finished. Measured once
#: untouched (2026-11-22, after the batch F and G rounds; ``python bench/quality.py``, seed 1):
#: NL101 1.000, NL105 0.684, NL201 0.840, NL202 0.888, NL204 0.820, NL205 0.932 (0.861 over
#: the six codes; batch G, untouched before those rounds: 0.300-1.000).
BATCH_H = Batch(
    "H",
    {
        "NL101": (
            "© {y} Harbour Daily. All rights reserved.",
            "Copyright © {y0}-{y} Valley Gazette Media Ltd",
            "© Copyright {y} Coastline Media Pty Ltd. All rights reserved.",
            "Copyright {y} Harbour Daily Media. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.",
            "(c) {y} Northfield Courier Group",
            "All content © {y} Riverbend Tribune unless otherwise stated.",
            "© {y}, Sahyadri Media Pvt Ltd. All Rights Reserved.",
            "Copyright © {y} Metro Pulse News | Powered by WordPress",
            "COPYRIGHT © {y} LAGOS CITIZEN. ALL RIGHTS RESERVED.",
            "© {y0}–{y} The Savannah Standard Group PLC",
            "Copyright ©{y} Kiwi Coast Media Limited",
            "© {y} Maria Okafor · Privacy ∙ Terms ∙ Collection notice",
            "© {y} Sunrise Publications Inc. All rights reserved. Reproduction in whole or in "
            "part without permission is prohibited.",
            "Copyright (C) {y} Pinewood Post, a division of Example Media Inc.",
            "© {y} Lion City Press Holdings. Co. Regn. No. 198402861E. All rights reserved.",
            "Content © {y} Maple Leaf Post Media Network Inc. All rights reserved.",
        ),
        "NL105": (
            "Published: {B} {d}, {Y} at {h12}:{mi} p.m. ET",
            "Updated: {B} {d}, {Y} {hh}:{mi} IST",
            "By {name} | {section} | {dd}/{mm}/{Y}",
            "{section} | By {name}",
            "{name}, Senior Correspondent",
            "{name} · 6 min read · {b} {d}, {Y}",
            "Last updated {dd}/{mm}/{Y} - {hh}:{mi}",
            "First published on {a} {d} {b} {Y} {hh}.{mi} BST",
            "BY {NAME}, STAFF WRITER",
            "Posted {b}. {d}, {Y} {h12}:{mi} a.m.",
            "Posted {a} {d} {b} {Y} at {h12}:{mi}pm",
            "{name} is a political reporter at Harbour Daily.",
            "Written by {name} and {name2}",
            "{section} • {B} {d}, {Y} • 3 min read",
            "By {name} - {section2} Editor",
            "Published {B} {d}, {Y} | {h12}:{mi}pm | Updated {dd}-{mm}-{Y}",
        ),
        "NL201": (
            "Photo: {name}/Getty Images",
            "(Photo by {name}/AFP via Getty Images)",
            "Firefighters battle the blaze near the highway on Sunday. Picture: {name}",
            "Image: Shutterstock",
            "FILE PHOTO: A logo is seen at the company's headquarters. REUTERS/{name}/File Photo",
            "Credit: {name} for Harbour Daily",
            "Supporters gather outside the court on Tuesday. (AP Photo/{name})",
            "{name} with her award at the ceremony. Photo / {name2}",
            "Picture: Supplied",
            "Image source, Getty Images",
            "Farmers protest near the district collectorate. Photo: PTI",
            "WATCH: Flood waters rise in the town centre (Video: {name})",
            "The new bridge was opened to traffic on Monday. | Photo Credit: Special Arrangement",
            "Students celebrate their results. Photo: {name} / Valley Gazette",
            "Photograph: {name}/The Harbour Daily",
            "Residents clear debris after the storm. Image courtesy: {name2}",
        ),
        "NL202": (
            "Share this article",
            "Sign up for our free morning newsletter and get the day's top stories in your inbox.",
            "Click here to join our WhatsApp channel for the latest updates",
            "Comments are closed.",
            "Advertisement",
            "We use cookies to improve your experience. By continuing to browse, you agree to our "
            "use of cookies.",
            "Subscribe now to continue reading",
            "Listen to this article",
            "Download the Harbour Daily app for breaking news alerts",
            "ALSO READ",
            "Recommended for you",
            "Text size A- A A+",
            "Share on Facebook Share on X Share via Email",
            "This content is only available to subscribers. Already a subscriber? Log in",
            "Leave a Reply Cancel reply",
            "Follow us on Google News",
        ),
        "NL204": (
            "Privacy Policy | Terms of Use | Contact Us | Advertise",
            "Home » News » Local",
            "harbourdaily.co.uk",
            "Valley Gazette Ltd, 12 Mill Street, Dundalk, Co. Louth, Ireland",
            "Registered in England and Wales. Company No. 01234567. Registered office: 4 Quay "
            "Road, Bristol BS1 4QA",
            "Harbour Daily is a member of the Independent Press Standards Organisation (IPSO)",
            "To report an error or request a correction, email corrections@valleygazette.com.au",
            "Contact: newsdesk@example-media.co.za | +27 21 555 0142",
            "About Us Careers Contact Sitemap",
            "Editorial Policy · Ethics Policy · Corrections Policy · Ownership and Funding "
            "Information",
            "Published by Lion City Press Pte Ltd (Co. Regn. No. 201912345K)",
            "Savannah Standard Group, Mombasa Road, P.O. Box 30080-00100, Nairobi, Kenya",
            "Coastline Media Pty Ltd ABN 63 112 345 678",
            "Home / Business / Markets",
            "CIN: U22121MH2005PTC154321",
            "Do Not Sell or Share My Personal Information",
        ),
        "NL205": (
            "(Reporting by {name}; Editing by {name2})",
            "- Agencies",
            "Additional reporting by {name}",
            "— With files from The Canadian Press",
            "(With inputs from PTI)",
            "AFP",
            "(ANI)",
            "{name} contributed to this report.",
            "Associated Press writer {name} in Manila contributed to this report.",
            "Additional reporting by {name} in Lagos and {name2} in Abuja",
            "(Reporting by {name} in Sydney; Writing by {name2})",
            "— AAP",
            "This article was originally published by Valley Gazette and is republished here with "
            "permission.",
            "With AFP and Reuters",
            "Compiled by {name}",
            "(This story has not been edited by Harbour Daily staff and is auto-generated from a "
            "syndicated feed.)",
        ),
    },
    tuned_on=(
        "2026-11-22: NL105, NL201, NL202, NL204 and NL205 (NL101 was already 1.000). Measured "
        "once untouched as in the note above (NL105 0.684, NL201 0.840, NL202 0.888, NL204 "
        "0.820, NL205 0.932); its misses led to general forms, no phrase of the batch added: "
        "NL105 header lines of parts joined by '|' '•' '·' or a spaced dash, each a stamp, a "
        "reading time, a 'By' byline, a name or a short section label ('<Name> · N min read · "
        "<date>', '<Section> • <date> • N min read', 'By <Name> | <Section> | <date>'), "
        "'Written by <Name> and <Name>', two joined verbs ('Reported and written by', 'Words and "
        "pictures by'), writers' one-line biographies ('<Name> is a <beat> <role> at/for "
        "<outlet>', '<Name> is <outlet>'s <role>', '... based in <place>', '<Name> covers "
        "<beat> for <outlet>'); NL201 embedded-media titles in capitals ('WATCH:', 'LISTEN |', "
        "'IN PICTURES:'), a credit after a separator at the end of a caption ('... | Photo: X', "
        "'... – Image: X'), a picture credit in brackets right after the last word "
        "('... (Video: X)'), 'special arrangement' as a picture source; NL202 subscriber-only "
        "notices ('this <story|video ...> is (only) available to / for <subscribers|members>', "
        "'Only subscribers can read this article', 'You need a subscription to read ...', with "
        "a call to act after them), app promotions ('Get/Download/Install the <Outlet> app (for "
        "<news words>)', '<alerts> on the <Outlet> app') and store badges; NL204 postal "
        "addresses of more countries (abbreviated counties and states, postcodes, a street "
        "without a number before a box, box numbers with a suffix, the number after the street "
        "as in much of Europe, 'rue'/'via' streets), sentences to a corrections desk without "
        "'our' or a desk label (about an error or a correction, to a newsroom mailbox such as "
        "corrections@ or standards@); NL205 republication notes ('This <article> was "
        "originally published by / first appeared in X', 'A version of this story appeared "
        "...', 'republished from X under a Creative Commons licence', 'Republished with "
        "permission from X', 'Originally published in X'). Afterwards 1.000 for every code; "
        "batches A-G still 1.000; clean sets a and b unchanged"
    ),
)


#: Written on 2026-11-22 by a third independent writer (a helper that had not seen the rules,
#: the packs, the tests, the other batches or any batch's misses), while batch H's misses
#: were being generalised; added here only after that round was finished. Asked to favour
#: outlets and page types the usual examples miss (local TV, public radio, regional chains,
#: Asian, African and Caribbean sites, student papers, app and AMP pages). Measured once
#: untouched (2026-11-22, after the H round; ``python bench/quality.py``, seed 1): NL101
#: 1.000, NL105 0.804, NL201 0.492, NL202 0.580, NL204 0.744, NL205 0.940 (0.760 over the
#: six codes).
BATCH_I = Batch(
    "I",
    {
        "NL101": (
            "© {y} Harbour Daily. All rights reserved.",
            "Copyright © {y0}-{y} Valley Gazette, a division of Example Media Group",
            "Copyright {y} by KXMP Channel 9 - All rights reserved.",
            "Copyright {y} Northfield Public Radio",
            "© {y} Example Media Ltd | Registered in England and Wales No. 04818273",
            "(c) {y} The Lakeside Courier, Inc.",
            "Copyright © {y} Mountain Star Newspapers Pty Ltd",
            "All content © {y} Karoo Herald (Pty) Ltd.",
            "© {y} Dhaka Ledger. Unauthorised use of content is strictly prohibited.",
            "Copyright {y}, The Campus Lantern, Riverton University Student Media",
            "Harbour Notes © {y}. Powered by Ghost",
            "© {y0}–{y} Prairie Post Media Inc. All rights reserved.",
            "Copyright © {y} Valley Gazette. Powered by Blogger.",
            "©{y} Lagos Evening Ledger | All Rights Reserved",
            "© {y} Harbour Notes · Privacy ∙ Terms ∙ Collection notice",
            "Copyright © {y} Island Voice Caribbean Ltd. Reproduction without permission "
            "prohibited.",
        ),
        "NL105": (
            "Published: {a}, {b} {d}, {Y} at {h12}:{mi} p.m.",
            "Updated: {h12}:{mi} PM CST {b} {d}, {Y}",
            "Posted: {B} {d}, {Y} / {h12}:{mi} PM EDT / Updated: {B} {d}, {Y} / {h12}:{mi} PM EDT",
            "{section} | By {name}",
            "By {NAME} | Staff Reporter",
            "{name} | Published {dd}/{mm}/{Y}, {hh}:{mi} IST",
            "Last Updated: {B} {d}, {Y}, {hh}:{mi} IST",
            "{hh}:{mi}, {d} {b} {Y} Updated {hh}:{mi}, {d} {b} {Y}",
            "{name} · 5 min read · {b} {d}, {Y}",
            "Listen to this article · {h12} min",
            "{name} covers {section} and {section2} for the Valley Gazette.",
            "BC-{section}--{section2},1st Ld-Writethru",
            "Written by {name} | Edited by {name2} | {b} {d}, {Y}",
            "{name}, Correspondent | {dd}.{mm}.{Y}",
            "By: {name} - Reporter / {h12}:{mi} AM {B} {dd}, {Y}",
            "{name}, {section} Editor",
        ),
        "NL201": (
            "Photo: {name}/Harbour Daily",
            "(Photo courtesy of {name})",
            "Crews clear debris on Main Street on Tuesday morning. (KXMP Photo/{name})",
            "PHOTO | {name} / Valley Gazette",
            "{name2} lifts the trophy after the final at Molesey Park. Picture: Supplied",
            "Students hold candles during the vigil. {name} | The Campus Lantern",
            "File photo: AFP",
            "Video: {name} for the Valley Gazette",
            "Floodwater covers the N2 near George on Sunday. Photo: {name}/Gallo Images",
            "toggle caption {name}/AP",
            "Traders at a market in Chow Kit, Kuala Lumpur. — Picture by {name}",
            "PHOTO BY {name}/ISLAND MIRROR",
            "Photograph: {name}/Getty Images",
            "{name2} in action against Dungannon. {name}/Sportsfile",
            "Motorists queue at a fuel station on Thika Road. PHOTO | FILE",
            "Photo: Collected",
        ),
        "NL202": (
            "Share on WhatsApp",
            "Get the day's top stories in your inbox every morning. Sign up for our free "
            "newsletter.",
            "Comments are closed.",
            "Download the KXMP 9 News app for breaking news alerts.",
            "We use cookies to give you the best experience. By continuing, you accept our use of "
            "cookies.",
            "ADVERTISEMENT - CONTINUE READING BELOW",
            "You've read 3 of 5 free articles this month. Subscribe for $1 a week.",
            "Tap to unmute",
            "Skip to main content",
            "Load more updates",
            "Was this article helpful? Yes No",
            "Print article | Email article | Decrease font | Increase font",
            "RELATED: Council approves new bus lanes on Harbour Road",
            "Join our WhatsApp channel for the latest updates",
            "Markets: Sensex ▲ Nifty ▼ | Weather: Mumbai 31°C",
            "Support local journalism. Become a member of Northfield Public Radio today.",
        ),
        "NL204": (
            "About Us | Contact Us | Advertise With Us | Privacy Policy | Terms of Service",
            "Harbour Daily is published by Example Media Ltd, 12 Quay Street, Cork T12 X8YP.",
            "Registered in Scotland No. SC214806. Registered office: 20 Market Street, Dundee DD1 "
            "3AA.",
            "FCC Public File | EEO Report | Closed Captioning Contact | Accessibility",
            "Home » Business » Markets",
            "valleygazette.co.nz",
            "This newspaper is regulated by IPSO. Complaints: editor@valleygazette.co.uk",
            "Our sister sites: Prairie Post | Lakeside Courier | Coastal Chronicle",
            "Ethics Policy · Corrections Policy · Ownership and Funding · Masthead",
            "Printed and published by Example Media (Pvt) Ltd, 45 Galle Road, Colombo 03.",
            "Tel: +254 20 555 0199 | Email: newsdesk@rifttimes.co.ke",
            "The Karoo Herald subscribes to the Press Code of the Press Council of South Africa.",
            "Do Not Sell or Share My Personal Information | Cookie Settings",
            "The Campus Lantern is the independent student newspaper of Riverton University.",
            "Island Voice, 3 Harbour Street, Kingston, Jamaica W.I. | Tel: 876-555-0147",
            "RNI Registration No. MAHENG/2011/40123",
        ),
        "NL205": (
            "(Reporting by {name}; Editing by {name2})",
            "- Agencies",
            "Additional reporting by {name} in Nairobi",
            "This report was produced in partnership with the Example News Collaborative.",
            "Copyright 2024 KXMP. All rights reserved. The Associated Press contributed to this "
            "report.",
            "— With files from The Canadian Press",
            "—APP",
            "— Bernama",
            "(With inputs from PTI)",
            "This story has been published from a wire agency feed without modifications to the "
            "text.",
            "— BSS",
            "— with AAP",
            "{name2} contributed to this report.",
            "(Reporting by {name} in Lagos and {name2} in Abuja)",
            "Source: NAN",
            "This article was originally published on The Conversation. Read the original article.",
        ),
    },
    tuned_on=(
        "2026-11-22: NL201 and NL202 only (NL105, NL204 and NL205 misses were read but left "
        "unchanged for lack of time; NL101 was already 1.000). Measured once untouched as in "
        "the note above (NL201 0.492, NL202 0.580); its misses led to general forms, no phrase "
        "of the batch added: NL201 'Photo by <Name>/<Outlet>', '<picture word> | <Name> / "
        "<Outlet>', sports picture agencies after a slash ('<Name>/Sportsfile', INPHO, Action "
        "Images, BPI, Imagn ...), a caption control before the credit ('hide caption "
        "<Name>/AP'), '<Name> | The <Outlet>' glued after a caption sentence, an outlet or call "
        "sign before 'Photo/<Name>' ('(WXYZ Photo/<Name>)'), '<picture word> | <source>' glued "
        "after a sentence; NL202 pagers ('Load more posts', 'Show 5 older posts'), rows of "
        "article tools and font-size controls joined by '|' '·' '•' '/', teaser labels with a "
        "capitalised headline ('RELATED: <headline>', 'See also: <Headline>'), inbox sign-up "
        "sentences with more adjectives and a call to sign up after them, appeals to support "
        "journalism with a call to become a member or donate, app promotions whose outlet name "
        "holds a digit, market and weather strips of labelled parts joined by '|' with index "
        "arrows or temperatures. Afterwards NL201 and NL202 1.000; batches A-H still 1.000; "
        "clean sets a, b and c unchanged. A second round on 2026-11-22 then tuned NL105, NL204 "
        "and NL205 on the batch (untouched until then: NL105 0.804, NL204 0.744, NL205 0.940); "
        "its misses led to general forms, no phrase of the batch added: NL105 wire-service "
        "routing lines (slugs of a 'BC-'/'AM-'/'PM-'/'AP-' prefix, a desk and keywords joined "
        "by hyphens, with a double hyphen or a version note such as '<n>th Ld-Writethru', and "
        "'Eds:' notes), an audio player's length ('Listen to this <story|article ...>' and a "
        "separator or brackets before minutes or m:ss), a numeric date after a '<Name>, "
        "<role>' byline; NL204 a qualifier before a link list's label ('Our <sister|partner|"
        "other ...> <sites|stations|titles ...>:'), a postal address joined by '|' '·' '•' "
        "with the site's contact items (maybe after the outlet's name), a registry's initials "
        "or kind before a registration label and codes of capitals and numbers joined by "
        "slashes, what an outlet calls itself ('<Outlet> is the/a <independent|student|"
        "nonprofit|reader-funded ...> <newspaper|newsroom|radio station ...> <of|for|serving|"
        "covering> <X>'); NL205 partner and funder notes ('This <story|article|reporting ...> "
        "was produced in partnership/collaboration with X', '... with support from / funded "
        "by X', '... is part of <a reporting project|a collaboration between ...|<Name> "
        "Project>', 'Produced in association with X'). Afterwards NL105, NL204 and NL205 "
        "1.000; batches A-H, the main table and clean sets a, b and c unchanged"
    ),
)


#: Written on 2026-11-22 by a fourth writer who had not seen the rules (page types of many
#: countries, long-tail wordings). Measured once untouched, after batch I's second round
#: (quality.py, seed 1): NL101 0.896, NL105 0.716, NL201 0.520, NL202 0.756, NL204 0.584,
#: NL205 0.868.
BATCH_J = Batch(
    "J",
    {
        "NL101": (
            "Copyright (c) {y0}-{y} The Tamarind Coast Chronicle | All Rights Reserved",
            "© Copyright {y}, Kestrel Valley Courier. Reproduction in whole or in part without "
            "written permission is prohibited.",
            "All content © {y} Lakeshore Broadcasting Inc., a subsidiary of Northgate Media "
            "Partners",
            "Copyright {y} Mombasa Tide Publishers Limited. ALL RIGHTS RESERVED",
            "©{y} Bayanihan Daily Online — All Rights Reserved — Powered by WordPress",
            "Copyright © {y0} – {y} Punjab Ledger Pvt. Ltd. Designed & Maintained by PixelForge "
            "Solutions",
            "COPYRIGHT © {y} THE CAMPUS SENTINEL, STUDENT PRESS OF NORTH SHORE COLLEGE",
            "(c){y} Highveld Media Holdings (Pty) Ltd. Terms of use apply.",
            "Content copyright {y}. Lagos Ledger Newspapers Ltd. Some rights reserved",
            "© {y} Dunmore Observer Ltd · Registered in Ireland No. 482119",
            "Copyright {y0}–{y}, Selangor Herald Sdn Bhd (123456-K). Hak cipta terpelihara.",
            "© {y} Grainline Trade Press • All rights reserved • ISSN 2049-7731",
            "This material is copyright © {y} Northside Local News Pty Ltd and may not be "
            "republished without permission.",
            "Copyright ©{y} by Breezeway Publishing Co. Ltd., Kingston, Jamaica W.I.",
            "{y} © Rawalpindi Evening Star. All rights are reserved by the publisher.",
            "© {y} The Margin Notes Substack ∙ Privacy ∙ Terms ∙ Collection notice",
        ),
        "NL105": (
            "Posted on {B} {d}, {Y} by {name}",
            "Last Updated: {B} {dd}, {Y}, {hh}:{mi} IST",
            "{section} | {name} | {a} {d} {b} {Y}",
            "By {NAME} | Published {d} {B} {Y}, {h12}:{mi}am",
            "First published on {a} {d} {b} {Y} {hh}.{mi} BST",
            "{name} · Follow · 6 min read · {b} {d}, {Y}",
            "Last modified on {a}, {dd}.{mm}.{Y}",
            "{section2} / {section} — {B} {d}, {Y} — {h12}:{mi} p.m. EAT",
            "Written by {name} on {dd}-{mm}-{Y}. Posted in {section}.",
            "{Y}-{mm}-{dd}T{hh}:{mi}:00+08:00",
            "Story by {name}, Staff Writer | Updated {b}. {d}, {Y}",
            "{a}, {B} {d} {Y} | {hh}:{mi} WAT",
            "Modified date: {d} {B} {Y} / Reading time: 4 minutes / Author: {name}",
            "PUBLISHED: {b} {dd}, {Y} {h12}:{mi} AM AEST | UPDATED: {b} {dd}, {Y} {h12}:{mi} PM "
            "AEST",
            "Filed under {section} · {name} and {name2} · {d} {b} {Y}",
            "{name}, {section} Correspondent — {dd}/{mm}/{Y} {hh}:{mi} hrs",
        ),
        "NL201": (
            "Photo: {name}/Reuters",
            "(Photo by {name}/AFP via Getty Images)",
            "Residents queue for water in Kibera on Tuesday. PHOTO | {name}",
            "FILE PHOTO: A logo is seen outside the company headquarters in Frankfurt. "
            "REUTERS/{name}/File Photo",
            "Image 3 of 12",
            "WATCH | Council votes on rezoning plan (2:14)",
            "Credit: {name} for The Ridgeway Gazette",
            "Picture: {name} / Supplied",
            "{name}/AP Photo, file",
            "Students march across the quad on Friday afternoon. (Courtesy of {name})",
            "Image source, {name}/PA Media",
            "▶ Video: {name2} reports from the flood zone in Sindh",
            "[AAP Image/{name}] NO ARCHIVING",
            "Pic courtesy: {name2}",
            "Photos by {name} and {name2} | Design by Studio Nine",
            "1 / 24 — The new terminal building at dusk. © {name}",
        ),
        "NL202": (
            "Share this article: Facebook Twitter LinkedIn WhatsApp Email",
            "Join our WhatsApp channel for breaking news alerts",
            "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "ALSO READ: Senate rejects bid to extend fuel levy",
            "Story continues below advertisement",
            "We use cookies to ensure you get the best experience on our website. By continuing "
            "to browse you agree to our use of cookies. Accept",
            "Skip to main content",
            "Get the Kestrel Valley app - tap to download",
            "You have 2 free articles remaining this month. Subscribe now for unlimited access.",
            "Print this page  |  Email to a friend",
            "Advertisement - Scroll to continue",
            "Sign up for The Morning Brief, delivered to your inbox every weekday at 6am.",
            "Recommended for you",
            "Tap here to keep reading →",
            "Already a subscriber? Log in",
        ),
        "NL204": (
            "About Us | Contact | Advertise | Privacy Policy | Terms of Service",
            "www.tamarindcoastchronicle.com",
            "Kestrel House, 14 Wharf Road, Nelson Bay NSW 2315 · Ph: (02) 4981 0000",
            "No part of this website may be reproduced without prior written consent of the "
            "publisher.",
            "Home • News • Sport • Business • Opinion • Lifestyle • E-Paper",
            "editor@lagosledger.ng | +234 803 000 1234",
            "Back to top ↑",
            "Registered with the Press Council of Ireland and the Office of the Press Ombudsman",
            "https://www.punjabledger.in/",
            "Sitemap · RSS Feeds · Careers · Corrections Policy",
            "Plot 42, Kimathi Street, P.O. Box 10233-00100, Nairobi, Kenya",
            "Owned and operated by Highveld Media Holdings (Pty) Ltd. Member of the Press "
            "Council of South Africa.",
            "Follow us: Facebook / X / Instagram / YouTube / TikTok",
            "bayanihandaily.ph",
            "Terms & Conditions - Cookie Settings - Accessibility - Do Not Sell My Personal "
            "Information",
            "Proudly student-run since 1962 | Contact the editors | Submit a tip",
        ),
        "NL205": (
            "Reporting by {name}; Editing by {name2}",
            "With files from {name} and The Canadian Press",
            "{name} contributed to this report from Lahore.",
            "This story was first published by Bayanihan Daily Online and is republished here "
            "with permission.",
            "(Additional reporting by {name} in Nairobi; Writing by {name2}; Editing by Rhona "
            "Fairweather)",
            "— AFP",
            "(With inputs from PTI)",
            "The Associated Press contributed to this story.",
            "This article originally appeared on Grainline Trade Press. Read the original here.",
            "— Bernama",
            "Compiled by {name} | Edited by {name2}",
            "-NAN",
            "Written by {name} with reporting by {name2}. Fact-checked by the Kestrel news desk.",
            "Distributed by Meridian Content Syndicate.",
            "Source: Xinhua",
            "— IANS/{name}",
        ),
    },
    tuned_on=(
        "2026-11-22: NL101, NL105, NL201, NL202, NL204 and NL205. Measured once untouched as "
        "in the note above (NL101 0.896, NL105 0.716, NL201 0.520, NL202 0.756, NL204 0.584, "
        "NL205 0.868); its misses led to general forms, no phrase of the batch added: NL101 "
        "the mark doubled in either order ('© Copyright <year>', '(c) Copyright <year>'), and "
        "a notice line of more than 15 words that reserves rights ('... without (our) written "
        "consent/permission', '... is prohibited', 'may not be reproduced') with nothing or "
        "the site's own content before the mark and no reporting verb; NL105 stamp labels with "
        "'date' ('Published date:', 'Date updated:'), header lines joined by spaced slashes, "
        "labelled bylines ('Author: <Name>', 'Reporting: <Name>'), two or three names joined "
        "by 'and' or '&' and a blog's category label ('Filed under <Section>', 'Posted in "
        "<Section>', 'Categories:') as parts of a header line, a category note after a "
        "posted-by stamp; NL201 play and camera glyphs before a caption line, the kind and a "
        "file or pool note after '<Name>/<agency>' ('<Name>/Reuters Pictures, Pool'), an "
        "agency's credit in square brackets, picture desks' usage restrictions in capitals "
        "after a credit ('NO SALES', 'MANDATORY CREDIT'), gallery counters ('Slide 4 of 10', "
        "'Photo 2/7', a bare '7/20:' before a caption), two or three photographers after "
        "'Pictures by', and glued to a caption '(Courtesy (of) X)', '<picture word> | <Name>' "
        "and '© <a person's name>'; NL202 a furniture option 'rows' (rules/README.md): a line "
        "of two to eight items joined by a spaced '|' '·' '•' '/' or dash, or after a label "
        "and a colon, every item furniture by the vocabulary score on its own ('Save article · "
        "Gift this article · Listen', 'Send via: WhatsApp Telegram Email'), and newsletter "
        "deliveries ('Subscribe to <Newsletter>, landing in your inbox each Monday', 'Get "
        "<Newsletter> delivered to your inbox'); NL204 rows of link texts, desk and news-tip "
        "links with a slogan or a copyright notice among them ('Est. 1887 · Send us your news "
        "· Terms of use'), arrows around back links ('▲ Top of page'), the premises before an "
        "address ('Suite/Plot/Lot/Stand <n>,'), abbreviated contact labels ('T:', 'Mob:'), two "
        "verbs before 'by' in an imprint ('Run and managed by <company>'), two or three "
        "imprint sentences on one line, regulator statements without their subject "
        "('Independently regulated by <regulator>', 'Signatory to <code>'), spaced slashes "
        "after a link list's label; NL205 an agency and its writer in brackets or after a dash "
        "('(AFP/jd)', '[Reuters/<Name>]'), a syndicate or agency that supplies the story "
        "('Syndicated by <Name> News Service', 'Supplied through <Name> Features Agency'). "
        "Afterwards 1.000 for every code; batches A-I still 1.000; the main table (precision "
        "1.000 for every default rule, 0.0% of untouched articles flagged) and clean sets a, b "
        "and c unchanged; per-article cost of NL202 +5%, NL204 +4%, the other four unchanged"
    ),
)

#: Written on 2026-11-22 by a fifth writer who had not seen the rules or earlier batches
#: (hyperlocal, student, broadcaster, trade, nonprofit, newsletter, aggregator, live-blog,
#: podcast, sports, business-wire and press-office pages of many regions). Measured once
#: untouched, after batch J's round (quality.py, seed 1): NL101 1.000, NL105 0.500, NL201
#: 0.700, NL202 0.324, NL204 0.400, NL205 0.704 (0.605 over the six).
BATCH_K = Batch(
    "K",
    {
        "NL101": (
            "Copyright © {y0}–{y} The Glenmoor Gazette Community Media CIC · Registered in "
            "Scotland No. SC481129",
            "©{y} Baltic Ledger OÜ. Use of materials is permitted only with an active hyperlink "
            "to the source.",
            "All content copyright {y} The Varsity Lantern, the independent student newspaper "
            "of Hollins State University",
            "COPYRIGHT © {y} MERIDIAN TRADE PRESS LTD — NO PART OF THIS PUBLICATION MAY BE "
            "REPRODUCED, STORED OR TRANSMITTED WITHOUT PRIOR WRITTEN PERMISSION",
            "Copyright {y} Harborline Investigations. Republish our work free under a Creative "
            "Commons Attribution-NoDerivatives 4.0 licence.",
            "© {y0}-{y} Pulse Aggregate Inc. · Terms · Privacy · Headlines link to their "
            "original publishers",
            "Site and contents copyright {y}, Whanganui River Times Ltd — proudly NZ owned and "
            "operated",
            "© {y} The Kampala Sentinel Publications Limited, a member of the Sentinel Group of "
            "Companies. All Rights Reserved",
            "Copyright © {y} Al-Rawda Media Group FZ-LLC, Dubai Media City. Reproduction in "
            "whole or in part in any form or medium without express written permission is "
            "prohibited.",
            "{y} © Tasman Pacific Broadcasting Corporation | Content may not be reproduced "
            "without permission",
            "Copyright ©{y} Manila Harbor Chronicle | Powered by Newsroom Pro",
            "Press release distributed by Bayview Business Wire. Copyright © {y} Bayview "
            "Communications LLC.",
            "© Crown copyright {y} — Northern Isles Council Press Office",
            "Todos los derechos reservados © {y} El Faro Andino · English Edition",
            "copyright {y0}-{y} fjordposten.no – ansvarlig redaktør: Siv Eriksen",
            "(c) Copyright Thomson Reuters {y}. Click For Restrictions",
        ),
        "NL105": (
            "By {name} | {section} | {B} {d}, {Y} at {h12}:{mi} p.m.",
            "Published: {dd}.{mm}.{Y} {hh}:{mi} | Updated: {dd}.{mm}.{Y} {hh}:{mi}",
            "{section} » {section2} » {a}, {d} {B} {Y}",
            "Last modified on {a} {dd} {B} {Y} {hh}.{mi} BST",
            "🕑 4-minute read · Updated {b} {d}",
            "Story by {name} • Photos by {name2} • {B} {d}, {Y}",
            "Updated {hh}:{mi} NZST, {a} {d} {B} {Y}",
            "Posted in {section}, {section2} on {mm}/{dd}/{Y} by {name}",
            "{name} covers {section} and {section2} for the Carrick Weekly. Got a tip? Reach "
            "them on Signal or drop by the newsroom on Bridge Street.",
            "Episode 212 · {B} {d}, {Y} · 38 min",
            "Filed under {section} | {NAME}, CONTRIBUTING REPORTER | {b}. {d}, {Y}",
            "UPDATED {B} {d}, {Y} {h12}:{mi} PM ET | ORIGINALLY PUBLISHED {b} {d}",
            "Issue #148 — sent to subscribers on {a}, {B} {d}",
            "{d}. {B} {Y} kl. {hh}.{mi}",
            "Davao Bayfront Star | Posted: {B} {d}, {Y} {hh}:{mi} PHT",
            "Live updates, {a} {d} {b} — last refreshed {hh}:{mi} WAT",
        ),
        "NL201": (
            "Residents queue for water at a borehole in Kibera on Tuesday. Picture: {name}",
            "FILE PHOTO: Workers load cocoa sacks at Tema port, Ghana. REUTERS/{name}/File Photo",
            "Photo 3 of 14 | {name} for The Hill Country Voice",
            "▶ WATCH | Council meeting erupts over rates hike (2:41) — video by {name}",
            "Illustration: {name2}; source images via Getty",
            "Credit: {name} / AFP via Getty Images",
            "The Tāmaki Drive seawall after Sunday's storm surge. (Supplied: {name})",
            "Photographer: {name}/Bloomberg",
            "Students hold candles on the quad during Thursday's vigil. — Photo courtesy of "
            "{name} '26",
            "EPA-EFE/{name}",
            "An undated handout image released by the ministry. Handout via REUTERS ATTENTION "
            "EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
            "Hearts players celebrate at full time at Tynecastle [{name}/SNS Group]",
            "Photo/{name} (Xinhua)",
            "Fot. {name}/PAP",
            "(Video still: {name2}/Reuters TV)",
            "Caption: Floodwater over the Kings Road near Lautoka. Photo: {name}/Fiji Pacific Sun",
        ),
        "NL202": (
            "Share this: WhatsApp | Telegram | Viber | Copy link",
            "Get The Morning Gather from the Carrick Weekly in your inbox every weekday — it's "
            "free",
            "Comments are pre-moderated and may take up to 24 hours to appear. Please keep it "
            "civil and on topic.",
            "MORE FROM ANDEAN POST ENGLISH",
            "Keep scrolling to continue reading",
            "We and our 214 partners use cookies to personalise content and ads. You can change "
            'your choices at any time via "Privacy settings" at the bottom of the page. Accept '
            "all / Reject all / Manage options",
            "— Advertisement — scroll to continue with content",
            "Open in the NewsPulse app for a better experience   Open   Not now",
            "You've read 3 of your 5 free articles this month. Subscribe from $1 a week, cancel "
            "anytime.",
            "Print | Email | A- A+",
            "Pinned · Auto-refresh is ON · Newest first",
            "⏵ Play episode   1x   Download   Follow on Apple Podcasts",
            "READ ALSO: Sofia transport strike enters third day",
            "Accessibility: High contrast | Larger text | Dyslexia-friendly font",
            "Donate today and help keep Teesdale's only newspaper free to read",
            "Listen to this story — voiced by AI",
        ),
        "NL204": (
            "About Us | Contact | Advertise With Us | Ethics Policy | Corrections | Careers",
            "www.tayside-bulletin.co.uk",
            "The Kampala Sentinel, Plot 14 Jinja Road, P.O. Box 7712, Kampala, Uganda · Tel: "
            "+256 414 230 000",
            "This newspaper is a member of the Independent Press Standards Organisation (IPSO) "
            "and abides by the Editors' Code of Practice",
            "Lagos Heartbeat 101.9 FM is licensed by the National Broadcasting Commission",
            "Back to top ↑",
            "The Carrick Weekly is a project of the Carrick Community News Trust, a 501(c)(3) "
            "nonprofit. Donations are tax-deductible to the extent allowed by law.",
            "Sitemap · RSS · Accessibility statement · Do Not Sell or Share My Personal "
            "Information",
            "Editor-in-chief: Mirela Dobreva. Media registration certificate № 2211/17 issued "
            "by the Council for Electronic Media.",
            "Fjordposten works according to the rules for good press practice in the Norwegian "
            "Press Association's Vær Varsom poster",
            "« Previous post          Next post »",
            "Cymraeg | English",
            "Registered office: 4 Quay Street, Lerwick ZE1 0AA. Company No. SC302211. VAT No. "
            "GB 842 1123 07",
            "Scores · Fixtures · Tables · Transfers · Podcasts · Shop",
            "KDN PP 17722/05/2013 (032936)",
            "Oficina de redacción: Av. Arequipa 1120, Lima 15046, Perú — English desk: "
            "newsroom@elfaroandino.pe",
        ),
        "NL205": (
            "Reporting by {name} in Lagos; Editing by {name2}",
            "— With files from The Canadian Press",
            "{name} contributed reporting from Tbilisi.",
            "This story was originally published by Harborline Investigations and is "
            "republished here under a Creative Commons licence.",
            "Translated from the Spanish by {name}.",
            "Additional reporting: {name}, {name2}",
            "(Writing by {name}; additional reporting by {name2} in Hanoi)",
            "-- Bernama",
            "Source: Xinhua | Editor: {name}",
            "{name} is a corps member with the Rural Health Reporting Fellowship, which places "
            "journalists in under-covered communities.",
            "Compiled by {name} from wire reports",
            "This report was produced in partnership with the Pacific Climate Reporting Network.",
            "Edited by {name2} | Fact-checked by {name}",
            "SOURCE Bayview Logistics Inc.",
            "/ENDS",
            "(With inputs from agencies)",
        ),
    },
    tuned_on=(
        "2026-11-22: NL105, NL201, NL202, NL204 and NL205 (NL101 was already 1.000). Measured "
        "once untouched as in the note above (NL105 0.500, NL201 0.700, NL202 0.324, NL204 "
        "0.400, NL205 0.704); its misses led to general forms, no phrase of the batch added: "
        "NL105 a newsletter's issue and a podcast's episode as parts of a header line, with "
        "when the issue went out and the episode's length ('Edition 31 — delivered to readers "
        "on <date>', 'Season 2, Episode 14 | <date> | 52 min'), picture credits beside the "
        "byline ('Words by <Name> · Pictures by <Name> · <date>'), a live blog's label and a "
        "refresh stamp, a blog's categories inside a posted stamp before or after the date, a "
        "day written with a full stop and the clock words of other languages ('4. June 2021 "
        "klo 09.12'), pictographs before a stamp, a breadcrumb ending in a date, a writer's "
        "biography with a question asking for tips before the call to reach the writer; NL201 "
        "a photographer and an agency in square brackets right after a caption's last word, "
        "picture labels of other languages and abbreviated ('Foto:', 'Kuva:', 'Fot. <Name>/"
        "<agency>'), national and picture agencies after a photographer's slash ('<Name>/MTI', "
        "'<Name>/Lehtikuva'), 'Photo courtesy of <Name>' after a separator with a student's "
        "class year, an agency in brackets after 'Photo/<Name>'; NL202 cookie notices that name "
        "the site's partners, comment-moderation notices, accessibility and display toolbars, "
        "rows of player and live-blog controls joined by runs of spaces with durations and "
        "playback speeds between them (the furniture option 'rows', rules/README.md), more "
        "share targets and live-blog controls in the vocabulary ('Viber', 'Pinned', 'Newest "
        "first'), teaser headings with a name ('More from <Outlet>', 'More stories by "
        "<Writer>'), app interstitials with the app's name, a promise and buttons, notes on "
        "audio read by AI, appeals to give to keep an outlet or its journalism going, "
        "newsletters from an outlet in the inbox, maybe free; NL204 office labels of other "
        "languages and abbreviated street words ('Oficina central:', 'Av.'), a plot number "
        "standing for the street number, an address and the site's contacts after a spaced "
        "dash, a masthead item and a medium's registration certificate as imprint sentences, "
        "media licences, the press-ethics code an outlet works by and a broadcaster's licence "
        "(a station's frequency in its name), publishing permit codes of initials, a serial "
        "number and the month and year of issue, language switchers naming each language in "
        "its own language, nonprofit notes ('<Outlet> is a project of <Trust>, a 501(c)(3) "
        "nonprofit', 'Donations are tax-deductible ...' beside it), pagers of two links; NL205 "
        "translators' credits with the source language, a press release's 'SOURCE <issuer>' "
        "line and end marks ('ENDS', '- 30 -', '# # #'), notes on the writer's reporting "
        "fellowship or the programme that funds the beat (a word of journalism in the role or "
        "the programme). Afterwards 1.000 for every code; batches A-J still 1.000; the main "
        "table (precision 1.000 for every default rule, 0.0% of untouched articles flagged), "
        "clean sets a-d and the seeds unchanged, set e's NL201 and NL204 alarms gone (its "
        "note); per-article cost (each rule alone, HEAD against the round back to back) NL105 "
        "+3%, NL201 +3%, NL204 +2%, NL205 +3%, NL202 -10% (its whole-line phrases are looked "
        "up by the line's words instead of tried as branches of the regex at every line, and "
        "the market strip's look-ahead waits for the label's colon: paying for the new "
        "patterns)"
    ),
)

#: Written on 2026-11-22 by a sixth writer who had not seen the rules or earlier batches
#: (mainstream and long-tail sources of many countries, evenly). Measured once untouched,
#: on the session's final rules, after batch K's round (quality.py, seed 1): NL101 1.000,
#: NL105 0.792, NL201 0.808, NL202 0.876, NL204 0.584, NL205 0.944 (0.834 over the six).
BATCH_L = Batch(
    "L",
    {
        "NL101": (
            "© {y} The Harrowgate Courier. All rights reserved.",
            "Copyright © {y0}-{y} Lakeshore Media Group Inc. All Rights Reserved.",
            "(c) {y} Kestrel Valley Gazette Ltd | Registered in England & Wales No. 04418823",
            "COPYRIGHT {y} NORTHSIDE DUBLIN PRESS LTD",
            "All content © Copyright {y} Coastline Radio & Television Pty Ltd",
            "© The Waitaha Star {y}",
            "Copyright © {y0}–{y}, Daily Meridian Lahore. Published by Meridian Publications "
            "(Pvt) Ltd.",
            "©{y} The Sunrise Observer, Dhaka — all rights reserved",
            "Copyright {y} by Lagos Metro Times Ltd. No part of this site may be reproduced "
            "without written permission.",
            "© Copyright {y0} - {y} Kasoa Weekly Online. Designed by Adinkra Digital",
            "Copyright © {y} Lion City Ledger Pte Ltd. Co. Regn. No. 198402868E. All rights "
            "reserved.",
            "© {y} Gulf Dunes Media FZ-LLC. All rights reserved | Terms | Privacy",
            "Copyright {y} © The Quad Crier, the independent student voice of Westbrook "
            "University since 1921",
            "{y} © Riverside Rambler. Proudly powered by WordPress.",
            "Content © {y} Island Tide News, Bridgetown, Barbados. Reproduction in whole or in "
            "part is prohibited.",
            "Material on this site is © {y} Prairie Civic Newsroom, a 501(c)(3) nonprofit, and "
            "is licensed under CC BY-ND 4.0.",
        ),
        "NL105": (
            "Published: {d} {B} {Y}, {hh}:{mi} GMT",
            "Updated {a}, {b} {d}, {Y} at {h12}:{mi} p.m. ET",
            "Posted on {B} {d}, {Y} by {name}",
            "By {NAME} | {section} | {dd}/{mm}/{Y}",
            "{section} | {name}",
            "Last modified: {dd}.{mm}.{Y} {hh}:{mi} IST",
            "{name}, Staff Reporter   •   {a} {d} {b} {Y}",
            "4 min read · {b} {d}, {Y}",
            "First published on {a} {d} {B} {Y} {hh}.{mi} BST",
            "Updated: {Y}-{mm}-{dd}T{hh}:{mi}:00+08:00",
            "{section} » {section2} | {d} {B} {Y}",
            "LAST UPDATED {hh}:{mi}, {a} {d} {b} {Y}",
            "Posted at {b} {dd} {Y} {h12}:{mi} PM | Updated as of {b} {dd} {Y} {h12}:{mi} PM",
            "{B} {d}, {Y} {h12}:{mi} pm  |  {name}  |  {section}",
            "About the author: {name} covers {section} and {section2} from our Nairobi bureau. "
            "Reading time: 6 minutes",
            "by {name} and {name2} / {dd}-{mm}-{Y} / {section}",
        ),
        "NL201": (
            "Photo: {name}/Reuters",
            "(Photo by {name}/Getty Images)",
            "FILE PHOTO: Commuters walk past the central bank headquarters in Nairobi. "
            "REUTERS/{name}/File Photo",
            "Supporters cheer at Saturday's rally. | Photo courtesy of {name}",
            "Picture: {name} / AFP",
            "Credit: {name}, Supplied",
            "Pic: {name}",
            "[Photo: {name}/PNA]",
            "The minister speaks to reporters outside parliament. —Photo by {name}",
            "Photograph: {name}/EPA-EFE",
            "{name} (left) and {name2} at the launch on Friday. IMAGE: Bernama",
            "WATCH: Residents describe the flooding (Video: {name2})",
            "Image: Supplied",
            "(Xinhua/{name})",
            "Photo credit: {name2} for The Highland Record",
            "Copyright: {name}/Shutterstock",
        ),
        "NL202": (
            "Share this article",
            "Share on Facebook Share on X Share on WhatsApp Copy link",
            "Sign up for our free morning newsletter and get the day's top stories in your inbox.",
            "Leave a Reply Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "RELATED: Council approves new bus depot after two-year delay",
            "Story continues below advertisement",
            "We use cookies to improve your experience. By continuing to browse, you agree to "
            "our use of cookies. Accept",
            "ADVERTISEMENT",
            "Skip to main content",
            "Download the app for breaking news alerts — available on iOS and Android",
            "Subscribe to continue reading. Already a subscriber? Log in",
            "Print this page | Email this story",
            "Play Video  0:00 / 2:31  Mute  Fullscreen",
            "ALSO READ | Monsoon session likely to begin on July 20",
            "Click here to join our WhatsApp channel for the latest updates",
        ),
        "NL204": (
            "About Us | Contact Us | Advertise | Careers | Privacy Policy | Terms & Conditions",
            "www.kilkennyriverside.ie",
            "Floor 4, Unity House, 12 Marina Road, Lagos Island, Lagos. Tel: +234 1 555 0142",
            "Editorial enquiries: newsdesk@harbourdaily.co.nz",
            "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of "
            "Service apply.",
            "The Coastal Mirror is published by Coastal Mirror Media Ltd, a company registered "
            "in England No. 02233871. Registered office: 9 Quay Street, Whitby YO21 1PQ.",
            "Sitemap · Accessibility · Cookie Settings · Do Not Sell or Share My Personal "
            "Information",
            "FOLLOW US: Facebook  Instagram  YouTube  TikTok",
            "Printed and published by R. Menon on behalf of Malabar Daily Publications Pvt Ltd, "
            "22 MG Road, Kochi 682011. Editor: S. Iyer (responsible for selection of news under "
            "the PRB Act).",
            "Back to top ↑",
            "The Highveld Mail subscribes to the Press Code of South Africa. Complaints: "
            "ombud@highveldmail.co.za",
            "Powered by WordPress | Theme: NewsPaperly by ThemeForge",
            "Hong Kong office: 18/F, Pacific Tower, 88 Queen's Road Central | Tel (852) 2555 0190",
            "Disclaimer: Views expressed by contributors are their own and do not necessarily "
            "reflect those of the publication.",
            "https://www.manilabayexpress.ph",
            "All Rights Reserved - Terms of Use - Privacy Notice - Corrections Policy",
        ),
        "NL205": (
            "— With files from The Canadian Press",
            "Reporting by {name}; Editing by {name2}",
            "(Reporting by {name} in Karachi; writing and editing by {name2})",
            "Associated Press writer {name} contributed to this report.",
            "-- AFP",
            "—PTI",
            "Additional reporting by {name2}",
            "This story was originally published by Prairie Civic Newsroom and is republished "
            "here under a Creative Commons licence.",
            "With inputs from agencies",
            "– Bernama",
            "{name} and {name2} contributed reporting.",
            "Compiled by {name} | Edited by {name2}",
            "AAP",
            "(Xinhua)",
            "Story: {name}. Pictures: {name2}.",
            "This article was produced in partnership with the Great Lakes Reporting "
            "Collaborative.",
        ),
    },
)

#: NL202 lines of the batches that rules/web_boilerplate.yaml already listed as phrases at
#: commit a9b2917, before the batches were written (common phrasings both sides know). A pack
#: phrase matching any other batch line was added later: the batch is then no longer held out.
PREEXISTING_PACK_PHRASES = frozenset(
    {
        "advertisement - scroll to continue",  # batch J
        "story continues below advertisement",  # batch J
        "already a subscriber? log in",  # batch J
        "accept all cookies",
        "back to top",
        "load more",
        "scroll to continue with content",
        "share this story",
        "sponsored content",
        "trending now",
        "view comments",
        "you might also like",
        "click here to subscribe",
        "popular now",
        "post a comment",
        "recommended stories",
        # batch F lines the pack already listed (phrases or examples) when F was written,
        # before this round's changes: F's NL202 recall is also reported without them
        "already have an account? sign in",
        "most viewed",
        "next article",
        "read in app",
        # batch G lines (by an independent writer) the pack already listed at 603e363, when
        # G was written: common phrasings both sides know
        "advertisement",
        "download our app for the latest news",
        "leave a reply cancel reply",
        "continue reading the main story",
        "your email address will not be published. required fields are marked *",
        # batch H lines (a second independent writer) the pack listed at 603e363, long before
        # H was written
        "recommended for you",
        "share this article",
        "also read",
        # batch I lines (a third independent writer) the pack listed at 603e363
        "skip to main content",
    }
)

#: Batch lines that were already among the benchmark's own injected phrasings (``_corpus``)
#: when the batch was written: common phrasings an independent writer also chose.
PREEXISTING_TUNED_PHRASES: dict[str, frozenset[str]] = {
    "G": frozenset(
        {
            "{section} | By {name}",
            "(Photo by {name}/Getty Images)",
            "Continue reading the main story",
            "Download our app for the latest news",
            "Leave a Reply Cancel reply",
        }
    ),
    "H": frozenset(
        {
            "{section} | By {name}",
            "First published on {a} {d} {b} {Y} {hh}.{mi} BST",
            "Picture: Supplied",
            "Share this article",
            "Advertisement",
            "Listen to this article",
            "Leave a Reply Cancel reply",
            "(Reporting by {name}; Editing by {name2})",
            "— With files from The Canadian Press",
        }
    ),
    "I": frozenset(
        {
            "{section} | By {name}",
            "ADVERTISEMENT - CONTINUE READING BELOW",
            "— With files from The Canadian Press",
            "(Reporting by {name}; Editing by {name2})",
        }
    ),
    "J": frozenset(
        {
            "First published on {a} {d} {b} {Y} {hh}.{mi} BST",
            "Leave a Reply Cancel reply",
            "Already a subscriber? Log in",
        }
    ),
    "L": frozenset(
        {
            "(Photo by {name}/Getty Images)",
            "Leave a Reply Cancel reply",
            "Share this article",
            "— With files from The Canadian Press",
        }
    ),
    "K": frozenset(
        {
            "— With files from The Canadian Press",
        }
    ),
}


@dataclass(frozen=True)
class CleanSet:
    """A directory of ``bench/clean_held_out``: clean articles (hard negatives) written by
    someone who had not seen the rules, each opening with a different dateline form. Their
    false alarms are reported apart from the main table."""

    name: str
    written: str
    tuned_on: str = ""  # empty: still held out


CLEAN_SETS: tuple[CleanSet, ...] = (
    CleanSet(
        "a",
        "2026-11-22, with batch G, by a writer who had not seen the rules: reporting about "
        "photos, copyright cases, newsletters and web addresses, a Q&A, live-blog timestamps, "
        "results lines, label-style fact lines. Measured once untouched (code of 603e363): "
        "only NL102 fired on a default rule: 20 of the 30 dateline forms accepted (10 "
        "articles, both renderings); NL301 (off by default) on 1 article",
        tuned_on=(
            "2026-11-22: NL102 accepts 30 of the 30 forms (was 20) after general changes: an "
            "agency in brackets and no dash before the text (IANS/PTI style, with a date or a "
            "known agency), press-release slash agencies ('/PRNewswire/ --') and TASS "
            "('/TASS/.'), a day before a colon ('NOV 5:'), Title-case places (with particles: "
            "'Port-au-Prince', 'Rio de Janeiro') before a dash, a colon or, after a region or "
            "date, a pipe ('Columbus, Ohio —', 'Wellington, 4 June:', 'Lagos, Nigeria |', "
            "'Dubai:', 'Cork –') when a sentence follows and the first word is no label, "
            "salutation, section or sentence subject; 'city not in capitals' only for a "
            "lower-case city, and a Title-case word before a dash is no longer called a "
            "malformed dateline ('Officials — who ...' is a sentence). No default rule fires "
            "on the set now (NL301, off by default, on 1 article)"
        ),
    ),
    CleanSet(
        "b",
        "2026-11-22, with batch H, by a second writer who had not seen the rules: a court "
        "report, business figures as prose lines, results lists, scores, weather, science, "
        "an interview, a column, a review, an explainer with question subheadings, stories "
        "about a newspaper and a broadcaster, 'All rights reserved' and 'Terms of service' "
        "as subjects of reporting. Measured once untouched (after the batch G round): 27 of "
        "the 30 dateline forms accepted ('singapore —' lower case, 'Pune |', 'Aug. 14 (UPI) "
        "--' without a place); NL305 on the four 'Net income: $512 million, up 9%' fact "
        "lines of one results story; no other default rule fired (NL301, off by default, on "
        "6 articles)",
        tuned_on=(
            "2026-11-22: NL305 skips stand-alone '<Label>: <value>' fact lines (a label of 1-4 "
            "words that is no clause, a value of at most 12 words with a figure or mostly "
            "capitalised, not ending on a function word: 'Net income: $512 million, up 9%'); "
            "NL102 accepts 29 of the 30 forms (was 27) after general changes: no place, an "
            "agency in brackets and a dash ('(CNN) —', or a date and a capitalised agency: "
            "'Aug. 14 (UPI) --'), one or two place words then a pipe when a lede sentence "
            "follows (a verb, a sentence end or a long line, no section or byline word: "
            "'Pune |', not 'Opinion |', 'Cricket |', 'World | Jane Doe', 'Economy | By'); "
            "'singapore —' stays a finding, now 'malformed dateline ...: city not in "
            "capitals'. No other default rule fires on the set (NL301, off by default, on 6 "
            "articles)"
        ),
    ),
    CleanSet(
        "c",
        "2026-11-22, with batch I, by a third writer who had not seen the rules: a live blog, "
        "a match report with line-ups, a stock-market report, a recipe-style story with "
        "ingredient lines, election counts, a court report with case numbers, a tech story "
        "with URLs and settings menus, cookies (the food), a newsletter business story, a "
        "quoted social-media post, an obituary, timetable lines, award winners, a column, a "
        "correction in prose; datelines of local TV, regional papers, Asian and African wires, "
        "press-release wires. Measured once untouched (after the batch H round): 26 of the 30 "
        "dateline forms accepted ('BRIDGETOWN, Barbados, Jan 9, CMC –' and 'Ho, May 21, GNA -' "
        "with the agency unbracketed, 'STORNOWAY, Isle of Lewis —' with a three-word region, "
        "ANI's 'Srinagar (Jammu and Kashmir) [India], March 8 (ANI):'); NL304 on 'Wagga Wagga' "
        "(a reduplicated place name, 6 times in one article); NL302 on a wrapped line 'the "
        "official said.' ending two paragraphs (80-column rendering); no other default rule "
        "(NL301, off by default, on 2 articles)",
        tuned_on=(
            "2026-11-22: NL102 accepts 30 of the 30 forms (was 26) after general changes: an "
            "agency's abbreviation in capitals, unbracketed, after the date and a comma, then a "
            "dash and a capitalised text ('KINGSTON, Jamaica, Feb 3, CMC –', not 'PARIS, Jan 9, "
            "NATO said'), regions of up to three capitalised words with one lower-case joining "
            "word ('Isle of Skye', 'Trinidad and Tobago', 'Republic of the Congo') unless they "
            "open with a role, an organisation or a label ('Chair of the Trust', 'Friends of "
            "the Earth'), a bracketed region and a square-bracketed country after the city with "
            "a date and an agency (ANI style); NL304 skips two identical capitalised copies as a "
            "reduplicated name ('Wagga Wagga', 'PAGO PAGO') except a function word opening a "
            "sentence ('The The'); a line after a comma and closing quotes ('... observers,\"') "
            "is a continuation line, and NL302 compares a continuation line together with the "
            "lines it continues (a repeated paragraph is still reported, two paragraphs "
            "wrapping onto the same tail are not). No default rule fires on the set now "
            "(NL301, off by default, on 2 articles); main table, batches and sets a, b "
            "unchanged"
        ),
    ),
    CleanSet(
        "d",
        "2026-11-22, with batch J, by a fourth writer who had not seen the rules: many named "
        "people, organisations and places with every attribution form ('said X', 'X said', "
        "titles, mononyms, capitals standing for governments, organisations named by a short "
        "name), quotes running across paragraphs, follow-ups, a roundup, a briefs column, an "
        "explainer with question subheads, profiles with history sections, 'Background:' "
        "paragraphs, a press release with an 'About' section, reporting about cookies, "
        "copyright, photos and newsletters, label: value lines, a short list; 30 dateline "
        "forms (press-release wires, Indian, African, Malaysian, Caribbean, two cities, no "
        "city). Measured once untouched (after batch I's second round, with NL306 and "
        "NL307 new): 28 of the 30 dateline forms accepted ('ADELAIDE, July 16 AAP -' with the "
        "agency unbracketed and no comma, 'OTTAWA/WASHINGTON, May 6 (Reuters) -' with two "
        "cities); NL306 on 3 articles ('Zhang said' and 'Liu said' after 'Zhang Wei' and 'Liu "
        "Yang', surname first; 'Ottawa said' and 'Washington said' for governments; 'said "
        "Engr.' before a name); NL305 on one survey story's 'Stunting, children under five: "
        "23.6 per cent' lines and one release's specification lines; NL303 on one press "
        "release in the one-per-line rendering, read as one wrapped paragraph because its "
        "fact lines and lead-in end without a full stop; NL307 on none (NL301, off by "
        "default, on 4 articles)",
        tuned_on=(
            "2026-11-22: NL102 accepts 30 of the 30 forms (was 28) after general changes: an "
            "agency's abbreviation in capitals, unbracketed, after the date without a comma "
            "too, then a dash and a capitalised text ('HOBART, Oct 3 AAP -', not 'PARIS, Jan 9 "
            "NATO said' or a lower-case text), two or three cities in capitals or Title case "
            "joined by '/' with a date or an agency after them ('LIMA/LA PAZ, March 11 "
            "(Reuters) -', 'Brussels/Berlin/Warsaw, June 2 (AFP) -', not 'US/EU —'); NL305 "
            "skips fact lines whose label has a qualifier of 1-5 words after a comma "
            "('Turnout, first round: 61.2 per cent'; not after a preposition or a sentence "
            "adverb: 'In 2023, turnout:', 'However, the figure:'), counts a number ('2,400', "
            "'±1.5') or a hyphenated word once among a value's 12 words, and lets a line of a "
            "list of fact lines (after a lead-in ending in ':' or next to a short fact line, in "
            "either paragraph style, or in one block with its lead-in) run to 18 words when "
            "its value holds no clause word; NL305 now fires on none of the set (was 10 "
            "findings on 2 articles). Main table and sets a, b and c unchanged. The "
            "one-per-line press release is read as one paragraph per line: 'Label: value' "
            "lines now count for neither paragraph style (NL303 no longer fires). NL306: a "
            "surname written first counts as introduced by the given name after it ('Zhang "
            "Weimin'), countries, capitals and seats of power are no surnames, nor is a word "
            "written in capitals in the dateline, a word in brackets ('(Kyodo)'), a short "
            "title abbreviation before a full name ('said Engr. Dennis ...'), or a name after "
            "'told'/'warned'/'urged' (the listener); NL306 now fires on none of the set (was 10 "
            "findings on 3 articles)"
        ),
    ),
    CleanSet(
        "e",
        "2026-11-22, with batch K, by a fifth writer who had not seen the rules: names of many "
        "conventions (surname first, double surnames, single names, Arabic particles, "
        "honorifics of many countries), places and organisations as subjects, quotes across "
        "paragraphs, feature, quote, question and anecdotal ledes, roundups, a Q&A, an "
        "explainer, a timeline, fact lines, a flattened table, a results list, reporting about "
        "photos, copyright, cookies, apps and newsletters, a correction in prose; 30 dateline "
        "forms (agencies of many countries, press-release wires, date-first government "
        "releases). Measured once untouched (after batch J's round, with NL306 and NL307): "
        "NL102 accepted 24 of the 30 dateline forms ('Bogotá, Jul 20 (EFE).-', 'KYIV. "
        "October 22 (Interfax-Ukraine) -', 'APA-Dakar (Senegal) –', 'Kampala.', 'WILMINGTON, "
        "DE, UNITED STATES, November 4, 2025 /EINPresswire.com/ --', date-first 'June 3, "
        "2025 – Iqaluit, Nunavut –'); NL201 on a stock ticker in brackets after a company "
        "name ('(TSXV: ...)'); NL204 on a flattened table's header row of '|'-joined column "
        "names with units; NL305 on a fine list's 'Offence: Dh200' lines and one sentence "
        "ending in a lower-case proper noun phrase; NL306 and NL307 on none; NL301 (off by "
        "default) on 7 articles",
        tuned_on=(
            "NL102 (2026-11-22) accepts 30 of the 30 forms (was 24) after general changes, "
            "each with near-miss tests: a full stop between a bracketed agency and a hyphen "
            "('Quito, 14 Feb (EFE).-', not a full stop alone); a full stop after the city "
            "before a date and a bracketed agency ('KHARKIV. March 9 (Interfax-Ukraine) -'; "
            "without the agency still 'malformed ...: no comma after the city'); an agency "
            "abbreviation of 3-6 capitals joined to the city by a hyphen with a country in "
            "brackets and a sentence after the dash ('APA-Bamako (Mali) –', not 'UPDATE-...'); "
            "a state and a country after the city in a slash press-release dateline with a "
            "date ('AUSTIN, TX, UNITED STATES, May 5, 2025 /Example Wire/ --'); a date with "
            "its year first, then the place between two dashes and a sentence ('May 5, 2025 – "
            "Whitehorse, Yukon –', not without the year or with a label); in the lede only, a "
            "place and a full stop before a sentence ('Lusaka. The central bank ...') when the "
            "place is written in capitals or is a known country or capital, the sentence is no "
            "headline and does not point back at the place (a pronoun, demonstrative, "
            "connective, month, the place again, 'The city is/has/'s': 'Paris. It was ...', "
            "'Harare. That is where ...', 'Lisbon. The city is ...', 'Silence. The hall ...' "
            "and 'Rome. Paris. Berlin. ...' stay findings). NL305 no longer fires on the set "
            "(was 6 findings on 2 articles): a fact line's label may have 5-10 words without a "
            "comma when the value is a bare amount or figure of at most three words ('Parking "
            "in a loading bay overnight without a permit: £70'; not a clause, a determiner "
            "first or a prose or cut-off value), and the items of a list without bullets after "
            "a lead-in ending in ':' are not judged when another item ends without terminal "
            "punctuation too and each item up to the lead-in has at most 18 words, one "
            "sentence, no clause word and no function word at its end (the storm story's "
            "closures list: its item was a list entry in the list's style, not a sentence "
            "missing its full stop). Main table, batches, clean sets a-d and the seeds "
            "unchanged; NL102 per-article cost -4% (the forms that need a bracket or a slash "
            "are not tried on lines without one), NL305 unchanged"
            ". NL201 and NL204 (2026-11-22) no longer fire on the set (were 1 and 2 findings on "
            "1 article) after general changes, each with near-miss tests: NL201 takes a stock "
            "ticker in brackets, an exchange or capitals, a colon and one code of capitals and "
            "digits ('Example Gold Corp. (TSXV: EXG)', '(NYSE: XYZ; TSX: XYZ)'), for no picture "
            "credit, while '(EPA: Jane Doe)' stays one; NL204 takes a flattened table's "
            "'|'-joined header row for no navigation line when two or more of its column names "
            "end in a unit in brackets ('Depth (m)', 'Grade (%)') or when the next row has as "
            "many cells, most of them numbers; main table, batches, clean sets a-d and the "
            "seeds unchanged"
        ),
    ),
    CleanSet(
        "f",
        "2026-11-22, with batch L, by a sixth writer who had not seen the rules: names of many "
        "cultures introduced in full then by surname, capitals and organisations as speakers, "
        "quotes across paragraphs, roundups, briefs, profiles, reporting about cookies, "
        "subscriptions, photo copyright, comments, newsletters and apps, fact lines, dash and "
        "one-word lists, numbered results, column tables, corrections in prose; 30 dateline "
        "forms. Measured once untouched (final rules of 2026-11-22): NL102 accepted 28 of the "
        "30 dateline forms ('TOKYO, Jan. 9 Kyodo -' with a Title-case agency unbracketed is "
        "called malformed, and one more); NL201 on one visitor-information line "
        "'Photography: permitted, but ...' (a fact line read as a picture label); NL305 on "
        "two articles' list lines; NL303 on one results story in the one-per-line rendering, "
        "read as one wrapped paragraph because its results table's rows end without a full "
        "stop; NL306 and NL307 on none (NL301, off by default, on 4 articles)",
        tuned_on=(
            "2026-11-22: only the paragraph style: a table row (cells apart by two spaces or a "
            "tab) now counts for neither style, as fact lines do, and NL303 no longer fires. "
            "The NL102, NL201 and NL305 findings are left for the next round"
        ),
    ),
)

#: Every batch, oldest first; the last one without ``tuned_on`` is the held-out column.
BATCHES: tuple[Batch, ...] = (
    BATCH_A,
    BATCH_B,
    BATCH_C,
    BATCH_D,
    BATCH_E,
    BATCH_F,
    BATCH_G,
    BATCH_H,
    BATCH_I,
    BATCH_J,
    BATCH_K,
    BATCH_L,
)


def fresh() -> Batch:
    """The newest batch no rule was tuned on (the table's held-out column)."""
    untouched = [b for b in BATCHES if not b.tuned_on]
    return untouched[-1] if untouched else BATCHES[-1]
