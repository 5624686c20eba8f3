"""NL204's imprint families: company, credit, registration, masthead, ISSN, careers, social,
contact-list and licence-notice lines (the patterns and the tests that use them;
``site_footer`` decides)."""

from __future__ import annotations

import re

#: Who runs, owns or built the site: short lines of a company's imprint, not reporting.
_NAME = r"[A-Z0-9][\w&'’.-]*"
_CREDIT = re.compile(
    # "Powered by WordPress", "Theme: X by Y", "Site by X", "Website designed by X"
    r"^(?i:(?:proudly\s+)?powered\s+by"
    r"|(?:(?:wordpress|site|website|web|news)\s+)?(?:theme|site|website|design|development)"
    r"(?:\s+(?:designed|developed|built))?(?:\s+by|\s*:)"
    # "Designed and hosted by X", "Website built and maintained by X": two or more web verbs
    r"|(?:(?:site|website|web\s*site)\s+)?(?:(?:designed|developed|built|hosted|maintained"
    r"|managed)\s*(?:,|and|&)\s*)+(?:designed|developed|built|hosted|maintained|managed)\s+by"
    r"|(?:site|website|web\s*site)\s+(?:designed|developed|built|hosted|maintained|managed)\s+by"
    r")\s+" + _NAME
)
_CORPORATE = re.compile(
    # "Published by Example Media Ltd", "This website is operated by Example News Group",
    # "Printed and published by Example Press Ltd at 1 Mill Lane": one or more imprint verbs
    # ... and two verbs joined (after held-out batch J): "Run and managed by X Ltd"
    r"^(?:(?i:this\s+(?:web)?site(?:\s+is)?)\s+)?(?i:(?:printed|published|owned|operated|run"
    r"|managed|produced|maintained)\s*(?:,|and|&)\s*)*"
    r"(?i:published|operated|owned|run|managed|produced|maintained|printed)\s+by\s+(?i:the\s+)?"
    + _NAME
    +
    # "X is part of Y Group plc", "Part of the X network", "A member of the X Group"
    r"|^(?:(?:"
    + _NAME
    + r"\s+){1,5}(?i:is|are)\s+)?(?i:(?:an?\s+|proud\s+)*(?:part|member"
    r"|division|subsidiary|unit|brand|trading\s+name)\s+of)\s+(?i:the\s+)?"
    + _NAME
    +
    # "An Example Media Group publication", "A Tribune Publishing company"
    r"|^(?i:an?)\s+(?:"
    + _NAME
    + r"\s+){1,5}(?i:company|publication|title|brand|newspaper)$"
)
#: A corporate line names a company: one of these words (or a legal form) must be in it
#: ("A Portside company" names none).
_COMPANY = re.compile(
    r"\b(?:group|media|network|holdings|publishing|publications|newspapers|corporation"
    r"|corp|plc|ltd|limited|inc|llc|llp|gmbh|pty|sites|titles|brands)\b",
    re.I,
)
#: Memberships of press regulators and standards bodies ("A member of the Press Council").
_REGULATOR = re.compile(r"\b(?:press|standards|regulat\w*|ombudsman|ipso|impress)\b", re.I)
#: Registration lines: "Registered in England No. 0123456", "Company number 0987654",
#: "Registered office: 1 Dock Road"; a number or a place must follow.
_REGISTERED = re.compile(
    r"^(?i:registered\s+(?:in\s+[A-Z]|office|address)"
    r"|(?:registered|company|vat|registration)\s+(?:number|no\b|company|charity|reg\w*)"
    r"\b(?=.*\d))"
)
#: A clause after a comma ("Designed by X, the stadium opened"): a sentence, not an imprint.
_CLAUSE = re.compile(r",\s+[a-z]")
#: Masthead roles: "Editor: Jane Doe. Publisher: Example Media Group."
_ROLE = (
    r"(?i:(?:(?:executive|managing|deputy|associate|assistant|news|senior|group|chief|general"
    r"|commercial|digital|advertising|sales|sports?|features?|political|night|web|online)\s+)*"
    r"(?:editor(?:[\s-]+in[\s-]+chief)?|editors|publisher|proprietor|owner|manager|director"
    r"|chief\s+executive|ceo|chair(?:man|woman|person)?|president|founder|co-founder|printer))"
)
_PERSON = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|&|and|de|van|von|al|el|bin)){0,5}"
_MASTHEAD = re.compile(
    rf"^{_ROLE}\s*:\s*{_PERSON}(?:\s*[.;|·•,/–—]\s*{_ROLE}\s*:\s*{_PERSON})+\.?$"
)
#: One masthead item, a sentence of a line of imprint sentences: "Editor-in-chief: Jane Doe."
_MASTHEAD_ITEM = re.compile(rf"^{_ROLE}\s*:\s*{_PERSON}\.?$")
#: A single masthead item that only an imprint carries: "Publisher: Example Media Group".
_PUBLISHER = re.compile(rf"^(?i:publisher|proprietor|printer|owner)\s*:\s*{_PERSON}\.?$")
#: First words (without a trailing ':') of masthead lines.
_MASTHEAD_FIRST = frozenset((
    "editor", "editors", "editor-in-chief", "publisher", "proprietor", "owner", "executive",
    "managing", "deputy", "associate", "assistant", "news", "senior", "group", "chief", "general",
    "commercial", "digital", "advertising", "sales", "sport", "sports", "feature", "features",
    "political", "night", "web", "online", "manager", "director", "ceo", "chair", "chairman",
    "chairwoman", "chairperson", "president", "founder", "co-founder", "printer",
))  # fmt: skip
#: "ISSN 1234-5678", "ISSN 1234-5678 (print), 2345-6789 (online)", "eISSN: 1234-567X".
_ISSN = re.compile(
    r"^(?:(?i:e-?issn|issn|print|online|p-issn)\s*[:(),|/;–-]*\s*|\d{4}-?\d{3}[\dXx]\s*[(),|/;]*"
    r"\s*)+$"
)
_ISSN_NUMBER = re.compile(r"\d{4}-?\d{3}[\dXx]")
#: "Jobs at Example Media Group", "Careers with Example News Ltd": a careers link of the site.
_JOBS = re.compile(
    r"^(?i:jobs|careers|vacancies|work)\s+(?i:at|with|for)\s+(?i:the\s+)?"
    r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&)){0,5}\.?$"
)
#: Social platforms a site's "Follow ... on" line lists.
_PLATFORMS = (
    r"(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|threads|bluesky|mastodon|whatsapp"
    r"|telegram|snapchat|pinterest|reddit|flipboard|google\s+news|apple\s+news|spotify"
    r"|apple\s+podcasts|rss)"
)
#: "Follow Harbour Daily on X, Facebook and Instagram", "Find us on Facebook and X" ("Follow
#: us", "Like us" and "Join us on ..." are NL202's: its vocabulary holds those verbs).
_SOCIAL = re.compile(
    rf"^(?:(?i:follow|like|connect\s+with|join|find|catch|see|visit)\s+(?:(?i:the\s+)?[A-Z][\w&'’.-]*"
    rf"(?:\s+[A-Z][\w&'’.-]*){{0,4}})"
    r"|(?i:find|catch|see|visit|connect\s+with|stay\s+(?:connected|in\s+touch)\s+with)\s+"
    r"(?i:us))"
    rf"\s+(?i:on)\s+(?i:{_PLATFORMS})(?:\s*(?:,|/|\||&|and|,\s*and)\s*(?i:{_PLATFORMS}))*\.?$"
)
_SOCIAL_FIRST = frozenset(
    ("follow", "like", "connect", "join", "find", "catch", "see", "visit", "stay")
)
#: "Tel: 01234 567890 | Email: news@example.com": every item a labelled phone, e-mail or site.
_CONTACT_ITEM = re.compile(
    r"^(?:[A-Za-z][\w&' -]{0,30}:\s*|(?i:tel|phone|fax|e-?mail|web|call|text|whatsapp)\.?\s+)?"
    r"(?:\+?\(?\d[\d ()./-]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?)$"
)
_CONTACT_LABEL = re.compile(
    # abbreviated too (after held-out batch J): "Mob:", "T:", "E:"
    r"(?i:(?:ph|phn|mob|cell|[tpfmew])(?=\.?\s*:|\.\s)|mobile"
    r"|tel|telephone|phone|fax|e-?mail|mail|web|website|newsroom|news\s*desk|editorial"
    r"|advertising|subscriptions?|switchboard|office|reception|contact|enquiries|inquiries)\b"
)
_CONTACT_SEP = re.compile(r"\s*[|·•;]\s*|\s{2,}")
#: A numeric date reads like a phone number to _CONTACT_ITEM ("Updated: 2019-04-05").
_DATE_VALUE = re.compile(
    r"(?:^|:\s*)(?:(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d)$"
)
#: Business and company registration numbers of several countries, alone or after the
#: company's name: "ABN 12 345 678 901", "Example Media Pty Ltd ACN 123 456 789", "NZBN:
#: 9429000000000", "CIN U22100MH2001PLC123456", "VAT Reg. No. GB 123 4567 89", "HRB 12345".
_REG_LABEL = (
    r"(?:(?:ABN|ACN|ARBN|NZBN|GST(?:IN)?|CIN|UEN|EIN|BN|CRO|HRB|HRA|SIRE[NT]|RCS|KvK|KVK|CVR|VAT"
    r"|Tax\s+ID)(?:\s*(?i:no\.?|number|#))?"
    # abbreviated too (after held-out batch G): "Co. Reg. No.", "Company Regn No", "Regd. No."
    r"|(?i:(?:vat|company|co\.?|coy\.?|business|corporate|companies|charity"
    r"|registered(?:\s+company)?|registration|regd\.?|regn\.?|reg\.|tax)"
    r"(?:\s+(?:registration|regn\.?|regd\.?|reg\.?|identification|identity))?)"
    r"\s*(?i:no\.?|number|#))"
)
#: The number: digits after up to three capitals ("GB 123 4567 89"), or a registry's code of
#: capitals and numbers joined by slashes ("KERREG/2004/11223", after held-out batch I).
_REG_NUMBER = (
    r"(?:(?:[A-Z]{1,3}[\s-]?)?\d[\dA-Z \-]{4,24}[\dA-Z]"
    r"|[A-Z]{2,10}(?:/[A-Z\d-]{2,12}){1,3}/\d[\dA-Z-]{1,11})"
)
_REG_ITEM = rf"{_REG_LABEL}\s*[:.#]?\s*{_REG_NUMBER}"
_REG_LINE = re.compile(
    r"^(?:[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&)){0,5}\s+(?:Pty\.?\s+)?(?:Ltd|Limited"
    r"|Inc|plc|PLC|LLC|LLP|GmbH|AG|BV|NV|SA|SAS|Corp|Corporation)\.?,?\s+"
    # the registry's initials or kind before its label: "PRB Registration No.", "Postal
    # Regd. No."
    r"|(?:[A-Z]{2,6}|Postal|Press|Newspaper|Title)\s+(?=(?i:registration|regn|regd|reg\.)))?"
    rf"\(?{_REG_ITEM}(?:(?:\s*[|·•,;/]\s*|\s+){_REG_ITEM})*\)?\.?$"
)
#: A publishing permit's code (after held-out batch K): a registry's initials, a serial number
#: and the month and year of issue joined by slashes, maybe a file number in brackets ("ABC
#: PQ 12345/06/2019 (012345)").
_PERMIT_LINE = re.compile(
    r"^(?:[A-Z]{2,6}\s+){1,3}(?:(?i:no\.?|permit)\s*)?\d{3,7}(?:/\d{1,4}){1,2}/(?:19|20)\d\d"
    r"(?:\s*\(\s*\d{3,8}\s*\))?\.?$"
)
#: A medium's registration certificate or licence (after held-out batch K): "Mass media
#: registration certificate No. 123/45 issued by the Example Media Council", "Broadcasting
#: licence No. BL-2041", "Certificate of registration № 77-1234". A bare "Licence No. 12" is
#: no medium's: a licence or permit needs a word of the media before it.
_CERTIFICATE = re.compile(
    r"^(?:(?i:(?:(?:mass|electronic|online|print)\s+)?(?:media|press|broadcasting|broadcast|radio"
    r"|television|tv|newspaper|publication|publishing)\s+)(?i:registration\s+certificate"
    r"|certificate\s+of\s+registration|licen[cs]e|permit|registration)"
    r"|(?i:registration\s+certificate|certificate\s+of\s+registration)"
    r"(?:\s+(?i:of|for)\s+(?:(?i:the|a)\s+)?(?i:(?:mass\s+)?media(?:\s+outlet)?|newspaper"
    r"|publication|broadcaster))?)"
    r"\s*(?:№|(?i:no\.?|nr\.?|number)|#)\s*(?P<number>[\w./-]*\d[\w./-]*)"
    r"(?:\s*,?\s+(?i:issued|granted|registered)\s+(?i:by|on|in)\s+[^\n]{3,120}?)?\.?$"
)
_DIGITS = re.compile(r"\d")
#: Licence and reproduction notices: "You may not copy or republish this content without
#: permission", "No part of this publication may be reproduced without written consent".
_LICENCE = re.compile(
    # maybe after a short first sentence: "Licensed by <agency>.", "Copyright <holder>."
    r"^(?:[^.!?]{1,80}[.:]\s+)?"
    r"(?:(?:you|users|readers)\s+(?:may|must|can|should)\s*not|(?:you|users|readers)\s+(?:cannot"
    r"|can[’']t)|no\s+part\s+of\s+this|(?:this|the|our|any|all)\s+(?:content|articles?|stor(?:y|ies)"
    r"|material|publication|website|site|page|work|photographs?|images?|text)\b[^.!?]{0,60}?"
    r"\b(?:may|must|can|should)\s*not|(?:any\s+)?unauthori[sz]ed\s+|reproduction|republication"
    r"|redistribution)"
    r"[^.!?]{0,160}?\bwithout\s+(?:the\s+)?(?:(?:prior|express|explicit|written)\s+)*"
    r"(?:permission|consent|authori[sz]ation|licen[cs]e)\b[^.!?]{0,80}[.!]?$",
    re.IGNORECASE,
)
#: What a licence notice forbids: the site's own content ("this content", "our articles").
_OWN_CONTENT = re.compile(
    r"\b(?:this|our|these|its)\s+(?:content|material|articles?|stor(?:y|ies)|publication"
    r"|website|site|page|work|text|photographs?|images?|journalism|newspaper)\b|\bno\s+part\s+of",
    re.IGNORECASE,
)
#: News words of outlet names and of what an outlet offers, for taglines and statements.
_NEWS_NAME = re.compile(
    r"\b(?:Daily|Times|News|Post|Herald|Press|Gazette|Journal|Echo|Courier|Mail|Telegraph"
    r"|Express|Star|Sun|Tribune|Chronicle|Observer|Independent|Standard|Guardian|Examiner"
    r"|Record|Media|Online|Today|Weekly|Review|Argus|Mirror|Leader|Sentinel|Dispatch|Bulletin"
    r"|Advertiser|Magazine|Radio|TV|FM)\b"
)
_NEWS_WORD = re.compile(
    r"\b(?i:news|journalism|reporting|stories|newspaper|paper|information|headlines|community"
    r"|local|radio|magazine)\b"
)
#: "<Outlet> — <slogan>": a name, a dash (or pipe, colon) and a slogan only.
_TAGLINE = re.compile(
    r"^(?P<outlet>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s*(?:—|–|-|\||:|·)\s*"
    r"(?P<slogan>[^—–|:\n]{3,120}?)[.!]?$"
)
#: What slogans say: "Your trusted source for ...", "The voice of ...", "... since 1898",
#: "News you can trust", "Independent journalism".
_SLOGAN = re.compile(
    r"\b(?:since|est\.?|established|founded)\s+(?:in\s+)?(?:1[6-9]|20)\d\d$"
    r"|^(?:your|the|our)\s+(?:[\w'’-]+\s+){0,3}?(?:source|voice|home|window|guide|paper"
    r"|newspaper|station|destination|gateway|eye|companion|place)\s+(?:for|of|on|to|in|into)\b"
    r"|\b(?:news|journalism|reporting|stories|information)\s+(?:you\s+can\s+trust|that\s+"
    r"matters?|for\s+(?:the\s+)?(?:people|community|region)|without\s+fear)"
    r"|^(?:(?:independent|trusted|local|quality|award-winning|fearless)\s+)+(?:news|journalism"
    r"|reporting)\b",
    re.IGNORECASE,
)
#: "<Outlet> is published by <company with a legal form>(, <address>)".
_OUTLET_IMPRINT = re.compile(
    r"^(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}\s+(?:is|are)\s+"
    r"(?:(?:printed|published)\s*(?:,|and|&)\s*)*(?:published|printed)\s+by\s+(?:the\s+)?"
    r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&|and)){0,6}"
    r"(?:,\s+[A-Z0-9][^,\n]{0,40}){0,5}\.?$"
)
_LEGAL_FORM = re.compile(
    r"\b(?:Ltd|Limited|plc|PLC|Inc|LLC|LLP|GmbH|Pty|Pvt|Corp|Corporation|AG|SA|BV|NV|Pte|Bhd"
    r"|Co)\b\.?"
)
#: Statements about the press regulator and code an outlet follows: "<Outlet> supports the
#: work of the Press Council", "This newspaper is regulated by IPSO", "We adhere to the
#: Editors' Code of Practice".
_REGULATOR_STATEMENT = re.compile(
    # (after held-out batch K) a station's frequency in its name: "Harbour 98.4 FM"
    r"^(?P<who>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|\d{2,3}(?:[.,]\d{1,2})?)){0,5}"
    r"|(?i:this|our)\s+"
    r"(?i:newspaper|publication|site|website|title|paper|magazine|outlet|newsroom|journalists"
    r"|reporters|editors|station|programme|program|radio\s+station|broadcaster)|We)\s+"
    r"(?i:(?:is|are)\s+)?(?i:(?:proud(?:ly)?|pleased)\s+(?:to\s+)?)?"
    r"(?P<verb>(?i:supports?|regulated\s+by|subscribes?\s+to|adheres?\s+to|abides?\s+by"
    r"|committed\s+to|complies\s+with|comply\s+with|follows?|(?:a\s+)?(?:members?|signator(?:y|ies))"
    r"\s+(?:of|to)|accredited\s+by|independently\s+regulated\s+by"
    # (after held-out batch K) how an outlet works by a code, and a broadcaster's licence:
    # "<Outlet> works according to the rules for good press practice of ...", "<Station> is
    # licensed by the <Broadcasting Authority>"
    r"|(?:works?|operates?|acts?)\s+(?:according\s+to|in\s+accordance\s+with|under)"
    r"|bound\s+by|guided\s+by|observes?|upholds?"
    r"|(?P<licence>licen[cs]ed\s+by|authori[sz]ed\s+by)))"
    r"\s+(?P<what>[^\n]{3,200}?)\.?$"
)
_REGULATOR_NAME = re.compile(
    r"\bpress\s+(?:council|ombudsman|complaints|standards|regulator)|\bombudsman\b|\bIPSO\b"
    r"|\bIMPRESS\b|\b(?:editors['’]?|press|journalists['’]?|editorial|media|broadcasting)\s+code\b"
    r"|\bcode\s+of\s+(?:practice|conduct|ethics)\s+(?:of|for)\s+(?:the\s+)?(?:press|journalists"
    r"|media)\b"
    r"|\bjournalism\s+trust\s+initiative|\bmedia\s+council|\btrust\s+project"
    r"|\bcomplaints\s+commission|\bstandards\s+organi[sz]ation"
    # (after held-out batch K) the rules of press ethics an outlet works by, and the press
    # associations that keep them
    r"|\b(?:good\s+)?press\s+(?:practice|ethics)|\bjournalistic\s+(?:ethics|code|principles"
    r"|standards)|\b(?:press|journalists['’]?|editors['’]?|newspapers['’]?|publishers['’]?)\s+"
    r"(?:association|union|federation)\b|\bcode\s+of\s+(?:press\s+|journalistic\s+)?ethics\b",
    re.IGNORECASE,
)
#: The rules of press ethics named in a statement (after held-out batch K): with these the
#: statement is an outlet's whatever its name ("Fjordbladet works according to the rules for
#: good press practice ...").
_PRESS_RULES = re.compile(
    r"\b(?:rules|code|codes|principles|guidelines|standards)\s+(?:for|of)\s+(?:good\s+)?"
    r"(?:press|journalistic|editorial|journalism)\s+(?:practice|ethics|conduct)"
    r"|\bgood\s+press\s+practice|\b(?:press|journalistic)\s+ethics",
    re.IGNORECASE,
)
#: Broadcasting and communications regulators, who license a station (after held-out batch
#: K): "the National Broadcasting Authority", "the Example Communications Commission".
_BROADCAST_REGULATOR = re.compile(
    r"\b(?:broadcasting|communications?|telecommunications?|media|audio-?visual|radio"
    r"|television|electronic\s+media)\s+(?:(?:regulatory\s+)?(?:commission|authority|council"
    r"|regulator|board|agency|corporation)|regulation\s+(?:authority|commission))\b"
    r"|\b(?:Ofcom|FCC|ACMA|CRTC|ICASA|ARCOM)\b",
    re.IGNORECASE,
)
#: A regulator's name and nothing else after "licensed by": "the Example Broadcasting
#: Commission (EBC)".
_REGULATOR_ONLY = re.compile(
    r"(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|&|the|on)){0,8}"
    r"(?:\s*\([A-Z]{2,8}\))?"
)
#: What an outlet calls itself in its "about" line (after held-out batch I): "<Outlet> is the
#: independent student newspaper of <College>", "<Outlet> is a nonprofit, reader-funded
#: newsroom covering <region>". A word of how it is owned or run must come before the kind
#: of outlet ("the oldest newspaper in Portside" is a story's description).
_SELF_QUALITY = (
    r"(?:(?:editorially\s+)?independent|student(?:-(?:run|led|produced|owned))?|non-?profit"
    r"|not-for-profit|(?:reader|listener|member|viewer|community|employee|volunteer|staff)-"
    r"(?:supported|funded|owned|run|powered|led)|community|award-winning|hyperlocal|public-service"
    r"|public\s+service)"
)
_SELF_KIND = (
    r"(?:newspaper|paper|newsroom|publication|magazine|newsletter|journal|news\s+(?:site|website"
    r"|outlet|organi[sz]ation|service|magazine|publication|source|agency|network)"
    r"|(?:radio|television|tv)\s+station|broadcaster|website)"
)
_OUTLET_SELF = re.compile(
    r"^(?P<outlet>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s+is\s+(?:the|an?)\s+"
    rf"(?:(?:most\s+)?{_SELF_QUALITY}(?:\s*,\s*|\s+(?:and\s+)?)){{1,4}}"
    rf"(?:(?:daily|weekly|monthly|online|digital|local|regional|national|print)\s+){{0,2}}"
    rf"{_SELF_KIND}\s+(?:of|for|serving|covering)\s+(?:the\s+)?"
    r"[\w&'’.-]+(?:\s+(?:[\w&'’.-]+)){0,8}?"
    r"(?:,?\s+(?:since|founded\s+in|established\s+in)\s+(?:1[6-9]|20)\d\d)?\.?$"
)
#: "Quick links", "Useful links", "Our sites": headings of a footer's link lists.
_LINK_HEADING = re.compile(
    r"^(?:quick|useful|important|helpful|popular|related|site|footer|external|more|top|key"
    r"|our)\s+(?:links|sites|pages|brands|publications|titles|network|websites)\s*:?$",
    re.IGNORECASE,
)
#: Hosting platforms' own promotions at the foot of a newsletter or blog post: "Substack is
#: the home for great writing", "Published with Ghost", "Start your own Substack".
_PLATFORM_PROMO = re.compile(
    r"^(?:Substack|Medium|Ghost|Beehiiv|Patreon|WordPress(?:\.com)?|Tumblr|Blogger|Wix"
    r"|Squarespace|Buttondown|Mailchimp)\s+is\s+(?:the|an?)\s+(?:new\s+|independent\s+|open\s+"
    r"|best\s+)?(?:home|platform|place|destination|network|way)\s+(?:for|of|where|to)\s+"
    r"[\w ,'’&-]{1,60}[.!]?$"
    r"|^(?i:start\s+(?:your\s+own|a)\s+substack|create\s+your\s+(?:own\s+)?substack"
    r"|(?:published|made|built|powered)\s+with\s+(?:ghost|substack|beehiiv|medium))[.!]?$"
)
_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|their|was|were|had|i|we)\b", re.IGNORECASE)
#: A desk label before a contact sentence: "Complaints: if you have a complaint ..., email
#: x@y.z".
_DESK_LABEL = (
    r"(?i:complaints?|corrections?|feedback|(?:news\s+|story\s+)?tips?|letters(?:\s+to\s+the\s+"
    r"editor)?|advertising|subscriptions?|enquiries|inquiries|editorial|readers?['’]?s?\s+editor"
    r"|press\s+releases?|story\s+ideas|accessibility|contact(?:\s+us)?)"
)
#: A sentence asking readers to write to the site: "If you spot an error in our reporting,
#: please email corrections@x.y", "Got a story? Email us at news@x.y".
_CONTACT_SENTENCE = re.compile(
    rf"^(?P<label>{_DESK_LABEL}\s*:\s*)?"
    r"(?i:(?:if\s+you\s+(?:have|would\s+like|want|wish|spot|see|notice|know|think)"
    r"|to\s+(?:report|submit|suggest|request|make|send|share|flag)|(?:got|have)\s+(?:a|an|any)\b"
    # "For corrections, email ...", "Spotted an error? Email ..."
    r"|for\s+(?:corrections?|clarifications?|errors?)\b|(?:(?:have\s+you\s+)?spott?ed"
    r"|(?:did\s+you\s+)?(?:see|notice|find)|found)\s+(?:an?|any)\s+(?:error|mistake|typo"
    r"|inaccuracy)\b)"
    r"[^@\n]{0,160}?[,.?]?\s*(?:please\s+)?(?:e-?mail|contact|write\s+to|message|send\s+(?:it|them"
    r"|details)\s+to|reach)\s+(?:us\s+(?:at|on|via)\s+)?)"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$"
)
_OUR = re.compile(r"\b(?:our|us)\b", re.IGNORECASE)
#: What a site's corrections desk is written to about ("To report an error or request a
#: correction, email ..."), and the mailboxes of a newsroom's desks ("corrections@",
#: "readerseditor@", "standards@"): with both, the sentence is the site's own, not a story's
#: ("To report an error on your bill, email billing@...").
_CORRECTION_PURPOSE = re.compile(
    r"\b(?:errors?|corrections?|mistakes?|typos?|inaccura(?:cy|cies|te)|clarifications?)\b",
    re.IGNORECASE,
)
_DESK_MAILBOX = re.compile(
    r"(?<![\w.+-])(?:corrections?|errors?|accuracy|standards|readers-?editor|readerseditor"
    r"|ombudsman|editor|editors|editorial|newsdesk|news|newsroom|desk|feedback|letters"
    r"|factcheck)@",
    re.IGNORECASE,
)


#: A statement about the regulator without its subject (after held-out batch J):
#: "Independently regulated by IMPRESS", "Signatory to the Journalism Trust Initiative";
#: what follows must name a press regulator or code.
_REGULATED = re.compile(
    # (after held-out batch K) a broadcaster's licence: "Licensed by the Example Broadcasting
    # Authority"
    r"^(?i:(?P<licence>licen[cs]ed\s+by|authori[sz]ed\s+by)\s+(?P<regulator>[^\n]{3,120}?)\.?$)|"
    r"^(?i:(?:(?:proudly|independently|fully)\s+)?(?:registered\s+with|regulated\s+by"
    r"|accredited\s+(?:by|with)|recogni[sz]ed\s+by|(?:an?\s+)?signatory\s+(?:to|of)"
    r"|subscribes?\s+to|adheres?\s+to|abides?\s+by|complies\s+with|committed\s+to"
    r"|(?:an?\s+|proud\s+)?members?\s+of))\s+(?P<what>[^\n]{3,160}?)\.?$"
)
#: Lower-case words a regulator's or code's name may hold ("the Press Standards Board of
#: Example", "the Editors' Code of Practice"): any other makes the line a sentence ("Members
#: of the Press Standards Board met on Tuesday").
_REGULATOR_NAME_WORDS = frozenset((
    "of", "the", "and", "&", "for", "to", "on", "in", "its", "press", "council", "code", "codes",
    "scheme", "practice", "conduct", "ethics", "standards", "ombudsman", "media", "journalists",
    "editors", "editors'", "editors’", "commission", "complaints", "regulator", "initiative",
    "trust", "project", "charter", "principles", "guidelines", "organisation", "organization",
    "office", "board", "authority", "association", "independent", "national", "journalism",
    # a second statement joined: "Regulated by IPSO and committed to the Editors' Code"
    "a", "an", "by", "with", "committed", "regulated", "registered", "accredited", "member",
    "members", "signatory", "subscribes", "adheres", "abides", "complies",
))  # fmt: skip
#: Where one sentence of an imprint line ends and the next begins ("... Ltd. Registered in
#: ..."), not after an abbreviation before a number or a name ("No. SC123456", "Co. Reg.").
_SENTENCE_BREAK = re.compile(
    r"(?<=[.!])(?<![Nn]o\.)(?<!Co\.)(?<!Reg\.)(?<!Regd\.)(?<!Regn\.)(?<!St\.)(?<!Mt\.)\s+(?=[A-Z])"
)


def is_regulated_statement(core: str) -> bool:
    """ "Independently regulated by IMPRESS": a regulator statement without its subject."""
    m = _REGULATED.match(core)
    if m is None or _says(core) or _CLAUSE.search(core) or _PRONOUN.search(core):
        return False
    if m["licence"] is not None:
        regulator = m["regulator"]
        return bool(_REGULATOR_ONLY.fullmatch(regulator) and _BROADCAST_REGULATOR.search(regulator))
    lower = [w for w in m["what"].replace(",", " ").split() if not w[:1].isupper()]
    if any(w.lower() not in _REGULATOR_NAME_WORDS for w in lower):
        return False
    return _REGULATOR_NAME.search(m["what"]) is not None


#: What follows "A", "An" or "This" at the start of an imprint sentence ("A member of ...",
#: "This website is operated by ...").
_AFTER_ARTICLE = frozenset((
    "member", "part", "division", "subsidiary", "unit", "brand", "proud", "website", "site",
    "signatory", "trading",
))  # fmt: skip


def are_imprint_sentences(core: str) -> bool:
    """Two or three short imprint sentences on one line (after held-out batch J): "Published
    by Example Media Group Ltd for its readers in the north. Registered in England No.
    0123456." Every sentence is a company, registration or regulator line by itself."""
    if ". " not in core:  # one sentence (most long lines of a story): nothing to split
        return False
    head = core.split(None, 2)
    if head[0].lower() in ("a", "an", "this") and (
        len(head) < 2 or head[1].lower() not in _AFTER_ARTICLE
    ):
        return False  # "A man was ...", "This year ...": a story's sentence
    sentences = _SENTENCE_BREAK.split(core.strip())
    if not 2 <= len(sentences) <= 3:
        return False
    for sentence in sentences:
        words = len(sentence.split())
        if words > CORPORATE_MAX_WORDS:
            return False
        if not (
            is_company_line(sentence)  # (which takes regulated statements too)
            or is_registration_line(sentence.rstrip("."))
            # (after held-out batch K) a masthead's item and a medium's registration
            # certificate: "Editor-in-chief: Jane Doe. Media registration certificate No. ..."
            or is_certificate_line(sentence)
            or _MASTHEAD_ITEM.match(sentence) is not None
        ):
            return False
    return True


def is_slogan(part: str) -> bool:
    """A slogan standing alone as a part of a footer row (after held-out batch J): "Reader-
    funded since 2009", "Est. 1887", "Independent journalism for the north"."""
    words = len(part.split())
    if words > 8 or _REPORTING.search(part) or _CLAUSE.search(part):
        return False
    return _SLOGAN.search(part.strip().rstrip(".")) is not None


def is_tagline(core: str, words: int) -> bool:
    """ "<Outlet> — <slogan>": "Lakeside Post — Your trusted source for local news"."""
    if words > CORPORATE_MAX_WORDS:
        return False
    m = _TAGLINE.match(core)
    if m is None or _REPORTING.search(core) or _CLAUSE.search(m["slogan"]):
        return False
    if not _SLOGAN.search(m["slogan"].strip()):
        return False
    return bool(_NEWS_NAME.search(m["outlet"]) or _NEWS_WORD.search(m["slogan"]))


def is_outlet_statement(core: str, words: int) -> bool:
    """An outlet's imprint ("<Outlet> is published by <company> Ltd, <address>"), its
    statement about the press regulator it follows, what it calls itself ("<Outlet> is the
    independent student newspaper of <College>") or a hosting platform's promotion."""
    if words > 30:
        return False
    r = _REGULATOR_STATEMENT.match(core)
    if r is not None:
        what = r["what"]
        if r["licence"] is not None:  # "<Station> is licensed by the <Broadcasting Authority>"
            named = _REGULATOR_ONLY.fullmatch(what) and _BROADCAST_REGULATOR.search(what)
        else:
            named = _REGULATOR_NAME.search(what)
        # (not the verb, "works according to", nor "the rules for good press practice": a
        # noun, not "the judge rules")
        if not named or _says(core[: r.start("verb")] + " " + _PRESS_RULES.sub(" ", what)):
            return False
        who = r["who"]
        if who.split()[0].lower() in ("this", "our", "we"):
            return True
        return _NEWS_NAME.search(who) is not None or _PRESS_RULES.search(what) is not None
    if words > CORPORATE_MAX_WORDS + 4:
        return False
    if _OUTLET_SELF.match(core) is not None:
        return not _says(core) and _PRONOUN.search(core) is None
    o = _OUTLET_IMPRINT.match(core)
    if o is not None:
        return bool(_LEGAL_FORM.search(core)) and not _CLAUSE.search(core) and not _says(core)
    p = _PLATFORM_PROMO.match(core)
    return p is not None and not _PRONOUN.search(core) and not _says(core)


#: What an outlet says of its nonprofit status (after held-out batch K): "<Outlet> is a project
#: of <Trust>, a 501(c)(3) nonprofit.", "<Trust> is a registered charity.", "Donations are
#: tax-deductible to the extent allowed by law."
_PROJECT_OF = re.compile(
    r"^(?P<outlet>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\s+is\s+(?:a|an|the)\s+"
    r"(?:(?:non-?profit|not-for-profit|independent|editorially\s+independent|community"
    r"|charitable|free|digital|local|news)\s+)*(?:project|program|programme|initiative"
    r"|publication|service|venture|product|newsroom|title)\s+of\s+"
    r"(?P<org>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|&|the|in)){0,7})"
    r"(?:,\s+(?:an?\s+)?(?:(?:registered|independent|US|U\.S\.)\s+)*(?:501\s*\(c\)\s*\(3\)"
    r"|non-?profit|not-for-profit|charitable|tax-exempt|charity)[\w ()-]{0,40})?\.?$"
)
_NONPROFIT_STATUS = re.compile(
    r"^(?P<who>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|&)){0,7})\s+is\s+an?\s+"
    r"(?:(?:registered|independent|US|U\.S\.)\s+)*(?:501\s*\(c\)\s*\(3\)|charity|charitable"
    r"\s+(?:trust|organi[sz]ation|company|incorporated\s+organi[sz]ation))"
    r"(?:[\w ()-]{0,40}?)(?:\s*\(?(?i:no\.?|number)\s*[\d ]{4,12}\)?)?\.?$"
)
_TAX_DEDUCTIBLE = re.compile(
    r"^(?i:(?:all\s+|your\s+)?(?:donations?|gifts?|contributions?)(?:\s+(?:to|made\s+to)\s+"
    r"[^.,\n]{1,60}?)?\s+(?:are|is)\s+(?:fully\s+)?tax[- ]deductible(?:\s+(?:to\s+the\s+"
    r"(?:full\s+)?extent\s+(?:allowed|permitted|provided)\s+by\s+(?:the\s+)?law|as\s+(?:allowed|permitted)"
    r"\s+by\s+law))?)\.?$"
)


def is_nonprofit_statement(core: str) -> bool:
    """An outlet's note on its nonprofit status, one to three sentences (after held-out batch
    K): "<Outlet> is a project of <Trust>, a 501(c)(3) nonprofit. Donations are tax-deductible
    to the extent allowed by law." Every sentence is such a note or an outlet's statement
    about itself, and one names a news outlet or its owner by a news word ("Harbour Food
    Bank is a registered charity." is a story's sentence)."""
    if " is " not in core:  # every form needs it (cheap test before the searches)
        return False
    if _says(core) or _PRONOUN.search(core):
        return False
    sentences = _SENTENCE_BREAK.split(core.strip())
    if len(sentences) > 3:
        return False
    outlet = False
    for sentence in sentences:
        p = _PROJECT_OF.match(sentence)
        n = None if p is not None else _NONPROFIT_STATUS.match(sentence)
        if p is not None:
            if not (_NEWS_NAME.search(p["outlet"]) or _NEWS_WORD.search(p["org"])):
                return False
            outlet = True
        elif n is not None:
            outlet = outlet or bool(_NEWS_NAME.search(n["who"]) or _NEWS_WORD.search(n["who"]))
        elif _TAX_DEDUCTIBLE.match(sentence) is None and _OUTLET_SELF.match(sentence) is None:
            return False
    return outlet


def _says(core: str) -> bool:
    """A reporting or opinion verb: a sentence of the story."""
    return _REPORTING.search(core) is not None or _WARNED.search(core) is not None


def is_link_heading(core: str) -> bool:
    """ "Quick links", "Our sites": the heading of a footer's link list."""
    return _LINK_HEADING.match(core) is not None


def is_contact_sentence(core: str) -> bool:
    """A sentence that asks readers to write to a desk of the site and ends with its
    e-mail address ("Corrections: if you spot an error, email ...")."""
    if _REPORTING.search(core):
        return False
    m = _CONTACT_SENTENCE.match(core)
    if m is None:
        return False
    if m["label"] is not None or _OUR.search(core) is not None:
        return True
    at = core.rfind(" ", 0, core.find("@"))  # the e-mail address starts after it
    return bool(_CORRECTION_PURPOSE.search(core[:at])) and _DESK_MAILBOX.search(core) is not None


#: Reporting verbs: a line that holds one is a sentence of the story, not an imprint.
_REPORTING = re.compile(r"\b(?:said|says|told|according|announced|reported|added)\b", re.I)
_WARNED = re.compile(r"\b(?:warned|warns|ruled|rules|wrote|writes|argued|claimed)\b", re.I)
#: Imprint lines are short: longer lines are not matched against these patterns.
CORPORATE_MAX_WORDS = 16


def imprint_kind(core: str, first: str, words: int) -> str | None:
    """Masthead, ISSN, careers and "Follow <site> on <platforms>" lines, found by their
    first word (``first``, lower case, without a trailing ':')."""
    if words > CORPORATE_MAX_WORDS:
        # a masthead's item and other imprint sentences (after held-out batch K):
        # "Editor-in-chief: Jane Doe. Media registration certificate No. 123/45 ..."
        if (
            words <= 2 * CORPORATE_MAX_WORDS
            and (first in _MASTHEAD_FIRST or first.startswith("editor"))
            and are_imprint_sentences(core)
        ):
            return "masthead line"
        return None
    if first in _MASTHEAD_FIRST or first.startswith("editor"):
        if _MASTHEAD.match(core) or (_PUBLISHER.match(core) and _COMPANY.search(core) is not None):
            return "masthead line"
        if ". " in core and are_imprint_sentences(core):
            return "masthead line"
    elif first in ("issn", "eissn", "e-issn", "p-issn"):
        if _ISSN.match(core) and _ISSN_NUMBER.search(core):
            return "registration line"
    elif first in ("jobs", "careers", "vacancies", "work"):
        if _JOBS.match(core) and _COMPANY.search(core) is not None:
            return "footer links"
    elif (
        first in _SOCIAL_FIRST and _SOCIAL.match(core) and not core.lower().startswith("follow us")
    ):
        return "social links"
    return None


def is_contact_list(core: str) -> bool:
    """Two or more contact items and nothing else ("Tel: 01234 567890 | Email: x@y.z")."""
    items = [s for s in _CONTACT_SEP.split(core.strip(" |")) if s]
    return len(items) >= 2 and are_contact_items(items)


def are_contact_items(items: list[str]) -> bool:
    """Is every item a phone number, e-mail address or site, one of them the site's own?"""
    if not all(_CONTACT_ITEM.match(i) for i in items):
        return False
    if any(_DATE_VALUE.search(i) for i in items):
        return False
    # NOTE: the site's own contacts: an e-mail address or a desk label ("Tel", "Newsroom");
    # a box of help lines ("Samaritans: 116 123 | Childline: 0800 1111") is story text.
    return any("@" in i or _CONTACT_LABEL.match(i) for i in items)


def is_registration_line(core: str) -> bool:
    """A line that is only a company's registration number(s), maybe after its name, or a
    publishing permit's code."""
    m = _REG_LINE.match(core) or _PERMIT_LINE.match(core)
    return m is not None and len(_DIGITS.findall(core)) >= 6


def is_certificate_line(core: str) -> bool:
    """A medium's registration certificate or licence and its number ("Mass media registration
    certificate No. 123/45 issued by the Example Media Council")."""
    m = _CERTIFICATE.match(core)
    return m is not None and len(_DIGITS.findall(m["number"])) >= 2 and not _says(core)


def is_licence_notice(core: str) -> bool:
    """A notice that the site's content may not be copied or reused without permission."""
    if _REPORTING.search(core) or _WARNED.search(core):
        return False
    return _LICENCE.match(core) is not None and _OWN_CONTENT.search(core) is not None


def is_company_line(core: str) -> bool:
    """A short imprint line: who runs, owns, built or registered the site."""
    if core[-1:] in '?!"”':
        return False
    if _REPORTING.search(core) or _CLAUSE.search(core):
        return False
    if _CREDIT.match(core) or _REGISTERED.match(core):
        return True
    if is_regulated_statement(core):
        return True
    if _CORPORATE.match(core) is None:
        return False
    return _COMPANY.search(core) is not None or _REGULATOR.search(core) is not None
