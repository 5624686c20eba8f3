"""NL204 site-footer: copyright notices, footer links, navigation and URL lines in the body."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article, Line
from newslint.checks._boilerplate import compile_with_extras, delete_line, excerpt, phrase_pattern
from newslint.checks._imprint_lines import (
    CORPORATE_MAX_WORDS,
    are_contact_items,
    are_imprint_sentences,
    imprint_kind,
    is_certificate_line,
    is_company_line,
    is_contact_list,
    is_contact_sentence,
    is_licence_notice,
    is_link_heading,
    is_nonprofit_statement,
    is_outlet_statement,
    is_registration_line,
    is_slogan,
    is_tagline,
)
from newslint.checks._prescan import Prescan
from newslint.checks._text import word_count
from newslint.finding import Hit
from newslint.rule import RuleOptions, article_rule

_COPYRIGHT = re.compile(
    r"all\s+rights\s+reserved"
    r"|^\W*(?:copyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d|©|\(c\)\s*(?:19|20)\d\d"
    # the year first: "2019 © Example News", "2010-2019 (c) Example News"
    r"|(?:19|20)\d\d(?:\s*[-–—/]\s*\d{2,4})?\s*(?:©|\(c\)))",
    re.IGNORECASE,
)
#: Footer link texts; a line made only of these (and separators) is page furniture.
FOOTER_LINKS = (
    "terms of use", "terms of service", "terms and conditions", "terms & conditions",
    "privacy policy", "privacy notice", "cookie policy", "cookie settings", "contact us",
    "about us", "sitemap", "site map", "back to top", "advertise with us", "advertise",
    "careers", "accessibility", "help", "faq", "rss", "imprint", "legal notice", "disclaimer",
    "home", "newsletters", "subscribe", "log in", "sign in", "sign up", "register", "contact",
    "privacy", "cookies", "terms", "about", "jobs", "press", "corrections", "complaints",
    "syndication", "archive", "accessibility statement", "privacy settings", "cookie preferences",
    "do not sell my personal information", "do not sell or share my personal information",
    "work with us", "work for us", "join our team", "vacancies",
)  # fmt: skip
#: Desk and enquiry links: "Advertising enquiries", "Media inquiries", "Editorial contacts".
_ENQUIRIES = (
    r"(?:advertising|advertisement|editorial|subscriptions?|subscriber|media|press|general"
    r"|reader|sales|syndication|licensing|commercial|business|newsroom|partnership)\s+"
    r"(?:enquiries|inquiries|contacts?)"
)
_STRONG = (
    r"terms\s+(?:of|and|&)|privacy\s+(?:policy|notice)|cookie\s+policy|contact\s+us|about\s+us"
    r"|site\s?map|back\s+to\s+top|advertise\s+with\s+us"
    # legal and policy links: "<topic> <document>", "Do not sell my personal information"
    r"|(?:privacy|cookies?|accessibility|ethics|corrections?|complaints?|editorial)\s+"
    r"(?:policy|notice|statement|settings|preferences|standards|guidelines)"
    r"|do\s+not\s+sell(?:\s+or\s+share)?\s+my\s+(?:personal\s+)?(?:info(?:rmation)?|data)"
)
#: Substrings of desk and careers links that make a line worth matching against the link
#: list without a _STRONG link (kept out of _STRONG: every word it starts with slows its
#: unanchored search over each candidate line).
_DESK_KEYS = ("enquir", "inquir", "work with us", "work for us", "join our team", "vacancies")
# NOTE: a leading "Read our" / "See our" and "and" between links read as a list of links
# ("Read our privacy policy and terms of use").
_LINKS_TEMPLATE = (
    r"^(?:(?:read|see|view|review)\s+(?:our|the)\s+)?"
    r"(?:(?:{phrases})(?:\s*[|¦·•/»›,-]\s*|\s+(?:and|&)\s+|\s+|$))+$"
)
#: Links that ask readers for news (after held-out batch J): "Send us your news", "Share
#: your story ideas", "News tips", "Tip us off".
_TIPS = (
    r"(?:submit|send(?:\s+us)?|share)\s+(?:a|an|your)\s+(?:news\s+)?(?:tips?|story|stories"
    r"|story\s+ideas?|letters?(?:\s+to\s+the\s+editor)?|press\s+releases?|news|photos?|events?)"
    r"|news\s+tips?|tip\s+us\s+off|(?:got|have)\s+a\s+(?:news\s+)?(?:tip|story)\??"
)
_BASE = phrase_pattern(FOOTER_LINKS) + "|" + _ENQUIRIES + "|" + _TIPS
_SEP = re.compile(r"\s[|¦»›•·]\s|\s?\|\s?")
#: After a link list's label, a spaced slash joins items too ("Our titles: Hill Times / Bay
#: News / River Post").
_LABELLED_SEP = re.compile(r"\s[|¦»›•·/]\s|\s?\|\s?")
#: Parts of a footer row of mixed items ("Est. 1887 · Send us your news · Terms of use").
_ROW_SEP = re.compile(r"\s+[|¦·•]\s+")
_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w-]{2,}(?:\.[\w-]{2,})*\.(?:com|org|net|gov|edu|int|info|biz|io"
    r"|co|tv|news|us|uk|ca|au|in|de|fr|ru|cn|jp|ae|sa|lb|sy|tr|ie|nz|za|ng|ke|pk|eg|qa|eu)\b"
    r"(?:/\S*)?"
    # any other top-level domain when a path follows: "metroherald.example/about"
    r"|(?<![\w.@/])[a-z0-9][\w-]*(?:\.[a-z0-9][\w-]*)*\.[a-z]{2,24}/\S*",
    re.IGNORECASE,
)
#: A line that is nothing but a lower-case domain name, whatever its top-level domain.
_BARE_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,24}")
#: Cheap substring test: a line with none of these can only be a URL line.
_KEYS = (
    "©", "(c)", "copyright", "rights reserved", "|", "›", "»", "•", "·", "¦", "terms", "privacy",
    "cookie", "contact", "about us", "sitemap", "site map", "back to top", "advertise",
    "accessibility", "ethics", "corrections", "complaints", "editorial", "do not sell",
    # corporate lines whose first word is a name ("X is part of Y Group"); the other
    # corporate and desk lines are found by their first word (_FIRST_WORDS)
    "part of", "member of", "subsidiary", "division of", "brand of", "unit of", "trading name",
    *_DESK_KEYS,  # "Advertising enquiries", "Work with us"
    # breadcrumbs ("Home > News > Local", "News / World") and licence notices
    ">", " / ", "permission", "consent", "authoris", "authoriz", "licence", "license",
)  # fmt: skip
#: Lines that may be a tagline, an outlet statement or a link-list heading (the forms added
#: after held-out batch G, _imprint_lines): a necessary condition of each. KEEP IN STEP with
#: _TAGLINE, _REGULATOR_STATEMENT, _OUTLET_IMPRINT, _PLATFORM_PROMO, _LINK_HEADING,
#: _OUTLET_SELF, _PROJECT_OF and _NONPROFIT_STATUS.
_OUTLET_KEYS = (
    # taglines: a name of one to five Title-case words opens the line, then a separator
    # (NOTE: no \w here: RE2's is ASCII, Python's is not; [^\s...] is a superset of the words)
    r"^[\s*_#>•]*(?:The\s+)?[A-Z][^\s—–|:·]*(?:\s+[A-Z][^\s—–|:·]*){0,4}\s*(?:—|–|-|\||:|·)"
    # statements about the regulator: who, then one of the verbs (a station's frequency may
    # be part of its name, and it may work by a code or hold a licence: after held-out batch K)
    r"|^[\s*_#>•]*(?:(?:The\s+)?[A-Z][^\s]*(?:\s+[A-Z0-9][^\s]*){0,5}|(?i:this|our)\s+[^\s]+"
    r"(?:\s+station)?|We)\s+(?i:(?:is|are)\s+)?(?i:(?:proud(?:ly)?|pleased)\s+(?:to\s+)?)?"
    r"(?i:support|regulated|subscribe|adhere|abide|committed|compl|follow|a\s+member|member"
    r"|signator|accredited|independently|work|operate|act|bound|guided|observe|uphold|licen"
    r"|authori)"
    # what an outlet says of its nonprofit status (after held-out batch K)
    r"|\s(?i:is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:project|program|programme|initiative"
    r"|publication|service|venture|product|newsroom|title)\s+of)\s|501\s*\(c\)|(?i:charit)"
    # what an outlet calls itself: "is the/a" and a word of how it is run (_OUTLET_SELF)
    r"|\s(?i:is\s+(?:the|an?)\s+(?:most\s+)?(?:editorially|independent|student|non-?profit"
    r"|not-for-profit|reader-|listener-|member-|viewer-|community|employee-|volunteer-|staff-"
    r"|award-winning|hyperlocal|public))"
    # imprints ("<Outlet> is published by"), hosting platforms, link-list headings
    r"|(?i:published|printed)\s+by|(?i:substack|medium|ghost|beehiiv|patreon|wordpress|tumblr"
    r"|blogger|wix|squarespace|buttondown|mailchimp)"
    r"|(?i:links|sites|pages|brands|publications|titles|network|websites)[\t \xa0]*:?[\t \xa0]*$"
)
#: The same test over the whole body in one RE2 pass (see _prescan): the lines holding a key.
_KEYS_SCAN = Prescan("(?i)" + "|".join(re.escape(k) for k in _KEYS))
#: The outlet keys in one more pass (kept apart: folded into _KEYS_SCAN they slow it down).
_OUTLET_SCAN = Prescan("(?m)" + _OUTLET_KEYS)
#: "Back to News": a navigation link back to a site section; arrows may stand around it
#: (after held-out batch J): "↑ Return to top", "▲ Top of page".
_ARROWS = r"[«<←↑⇧▲△⬆↥^\ufe0f\s]*"
_BACK = re.compile(
    rf"^{_ARROWS}(?:(?i:back\s+to|return\s+to|go\s+(?:back\s+)?to)\s+(?:(?i:top|home(?:page)?"
    r"|index|menu|the\s+home\s*page|(?:the\s+)?(?:main|front)\s+page|all\s+(?:news|stories"
    r"|articles))|News|World|Sports?|Local|Opinion|Search(?:\s+results)?)"
    r"|(?i:(?:to\s+the\s+)?top\s+of\s+(?:the\s+)?page))"
    rf"{_ARROWS.replace('«<←', '»>→')}$"
)
#: "Newsroom contact: +44 20 7946 0000", "Tel: 01234 567890": a label and a phone number.
_PHONE = re.compile(
    r"^(?:(?i:[\w ]{0,30}\b(?:contact|tel|telephone|phone|switchboard|fax|whatsapp|hotline)"
    r"\b[\w ]{0,20}):|(?i:tel|phone|fax)\.?)\s*\+?\(?\d[\d ()./-]{5,}\d$"
)
#: "Subscriber services: 0800 000 000", "Newsroom: (01632) 960 000": a desk of the site itself
#: and a phone number of 8 digits or more (a help line of a story is not the site's).
_DESK_PHONE = re.compile(
    r"^(?i:[\w ']{0,30}\b(?:subscri(?:ber|bers|ption|ptions)\s+(?:services?|enquiries|inquiries"
    r"|desk|line|team)|subscriptions|customer\s+(?:services?|care|support|enquiries|inquiries)"
    r"|circulation|home\s+delivery|deliver(?:y|ies)\s+(?:enquiries|inquiries|problems)"
    r"|classifieds?|advertising|newsroom|news\s*desk|editorial|reader\s+services?|news\s+tips?"
    r"|tip\s*line|front\s+desk|reception)\b[\w ']{0,20}):\s*(?P<number>\+?\(?\d[\d ()./-]{6,}\d)$"
)
#: Thousands, not a phone number: "120 000", "1.250.000".
_THOUSANDS = re.compile(r"\d{1,3}(?:[ .]\d{3})+")
#: "Letters to the editor: letters@example.com": a short label and an e-mail address only.
_LABELLED_EMAIL = re.compile(
    r"^(?P<label>[A-Z][\w&'’ ,-]{0,40}):\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$"
)
_NOT_LABEL = re.compile(r"\b(?:said|says|wrote|writes|told|asked|added|tweeted|posted)\b", re.I)
#: A breadcrumb trail: short Title-Case items joined by one kind of separator ("Home > News >
#: Local", "News › World", "Home / Business / Markets").
_CRUMB = r"[A-Z][\w&'’.-]+(?:\s+(?:&|and|of|the|[A-Z][\w&'’.-]*)){0,3}"
_BREADCRUMB = re.compile(
    rf"^(?P<first>{_CRUMB})(?:\s*(?P<sep>>|»|›)\s*{_CRUMB}(?:\s*(?P=sep)\s*{_CRUMB})*"
    rf"|(?P<slash>(?:\s+/\s+{_CRUMB})+))$"
)
#: First words of the corporate, credit and registration lines (_imprint_lines) and the desk
#: lines (_DESK): only lines that start with one (or hold a key of _KEYS) are matched.
_FIRST_WORDS = frozenset((
    "proudly", "powered", "wordpress", "site", "website", "web", "news", "theme", "design",
    "development", "this", "published", "operated", "owned", "run", "managed", "produced",
    "maintained", "part", "member", "division", "subsidiary", "unit", "brand", "trading", "a",
    "an", "proud", "registered", "company", "vat", "registration", "contact", "email", "e-mail",
    "write", "message", "call", "tip", "designed", "developed", "built", "hosted", "printed",
    # regulator statements without their subject (after held-out batch J)
    "regulated", "accredited", "recognised", "recognized", "signatory", "subscribes", "adheres",
    "abides", "complies", "committed", "independently", "fully",
    # a broadcaster's licence without its subject (after held-out batch K)
    "licensed", "licenced", "authorised", "authorized",
))  # fmt: skip
_DIGIT = re.compile(r"\d")
#: "Contact the editor", "Email the newsroom": a link to a desk of the site.
_DESK = re.compile(
    r"^(?i:contact|email|e-mail|write\s+to|message|call|tip\s+off)\s+(?i:the|our|us|an?)?\s*"
    r"(?i:editors?|newsroom|news\s*desk|desk|reporters?|authors?|team|journalists?)$"
)
#: Section names that runs of navigation are made of ("News  Sport  Business").
SECTION_NAMES = frozenset((
    "home", "news", "world", "politics", "business", "money", "markets", "economy", "sport",
    "sports", "tech", "technology", "science", "health", "opinion", "comment", "culture", "arts",
    "entertainment", "lifestyle", "life", "style", "travel", "weather", "local", "national",
    "international", "regional", "us", "uk", "europe", "asia", "africa", "americas", "australia",
    "environment", "climate", "education", "features", "video", "videos", "photos", "podcasts",
    "live", "latest", "obituaries", "classifieds", "jobs", "property", "motoring", "cars",
    "fashion", "food", "music", "film", "movies", "tv", "television", "books", "games", "puzzles",
    "crosswords", "magazine", "letters", "editorial", "analysis", "investigations", "sections",
    "topics", "more",
))  # fmt: skip
#: A short line near the end of at least this many Title-Case section names and nothing else.
_RUN_MIN = 3
_RUN_LAST_LINES = 5
_RUN_MAX_WORDS = 12
#: Labels of link lists: "Follow us:", "Sections:", "More from us:", "Quick links:".
#: A qualifier may come before the list's noun (after held-out batch I): "Our sister sites:",
#: "Partner stations:", "Other titles in the group:".
_NAV_LABEL = re.compile(
    r"(?i:(?:our\s+)?(?:(?:sister|partner|other|affiliated|associated|fellow|group|regional"
    r"|local)\s+)?(?:follow|find|connect|join|like|share|sections?|topics?|tags?"
    r"|more|explore|browse|categories|menu|(?:quick|useful|related)\s+links|links|network"
    r"|sites|websites|brands|titles|publications|stations|channels|newspapers|papers"
    r"|magazines))\b[\w ]{0,20}$"
)
_SPACED = re.compile(r"\S(?: {2,}|\t)\S")
#: "Contact the newsroom: news@example.com" and "Visit us at example.com for more stories".
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_DOMAIN = r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?"
_CONTACT = re.compile(
    rf"^(?i:contact|email|e-mail|write\s+to|send)\b[^.!?@\n]{{0,40}}[:\s-]\s*{_EMAIL}\.?$"
    rf"|^(?i:(?:please\s+)?visit(?:\s+us\s+(?:at|on)|\s+our\s+(?:web)?site(?:\s+at)?)?)\s+{_DOMAIN}"
    r"(?:\s+(?i:for|to)\s+[\w ,'’-]{1,40})?[.!]?$"
)
#: Street words of postal addresses, after the street's name ("12 Quay Street").
_STREET = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Quay|Square|Sq|Place|Pl|Way"
    r"|Terrace|Parade|Wharf|Crescent|Court|Close|Highway|Hwy|Expressway|Row|Mall|Circle|Gardens"
    r"|Hill|Walk)\.?"
)
#: Streets whose number follows them: "Hauptstraße 12", "Keizersgracht 45", "Via Roma 12",
#: "Calle de Alcalá 40", "Rue du Lac 8".
#: (NOTE: the lookahead first: a word and a number; trying the endings at every letter of
#: every Title-Case word costs more.)
_STREET_COMPOUND = (
    r"(?=(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’.-]*\s+\d)"
    r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?:straße|strasse|str\.|weg|platz|gasse|allee|damm"
    r"|laan|straat|gracht|plein|kade|vej|gade|gatan|vägen|veien|gata)"
)
_STREET_WORD = (
    r"(?:Rue|Avenue|Boulevard|Place|Quai|Chemin|Via|Viale|Piazza|Corso|Calle|Avenida|Rua|Plaza"
    r"|Paseo|Carrer|Praça"
    # abbreviated (after held-out batch K): "Av. Central 1120", "Avda. del Mar 12", "Jr. Lampa 45"
    r"|Av\.|Avda\.|Ave\.|Jr\.|Pje\.|Pza\.|Blvd\.|Bd\.|Cl\.|Cra\.|Kr\.)"
)
_PARTICLE = r"(?:de|del|della|dei|di|la|le|les|des|du|da|do|dos|das|d['’]|l['’])"
_STREET_FIRST = rf"{_STREET_WORD}(?:\s+{_PARTICLE}|\s+[A-Z][\w'’-]*){{1,4}}"
#: "24 rue de la Paix": a street word in lower case after the number.
_STREET_LOWER = (
    r"(?:rue|avenue|boulevard|bd|place|quai|chemin|allée|impasse|via|viale|piazza|corso|calle"
    rf"|avenida|rua|plaza|paseo|carrer)(?:\s+{_PARTICLE}|\s+[A-Z][\w'’-]*){{1,4}}"
)
#: A place part after a street or box: a town, a county or state ("Co. Louth", "St. Albans",
#: "NSW 2000"), a postcode ("SW1A 1AA", "00100"), a country.
_ADDRESS_PART = r"(?:[A-Z][\w'’.-]*|\d[\dA-Z-]*)(?:\s+[A-Z0-9][\w'’.-]*){0,3}"
#: A post-office box or bag: "PO Box 123", "P.O. Box 4410-00200", "Private Bag 92".
_BOX = (
    r"(?:(?:P\.?\s?O\.?|G\.?P\.?O\.?|Post\s+Office)\s+Box|(?:Private|Locked)\s+Bag)"
    r"\s+\d{1,6}(?:[-–]\d{1,6})?"
)
#: "Metro Herald, 12 Quay Street, Portside": a whole line that is only a postal address.
_ADDRESS = re.compile(
    # an office label (after held-out batch G): "Head office: 15 Dock Road, Portside"
    r"^(?:(?:(?i:corporate|head|main|editorial|postal|mailing|business|company|group"
    r"|publishing|newsroom|our|sales|advertising|general)\s+){1,3}(?i:office|offices|address"
    r"|headquarters|hq)\s*:\s*|(?i:headquarters|hq|newsroom|head\s+office)\s*:\s*"
    # the office label in other languages (after held-out batch K): "Oficina central:",
    # "Sede de la redacción:", "Redaktion:", "Siège social :"
    r"|(?i:oficinas?|redacci[oó]n|sede|direcci[oó]n|domicilio|endere[cç]o|si[eè]ge|adresse"
    r"|redaktion|anschrift|indirizzo|redazione|kantor|alamat|kontor|toimitus)"
    r"(?:\s+(?i:de|del|de\s+la|da|do|di|della|der|des|du|social|central|principal|editorial"
    r"|postal|redacci[oó]n|redazione|la)){0,3}\s*:\s*)?"
    # up to two name parts before the number: "Example Media Group, Inc., 200 Harbour Street"
    r"(?:[A-Z][\w'’&.-]*(?:\s+(?:of|the|&|[A-Z][\w'’&.-]*)){0,4},\s+){0,2}"
    # the premises before the street or box: "Suite 4, ", "Stand 9, ", "Shop 3, " (a plot,
    # lot or stand number after held-out batch J)
    r"(?:(?:Level|Floor|Suite|Unit|Plot|Lot|Stand|Erf|Block|Building|Bldg\.?|Flat|Shop|Office"
    r"|House|Apartment|Apt\.?)\s+(?:No\.?\s*)?[\dA-Z][\dA-Za-z/-]{0,5},\s+)?"
    r"(?:"
    # a plot or stand number may stand for the street number (after held-out batch K): "Plot 14
    # Kira Road"
    r"(?:(?:Plot|Lot|Stand|Erf|No\.?)\s+)?"
    rf"\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w'’-]*\s+){{1,3}}{_STREET}"
    rf"(?:,\s+{_ADDRESS_PART}){{1,5}}"
    # the number after the street, as in much of Europe: "Hauptstraße 12, 10115 Berlin",
    # "Via Roma 12, 00184 Rome"; or first, before a lower-case street word: "24 rue de la Paix"
    rf"|(?:{_STREET_FIRST}|{_STREET_COMPOUND})\s+\d{{1,4}}[a-z]?(?:,\s+{_ADDRESS_PART}){{1,5}}"
    rf"|\d{{1,4}}(?:\s*bis)?,?\s+{_STREET_LOWER}(?:,\s+{_ADDRESS_PART}){{1,5}}"
    # a post-office box instead of a street, maybe after a street without a number:
    # "Harbour Road, PO Box 123, Portside"
    rf"|(?:(?:[A-Z][\w'’-]*\s+){{1,3}}{_STREET},\s+)?{_BOX}(?:,\s+{_ADDRESS_PART}){{0,5}}"
    r")\.?$"
)
#: Lines that may be a postal address (a necessary condition of ``_ADDRESS``, one RE2 pass
#: over the body, see _prescan): a number before a street word, a box or bag number, a street
#: ending before its number, a street word first. KEEP IN STEP with ``_ADDRESS``.
_ADDRESS_SCAN = Prescan(
    r"\d[A-Za-z]?\s+[A-Z][^\n]*?(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr"
    r"|Quay|Square|Sq|Place|Pl|Way|Terrace|Parade|Wharf|Crescent|Court|Close|Highway|Hwy"
    r"|Expressway|Row|Mall|Circle|Gardens|Hill|Walk)"
    r"|(?:Box|Bag)\s+\d"
    r"|(?:straße|strasse|str\.|weg|platz|gasse|allee|damm|laan|straat|gracht|plein|kade|vej|gade"
    r"|gatan|vägen|veien|gata)\s+\d"
    r"|(?:Rue|Avenue|Boulevard|Place|Quai|Chemin|Via|Viale|Piazza|Corso|Calle|Avenida|Rua|Plaza"
    r"|Paseo|Carrer|Praça|Av\.|Avda\.|Ave\.|Jr\.|Pje\.|Pza\.|Blvd\.|Bd\.|Cl\.|Cra\.|Kr\.)\s[^\n]*?\d"
    r"|\d(?:\s*bis)?,?\s+(?:rue|avenue|boulevard|bd|place|quai|chemin|allée|impasse|via|viale"
    r"|piazza|corso|calle|avenida|rua|plaza|paseo|carrer)\s"
)
_DOTTED = re.compile(r"\.[A-Za-z]")  # every URL or domain has a dot before a letter
_NOT_NAV = re.compile(r"^(?:by\s|published|updated|posted|last\s+modified)|[\d:]", re.I)


class SiteFooterOptions(RuleOptions):
    max_words: int = Field(40, ge=1, description="Longer lines are prose, never footer lines.")
    min_url_fraction: float = Field(
        0.5,
        gt=0,
        le=1,
        description="A line whose non-space characters are at least this fraction URLs or "
        "domains is a URL line.",
    )
    min_nav_items: int = Field(
        3, ge=2, description="Separator-joined items needed for a navigation line."
    )
    extra_phrases: list[str] = Field(
        default_factory=list, description="More footer link texts, e.g. 'Impressum'."
    )


@article_rule(
    code="NL204",
    name="site-footer",
    summary="A site footer, copyright notice, navigation or URL line is in the body.",
    options=SiteFooterOptions,
    tags=("boilerplate",),
    fix_safety="safe",
)
def check(article: Article, options: SiteFooterOptions) -> Iterator[Hit]:
    """## What it does
    Flags page furniture lines: copyright notices ("Copyright © 2012 Example.com", "2012 ©
    Example News", "All Rights Reserved") and licence notices ("No part of this website may be
    reproduced without permission"), footer links ("Terms of use", "Privacy policy", "Contact
    us", "Read our privacy policy and terms of use", "Contact the editor"; "Send us your
    news" only in a row of links), rows of links and desk links, maybe with a slogan or a
    copyright notice among them
    ("Est. 1887 · Send us your news · Terms of use"), navigation joined by separators or runs
    of spaces ("Home | World | Sports", "About Us  Contact  Careers", "Follow us: Facebook |
    X", and after a link list's label by spaced slashes too: "Our titles: Hill Times / Bay
    News / River Post"), breadcrumb trails ("Home > Business > Markets", "News / World"; two
    items only after "Home" or a section name), runs of three or more section
    names near the article's end ("World Sport Travel Weather"),
    labelled link lists, the label maybe qualified ("Our sister sites: Hill Times | River Post |
    Bay News", "Partner stations: ..."),
    "Back to News" links (arrows may stand around them: "▲ Top of page"), pagers ("« Previous
    post | Next post »", "← Older posts    Newer posts →"), language switchers naming each
    language in its own language ("Gaeilge | English", "English · Français"), contact lines
    ("Contact the newsroom: news@example.com", "News tips:
    tips@example.com", "Visit us at example.com for more stories", "Tel: 01632 960123",
    "Customer service: 01632 960 000"), a line that is only a postal address
    ("Example Post, 12 Quay Street, Portside", "Example Post Ltd, 8 Mill Lane, Ardee, Co.
    Louth, Ireland", "Example Media, Harbour Road, P.O. Box 4410-00200, Kisumu", "Example
    Zeitung GmbH, Hauptstraße 12, 10115 Berlin", "24 rue de la Paix, 75002 Paris", "Av.
    Central 1120, Lima 15046, Perú", with the premises first: "Suite 4, 12 Quay Street",
    "Stand 9, 22 Station Road, Mutare", or a plot number for the street number: "Plot 14 Kira
    Road, Kampala"), or an address and the site's contacts joined by '|' '·' '•' or a
    spaced dash ("Example Post, 12 Quay Street,
    Portside | Tel: 01632 960123 | news@example.com", "... | Mob: 07700 900123"; the labels
    abbreviated too: "T:", "Mob:"), company imprint lines ("Powered by WordPress",
    "Published by Example Media Ltd", "Printed and published by Example Press Ltd at ...",
    "Example Post is part of Example Media Group plc", "Run and managed by Example Media Ltd",
    "Registered in England No. 0123456", "A member of the Press Standards Board", "Designed
    and hosted by Example Web"; two or three such sentences on one line: "Published by
    Example Media Group Ltd for its readers in the north. Registered in England No.
    0123456."), regulator statements without their subject ("Independently regulated by
    IMPRESS", "Regulated by IPSO and committed to the Editors' Code", "Licensed by the
    Example Broadcasting Authority"), registration numbers
    ("ABN 12 345 678 901", "Example Media GmbH, HRB 123456", "NZBN ...", "GSTIN ...", a
    registry's initials or kind before the label and a code of capitals and numbers joined by
    slashes: "PRB Registration No. KERREG/2004/11223",
    "Postal Regd. No. ABC/123/2023-25", a publishing permit's code of initials, a serial
    number and the month and year of issue: "ABC PQ 12345/06/2019 (012345)"), a medium's
    registration certificate or licence ("Mass media registration certificate No. 123/45
    issued by the Example Media Council", "Broadcasting licence No. BL-2041"), masthead lines
    ("Editor: Jane Doe. Publisher: Example Media Ltd.", one item and a registration
    certificate: "Editor-in-chief: Jane Doe. Mass media registration certificate No. ..."),
    ISSN lines, post-office-box addresses ("Example Post, PO Box 12,
    Portside"), labelled contact lists ("Tel: 01632 960123 | Email: news@example.com"), desk
    and careers links ("Advertising enquiries", "Jobs at Example Media Group", "Work with
    us"), "Follow <site> on <platforms>" and "Find us on <platforms>" lines, taglines
    ("Example Post — Your trusted source for local news since 1898"), an office label before
    an address, in other languages too ("Head office: 12 Quay Street, Portside", "Oficina
    central: Av. Central 1120, Lima"), contact sentences of the site's
    desks ("Corrections: if you spot an error in our reporting, email ...", "Spotted a
    mistake? Email readerseditor@example.com", "For corrections, email ...": about an error or
    a correction, to a newsroom mailbox such as corrections@, standards@, readerseditor@), outlet
    statements ("Example Post is published by Example Media Ltd, 12 Quay Street", "Example
    Post supports the work of the Press Council", "This newspaper is regulated by IPSO",
    "<Outlet> works according to the rules for good press practice of ...", a station and
    its licence: "Harbour 98.4 FM is licensed by the Example Broadcasting Authority", and
    what an outlet calls itself, with a word of how it is owned or run before the kind of
    outlet: "The Daily Beacon is the student-run newspaper of Hillcrest College", "Harbour
    Notes is a nonprofit, reader-funded newsroom covering politics in the north", and its
    nonprofit status, one to three sentences: "The Valley Post is a project of the Valley
    News Trust, a 501(c)(3) nonprofit. Donations are tax-deductible to the extent allowed by
    law."),
    link-list headings ("Quick links", "Our sites"), hosting platforms' promotions ("Published
    with Ghost"), abbreviated registration labels ("Co. Reg. No. 200012345K"), and lines that
    are mostly a URL or domain (any top-level domain when a path follows or the line is only
    the domain: "example.news/local").

    ## Why it matters
    Footers are identical across a site, so they dominate n-gram statistics of a corpus and
    leak site names and URLs into training text.

    ## Example
        Copyright © 2012 Example.com. All Rights Reserved. | https://cdn.example.com/a/123 |
        Home | World | Sports | Contact us
        Powered by WordPress
        Example Post is part of Example Media Group plc.
        example.news/local

    ## Passes
        The ministry published the figures on its website, example.gov.
        The fire started at 12 Quay Street, Portside, on Tuesday night.
        The company changed its privacy policy after the ruling.
        Published by Penguin in 2019, the book sold well.
        He is a member of the Labour Party.
        The paper's editor, Jane Doe, said the move was overdue.
        Jobs at the plant were cut.
        Letters to the editor poured in after the vote.
        The Herald is the oldest newspaper in Portside.

    ## Options
    - `max_words` (default 40): longer lines are never footers.
    - `min_url_fraction` (default 0.5): share of URL characters that makes a URL line.
    - `min_nav_items` (default 3): items of a navigation line.
    - `extra_phrases` (default none): more footer link texts.

    ## Known false positives
    A pipe-separated data line ("Wins | Losses | Draws"), a markdown table row (skipped when
    a neighbouring line is one too, as are a flattened table's header rows: column names
    with units, "Depth (m) | Width (m)", or rows of numbers after it), a line "Previous |
    Next" of a story's own pager, a court or case number of a registry's initials and a
    serial number with a month and year ("HC 1234/05/2019") read as a publishing permit, a
    Title-Case list joined by '>' ("Fear > Hope > Joy");
    a one-line subheading "Back to News" or an address standing alone as a paragraph on
    purpose (an address in a sentence is quiet); a story's sentence asking readers to report
    errors to a newsroom mailbox of another organisation ("To report an error in the
    register, email editor@council.example"); a short
    Title-Case line of section words at the very end ("Europe Asia Africa"); a caption-like
    "Powered by Hydrogen" line; a one-line heading "Useful links" of a story's resource
    list; a one-sentence paragraph of a story about the press that introduces an outlet as
    it introduces itself ("The Beacon is the independent student newspaper of Hillcrest
    College."); a pipe-joined row of a phrase ending in "since <year>" and a link text ("Open
    since 1990 | Contact us"). Company lines need a company word (Group, Media, plc, Ltd ...)
    unless they are site credits ("Powered by", "Theme by"), and stay quiet on lines with a
    reporting verb or a clause after a comma. Copyright years are NL101's job. Fix: delete
    the line (safe).
    """
    extra = tuple(options.extra_phrases)
    links = compile_with_extras(_LINKS_TEMPLATE, _BASE, extra, re.I)
    strong = compile_with_extras("{phrases}", _STRONG, extra, re.I)
    keys = _KEYS + tuple(p.lower() for p in extra)
    key_lines = None if extra else _KEYS_SCAN.lines(article)
    outlet_lines = _OUTLET_SCAN.lines(article)
    address_lines = _ADDRESS_SCAN.lines(article)
    lines = article.lines
    tail = len(lines) - _RUN_LAST_LINES
    for i, line in enumerate(lines):
        text = line.text.strip()
        # NOTE: maxsplit: a long paragraph is not split into all of its words.
        words = len(text.split(None, options.max_words))
        if words > options.max_words:
            continue
        if key_lines is None:
            low = text.lower()
            has_key = any(k in low for k in keys)
        else:
            has_key = line.number in key_lines
        outlet_cue = line.number in outlet_lines
        address_cue = line.number in address_lines
        kind = _kind(text, words, options, links, strong, has_key, outlet_cue, address_cue)
        if kind is None and (i >= tail or "  " in text or "\t" in text):
            kind = _section_run(text, options, spaced_only=i < tail)
        if kind is None or (kind == "navigation line" and _in_table(lines, i)):
            continue
        yield Hit(
            f"{kind}: {excerpt(text)!r}",
            start=line.start,
            end=line.end,
            fix=delete_line(article, line),
        )


def _kind(
    text: str,
    words: int,
    options: SiteFooterOptions,
    links: re.Pattern[str],
    strong: re.Pattern[str],
    has_key: bool,
    outlet_cue: bool,
    address_cue: bool = True,
) -> str | None:
    core = text.strip(" \t*_#>•")
    if _BACK.match(core):
        return "navigation link"
    if words <= 8 and core[:1] in _PAGER_FIRST and _PAGER.match(core):
        return "navigation link"  # "« Previous post | Next post »" (after held-out batch K)
    if _CONTACT.match(core) or (core[-1:].isdigit() and _is_phone_line(core)):
        return "contact line"
    if "@" in core:
        e = _LABELLED_EMAIL.match(core)
        if e and word_count(e["label"]) <= 6 and not _NOT_LABEL.search(e["label"]):
            return "contact line"
        if is_contact_sentence(core):
            return "contact line"
    if address_cue and (_ADDRESS.match(core) or _is_address_and_contacts(core)):
        return "address line"
    # after held-out batch G: taglines, outlet statements, link-list headings
    if outlet_cue and words <= 30:
        if is_tagline(core, words):
            return "tagline"
        if is_outlet_statement(core, words) or is_nonprofit_statement(core):
            return "company line"
        if words <= 3 and is_link_heading(core):
            return "footer links"
    first = core[: core.find(" ")].lower() if " " in core else core.lower()
    imprint = imprint_kind(core, first.rstrip(":."), words)
    if imprint is not None:
        return imprint
    if ("@" in core or (":" in core and _DIGIT.search(core))) and is_contact_list(core):
        return "contact line"
    if first in _FIRST_WORDS or has_key:
        if _DESK.match(core):
            return "footer links"
        if words <= CORPORATE_MAX_WORDS and is_company_line(core):
            return "company line"
        if (
            CORPORATE_MAX_WORDS < words <= 2 * CORPORATE_MAX_WORDS
            and first in _FIRST_WORDS
            and are_imprint_sentences(core)
        ):
            return "company line"  # "Published by Example Media Ltd ... Registered in ..."
    if (
        words <= CORPORATE_MAX_WORDS
        and (core[-1:].isalnum() or core[-1:] == ")")
        and is_registration_line(core)
    ):
        return "registration line"
    # a medium's registration certificate or licence (after held-out batch K)
    if (
        words <= CORPORATE_MAX_WORDS + 4
        and first in _CERTIFICATE_FIRST
        and is_certificate_line(core)
    ):
        return "registration line"
    if has_key:
        if _COPYRIGHT.search(text) or is_licence_notice(core):
            return "copyright footer"
        if (
            "|" in text or any(k in text.lower() for k in _DESK_KEYS) or strong.search(text)
        ) and links.match(text.strip(" \t*_|")):
            return "footer links"
        if _is_footer_row(core, links):
            return "footer links"
        nav = text.strip(" |")
        label, colon, rest = nav.partition(":")
        sep = _SEP
        if colon and _NAV_LABEL.match(label.strip(" \t*_#>•")):
            nav = rest  # "Follow us: Facebook | X | Instagram", "Sections: News | Sport"
            sep = _LABELLED_SEP  # "Our titles: Hill Times / Bay News / River Post"
        items = [s.strip() for s in sep.split(nav.strip(" |")) if s.strip()]
        if _is_language_switcher(items):
            return "navigation line"  # "Gaeilge | English" (after held-out batch K)
        if (
            len(items) >= options.min_nav_items
            and all(word_count(s) <= 4 and s[0].isupper() and not _NOT_NAV.search(s) for s in items)
            # a flattened table's header row: column names with units ("Depth (m)"), after
            # clean held-out set e
            and sum(1 for s in items if _UNIT.search(s)) < 2
        ):
            return "navigation line"
        if _is_breadcrumb(core):
            return "breadcrumb"
    if not _DOTTED.search(text):
        return None
    if _BARE_DOMAIN.fullmatch(core):
        return "URL line"
    chars = len(text) - text.count(" ")
    url_chars = sum(len(m.group()) for m in _URL.finditer(text))
    if url_chars and url_chars >= options.min_url_fraction * chars:
        return "URL line"
    return None


#: Parts of an imprint line that gives an address and contacts: '|' '·' '•' between them, or
#: (after held-out batch K) a spaced dash.
_PART_SEP = re.compile(r"\s*[|·•]\s*|\s+[–—]\s+")
#: An outlet's name before its address in a part of its own ("Example Post | 12 Quay St ...").
_OUTLET_PART = re.compile(r"(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|the|&|[A-Z][\w&'’.-]*)){0,5}")


def _is_address_and_contacts(core: str) -> bool:
    """An address and the site's contacts joined by separators (after held-out batch I):
    "Example Post, 12 Quay Street, Portside | Tel: 01632 960123 | news@example.com", maybe
    after the outlet's name in a part of its own. A postal address, then contact items only."""
    if (
        "|" not in core
        and "·" not in core
        and "•" not in core
        and " — " not in core
        and (" – " not in core)
    ):
        return False
    parts = [p for p in _PART_SEP.split(core.strip(" |")) if p]
    if len(parts) >= 3 and _OUTLET_PART.fullmatch(parts[0]):
        parts = parts[1:]
    if len(parts) < 2 or not _ADDRESS.match(parts[0]):
        return False
    return are_contact_items(parts[1:])


def _is_footer_row(core: str, links: re.Pattern[str]) -> bool:
    """A footer row of mixed items joined by '|' '·' '•' (after held-out batch J): links to
    the site's pages and desks ("Email the newsroom", "Send us your news", "Terms of use"),
    at least one of them, and maybe a slogan or a copyright notice ("Est. 1887 · Send us your
    news · Terms of use")."""
    if "|" not in core and "·" not in core and "•" not in core and "¦" not in core:
        return False
    parts = [p.strip(" \t*_") for p in _ROW_SEP.split(core.strip(" |")) if p.strip(" \t*_")]
    if len(parts) < 2:
        return False
    linked = 0
    for part in parts:
        if links.match(part) or _DESK.match(part) or _BACK.match(part):
            linked += 1
        elif not (is_slogan(part) or (_COPYRIGHT.search(part) and word_count(part) <= 8)):
            return False
    return linked >= 1


def _is_phone_line(core: str) -> bool:
    """A labelled phone number of a contact or a desk of the site."""
    if _PHONE.match(core):
        return True
    m = _DESK_PHONE.match(core)
    if m is None or _THOUSANDS.fullmatch(m["number"]):
        return False
    return len(_DIGIT.findall(m["number"])) >= 8


def _is_breadcrumb(core: str) -> bool:
    """A breadcrumb trail: three or more items joined by '>', '»' or '›', or two when the first
    is "Home" or a section name (so is every trail joined by ' / ')."""
    m = _BREADCRUMB.match(core)
    if m is None or _NOT_NAV.search(core):
        return False
    items = 1 + (core.count(m["sep"]) if m["sep"] else m["slash"].count(" / "))
    section = m["first"].split()[0].lower() in SECTION_NAMES
    return section if m["slash"] or items < 3 else True


def _section_run(text: str, options: SiteFooterOptions, spaced_only: bool) -> str | None:
    """A navigation line of section names joined by runs of spaces ("News  Sport  Business"),
    or near the end, by single spaces ("Politics Business Technology Science")."""
    core = text.strip(" \t*_#>•")
    if ("  " in core or "\t" in core) and _SPACED.search(core):
        items = [s for s in re.split(r" {2,}|\t+", core) if s.strip()]
        if len(items) >= options.min_nav_items and all(
            word_count(s) <= 3 and s[0].isupper() and not _NOT_NAV.search(s) for s in items
        ):
            named = sum(any(w.lower() in SECTION_NAMES for w in s.split()) for s in items)
            if named * 2 >= len(items):
                return "navigation line"
        return None
    if spaced_only:
        return None
    words = core.split(None, _RUN_MAX_WORDS)
    if not _RUN_MIN <= len(words) <= _RUN_MAX_WORDS:
        return None
    if not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    named = sum(w.lower() in SECTION_NAMES for w in words)
    if named >= _RUN_MIN and named >= 0.75 * len(words):
        return "navigation line"
    return None


def _in_table(lines: tuple[Line, ...], i: int) -> bool:
    """A row of a table: a Markdown table row next to it, or (after clean held-out set e) a
    flattened table's data row after it (blank lines between), with as many '|'-joined cells,
    most of them numbers ("Hole A | 12.0 | 3.5")."""
    near = [lines[j].text.lstrip() for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    if any(t.startswith("|") for t in near):
        return True
    pipes = lines[i].text.count("|")
    for j in range(i + 1, min(i + 3, len(lines))):
        text = lines[j].text.strip()
        if not text:
            continue
        if text.count("|") != pipes:
            return False
        cells = text.split("|")
        return sum(1 for c in cells if _DIGIT.search(c)) * 2 >= len(cells)
    return False


#: A unit in brackets after a column's name: "Depth (m)", "Grade (%)", "Au (g/t)".
_UNIT = re.compile(r"\S\s*\(\s*[^()\s]{1,6}\s*\)$")
#: A pager of a blog or a list (after held-out batch K): "« Previous post | Next post »",
#: "← Older posts    Newer posts →", "Prev / Next": two links, separators or runs of spaces.
_PAGER_ITEM = (
    r"[«‹<←⟵◀◄]*\s*(?i:previous|prev\.?|older|newer|next|earlier|later)(?:\s+(?i:post|article"
    r"|story|entry|page|item|episode|posts|articles|stories|entries|pages|items|episodes))?"
    r"\s*[»›>→⟶▶►]*"
)
_PAGER = re.compile(rf"{_PAGER_ITEM}(?:\s*[|·•/]\s*|\s{{2,}}|\t+){_PAGER_ITEM}")
_PAGER_FIRST = frozenset("«‹<←⟵◀◄PpOoNnEeLl")
#: First words of a medium's registration certificate or licence (``is_certificate_line``).
_CERTIFICATE_FIRST = frozenset((
    "mass", "electronic", "online", "print", "media", "press", "broadcasting", "broadcast",
    "radio", "television", "tv", "newspaper", "publication", "publishing", "registration",
    "certificate",
))  # fmt: skip
#: Languages as a site's language switcher names them, each in its own language.
_LANGUAGES = frozenset((
    "english", "français", "español", "deutsch", "italiano", "português", "nederlands", "cymraeg",
    "gaeilge", "gàidhlig", "kiswahili", "afrikaans", "isizulu", "isixhosa", "sesotho", "setswana",
    "svenska", "norsk", "dansk", "suomi", "íslenska", "polski", "čeština", "slovenčina",
    "slovenščina", "hrvatski", "srpski", "bosanski", "shqip", "magyar", "română", "български",
    "македонски", "русский", "українська", "беларуская", "қазақша", "ελληνικά", "türkçe",
    "العربية", "فارسی", "اردو", "עברית", "हिन्दी", "বাংলা", "தமிழ்", "తెలుగు", "मराठी",
    "ગુજરાતી", "ਪੰਜਾਬੀ", "中文", "简体中文", "繁體中文", "日本語", "한국어", "tiếng việt", "ไทย",
    "bahasa indonesia", "bahasa melayu", "filipino", "tagalog", "hausa", "yorùbá", "igbo",
    "አማርኛ", "soomaali", "kinyarwanda", "te reo māori", "māori", "català", "euskara", "galego",
    "lietuvių", "latviešu", "eesti", "ქართული", "հայերեն", "azərbaycan", "oʻzbek", "o‘zbek",
))  # fmt: skip


def _is_language_switcher(items: list[str]) -> bool:
    """A site's language switcher (after held-out batch K): two to eight languages, each
    named in its own language ("Gaeilge | English", "English · Français · Español"); English
    names of other languages are a story's list ("English | French")."""
    names = [i.lower() for i in items]
    return (
        2 <= len(names) <= 8
        and len(set(names)) == len(names)
        and all(n in _LANGUAGES for n in names)
    )
