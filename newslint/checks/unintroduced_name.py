"""NL306 unintroduced-name: someone quoted by surname alone whom the article never introduces.

News style names a person in full (and usually with a role) on first reference and by
surname afterwards. A paragraph cut from the middle of another story keeps its short
references ("Ramadan said ...", "... said Tumatov.") while the story that introduced them is
gone, so a surname that is never introduced is the trace of a splice, even when the spliced
paragraph is on the same subject as its neighbours and lexical cohesion (NL301) cannot see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from pydantic import Field

from newslint.article import Article
from newslint.checks._date_parse import split_words
from newslint.checks._lede import find_lede
from newslint.checks._place_names import PLACE_NAMES
from newslint.checks._text import alternation
from newslint.finding import Hit
from newslint.rule import RuleOptions, article_rule

_VERBS_SINGULAR = (
    "says tells adds explains insists recalls concedes admits replies writes argues stresses "
    "warns notes"
)
#: Verbs of speech that take a person as subject. Left out on purpose: "reported",
#: "announced", "confirmed", "denied", "claimed", whose subjects are as often agencies and
#: companies ("SANA reported", "Vodafone announced").
_VERBS = (
    _VERBS_SINGULAR + " said told added explained insisted recalled conceded admitted "
    "acknowledged replied wrote argued stressed warned noted cautioned urged"
)
_VERB_ALT = alternation(_VERBS.split())
_SINGULAR = frozenset(_VERBS_SINGULAR.split())
#: Verbs whose object, not subject, follows them: "Haddad told Reuters", "warned Smith that
#: ...". After these a name is no inverted speaker.
_OBJECT_VERBS = frozenset(split_words("told tells warned warns cautioned urged"))
#: A surname: "Ramadan", "Al-Amin", "O'Neill", "McDonald"; not "de Mistura" (a lower-case
#: particle is too easily a word).
_NAME = r"[A-Z][a-z]*(?:['’]?[A-Z][a-z]+)*[a-z](?:-[A-Z]?[a-z]+)*"
#: Space between two words of one paragraph, a wrapped line's break included.
_SP = r"(?:[ \t]+\n?|\n)[ \t]*"
#: The candidates are found from the verb out: a verb of speech is rarer than a capital.
#: (An RE2 pre-scan of the lines with a verb saved nothing: most paragraphs hold one.)
#: The space before the verb is part of the pattern on purpose: a pattern that opens with a
#: character class lets ``re`` skip ahead to the next space, twice as fast as one that opens
#: with ``\b`` (58 -> 31 us per 3 KB article). A verb of speech always follows a space.
_VERB = re.compile(rf"[ \t\n](?P<verb>{_VERB_ALT})\b")
_NAME_AT_END = re.compile(rf"\b{_NAME}\Z")  # the subject: the word before the verb
#: Inverted attribution: '..." said Tumatov.' (a comma, full stop or a preposition next).
_NAME_AFTER = re.compile(
    rf"{_SP}(?P<name>{_NAME})(?=[.,;]|{_SP}(?:on|in|at|who|after|before|during|from|of)\b)"
)


class _Candidate(NamedTuple):
    """A one-word name as the speaker of a verb of speech, in a paragraph's text."""

    name: str
    start: int  # of the name
    verb_end: int
    inverted: bool  # "said Tumatov"
    attribution: str  # "Ramadan said", "said Tumatov"


def _candidates(text: str) -> Iterator[_Candidate]:
    for m in _VERB.finditer(text):
        start, end, verb = m.start("verb"), m.end(), m["verb"]
        # the word before the verb, across at most one line break
        word_end = m.start()
        while word_end and text[word_end - 1] in " \t\n":
            word_end -= 1
        word_start = max(text.rfind(" ", 0, word_end), text.rfind("\n", 0, word_end)) + 1
        before = _NAME_AT_END.search(text, word_start, word_end)
        if before and text.count("\n", word_end, start) <= 1:
            name = before[0]
            yield _Candidate(name, before.start(), end, False, f"{name} {verb}")
        after = _NAME_AFTER.match(text, end) if verb not in _OBJECT_VERBS else None
        if after:
            name = after["name"]
            yield _Candidate(name, after.start("name"), end, True, f"{verb} {name}")


#: Capitalised words that are no surnames: days, months, titles, pronouns, quantifiers and
#: the institutional nouns that open sentences as subjects ("Police said").
#: Titles written before a name, abbreviated with a full stop ("Lt. Jessica Varela").
_TITLES = split_words("Mr Mrs Ms Dr Lt Gen Col Sgt Capt Cpl Gov Sen Rep Prof Rev St Supt Insp")
_TITLE_ABBR = rf"(?:{'|'.join(_TITLES)})\."
_NOT_NAMES = frozenset(t.lower() for t in _TITLES) | frozenset(
    split_words(
        "monday tuesday wednesday thursday friday saturday sunday january february march "
        "april may june july august september october november december "
        "miss sir dame lord lady "
        "they he she we it you there this that these those one both others some many most "
        "several few all none everyone everybody nobody someone somebody anyone each either "
        "neither another police officials government staff management security military "
        "parliament congress court council army navy family company ministry committee "
        "commission church organisers organizers sources"
    )
)
#: Lower-case words after which a capitalised subject still starts a clause ("..., and
#: Ramadan said"); any other lower-case word before it is a descriptor ("rail operator
#: Northline said", "spokesman Dujarric said") or a determiner ("the Kremlin said").
_CLAUSE_OPENERS = frozenset(
    split_words(
        "and but or while when whereas as so then that because though although after before "
        "where until since if yet"
    )
)
#: Lower-case words before a name that do not introduce it (reporting verbs, conjunctions);
#: any other one is a role ("spokesman Dujarric") or a determiner ("the Kremlin").
_NOT_DESCRIPTORS = _CLAUSE_OPENERS | frozenset(split_words(_VERBS + " asked than"))
#: After one of these the capitalised word is a place or an organisation ("in Damascus").
_PREPOSITIONS = frozenset(
    split_words("by to with from for of in on at into near across via against over under")
)
#: Capitalised words that open a sentence without being part of a name ("The Observatory").
_SENTENCE_WORDS = (
    "The|A|An|This|That|These|Those|But|And|Or|In|On|At|For|When|As|If|So|Then|Yet|While|"
    "After|Before|Since|Until|Because|Although|Though|Meanwhile|However|Also|Still|Even|Only"
)
#: Lower-case name particles between a first name and a surname ("Bashar al-Assad").
_PARTICLES = (
    r"(?:(?:al|el|ad|as|ash|at|de|da|di|do|du|dos|van|von|der|den|le|la|bin|ibn|abu|ben)[- ])*"
)
#: A full stop and a first name and surname after a short word ("said Engr. Dennis Cruz").
_STOP_THEN_FULL_NAME = re.compile(rf"\.{_SP}[A-Z][a-z]+{_SP}[A-Z]")
#: A particle written with a capital because the name opens a sentence ("Al-Nour said").
_CAPITAL_PARTICLE = re.compile(r"(Al|El|Ad|As|Ash|At|An|Ar|Az|Ul)-")
_CLOSING_QUOTES = "\"'”’»"
_ORG_PRONOUNS = frozenset(("it", "its", "it's"))
_ORG_WINDOW = 8  # words after the verb searched for "it"/"its" ("Vodafone said it would ...")


class UnintroducedNameOptions(RuleOptions):
    allow: list[str] = Field(
        default_factory=list,
        description=(
            "Names never reported: mononyms and organisations your articles quote by one word "
            '("Madonna", "Vodafone").'
        ),
    )


@article_rule(
    code="NL306",
    name="unintroduced-name",
    summary="Someone is quoted by surname alone and never introduced: a splice from another story.",
    options=UnintroducedNameOptions,
    tags=("structure", "splice"),
)
def check(article: Article, options: UnintroducedNameOptions) -> Iterator[Hit]:
    """## What it does
    Flags a one-word name used as the speaker of a quote or statement ("Ramadan said ...",
    '"..." said Tumatov.', "Dujarric says ...") when the article introduces that name
    nowhere: no first name, initial or title before it ("Ahmed Ramadan", "Dr. Ramadan",
    "Lt. Jessica Varela", "Siddiq Ali al-Nour" for "Al-Nour said"), no given name after it
    (surname first: "Zhang Weimin" for "Zhang said"), no role word ("spokesman Dujarric",
    "rail operator Northline"), and no other use of the word that shows it is no person.
    One finding per name, on its first unintroduced use after the lede. Names are ASCII
    words ("Müller said" is not judged).

    Not reported: names in the lede paragraph or the lines above it (where introductions
    happen, and where companies are named by one word: "Vodafone said on Tuesday ..."),
    names in the title (the story is about them), a capitalised word that the article also
    uses in lower case, after a preposition or after a determiner ("in Damascus", "the
    Kremlin"), a sentence-initial plural with a past-tense verb ("Economists said"), a name
    followed within eight words by "it"/"its" ("Larkspur said it would appeal": an
    organisation), names joined to a capitalised word by "and" ("Panchagarh and Thakurgaon
    said"), countries, capitals and seats of power ("Ottawa said", "Britain says"), a word
    the article writes in capitals (a dateline's place) or in brackets ("(Kyodo)": an
    agency), the listener after "told", "warned" or "urged" ("Haddad told Reuters."), a
    short title abbreviation before a full name ("said Engr. Dennis Cruz"), days, months,
    titles, pronouns, and institutional subjects ("Police said").

    ## Why it matters
    A paragraph spliced in from another story on the same subject shares its neighbours'
    vocabulary, so lexical cohesion (NL301) scores it like them; its people, though, were
    introduced in the story it came from. Training text with such splices teaches models to
    refer to people nobody has introduced.

    ## Example
        DAMASCUS (Reuters) - Talks on a ceasefire resumed on Thursday in the Kazakh capital.

        Ramadan said the delegation would stay for a second day.

    ## Passes
        DAMASCUS (Reuters) - Opposition spokesman Yahya Ramadan said on Thursday the
        delegation would stay in the Kazakh capital.

        Ramadan said talks would resume the next day.

    ## Options
    - `allow` (default empty): names never reported (mononyms, organisations named by one
      word).

    ## Known false positives
    Mononyms and well-known people some outlets never introduce ("Madonna said"); an
    organisation named by one word that the article never uses with "it", a preposition or
    a determiner ("Acme said profit rose"); list these in `allow`.
    """
    body = article.body
    start = _after_lede(article)
    if start >= len(body):
        return
    allowed = frozenset(options.allow)
    title_words = frozenset(re.findall(r"[\w'’-]+", article.title or ""))
    judged: dict[str, bool] = {}  # name -> is it unintroduced (the article-wide tests)
    for para in article.paragraphs:
        if para.start < start:
            continue
        for c in _candidates(para.text):
            name = c.name
            if name in judged or name in allowed or name in title_words:
                continue
            if name.lower() in _NOT_NAMES or name in PLACE_NAMES:
                continue
            if c.inverted and _is_title_abbreviation(para.text, c.start + len(name), name):
                continue
            if not c.inverted and not _subject_is_name(para.text, c):
                continue
            judged[name] = _unintroduced(body, name)
            if judged[name]:
                pos = para.start + c.start
                yield Hit(
                    f"{name!r} is named by surname alone ({c.attribution!r}) and never "
                    "introduced (no first name, title or role anywhere in the article): the "
                    "paragraph may come from another story",
                    pos,
                    pos + len(name),
                )


def _after_lede(article: Article) -> int:
    """Offset of the first paragraph after the lede's (after the first paragraph when no
    lede is found), or the body's length when there is none."""
    paragraphs = article.paragraphs
    if not paragraphs:
        return len(article.body)
    lede = find_lede(article)
    boundary = paragraphs[0].start if lede is None else lede.start
    return next((p.start for p in paragraphs if p.start > boundary), len(article.body))


def _subject_is_name(text: str, c: _Candidate) -> bool:
    """Whether "<Name> said" in a paragraph's ``text`` is a name in subject position, not the
    tail of a longer name, a described entity or a plural common noun opening a sentence."""
    before = text[: c.start].rstrip()
    prev = before.rsplit(None, 1)[-1] if before else ""
    initial = (
        not prev or prev[-1] in ".!?:;" or (prev[-1] in _CLOSING_QUOTES and prev[-2:-1] in ".!?")
    )
    if prev and not initial and prev[-1].isalnum():
        if prev[0].isupper() and prev.lower() not in _CLAUSE_OPENERS:
            return False  # "Foreign Ministry said", "Vladimir Putin said": a longer name
        if prev[0].islower() and prev not in _CLAUSE_OPENERS:
            return False  # "operator Northline said", "the Kremlin said"
        if prev in ("and", "or"):
            word_before = before[: -len(prev)].rstrip().rsplit(None, 1)
            if word_before and word_before[-1][:1].isupper():
                return False  # "Panchagarh and Thakurgaon said": a list of places
    verb = c.attribution.rsplit(None, 1)[-1]
    if initial and c.name.endswith("s") and verb not in _SINGULAR:
        return False  # "Economists said", "Organizers said": a plural common noun
    after = text[c.verb_end : c.verb_end + 80].split()[:_ORG_WINDOW]
    return not any(w.strip(",.;:\"'”’").lower() in _ORG_PRONOUNS for w in after)


def _is_title_abbreviation(text: str, end: int, name: str) -> bool:
    """'said Engr. Dennis Alcantara': a short word, a full stop and a capitalised word (a
    title abbreviation before a full name, not a surname ending the sentence)."""
    return len(name) <= 4 and _STOP_THEN_FULL_NAME.match(text, end) is not None


def _unintroduced(body: str, name: str) -> bool:
    """The article-wide tests: the name appears nowhere with a first name, initial, title,
    role, determiner or preposition before it ("in Damascus"), nor as a lower-case word."""
    n = re.escape(name)
    particle = _CAPITAL_PARTICLE.match(name)
    if particle:  # "Al-Nour said" opens a sentence; "Siddiq Ali al-Nour" introduced him
        n = f"(?i:{particle[1]}){re.escape(name[particle.end(1) :])}"
    if re.search(rf"(?<![\w'’-]){n.lower()}\b", body):
        return False  # a word the article also uses in lower case
    if re.search(rf"\b{re.escape(name.upper())}\b", body):
        return False  # "OTTAWA/WASHINGTON, May 6 (Reuters)": a dateline's place
    if f"({name})" in body:
        return False  # "(Reuters)", "(Kyodo)": an agency in a dateline or credit
    introduced = re.compile(
        rf"(?:\b(?!(?:{_SENTENCE_WORDS})\b)[A-Z][\w'’-]*|\b[A-Z]\.|{_TITLE_ABBR})"
        rf"{_SP}{_PARTICLES}{n}\b"
        # the surname first, as in Chinese, Korean, Hungarian names ("Zhang Weimin")
        rf"|\b{n}{_SP}(?!(?:{_VERB_ALT})\b)[A-Z][a-z]"
    )
    if introduced.search(body):
        return False
    return not any(
        w in _PREPOSITIONS or w not in _NOT_DESCRIPTORS
        for w in re.findall(rf"\b([a-z]+){_SP}{n}\b", body)
    )
