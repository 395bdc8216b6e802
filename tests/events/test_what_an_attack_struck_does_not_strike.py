"""What an attack or blast told as the subject of its harm hit is no doer of that harm: "the bombing of the X
embassy killed 40", "a blast at the X consulate wounded 12", "were killed in the X embassy bombing" name X's
building as hit, and X strikes nobody (roles/struck_sites.py; data/acts_done.yaml `doers_named_before`,
data/no_party.yaml `blasts`, `buildings`). A demonym or possessor on the attack noun itself still names its doer.
Sentences written for these tests."""

import pytest

from tests.events.conftest import countries, names


def _assault(events):
    return next(e for e in events if e.type == "ASSAULT")


@pytest.mark.parametrize("text, hit", [
    ("The truck bombing at the French consulate in Lagos killed 40 people on Monday.", "FRA"),
    ("The bombings of the British embassies in Lima and Quito killed 90 people.", "GBR"),
    ("Nine Germans were killed in the Peru embassy bombing last week.", "PER"),
    ("Four Danes died in the blast outside the Danish embassy in Lima.", "DNK"),
    ("The almost simultaneous raids Aug. 7 at the Danish embassies in Lima and Quito killed 90 people.", "DNK"),
])
def test_the_owner_of_what_was_hit_does_not_strike(code, text, hit):
    events, actors = code(text, "1998-08-10")
    assert hit not in countries(_assault(events).source, actors)


@pytest.mark.parametrize("text, doer", [
    ("The Iraqi attack on the Saudi base killed 12 soldiers.", "IRQ"),
    ("The Chilean air raid on Peruvian villages killed ten farmers.", "CHL"),
])
def test_a_demonym_on_the_attack_still_names_its_doer(code, text, doer):
    events, actors = code(text, "1998-08-10")
    assert countries(_assault(events).source, actors) == {doer}


def test_a_bare_blast_s_harm_is_not_done_by_whoever_else_the_sentence_names(code):
    events, actors = code("The US minister laid flowers at the consulate where the blast killed 14 people.",
                          "1998-08-10")
    assert not _assault(events).source


def test_the_one_who_carried_out_the_attack_stays_its_doer(code):
    events, actors = code("Rebels carried out the raid that killed ten soldiers near Quito.", "1998-08-10")
    assert any(names(e.source, actors) == {"rebels (country unknown)"} for e in events if e.type == "ASSAULT")


def test_the_owner_of_a_building_near_the_blasts_is_not_the_killer(code):
    events, actors = code("Dozens of passers-by were killed and hundreds hurt on Monday in the blasts beside the "
                          "U.K. embassies in Peru and Chile.", "1998-08-10")
    assert "GBR" not in countries(_assault(events).source, actors)


def test_one_who_apologises_for_the_raid_stays_its_doer(code):
    events, actors = code("The Chilean president apologised to Peru on Monday for a 2004 navy raid that killed six "
                          "fishermen on a Peruvian trawler.", "2013-03-22")
    assert any(countries(e.source, actors) == {"CHL"} for e in events if e.type == "ASSAULT")


def test_a_city_named_before_the_bombing_is_no_accuser(code):
    events, actors = code("This man has already been charged in the Cordoba bombing.", "1998-02-27")
    act = next(e for e in events if e.type == "ACCUSE")
    assert "Córdoba" not in names(act.source, actors)
