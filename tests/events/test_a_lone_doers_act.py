"""An act whose own subject is an unnamed private person is that person's: the one who tells of it is not its
source (events/roles/lone_doers.py, read by the role model's `excluded`)."""

from tests.events.conftest import names


def _act(events, type_):
    found = [e for e in events if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def test_the_army_that_tells_of_two_mens_attack_is_not_its_doer(code):
    events, actors = code("The Nigerian army said two men attacked a checkpoint held by Cameroonian soldiers.")
    attack = _act(events, "ASSAULT")
    assert not any("Nigeria" in n for n in names(attack.source, actors))
    assert any("Cameroon" in n for n in names(attack.target, actors))


def test_officials_who_tell_of_a_womans_bombing_are_not_its_doer(code):
    events, actors = code("Turkish officials said a woman carrying a bomb wounded four Syrian refugees in Gaziantep.")
    attack = _act(events, "ASSAULT")
    assert attack.source == []
    assert any("Syria" in n for n in names(attack.target, actors))


def test_the_police_who_tell_of_a_gunmans_shooting_are_not_its_doer(code):
    events, actors = code("Ugandan police said a gunman shot dead three Kenyan traders at a market in Kampala.")
    attack = _act(events, "ASSAULT")
    assert not any("Uganda" in n for n in names(attack.source, actors))


def test_a_group_named_inside_the_subject_stays_the_doer(code):
    events, actors = code("Ugandan police said a gunman from the Allied Democratic Forces shot dead three Kenyan "
                          "traders.")
    attack = _act(events, "ASSAULT")
    assert names(attack.source, actors) == {"Allied Democratic Forces"}


def test_the_tellers_own_officers_stay_its_doer(code):
    events, actors = code("Ugandan police said officers shot dead three Kenyan smugglers near the border.")
    attack = _act(events, "ASSAULT")
    assert any("Uganda" in n for n in names(attack.source, actors))



def test_the_police_who_tell_of_a_sacked_employees_shooting_are_not_its_doer(code):
    events, actors = code("Kenyan police say a recently sacked employee opened fire at a depot on Monday, killing "
                          "two Somali guards.")
    attack = _act(events, "ASSAULT")
    assert attack.source == []
    assert any("Somalia" in n for n in names(attack.target, actors))


def test_the_police_who_tell_why_a_man_was_charged_are_not_the_shooters_side(code):
    events, actors = code("A 47-year-old man was charged with murder on Tuesday after allegedly shooting two "
                          "Nigerian diplomats at a banquet in Durban, South African police said.")
    attack = _act(events, "ASSAULT")
    assert attack.source == []
    assert any("Nigeria" in n for n in names(attack.target, actors))


def test_a_soldier_promoted_after_shooting_rebels_keeps_his_state_as_the_doer(code):
    events, actors = code("A Ugandan soldier was promoted after shooting two rebels of the Lord's Resistance Army, "
                          "officials said.")
    attack = _act(events, "ASSAULT")
    assert any("Uganda" in n for n in names(attack.source, actors))


def test_the_police_who_arrest_a_man_after_a_chase_stay_the_arrests_doer(code):
    events, actors = code("Ghanaian police arrested a man in Kumasi after chasing him through the market, a "
                          "spokesman said.")
    arrest = _act(events, "COERCE")
    assert any("Ghana" in n for n in names(arrest.source, actors))
