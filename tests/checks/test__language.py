"""Unit tests of the language helpers behind NL401/NL402 (pre-test, samples, seeded detect)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.checks import _language as lang
from tests.conftest import ROOT

EN = (
    "The council approved the new harbour budget on Tuesday after a debate that lasted more "
    "than four hours, with several members warning that the cost could still rise."
)
DE = (
    "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Hafenhaushalt "
    "beschlossen, obwohl mehrere Mitglieder vor steigenden Kosten für das Terminal warnten."
)
FR = (
    "Le conseil municipal a adopté mardi le nouveau budget du port après un long débat, "
    "plusieurs élus craignant que le coût du terminal ne continue d'augmenter."
)
ES = (
    "El ayuntamiento aprobó el martes el nuevo presupuesto del puerto tras un largo debate, "
    "en el que varios concejales advirtieron que el coste de la terminal podría aumentar."
)
IT = (
    "Il consiglio comunale ha approvato martedì il nuovo bilancio del porto dopo un lungo "
    "dibattito, durante il quale diversi consiglieri hanno avvertito che i costi potrebbero salire."
)
PT = (
    "A câmara municipal aprovou na terça-feira o novo orçamento do porto depois de um longo "
    "debate, em que vários vereadores alertaram que o custo do terminal poderia subir."
)
NL = (
    "De gemeenteraad heeft dinsdag na een lang debat de nieuwe havenbegroting goedgekeurd, "
    "hoewel verschillende raadsleden waarschuwden dat de kosten nog kunnen stijgen."
)
TEXTS = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "pt": PT, "nl": NL}


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        pytest.param("en", "en", id="plain"),
        pytest.param("en-GB", "en", id="region"),
        pytest.param("EN_us", "en", id="case-and-underscore"),
        pytest.param("zh-cn", "zh", id="langdetect-style"),
    ],
)
def test_primary(code: str, expected: str) -> None:
    assert lang.primary(code) == expected


@pytest.mark.parametrize("text_lang", sorted(TEXTS))
@pytest.mark.parametrize("list_lang", sorted(TEXTS))
def test_pre_test_accepts_only_the_texts_own_language(text_lang: str, list_lang: str) -> None:
    assert lang.looks_like(TEXTS[text_lang], list_lang, 0.25) is (text_lang == list_lang)


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        pytest.param(EN, "sv", False, id="no-list-for-language"),
        pytest.param("", "en", False, id="empty"),
        pytest.param("2024 1:0 99", "en", False, id="no-words"),
        pytest.param(EN, "en-US", True, id="region-code"),
    ],
)
def test_pre_test_edge_cases(text: str, code: str, expected: bool) -> None:
    assert lang.looks_like(text, code, 0.25) is expected


def test_stopword_share() -> None:
    assert lang.stopword_share("the cat and the dog", "en") == pytest.approx(0.6)
    assert lang.stopword_share("", "en") == 0.0
    assert lang.stopword_share("the cat", "sv") is None


def test_stopword_lists_are_lower_case_and_large_enough() -> None:
    for code, words in lang.STOPWORDS.items():
        assert len(words) >= 140, code
        assert all(w == w.lower() for w in words), code


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        pytest.param("short text", 300, "short text", id="fits"),
        pytest.param("alpha beta gamma delta", 13, "alpha beta", id="cut-at-space"),
        pytest.param("x" * 20, 10, "x" * 10, id="no-space"),
    ],
)
def test_sample(text: str, limit: int, expected: str) -> None:
    assert lang.sample(text, limit) == expected


def test_spread_sample_takes_windows_from_the_whole_text() -> None:
    text = " ".join(f"w{i:04d}" for i in range(2000))
    out = lang.spread_sample(text, 400)
    assert len(out) <= 400
    assert out.startswith("w0000") and "w1990" in out
    assert lang.spread_sample("tiny", 400) == "tiny"


def test_detect() -> None:
    guess = lang.detect(DE)
    assert guess is not None and guess.lang == "de" and guess.prob > 0.9
    assert lang.detect("2024 - 1:0") is None  # no letters: no features


def test_cache_is_bounded() -> None:
    info = lang._detect_cached.cache_info()
    assert info.maxsize is not None and info.maxsize <= 10_000


_ORDER_SCRIPT = """
import json, sys
from newslint.checks._language import detect
texts = json.loads(sys.argv[1])
out = {t: tuple(detect(t)) for t in texts}
print(json.dumps(sorted(out.items())))
"""


def _detect_in_subprocess(texts: list[str]) -> str:
    result = subprocess.run(
        [sys.executable, "-c", _ORDER_SCRIPT, json.dumps(texts)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return result.stdout


def test_detection_does_not_depend_on_call_order_or_process() -> None:
    # short, ambiguous texts: without the seed their probabilities vary from run to run
    texts = ["Hotel Europa", "die Saga", "casa blanca", "pain", "Atlas mode", EN[:40], DE[:40]]
    forward = _detect_in_subprocess(texts)
    backward = _detect_in_subprocess(texts[::-1])
    assert forward == backward
    assert json.loads(forward) == [
        [t, list(lang.detect(t) or ())] for t in sorted(texts)
    ]  # and equal to this process, which has detected other texts before


def test_importing_the_checks_loads_neither_langdetect_nor_ftfy() -> None:
    code = (
        "import sys, newslint.checks, newslint.cli; "
        "print(sorted(m for m in ('langdetect', 'ftfy') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"


_COPY_SCRIPT = """
import json, sys
from pathlib import Path
from newslint.checks import _language as lang
how = lang.load_profiles(Path(sys.argv[1]))
texts = json.loads(sys.argv[2])
print(json.dumps([how, [list(lang.detect(t) or ()) for t in texts]]))
"""


def _copy_run(cache: str, texts: list[str]) -> list[object]:
    result = subprocess.run(
        [sys.executable, "-c", _COPY_SCRIPT, cache, json.dumps(texts)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    out = json.loads(result.stdout)
    assert isinstance(out, list)
    return out


def test_profile_copy_is_written_once_and_gives_the_same_detections(tmp_path: Path) -> None:
    texts = ["Hotel Europa", "casa blanca", EN[:60], DE[:60]]
    first = _copy_run(str(tmp_path), texts)
    (copy,) = tmp_path.glob("langdetect-*.marshal")
    second = _copy_run(str(tmp_path), texts)
    assert (first[0], second[0]) == ("built", "cached")
    assert first[1] == second[1]
    copy.write_bytes(b"not marshal data")  # a damaged copy is ignored and rebuilt
    third = _copy_run(str(tmp_path), texts)
    assert third == first
    assert copy.stat().st_size > 1_000_000


def test_letter_tokens_ascii_fast_path_matches_the_regex() -> None:
    import random
    import re

    rng = random.Random(3)
    alphabet = "aZq 9_'-.\n\t\x00"  # ASCII only: the translate path
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert lang.letter_tokens(text) == re.findall(r"[a-z]+", text.lower()), repr(text)
    assert lang.letter_tokens("Don't STOP-me now2day") == ["don", "t", "stop", "me", "now", "day"]
    assert lang.letter_tokens("Café au lait") == ["café", "au", "lait"]  # the Unicode path
