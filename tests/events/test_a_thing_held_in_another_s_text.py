"""A thing refused or opposed that an "in" phrase places in a state, a state's body or another's text ("opposed
moves in X", "the bill pending in X's senate", "the levy in X's draft budget"): the one who holds it is the
target (roles.doers.holders_in), where no other word names one. A city the phrase names is only where it is.
Sentences written for these tests."""

import pytest


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, doer, held_by", [
    ("Chile said it would not accept the fuel levy in Peru's draft budget.", "CHL", "PER"),
    ("Norway opposed protectionist moves in Sweden, its trade minister said.", "NOR", "SWE"),
    ("Norway opposed the fishing bill pending in the Swedish parliament.", "NOR", "SWE"),
    ("Kenya will reject the sugar duty called for in the Ugandan cabinet's trade plan.", "KEN", "UGA"),
])
def test_the_holder_of_what_a_thing_is_in_is_the_target(code, text, doer, held_by):
    events, actors = code(text)
    refusals = [e for e in events if e.type == "REJECT"]
    assert refusals, [(e.type, e.trigger) for e in events]
    assert _countries(refusals[0].source, actors) == {doer}
    assert _countries(refusals[0].target, actors) == {held_by}


def test_a_city_the_thing_is_in_is_no_target(code):
    events, actors = code("Norway rejected the proposal in Geneva on Monday.")
    refusals = [e for e in events if e.type == "REJECT"]
    assert refusals, [(e.type, e.trigger) for e in events]
    assert not _countries(refusals[0].target, actors) - {None}


def test_a_meeting_held_in_a_state_has_no_holder(code):
    events, actors = code("The ministers ended their two-day meeting in Norway still divided over the fish quota.")
    assert not any("NOR" in _countries(e.target, actors) for e in events), [(e.type, e.target) for e in events]



def test_a_province_read_as_a_people_of_no_state_is_no_holder(code):
    events, actors = code("Turkey has widened its offensive against the Syrian army. On Monday it downed three Syrian "
                          "jets over Idlib and hit an air base in Aleppo province, officials said.",
                          published="2020-03-03")
    strikes = [e for e in events if e.type == "ASSAULT" and e.trigger == "hit"]
    assert strikes, [(e.type, e.trigger) for e in events]
    assert _countries(strikes[0].target, actors) == {"SYR"}, [actors[i].name for i in strikes[0].target]
