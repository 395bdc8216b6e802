"""A firm named again by the first word of its name ("Tarsis" after "Tarsis Motor Corp") is that firm; where the word
begins the names of several firms of the article, it is the one whose name without its legal form begins every
other's: the parent its subsidiaries are named after ("Tarsis Motor Sales Corp"). Firms of unrelated names keep the
short form apart."""

from __future__ import annotations


def _ids_of(result, word: str) -> set[str]:
    """The actors each mention written as `word` alone is resolved to."""
    return {m.entity for m in result.mentions if m.text == word}


def test_the_short_form_is_the_parent_of_its_subsidiaries(story):
    result = story("Tarsis Motor Sales Corp, a unit of Tarsis Motor Corp, will ship cars to Chile. Tarsis said "
                   "output would double.", dateline="TOKYO")
    assert _ids_of(result, "Tarsis") == {"unk:ORG:tarsis-motor-corp"}


def test_the_parent_named_last_is_still_the_parent(story):
    result = story("Tarsis Motor Corp said its Tarsis Motor Credit Co would lend to dealers. Later, Tarsis "
                   "cut its forecast.", dateline="TOKYO")
    assert _ids_of(result, "Tarsis") == {"unk:ORG:tarsis-motor-corp"}


def test_two_firms_of_unrelated_names_leave_the_short_form_alone(story):
    result = story("Tarsis Steel Corp and Tarsis Foods Inc each bid for the plant. Tarsis said it would wait.",
                   dateline="TOKYO")
    assert not _ids_of(result, "Tarsis") & {"unk:ORG:tarsis-steel-corp", "unk:ORG:tarsis-foods-inc"}


def test_one_firm_of_that_name_is_still_joined(story):
    result = story("Tarsis Steel Corp bid for the plant. Tarsis said it would wait.", dateline="TOKYO")
    assert _ids_of(result, "Tarsis") == {"unk:ORG:tarsis-steel-corp"}


def test_a_listed_firm_named_past_its_initials_is_that_firm(story):
    result = story("J.P. Morgan reported higher earnings on Tuesday. Investors asked questions at Morgan's yearly "
                   "gathering of owners.", dateline="NEW YORK")
    assert _ids_of(result, "Morgan") == {"usa:morgan-guaranty-trust-co"}


def test_a_listed_firm_is_named_again_by_its_first_word(story):
    result = story("Morgan Stanley will underwrite the bond issue. Morgan expects strong demand from pension funds.",
                   dateline="NEW YORK")
    assert _ids_of(result, "Morgan") == {"usa:morgan-stanley"}


def test_two_listed_firms_of_the_word_leave_the_short_form_alone(story):
    result = story("J.P. Morgan and Morgan Stanley will lead the bond issue. Morgan expects strong demand.",
                   dateline="NEW YORK")
    assert not _ids_of(result, "Morgan") & {"usa:morgan-guaranty-trust-co", "usa:morgan-stanley"}
