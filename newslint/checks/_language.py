"""Language identification for NL401/NL402: seeded langdetect plus a cheap stop-word pre-test.

This is the only module that imports langdetect, and it does so lazily (langdetect loads 55
profiles, about 0.3 s, on first use). ``detect`` is cached by text (bounded LRU): the cache
changes speed, never results, because seeded detection is a pure function of its input.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import Field

from newslint.checks._text import ascii_lower_table
from newslint.rule import RuleOptions

_TOKEN = re.compile(r"[^\W\d_]+")
_ASCII_LETTERS = ascii_lower_table()  # ``letter_tokens``' fast path


def letter_tokens(text: str) -> list[str]:
    """Lower-case letter runs of ``text`` (``_TOKEN``).

    NOTE: pure-ASCII text is lower-cased and stripped of non-letters by one ``bytes.translate``
    and split on whitespace: the same tokens as ``[a-z]+`` on the lower-cased text, 2.4x
    faster than that regex (measured on 2,000-character samples: 18 vs 43 us), which was
    itself twice as fast as ``_TOKEN``. NL401/NL402 tokenise every paragraph sample.
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_LETTERS).decode("ascii").split()
    return _TOKEN.findall(text.lower())


#: About 150 of the most frequent (mostly function) words per language, lower case, split at
#: apostrophes like the tokens of ``stopword_share``. Written for newslint, not copied.
_STOPWORDS_TEXT = {
    "en": """the of and to a in is was that for on it with as by at from he his her she they
        their them we our you your be been being are were has have had do does did not no
        but or if so than then this these those there here which who whom whose what when
        where why how all any each both more most other some such only own same very can
        could will would shall should may might must about after before above below between
        into through during under over again once up down out off also just now new said
        says told one two three its an me my him us until while because against among around
        since without within per like many much well even still yet however although though
        whether nor upon across along according including last first year years people s t
        least several another every few less made make get got go going back way week month
        day later""",
    "de": """der die das den dem des ein eine einer einen einem eines und oder aber nicht kein
        keine keinen ist sind war waren wird werden wurde wurden hat haben hatte hatten sein
        seine seiner seinen ihr ihre ihren ihrem ihrer sich mit von vom zu zum zur im in an
        am auf aus bei beim nach für über unter vor durch gegen ohne um bis seit als wie
        wenn dass so auch noch nur schon sehr mehr dann doch da hier dort es er sie wir ich
        du man dies diese dieser dieses diesem diesen jetzt heute sagte sagt laut nun
        bereits etwa rund denn weil ob was wer wo können kann könnte soll sollte muss müssen
        will wollen alle allen viele vielen einige neue neuen ersten jahr jahren prozent
        millionen uhr damit dabei sowie wieder zwei drei gibt geht immer bisher außerdem
        zwischen seinem uns euch""",
    "fr": """le la les l un une des du de d et ou mais ne n pas plus est sont était étaient a ont
        avait avaient été être avoir il elle ils elles on nous vous je j se s sa son ses
        leur leurs ce c cette ces cet qui que qu dont où en dans sur sous pour par avec sans
        chez entre vers au aux y comme si aussi très tout tous toute toutes même autre
        autres déjà encore depuis après avant lors selon contre donc car ainsi alors bien
        peu fait faire dit ans année deux trois premier première notamment mois jour lui
        moins aujourd hui doit peut pourrait sera seront cela ceci celui celle ceux mardi
        lundi lorsque puis pendant toujours jamais rien chaque quelques plusieurs beaucoup
        trop ici là cependant dès tandis quand comment pourquoi parce quoi laquelle lequel
        avons avez fut sommes êtes suis serait seraient aurait soit eux moi mon ma mes notre
        nos votre vos également ministre président gouvernement heures jeudi mercredi
        vendredi""",
    "es": """el la los las un una unos unas de del al y o u e pero no ni es son era eran fue
        fueron ha han había habían sido ser estar está están estaba se su sus le les lo que
        quien cual cuando donde como con sin por para en entre sobre hasta desde hacia según
        contra ante tras también muy más menos ya aún todo todos toda todas este esta estos
        estas ese esa eso esto otro otra otros otras mismo yo él ella ellos ellas nosotros
        me te nos mi dijo años año dos tres porque si así solo sólo hay tiene tienen puede
        pueden cuyo durante antes después mientras parte gobierno presidente país millones
        casi aunque sino pues cada poco mucho muchos muchas varios varias nada nadie algo
        alguno alguna ninguna entonces ahora hoy ayer siempre nunca aquí allí aquel aquella
        cuales además embargo hacer hizo dicho vez veces lunes martes miércoles jueves
        viernes misma nuestro nuestra usted hemos estaban será sería tenía debe deben""",
    "it": """il lo la i gli le l un uno una di del dello della dei degli delle a al allo alla ai
        agli alle da dal dalla dai in nel nella nei negli nelle con su sul sulla per tra fra
        e ed o ma non che chi cui è sono era erano stato stata stati essere ha hanno aveva
        avevano si sua suo suoi sue loro questo questa questi queste quello quella anche più
        come se già ancora molto tutto tutti tutta dopo prima secondo perché quando dove
        così solo ci ne mi ti noi voi lui lei anni anno due tre detto sia nell dell all sull
        dall governo presidente oggi ieri mentre senza contro verso fino quindi però ogni
        qualche alcuni alcune molti molte poco nulla niente qualcuno nessuno allora adesso
        ora sempre mai qui lì là dentro fuori quale quali anzi oppure inoltre infatti invece
        siamo siete sarà sarebbe abbiamo fatto fare dice lunedì mercoledì giovedì venerdì
        nostro nostra stesso stessa ciò""",
    "pt": """o a os as um uma uns umas de do da dos das em no na nos nas por pelo pela pelos
        pelas para com sem sobre entre até desde e ou mas não nem que se é são era eram foi
        foram ser estar está estão estava tem têm tinha ao aos à às seu sua seus suas ele
        ela eles elas isso isto este esta esse essa também mais muito já ainda como quando
        onde porque disse anos ano dois três presidente governo segundo depois antes durante
        num numa pode podem há lhe lhes me nós você será seria cerca contra país cada pouco
        muitos muitas vários várias nada ninguém algo alguém algum alguma nenhum nenhuma
        então agora hoje ontem sempre nunca aqui ali lá dentro fora aquele aquela aqueles
        qual quais além porém fazer fez dito vez vezes terça quarta quinta sexta mesmo mesma
        nosso nossa vocês temos tinham estavam deve devem sido ter""",
    "nl": """de het een en of maar niet geen is zijn was waren wordt worden werd werden heeft
        hebben had hadden in op aan met van voor door bij naar uit over tot om te tegen
        zonder onder na dat die dit deze wat wie waar hoe als dan ook nog al wel er hij zij
        ze we wij ik je u hun haar zich men omdat toen nu meer veel moet moeten kan kunnen
        zal zou zegt zei jaar jaren procent miljoen twee drie volgens tijdens sinds echter
        daar hier want mensen nieuwe eerste alle andere zo zullen vandaag gisteren elke
        weinig iets niets iemand niemand altijd nooit binnen buiten welke welk waarom hoewel
        terwijl tussen boven achter naast sommige enkele vele ons onze jullie mijn hem mij
        geweest zouden kon konden wil willen maandag woensdag donderdag vrijdag daarom dus
        toch alleen steeds""",
}
STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(text.split()) for lang, text in _STOPWORDS_TEXT.items()
}


class Guess(NamedTuple):
    """langdetect's top language (its code, e.g. 'de', 'zh-cn') and probability."""

    lang: str
    prob: float


def primary(code: str) -> str:
    """The primary subtag of a language code, lower case: 'en-US' -> 'en', 'zh-cn' -> 'zh'."""
    return code.strip().lower().replace("_", "-").split("-", 1)[0]


#: The pre-test also wants the expected language's share to beat every other list's share by
#: this factor (French and Spanish share many words: up to 0.31 cross-share measured).
_MARGIN = 1.5


def stopword_share(text: str, lang: str) -> float | None:
    """Share of word tokens of ``text`` in ``lang``'s stop-word list; None without a list."""
    words = STOPWORDS.get(primary(lang))
    if words is None:
        return None
    tokens = letter_tokens(text)
    if not tokens:
        return 0.0
    return sum(t in words for t in tokens) / len(tokens)


def looks_like(text: str, lang: str, min_share: float) -> bool:
    """Cheap pre-test: True when stop words alone show that ``text`` is in ``lang``.

    That is: at least ``min_share`` of the tokens are ``lang`` stop words, and that share is
    ``_MARGIN`` times the share of every other listed language. False means "cannot tell
    cheaply" (ask langdetect); always False for a language without a list.
    """
    code = primary(lang)
    return code in STOPWORDS and _stop_words_say(letter_tokens(text), code, min_share)


def _stop_words_say(tokens: list[str], code: str, min_share: float) -> bool:
    """``looks_like`` on tokens already taken (``code`` has a list)."""
    if not tokens:
        return False
    # Two C-level counts settle most paragraphs: too few of the expected language's stop
    # words is a "no"; and when the tokens of *all* other lists together stay under the
    # limit, so does each list alone, a "yes". Only the rest needs the per-language loop.
    n_tokens = len(tokens)
    own = sum(map(STOPWORDS[code].__contains__, tokens))
    if own / n_tokens < min_share:
        return False
    limit = own / n_tokens / _MARGIN * n_tokens
    if sum(map(_others_union(code).__contains__, tokens)) < limit:
        return True
    counts = dict.fromkeys(STOPWORDS, 0)  # stop-word tokens per language, in one pass
    langs_of = _langs_of()
    for token in tokens:
        for other in langs_of.get(token, ()):
            counts[other] += 1
    del counts[code]
    return all(n < limit for n in counts.values())


#: The lexicon pre-test for English (NL301's table of English word stems, Zipf >= 3): a text
#: whose letter tokens are at least 85% English words, 15% or more of them English stop words,
#: is English. It catches what the stop-word test leaves to langdetect in English: short,
#: name- and noun-heavy paragraphs ("OSLO, March 11 (Bloomberg) - Opposition lawmakers
#: rejected claims about emissions targets ..."; stop-word share 0.19-0.25), each of which
#: costs langdetect about 2.5 ms. Measured on the benchmark's German, French and Spanish
#: paragraphs: at most 0.68 of their tokens are in the table and 0.07 are English stop words.
_LEXICON_SHARE = 0.85
_LEXICON_STOP_SHARE = 0.15
_LEXICON_MIN_TOKENS = 8


def looks_english_by_lexicon(text: str) -> bool:
    """True when ``text`` is, by the lexicon test above, English (False: cannot tell)."""
    return _lexicon_says(letter_tokens(text))


def _lexicon_says(tokens: list[str]) -> bool:
    n = len(tokens)
    if n < _LEXICON_MIN_TOKENS:
        return False
    if sum(map(STOPWORDS["en"].__contains__, tokens)) < _LEXICON_STOP_SHARE * n:
        return False
    from newslint.checks._cohesion import stem, word_zipf

    table = word_zipf()
    return sum(stem(t) in table for t in tokens) >= _LEXICON_SHARE * n


def pre_test(text: str, lang: str, min_share: float) -> bool:
    """The cheap tests before langdetect: stop words, then (English only) the lexicon, on
    one tokenisation of ``text``."""
    code = primary(lang)
    if code not in STOPWORDS:
        return False
    tokens = letter_tokens(text)
    return _stop_words_say(tokens, code, min_share) or (code == "en" and _lexicon_says(tokens))


@cache
def _others_union(code: str) -> frozenset[str]:
    """Every stop word of every list except ``code``'s (words ``code`` shares stay in)."""
    return frozenset().union(*(words for other, words in STOPWORDS.items() if other != code))


@lru_cache(maxsize=1)
def _langs_of() -> dict[str, tuple[str, ...]]:
    """Stop word -> the languages whose list holds it (built once, on first use)."""
    out: dict[str, list[str]] = {}
    for code, words in STOPWORDS.items():
        for word in words:
            out.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in out.items()}


def sample(text: str, limit: int) -> str:
    """A bounded sample: the first ``limit`` characters, cut back to a word boundary."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def spread_sample(text: str, limit: int, pieces: int = 4) -> str:
    """A bounded sample of a whole article: ``pieces`` evenly spaced windows, ``limit`` in all.

    Spreading the windows keeps one foreign opening paragraph from deciding the article.
    """
    if len(text) <= limit:
        return text
    size = (limit - pieces + 1) // pieces  # the joining newlines count too
    step = (len(text) - size) // (pieces - 1)
    windows = []
    for i in range(pieces):
        start = i * step
        if start and text[start - 1] not in " \n":  # start at a word boundary
            nxt = text.find(" ", start, start + size // 2)
            start = nxt + 1 if nxt != -1 else start
        windows.append(sample(text[start:], size))
    return "\n".join(windows)


def article_guess(body: str, lang: str, min_share: float, sample_chars: int) -> Guess | None:
    """The article's language unless the pre-test already shows it is ``lang`` (then None)."""
    text = spread_sample(body, sample_chars)
    if pre_test(text, lang, min_share):
        return None
    return detect(text)


def detect(text: str) -> Guess | None:
    """Seeded langdetect on ``text``: its top guess, or None when it finds no features."""
    return _detect_cached(text)


@lru_cache(maxsize=4096)
def _detect_cached(text: str) -> Guess | None:
    from langdetect.lang_detect_exception import LangDetectException

    detect_langs = _detector()
    try:
        top = detect_langs(text)[0]
    except LangDetectException:  # no letters at all ("2024 - 1:0")
        return None
    return Guess(str(top.lang), float(top.prob))


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from langdetect import DetectorFactory, detect_langs

    # langdetect draws random n-gram samples; with DetectorFactory.seed unset each Detector
    # seeds from the OS, so the same text can get different languages and probabilities from
    # run to run or process to process. A fixed seed makes every Detector re-seed its own RNG
    # to 0 before each detection: results depend only on the text, not on call order. This is
    # the one global newslint sets (GUIDE 2.5), here, before the first detection.
    DetectorFactory.seed = 0
    load_profiles()
    return detect_langs


def load_profiles(cache_dir: Path | None = None) -> str:
    """Load langdetect's 55 language profiles, from newslint's marshal copy when there is one.

    langdetect parses 55 JSON files into one dict on first use: 0.41 s in every process
    (every worker of ``--jobs``). A ``marshal`` copy of the parsed dict loads in 0.12 s
    (measured), so the first process writes one (26 MB, atomically) to the user cache
    directory and later ones read it. The copy is keyed by the langdetect and Python
    versions; anything unreadable is ignored and rebuilt, and an unwritable cache directory
    just means no copy. Returns how the profiles were loaded ("loaded", "cached", "built").
    """
    from langdetect import detector_factory as df

    if df._factory is not None:
        return "loaded"
    path = _profile_copy(cache_dir)
    if path is not None:
        try:
            word_map, langs = marshal.loads(path.read_bytes())
            if not (isinstance(word_map, dict) and isinstance(langs, list) and langs):
                raise ValueError("not a profile copy")
        except (OSError, ValueError, EOFError, TypeError):
            pass
        else:
            factory = df.DetectorFactory()
            factory.word_lang_prob_map, factory.langlist = word_map, langs
            df._factory = factory
            return "cached"
    df.init_factory()
    built: Any = df._factory
    if path is not None:
        data = marshal.dumps((built.word_lang_prob_map, built.langlist))
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(data)
            os.replace(tmp, path)
        except OSError:
            tmp.unlink(missing_ok=True)
    return "built"


def _profile_copy(cache_dir: Path | None) -> Path | None:
    if cache_dir is None:
        if os.environ.get("NEWSLINT_NO_PROFILE_CACHE"):
            return None
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        cache_dir = Path(base) / "newslint"
    try:
        from importlib.metadata import version

        langdetect_version = version("langdetect")
    except Exception:  # noqa: BLE001 - no metadata: no copy, never an error
        return None
    py = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return cache_dir / f"langdetect-{langdetect_version}-py{py}.marshal"


class LanguageOptions(RuleOptions):
    """Options shared by NL401 and NL402: the expected language and the pre-test threshold."""

    language: str = Field(
        "en",
        description="Expected language code (filled from the config's `language`); an "
        "article's own `language` metadata wins.",
    )
    skip_share: float = Field(
        0.25,
        ge=0,
        le=1,
        description="Stop-word share at which the cheap pre-test accepts the expected language "
        "without langdetect (measured: own-language text 0.26-0.63, other languages <= 0.31).",
    )
