"""An act named by a noun is told as taking place when a verb of sequence orders it in time ("X was followed by Y",
"Y preceded X", "the raid followed ..."): its subject and its by-phrase are acts that happened, not acts only talked
about. The object of "follow" is not ("analysts followed the talks": watched them)."""

from __future__ import annotations


def _types(events):
    return sorted(e.type for e in events)


def test_an_attack_in_the_by_phrase_of_followed_is_coded(code):
    events, _ = code("Syrian shelling of the town was followed by a rocket attack by Hezbollah on Haifa.", "2021-03-09")
    attack = [e for e in events if e.trigger and "attack" in e.trigger]
    assert attack and attack[0].type == "ASSAULT" and attack[0].status == "occurred"


def test_an_act_in_a_participial_followed_by_is_coded(code):
    events, _ = code("Rwandan rebels crossed into Burundi on Friday, followed by an attack on their camps by "
                     "Burundian troops.", "2021-03-09")
    attack = [e for e in events if e.trigger and "attack" in e.trigger]
    assert attack and attack[0].type == "ASSAULT"


def test_the_subject_of_followed_is_coded(code):
    events, _ = code("The raid by Turkish jets on Kurdish camps in Iraq followed a week of shelling.", "2021-03-09")
    assert "ASSAULT" in _types(events)


def test_the_same_noun_with_no_verb_of_sequence_stays_commentary(code):
    events, _ = code("Hezbollah's rocket attack on Haifa dominated the newspapers in Beirut.", "2021-03-09")
    assert "ASSAULT" not in _types(events)


def test_the_object_of_follow_is_not_an_act_told_as_done(code):
    events, _ = code("Diplomats in Ankara followed the Syrian offensive against Kurdish towns with alarm.",
                     "2021-03-09")
    assert "ASSAULT" not in _types(events)


def test_an_air_strike_is_an_attack_not_a_labour_strike(code):
    events, _ = code("Israeli air strikes on Gaza were followed by a rocket attack by Hamas.", "2021-03-09")
    assert events and "PROTEST" not in _types(events)
    assert _types(events) == ["ASSAULT", "ASSAULT"]
