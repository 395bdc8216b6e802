"""The nouns that name an earlier act again are one list (data/acts_named_again.yaml), read by the roles and the
dates: those that carry the earlier act's parties and date, and those that carry only its date."""

from dossier.events import named_again as data
from dossier.events import named_again
from dossier.events.roles import earlier_acts
from dossier.time.lexicon import lexicon


def test_the_roles_read_the_nouns_that_carry_parties_only():
    table = named_again.named_again()
    assert table is data.named_again()
    assert "AGREE" in table["deal"] and "CONSULT" in table["talks"] and "AID" in table["loan"]
    assert "offensive" not in table and "attack" not in table  # a date only: not done to the attack's victim


def test_the_dates_read_both_sections():
    table = data.dated_again()
    assert table["offensive"] == frozenset({"ASSAULT"})
    assert table["deal"] == data.named_again()["deal"]
    assert set(data.named_again()) < set(table)


def test_the_time_lexicon_keeps_no_second_list():
    assert "dated_again" not in lexicon()


def test_talks_nouns_are_the_consult_nouns_less_visits_and_conferences():
    nouns = earlier_acts.talks_nouns()
    assert {"talks", "negotiations", "summit"} <= nouns
    assert not {"visit", "conference", "deal"} & nouns
