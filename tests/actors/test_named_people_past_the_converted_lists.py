"""A person of the converted dictionaries named outright keeps a role those lists leave open (no end) only for a few
years past their horizon (`Dictionary.open_roles_known_until`): the lists stop in 2015, so a decade later nobody knows
the role still holds. The person stays that person, of that country; only the role's code is no longer given.
Sentences written for these tests."""

from dossier.actors.dictionary import OPEN_ROLE_YEARS, PHOENIX, Holding, load


def coded(doc, name):
    """(country, CAMEO code) of the actor of that name the article names; None when it names none."""
    for m in doc._.mentions:
        actor = doc._.actors[m.entity]
        if actor.name == name:
            return actor.country, actor.cameo
    return None


def test_open_converted_roles_are_taken_at_their_word_for_a_few_years_past_the_horizon():
    d = load()
    assert d.open_roles_known_until[:4] == str(int(d.heads_known_until[:4]) + OPEN_ROLE_YEARS)
    year = int(d.heads_known_until[:4])
    soon, late = f"{year + 1}-06-01", f"{year + OPEN_ROLE_YEARS + 2}-06-01"
    open_role = Holding("x", "2008-11-01", None, "AFGGOV", PHOENIX)
    assert d.known_to_hold(open_role, "2010-06-01") and d.known_to_hold(open_role, soon)
    assert not d.known_to_hold(open_role, late) and open_role.holds(late)  # the record alone would still say so


def test_roles_with_an_end_and_curated_roles_keep_their_dates():
    d = load()
    late = f"{int(d.heads_known_until[:4]) + 10}-06-01"
    assert d.known_to_hold(Holding("x", "2012-01-01", "2040-01-01", "AFGGOV", PHOENIX), late)
    assert d.known_to_hold(Holding("x", "2019-01-01", None, "AFGGOV", PHOENIX + 1), late)
    closed = Holding("x", "2001-01-01", "2004-01-01", "AFGGOV", PHOENIX)
    assert d.known_to_hold(closed, "2003-01-01") and not d.known_to_hold(closed, "2005-01-01")


def test_a_former_president_named_two_decades_apart(analyse):
    sentence = "Hamid Karzai criticised the Pakistani army in a speech."
    assert coded(analyse(sentence, "2004-10-12"), "Hamid Karzai") == ("AFG", "AFGGOV")
    assert coded(analyse(sentence, "2025-10-12"), "Hamid Karzai") == ("AFG", "AFGELI")  # his default: an elite


def test_a_minister_without_a_default_code_keeps_his_country(analyse):
    sentence = "Asadullah Khalid visited Kandahar on Monday."
    assert coded(analyse(sentence, "2012-03-05"), "Asadullah Khalid") == ("AFG", "AFGGOV")
    assert coded(analyse(sentence, "2026-03-02"), "Asadullah Khalid") == ("AFG", "AFG")


def test_a_family_name_alone_still_finds_the_person(analyse):
    doc = analyse("Asadullah Khalid flew to Kabul. Khalid then met the governor of Herat.", "2026-03-02")
    names = [doc._.actors[m.entity].name for m in doc._.mentions if m.text == "Khalid"]
    assert names == ["Asadullah Khalid"]


def test_a_role_the_record_closes_is_unchanged(analyse):
    # Ricardo Lagos's presidency ends in 2006: before it he is an elite, during it the government, after it again
    # the default; the horizon rule does not touch a closed term
    sentence = "Ricardo Lagos Escobar spoke to reporters in Santiago."
    assert coded(analyse(sentence, "2003-05-20"), "Ricardo Lagos Escobar") == ("CHL", "CHLGOV")
    assert coded(analyse(sentence, "2024-05-20"), "Ricardo Lagos Escobar") == ("CHL", "CHLELI")
