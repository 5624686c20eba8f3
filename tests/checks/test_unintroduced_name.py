"""NL306 unintroduced-name: each guard against a false alarm, next to the same text without
the clue it relies on (which must be reported), so every guard is shown to matter."""

from __future__ import annotations

import pytest

from newslint.article import Article
from newslint.checks.unintroduced_name import UnintroducedNameOptions, check

LEDE = "PORTSIDE (AP) - The harbour authority approved a dredging plan on Monday.\n\n"


def names(body: str, title: str | None = None, **options: object) -> list[str]:
    article = Article.from_text(LEDE + body, title=title)
    hits = check.check(article, UnintroducedNameOptions(**options))  # type: ignore[arg-type]
    return [article.body[h.start : h.end] for h in hits]


@pytest.mark.parametrize(
    ("introduced", "bare"),
    [
        # a first name, a title abbreviation, an initial, a role word, a particle
        ("Harbour master Lena Morrow spoke.", "Harbour master spoke."),
        ("Dr. Morrow spoke.", "The doctor spoke."),
        ("The late J. Morrow built it.", "The late engineer built it."),
        ("Authority spokesman Morrow spoke.", "Authority spokesman spoke."),
        ("Former minister Bashar al-Morrow spoke.", "Former minister Bashar spoke."),
        # a line break inside the introduction (an 80-column rendering)
        ("Trade minister Lena\nMorrow spoke.", "Trade minister Lena\nspoke."),
    ],
)
def test_an_introduction_anywhere_silences_the_name(introduced: str, bare: str) -> None:
    later = "\n\nMorrow said the work would start in June."
    assert names(introduced + later) == []
    assert names(bare + later) == ["Morrow"]


def test_a_particle_capitalised_at_a_sentence_start_matches_its_introduction() -> None:
    later = "\n\nAl-Nour said the talks would resume."
    assert names("Lt. Gen. Siddiq Ali al-Nour leads the delegation." + later) == []
    assert names("A general leads the delegation." + later) == ["Al-Nour"]


def test_a_surname_written_first_is_introduced_by_its_given_name() -> None:
    later = "\n\nZhang said the rice grew well."
    assert names('"It grew," said Zhang Weimin, a researcher.' + later) == []
    assert names('"It grew," said a researcher.' + later) == ["Zhang"]


def test_places_standing_for_governments_are_no_names() -> None:
    assert names("Ottawa said the plan was sound.") == []  # a capital
    assert names("Britain says the plan is sound.") == []  # a country
    # a place named in capitals in the dateline
    body = "Marlow said the plan was sound."
    article = Article.from_text("MARLOW (AP) - The plan was published.\n\n" + body)
    assert list(check.check(article, UnintroducedNameOptions())) == []
    assert names(body) == ["Marlow"]


def test_a_title_abbreviation_before_a_full_name_is_no_surname() -> None:
    assert names('"We flew twice," said Engr. Dennis Alcantara, the coordinator.') == []
    assert names('"We flew twice," said Liu. He smiled.') == ["Liu"]


def test_inverted_and_present_tense_attributions_are_found() -> None:
    assert names('"We will appeal," said Okonkwo.') == ["Okonkwo"]
    assert names("Later, Varga says the envoy would report.") == ["Varga"]
    assert names("Varga told reporters the envoy would report.") == ["Varga"]


def test_the_listener_after_told_is_no_speaker() -> None:
    assert names("The envoy told Haddad. He agreed.") == []
    assert names('"We agreed," said Haddad. He left.') == ["Haddad"]


def test_a_name_in_brackets_is_an_agency() -> None:
    body = "The envoy left.\n\nKyodo said the talks would resume. (Kyodo)"
    assert names(body) == []
    assert names("The envoy left.\n\nKyodo said the talks would resume.") == ["Kyodo"]


def test_one_finding_per_name_on_its_first_use() -> None:
    body = "Haddad said the convoy was late.\n\nHaddad said it arrived at night."
    assert names(body) == ["Haddad"]


def test_the_lede_and_the_title_are_not_judged() -> None:
    lede = "PORTSIDE (AP) - Brightwave said on Monday profit rose.\n\nThe shares rose 4 percent."
    article = Article.from_text(lede)
    assert list(check.check(article, UnintroducedNameOptions())) == []
    body = "Haddad said the convoy was late."
    assert names(body, title="Haddad fights on") == []
    assert names(body, title="Convoy fights on") == ["Haddad"]


@pytest.mark.parametrize(
    ("silent", "reported"),
    [
        # a word the article also uses in lower case
        ("Hope said little. There is hope.", "Hope said little."),
        # after a preposition: a place or an organisation
        ("Marlow said no. Talks in Marlow ended.", "Marlow said no."),
        # after a determiner
        ("Secretariat said no. The aide left the Secretariat.", "Secretariat said no."),
        # "it"/"its" after the verb: an organisation
        ("Northgate said it would appeal.", "Northgate said he would appeal."),
        # a sentence-initial plural with a past-tense verb; not with "says"
        ("Economists said rates would rise.", "Economists says rates would rise."),
        # the tail of a longer name, a role word before it, a list of places
        ("The Foreign Sekretariat said no.", "Then Sekretariat said no."),
        ("The rail operator Northline said no.", "And Northline said no."),
        ("Fishers in Eastholm and Westholm said no.", "The fishers and Westholm said no."),
        # days, titles, pronouns and institutional subjects are no names
        ("Police said no. They said no.", "Poliz said no."),
    ],
)
def test_guards(silent: str, reported: str) -> None:
    assert names(silent) == []
    assert names(reported) != []


def test_allow_lists_names_never_reported() -> None:
    body = "Madonna said she was sorry.\n\nKowalczyk said the stage would be rebuilt."
    assert names(body, allow=["Madonna"]) == ["Kowalczyk"]
    assert names(body) == ["Madonna", "Kowalczyk"]


def test_no_paragraph_after_the_lede_means_no_finding() -> None:
    assert list(check.check(Article.from_text(""), UnintroducedNameOptions())) == []
    article = Article.from_text("Haddad said the convoy was late.")
    assert list(check.check(article, UnintroducedNameOptions())) == []
