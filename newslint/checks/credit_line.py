"""NL205 credit-line: agency and reporting credit lines (legitimate, but not story text)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from newslint.article import Article
from newslint.checks._boilerplate import compile_with_extras, delete_line, excerpt, phrase_pattern
from newslint.checks._prescan import Prescan
from newslint.finding import Fix, Hit, Severity
from newslint.rule import RuleOptions, article_rule

#: News agencies and wire credits that stand alone on a credit line.
AGENCIES = (
    "agencies", "news agencies", "staff and agencies", "agencies and staff", "wires",
    "wire services", "wire reports", "agence france-presse", "agence france presse", "afp",
    "associated press", "the associated press", "ap", "reuters", "thomson reuters", "xinhua",
    "dpa", "deutsche presse-agentur", "upi", "united press international", "efe", "ansa",
    "kyodo", "kyodo news", "yonhap", "tass", "ria novosti", "interfax", "anadolu",
    "anadolu agency", "pti", "ians", "ani", "aap", "press association", "pa media", "bernama",
    "wam", "kuna", "sana", "irna", "mena", "bloomberg", "cnn", "bbc", "al jazeera", "aljazeera",
    "the canadian press", "canadian press", "australian associated press",
    # wire and staff credits: "wire reports", "news services", "staff and wire reports"
    "wire dispatches", "wire stories", "news services", "news wires", "newswires",
    "staff reports", "news agency reports", "agency reports",
    # national agencies and public broadcasters of more countries (after held-out batch G)
    "nan", "news agency of nigeria", "app", "bss", "pna", "kna", "gna", "aps", "qna", "bna",
    "ona", "spa", "nna", "ina", "suna", "ena", "sanews", "angop", "lusa", "belga", "anp", "ctk",
    "čtk", "pap", "mti", "bta", "agerpres", "hina", "tanjug", "antara", "vna", "cna", "kcna",
    "apa", "rnz", "abc", "cbc", "sabc", "rté", "rte", "nhk", "dw", "voa", "npr", "rfi",
)  # fmt: skip
#: "Staff" only credits next to an agency: "Staff and wire reports", "Reuters and staff".
_STAFF = r"staff(?=\s*(?:and|&|,|/)\s*\w)|(?<=\band\s)staff"
_BASE = phrase_pattern(AGENCIES) + "|" + _STAFF
#: An agency, with "News", "News Agency", "News Service" or "Wire" after its name ("Bloomberg
#: News", "Xinhua News Agency").
_AGENCY = r"(?:{phrases})(?:\s+(?:news(?:\s+(?:agency|service|wire))?|newswire|wire))?"
_AGENCIES = rf"{_AGENCY}(?:\s*(?:,|/|and|&|,\s*and)\s*{_AGENCY})*"
_TEMPLATE = (
    # NOTE: "compiled/adapted/based ... from/on <agencies>": "Compiled from wire reports".
    r"^[\s*_•(\[–—-]*(?:(?:(?:with\s+)?(?:additional\s+)?(?:reporting|inputs?|files)\s+from|with|via"
    r"|source|sources|from|(?:compiled|adapted|assembled|drawn|taken)(?:\s+\w+)?\s+from"
    r"|based\s+on)\s*:?\s*)?"
    rf"{_AGENCY}(?:\s*(?:,|/|and|&|with)\s*{_AGENCY})*[\s.)\]]*$"
    # "Reporting by X", "With additional reporting by X", "Additional reporting: X"
    r"|^[\s*_•(\[–—-]*(?:this\s+(?:story|report|article)\s+(?:was|has\s+been)\s+)?"
    r"(?:with\s+)?(?:additional\s+)?(?:reporting|reported|writing|editing|compiled|compilation"
    r"|edited|written|translated|produced"
    # (after held-out batch K) a translator's credit with the source language, a name after
    # "by": "Translated from the Portuguese by Jane Doe", "Translated from Arabic into English
    # by Jane Doe", "English translation by Jane Doe"
    r"|translated\s+from\s+(?:the\s+)?(?-i:[A-Z][\w'’-]+)(?:\s+original)?(?:\s+(?:in)?to\s+"
    r"(?-i:[A-Z][\w'’-]+))?(?=\s+by\s+(?-i:[A-Z]))|(?-i:[A-Z][a-z]+)\s+translation)"
    r"\s+by\b[^\n]{0,200}$"
    r"|^[\s*_•(\[–—-]*(?:additional\s+)?(?:reporting|writing|editing|research|translation)"
    r"\s*:\s*(?-i:[A-Z][\w.'’-]*)(?:[\s,;&]+(?:(?-i:[A-Z][\w.'’-]*)|and|in))*[\s.)]*$"
    r"|^[\s*_•(\[–—-]*(?:source\s*:\s*(?:\S+\s*){1,6}"
    # (after held-out batch K) a press release's source line, "SOURCE" in capitals and the
    # issuer: "SOURCE Example Foods Inc."
    r"|(?-i:SOURCE)\s+(?-i:(?=[^\n]*[a-z])[A-Z0-9][\w&.,'’-]*(?:\s+[\w&.,'’()-]+){0,7})\s*)$"
    r"|^[\s*_•(\[–—-]*with\s+files\s+from\s+(?:\S+\s*){1,8}$"
    r"|^[\s*_•(\[–—-]*(?:with\s+)?(?:news\s+)?(?:agency|agencies|wire)\s+(?:inputs?|reports?)"
    r"[\s.)\]]*$"
    # "Inputs: PTI", "Input from agencies" (after held-out batch G)
    rf"|^[\s*_•(\[–—-]*(?:with\s+)?inputs?\s*:\s*{_AGENCY}(?:\s*(?:,|/|and|&)\s*{_AGENCY})*"
    r"[\s.)\]]*$"
    # "<agency> contributed (reporting)": "Reuters and AFP contributed."
    rf"|^[\s*_•(\[–—-]*{_AGENCIES}\s+contributed(?:\s+reporting)?[\s.)\]]*$"
    # "material/information from <agency> (was used in this report)", "This story includes
    # material from <agency>"
    r"|^[\s*_•(\[–—-]*(?:(?:this\s+(?:article|story|report)\s+)?(?:contains|includes|uses"
    r"|incorporates)\s+)?(?:material|information|reporting|content)\s+from\s+"
    rf"{_AGENCIES}(?:\s+(?:was|were|has\s+been|have\s+been)\s+used(?:\s+in\s+(?:this|the)\s+"
    r"(?:report|story|article))?)?[\s.)\]]*$"
    # (after held-out batch J) an agency and its writer in brackets or after a dash: "(AFP/jd)",
    # "[Reuters/Jane Doe]"
    rf"|^[\s*_•]*(?:[–—-]+|\(|\[)\s*{_AGENCY}\s*/\s*(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,3}}"
    r"|[A-Z]{2,4}|[a-z]{2,4}(?:\s*/\s*[a-z]{2,4}){0,2})[\s.)\]]*$"
    # a syndicate or agency that supplies the story: "Syndicated by Example News Service",
    # "Supplied through Example Features Agency"
    r"|^[\s*_•(\[–—-]*(?:distributed|syndicated|supplied)\s+(?:by|through|via)\s+(?:the\s+)?"
    # (a syndicate's word: not "Films" or "Media", the distributors of a film review)
    r"(?-i:(?:[A-Z][\w&'’.-]*\s+){0,5}(?:Syndicate|Syndication|Features|Agency|Wire|Newswire"
    r"|News\s+Services?)(?:\s+[A-Z][\w&'’.-]*){0,3})"
    rf"(?:,?\s+(?-i:LLC|Inc|Ltd|Limited|Corp))?[\s.)\]]*$"
    rf"|^[\s*_•(\[–—-]*(?:distributed|syndicated|supplied)\s+(?:by|through|via)\s+{_AGENCIES}"
    r"[\s.)\]]*$"
)
#: The end mark of a press release or wire copy (after held-out batch K): "ENDS", "-ENDS-",
#: "/ENDS", "- 30 -", "# # #", "###" (a lower-case "ends" only between marks: "-ends-").
_END_MARK = re.compile(
    r"^[\s*_]*(?:(?:[-–—/([]+\s*)?ENDS?|[-–—/([]+\s*(?:ends|Ends))(?:\s*[-–—/)\]]+)?[\s.]*$"
    r"|^[\s*_]*[-–—]+\s*30\s*[-–—]+\s*$|^[\s*_]*#\s*#\s*#\s*$"
)
#: A person (two to four Title-Case words), maybe "in <place>": "Jane Doe in Portside".
_PERSON = r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})"
_PLACE = r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
_PERSON_IN = rf"{_PERSON}(?:\s+in\s+{_PLACE})?"
#: Credits that need the word "contributed". (Kept out of ``_TEMPLATE``, whose branches are
#: all anchored, so that one runs as a cheap ``match``.)
_CONTRIBUTED = re.compile(
    r"\bcontributed\s+(?:reporting\s+)?to\s+this\s+(?:report|story|article)\b"
    r"|\b(?:writers?|reporters?|correspondents?|staff)\b[^\n]{0,120}\bcontributed(?:\s+reporting)?"
    r"[\s.]*$"
    # "Jane Doe contributed reporting (from Portside)", "Jane Doe in Portside and John Roe in
    # Eastwick contributed research."
    rf"|^{_PERSON_IN}(?:(?:,|,?\s+and|\s+&)\s+{_PERSON_IN})*\s+contributed\s+(?:reporting"
    rf"|research)(?:\s+from\s+{_PLACE}(?:(?:,|,?\s+and)\s+{_PLACE})*)?[\s.]*$",
    re.IGNORECASE,
)
#: Disclaimers of stories published from a syndicated or agency feed: "(This article was
#: auto-generated from a syndicated feed and has not been edited by our staff.)", "Only the
#: headline of this story has been changed; the rest comes from a news agency feed."
_FEED = re.compile(
    r"\b(?:syndicat(?:ed|ion)\s+(?:feed|service|content|copy)|(?:wire|news)(?:\s+agency)?\s+feed"
    r"|agency\s+(?:feed|copy)|wire\s+copy|auto-?generated\s+from\s+an?\s+[\w -]{0,20}feed)\b",
    re.IGNORECASE,
)
_FEED_TOPIC = re.compile(
    r"\b(?:this|the)\s+(?:story|article|report|copy|content|text|news\s+item)\b|\bheadline\b"
    r"|\bstaff\b",
    re.IGNORECASE,
)
_FEED_VERB = re.compile(
    r"\b(?:edited|modif\w+|changed|altered|reworked|published|auto-?generated|generated"
    r"|sourced|carried|taken)\b",
    re.IGNORECASE,
)
_SAYS = re.compile(r"\b(?:said|says|told|according|reported|claimed|alleged)\b", re.IGNORECASE)


def _is_feed_disclaimer(text: str) -> bool:
    """A note that the story comes unedited from a syndicated or agency feed."""
    low = text.lower()
    if len(text) > 400 or not ("feed" in low or "syndicat" in low or "copy" in low):
        return False
    return bool(
        _FEED.search(text)
        and _FEED_TOPIC.search(text)
        and _FEED_VERB.search(text)
        and not _SAYS.search(text)
    )


#: Notes that the story is republished from another outlet: "This article was originally
#: produced by the Valley Post and is co-published here.", "This story first
#: appeared in the Lakeside Echo.", "A version of this article appeared on example.com",
#: "This article is republished from Example News under a Creative Commons licence. Read the
#: original article.", "Republished with permission from the Valley Post", "Originally
#: published in the Lakeside Echo". The story refers to itself ("this article"), or the line
#: opens with the republication; one more short sentence may follow ("Read the original").
_PIECE = (
    r"(?:article|story|report|piece|post|blog\s+post|column|essay|op-?ed|commentary|interview"
    r"|feature|analysis|explainer|newsletter|content|item)"
)
_REPUBLISHED = re.compile(
    r"^[\s*_•(\[–—-]*(?:"
    # "This article was originally published by X", "A version of this story appeared in X"
    rf"(?:this|(?:a|an\s+earlier|a\s+longer|a\s+shorter|the\s+original)\s+version\s+of\s+this)"
    rf"\s+{_PIECE}(?:\s+[^\n]{{0,160}}?)?\s+(?:(?:originally|first|previously|initially)\s+"
    r"(?:published|posted|printed|aired)|(?:(?:originally|first|previously|initially|also)\s+)?"
    r"(?:appeared|ran)\s+(?:in|on|at)|re-?published|re-?printed|reproduced|syndicated"
    r"|co-?published|re-?posted)\b"
    # "Republished with permission from X", "Reprinted with the kind permission of X"
    r"|(?:re-?published|re-?printed|reproduced|re-?posted|shared|used)\s+(?:here\s+)?with"
    r"\s+(?:the\s+)?(?:kind\s+)?permission\b"
    # "Originally published in/on/by X", "First published by X"
    r"|(?P<bare>(?:originally|first)\s+(?:published|appeared|posted)\s+(?:in|on|by|at)\s+"
    r"(?-i:(?:the\s+|The\s+)?[A-Z][\w.&'’-]*|[a-z0-9-]+(?:\.[a-z0-9-]+)+))"
    r")[^\n]{0,200}$",
    re.IGNORECASE,
)
#: "Originally published in The Times, the essay ...": a story's sentence about a work.
_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:the|a|an|it|he|she|they|which|who|its|his|her)\s", re.I)
#: The first words of ``_REPUBLISHED``'s branches (a cheap test before the pattern).
_REPUBLISHED_FIRST = frozenset((
    "this", "republished", "re-published", "reprinted", "re-printed", "reproduced", "reposted",
    "re-posted", "shared", "used", "originally", "first",
))  # fmt: skip
_VERSION_FIRST = frozenset(("a", "an", "the"))
_VERSION_SECOND = frozenset(("version", "earlier", "longer", "shorter", "original"))


def _lead_words(text: str) -> list[str]:
    """The first two words of a line and the rest, after bullets and brackets (as written)."""
    return text[:60].lstrip(" \t*_•([–—-").split(None, 2)


def _is_republication_note(text: str, words: list[str]) -> bool:
    """A note that the story was first published elsewhere and is republished here
    (``words``: ``_lead_words(text)``)."""
    if len(text) > 400 or not words:
        return False
    first = words[0].lower()
    if first not in _REPUBLISHED_FIRST and not (
        first in _VERSION_FIRST and len(words) > 1 and words[1].lower() in _VERSION_SECOND
    ):
        return False
    m = _REPUBLISHED.match(text)
    if m is None or _SAYS.search(text):
        return False
    return m["bare"] is None or _CLAUSE_AFTER_COMMA.search(text) is None


#: Notes that the story was made with a partner or a funder (after held-out batch I): "This
#: story was produced in partnership with the Valley Post.", "This article is published in
#: collaboration with ...", "This reporting was supported by a grant from the Example Fund.",
#: "This series is part of the Example Reporting Project, a collaboration between ...",
#: "Produced in association with ...". The story refers to itself ("this article", "this
#: reporting"; not "this project" or "this report" of a story's subject ... "this report" is
#: a newsroom's word too, so it counts) or the line opens with the participle.
_MADE = (
    r"(?:produced|published|reported|written|prepared|created|made|developed|done|co-?produced"
    r"|co-?published|co-?reported|brought\s+to\s+you)"
)
_PARTNER_NOTE = re.compile(
    r"^[\s*_•(\[–—-]*(?:"
    rf"this\s+(?:{_PIECE}|series|investigation|coverage|reporting|journalism|episode|podcast"
    r"|project\s+page|special\s+report|package)"
    r"(?:\s+(?:is|was|has\s+been|were|are|have\s+been))?\s+(?:(?:jointly|originally|also)\s+)?"
    rf"(?:(?:{_MADE}\s+)?in\s+(?:partnership|collaboration|association|conjunction|cooperation"
    r"|co-operation)\s+with"
    rf"|{_MADE}\s+(?:jointly|together)\s+with"
    rf"|(?:{_MADE}\s+)?with\s+(?:the\s+)?(?:(?:financial|editorial)\s+)?(?:support|funding|help"
    r"|backing|a\s+grant|grants?\s+funding)\s+(?:of|from)"
    r"|(?:funded|supported|underwritten|sponsored|made\s+possible)\s+(?:in\s+part\s+)?(?:by|through)"
    r"|(?:is\s+|was\s+)?(?:a\s+)?part\s+of\s+(?:(?:a|an|the|our)\s+)?(?:(?:[\w-]+\s+){0,2}?"
    r"(?:reporting|journalism|news|media|editorial|newsroom|storytelling|collaborative|joint)\s+"
    r"(?:partnership|collaboration|project|initiative|series|fellowship|network|programme|program)"
    r"|(?:partnership|collaboration)\s+(?:between|with|of)"
    r"|(?-i:[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|&)){0,6}\s+(?:Project"
    r"|Initiative|Collaborative|Partnership|Network|Fellowship|Lab|Series))\b))"
    # a bare participle: "Produced in partnership with the Valley Post"
    r"|(?P<bare>(?:produced|published|reported|created|made|co-?produced|co-?published)\s+in\s+"
    r"(?:partnership|collaboration|association|conjunction)\s+with)"
    r")(?:\s+\S[^\n]{0,200}|[,.;:][^\n]{0,200}|)$",
    re.IGNORECASE,
)
_SAID = re.compile(r"\b(?:said|says|told|according|claimed|alleged)\b", re.IGNORECASE)
_PARTNER_FIRST = frozenset((
    "this", "produced", "published", "reported", "created", "made", "co-produced", "coproduced",
    "co-published", "copublished",
))  # fmt: skip


def _is_partner_note(text: str, words: list[str]) -> bool:
    """A note that the story was made with a partner outlet, a collaboration or a funder
    (``words``: ``_lead_words(text)``)."""
    if len(text) > 400 or not words or words[0].lower() not in _PARTNER_FIRST:
        return False
    m = _PARTNER_NOTE.match(text)
    if m is None or _SAID.search(text):  # "reported" is one of the note's verbs
        return False
    return m["bare"] is None or _CLAUSE_AFTER_COMMA.search(text) is None


#: A note on the writer's reporting fellowship or service programme (after held-out batch K):
#: "Jane Doe is a corps member with the Example Reporting Fellowship, which places ...",
#: "Jane Doe is a data journalism fellow at the Example News Lab.", "Jane Doe's reporting is
#: funded by the Example Local News Initiative." Present tense, and a word of journalism in
#: the role or the programme ("a senior fellow at the Example Institute" is a source's title).
_FELLOW_NOTE = re.compile(
    r"^[\s*_•(\[–—-]*(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})"
    r"(?:\s+(?:is|serves\s+as)\s+(?:a|an|the|one\s+of\s+(?:the|our)|our)\s+"
    r"(?P<qualifier>(?:[\w&'’.-]+\s+){0,6}?)(?P<role>corps\s+members?|fellows?)"
    r"|(?:’s|'s)\s+(?:position|reporting|work|role|fellowship|beat|coverage)\s+(?:here\s+)?is\s+"
    r"(?:(?:partly|partially|jointly|generously)\s+)?(?:funded|supported|made\s+possible"
    r"|underwritten|sponsored)\s+(?:in\s+part\s+)?by)\b[^\n]{0,240}$",
    re.IGNORECASE,
)
_PROGRAMME = re.compile(
    r"\b(?:report(?:ing|ers?)|journalis(?:m|ts?|tic)|news(?:room)?)\s+(?:[A-Z][\w&'’.-]*\s+){0,3}"
    r"(?:Fellowship|Corps|Program(?:me)?|Initiative|Project|Lab)\b",
    re.IGNORECASE,
)
_JOURNALISM_WORD = re.compile(
    r"\b(?:report(?:ing|ers?)|journalis(?:m|ts?|tic)|news(?:room|rooms|paper|papers)?)\b",
    re.IGNORECASE,
)


def _is_fellow_note(text: str, words: list[str]) -> bool:
    """A note on the writer's reporting fellowship or the programme that pays for the beat
    (``words``: ``_lead_words(text)``)."""
    # cheap tests first: a name of two capitalised words or more opens it (most closing
    # sentences open with "The ..." or a single name), and a fellow, a corps or a possessive
    if len(text) > 400 or len(words) < 3 or not words[1][:1].isupper():
        return False
    if "ellow" not in text and "orps" not in text and "’s " not in text and "'s " not in text:
        return False
    m = _FELLOW_NOTE.match(text)
    if m is None or _SAID.search(text) or _JOURNALISM_WORD.search(text) is None:
        return False
    if m["role"] is None or m["role"][:1] in "cC":  # a funded beat; a corps member
        return True
    # a fellow: of journalism ("a data journalism fellow"), or of a programme with a name of
    # one ("a fellow with the Example Reporting Fellowship"), not "a research fellow at the
    # Institute for the Study of Journalism" (a source's title)
    return bool(_JOURNALISM_WORD.search(m["qualifier"]) or _PROGRAMME.search(text, m.end("role")))


#: A Reuters-style credit that may sit anywhere: "(Reporting by ...; Editing by ...)".
_PAREN = re.compile(
    r"\((?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b[^()\n]*\)[\s.]*$",
    re.IGNORECASE,
)
#: Every ``_PAREN`` match starts so (RE2 pre-scan over the body, see _prescan).
_PRESCAN_PAREN = Prescan(
    r"(?i)\((?:with\s+)?(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by"
)


def _is_credit(text: str, credit: re.Pattern[str]) -> bool:
    if credit.match(text):  # every branch of _TEMPLATE is anchored at the start
        return True
    if _is_feed_disclaimer(text):
        return True
    words = _lead_words(text)  # the notes below are found by their first words
    if (
        _is_republication_note(text, words)
        or _is_partner_note(text, words)
        or _is_fellow_note(text, words)
    ):
        return True
    return "contributed" in text.lower() and _CONTRIBUTED.search(text) is not None


class CreditLineOptions(RuleOptions):
    tail_lines: int = Field(
        3, ge=1, description="Credit lines are looked for among the last this many lines."
    )
    extra_phrases: list[str] = Field(
        default_factory=list,
        description="More agency or credit names that may stand alone on a line.",
    )


@article_rule(
    code="NL205",
    name="credit-line",
    summary="An agency or reporting credit line ends the article (info: legitimate).",
    severity=Severity.INFO,
    options=CreditLineOptions,
    tags=("boilerplate",),
    fix_safety="unsafe",
)
def check(article: Article, options: CreditLineOptions) -> Iterator[Hit]:
    """## What it does
    Reports credit lines among the last lines of an article: a bare agency ("Agencies",
    "– Agence France-Presse", "— AP", "— Xinhua News Agency", "With AFP", "Source: Reuters"),
    "With files from The Canadian Press", "Additional reporting by ...", "With additional
    reporting by ...", "Additional reporting: Jane Doe", "Compiled by ...", "Compiled from wire
    reports", "Staff and wire reports", "... contributed to this report", "Reuters and AFP
    contributed", "Jane Doe contributed reporting (from Portside)", "Material from AFP was
    used", "This story includes material from Reuters", "Inputs: PTI", national agencies and
    public broadcasters of many countries ("(APP)", "— Lusa", "- ABC News"), an agency and
    its writer in brackets or after a dash ("(AFP/jd)", "[Reuters/Jane Doe]"), a syndicate
    that supplies the story ("Syndicated by Example News Service", "Supplied through Example
    Features Agency", "Syndicated via Reuters", "Distributed by Example Features"; a
    syndicate's or agency's name, not a film distributor's), notes that
    the story comes unedited from a syndicated or agency feed ("(This article was
    auto-generated from a syndicated feed and has not been edited by our staff.)"), and notes
    that it was first published elsewhere ("This story was originally published by the Valley
    Post.", "This story is co-published with ...", "A version of this article appeared in ...",
    "This article is republished from ... under a Creative Commons licence.", "Republished
    with permission from ...", "Originally published in the Valley Post"), and notes that it
    was made with a partner or a funder ("This story was produced in partnership with the
    Valley Post.", "This article is published in collaboration with ...", "This reporting was
    supported by a grant from ...", "This series is part of the Example Reporting Project",
    "This story is part of a collaboration between ...", "Produced in association with
    ..."; the story names itself, not "this project", or the line opens with the participle),
    notes on the writer's reporting fellowship or the programme that funds the beat ("Jane
    Doe is a corps member with the Example Reporting Fellowship, which ...", "Jane Doe is a
    data journalism fellow at ...", "Jane Doe's reporting is funded by the Example Local News
    Initiative."; a word of journalism in the role or the programme), translators' credits
    ("Translated from the Portuguese by Jane Doe", "English translation by Jane Doe"), a
    press release's source line ("SOURCE Example Foods Inc.") and the end mark of a press
    release or wire copy ("ENDS", "-ENDS-", "/ENDS", "- 30 -", "# # #").
    A
    parenthesised Reuters credit, "(Reporting by ...; Editing by ...)", is reported wherever
    it stands at the end of a line.

    ## Why it matters
    Credit lines are legitimate and correct, so this is information, not a defect. But when
    the text becomes training or evaluation data they are not story text: a model learns to
    sign off with "Agencies". This rule lets you see and, if you wish, drop them.

    ## Example
        The talks will resume in the capital next week, the ministry said.
        – Agence France-Presse

    ## Passes
        Agence France-Presse reported the talks would resume next week.
        He said the account was compiled from wire reports.
        This project was produced in partnership with local schools.
        Jane Doe is a research fellow at the Institute for the Study of Journalism.

    ## Options
    - `tail_lines` (default 3): how many last lines may hold a credit.
    - `extra_phrases` (default none): more agency names, e.g. `Kathimerini`.

    ## Known false positives
    A one-word last paragraph naming an agency on purpose (rare); a last line "Supplied by
    <Name> Agency" in a story about the agency; the short agency names
    ("ABC", "APP", "CNA") read as credits when a last line is only one of them; a closing
    sentence that says where "this article" or "this essay" also ran, in a story about it,
    reads as a republication note; a closing sentence about a report the story covers, "This
    report was produced in partnership with ...", reads as a partner note; a closing
    sentence about a journalist's fellowship ("Jane Doe is a reporting fellow at the
    Herald.") in a story about the press reads as a fellowship note; a last line "END" or
    "###" reads as an end mark. The fix (unsafe, because
    the line is legitimate) deletes the credit line or the parenthesised credit.
    """
    credit = compile_with_extras(_TEMPLATE, _BASE, tuple(options.extra_phrases), re.I)
    lines = article.lines
    tail = len(lines) - options.tail_lines
    parens = _PRESCAN_PAREN.lines(article)
    for i, line in enumerate(lines):
        if i < tail and line.number not in parens:
            continue
        text = line.text
        if i >= tail and len(text) <= 40 and _END_MARK.match(text):
            yield Hit(
                f"end mark {excerpt(text)!r} of a press release or wire copy: not story text "
                "(drop it from training data)",
                start=line.start,
                end=line.end,
                fix=delete_line(article, line, safe=False),
            )
            continue
        if i >= tail and len(text) <= 300 and _is_credit(text.strip(), credit):
            yield Hit(
                f"credit line {excerpt(text)!r}: legitimate, but not story text "
                "(drop it from training data)",
                start=line.start,
                end=line.end,
                fix=delete_line(article, line, safe=False),
            )
            continue
        m = _PAREN.search(text)
        if m is None:
            continue
        whole = not text[: m.start()].strip()
        yield Hit(
            f"credit {excerpt(m.group())!r}: legitimate, but not story text "
            "(drop it from training data)",
            start=line.start + m.start(),
            end=line.end,
            fix=delete_line(article, line, safe=False)
            if whole
            else Fix(line.start + len(text[: m.start()].rstrip()), line.end, "", safe=False),
        )
