"""A death is an act of force only where a violent cause is told ("died in an air raid", "died of gunshot wounds",
"died under torture", "died in clashes"): the bare verb, a death by illness, age or accident, is no act on anyone,
neither the rules' nor the type model's (none.yaml's bare DIE silences the verb)."""

from __future__ import annotations


def _deaths(events):
    return [(e.type, e.cameo) for e in events if e.trigger and e.trigger.lower().startswith("die")]


def test_a_death_in_hospital_is_no_act(code):
    events, _ = code("The former Chilean foreign minister died in a Santiago hospital on Saturday, aged 84.",
                     "2023-05-02")
    assert _deaths(events) == []


def test_a_death_after_an_illness_is_no_act(code):
    events, _ = code("The veteran Kenyan opposition leader died on Monday after a long illness.", "2023-05-02")
    assert _deaths(events) == []


def test_a_heart_attack_is_no_violent_cause(code):
    events, _ = code("Nigeria's petroleum minister died of a heart attack in Abuja on Friday.", "2023-05-02")
    assert _deaths(events) == []


def test_a_hunger_strike_is_no_violent_cause(code):
    events, _ = code("A jailed Bahraini activist died on Sunday after a hunger strike of two months.", "2023-05-02")
    assert [e for e in _deaths(events) if e[0] == "ASSAULT"] == []


def test_a_death_in_a_missile_attack_is_an_assault(code):
    events, _ = code("Five Yemeni fishermen died in a missile attack off Hodeidah on Thursday.", "2023-05-02")
    assert ("ASSAULT", "190") in _deaths(events)


def test_a_death_of_gunshot_wounds_is_an_assault(code):
    events, _ = code("Two Colombian police officers died of gunshot wounds on Wednesday.", "2023-05-02")
    assert ("ASSAULT", "190") in _deaths(events)


def test_a_death_under_torture_is_an_assault(code):
    events, _ = code("A Kurdish detainee died under torture in a prison near Diyarbakir last week.", "2023-05-02")
    assert ("ASSAULT", "190") in _deaths(events)


def test_a_death_in_fighting_stays_an_assault(code):
    events, _ = code("Six Sudanese civilians died on Tuesday in the fighting around Khartoum.", "2023-05-02")
    assert [t for t, _ in _deaths(events)] == ["ASSAULT"]

