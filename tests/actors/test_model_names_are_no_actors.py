"""The one-word name of a weapon's or an aircraft's model written before its noun ("Exocet missiles", "Silkworm missile
sites", "its 737 Max jet") is no actor, whatever the tagger calls it (lexicon's `model_nouns`,
actors/product_names.py `model_name_tokens`); a state or a maker the dictionaries know, and a name of two words, keep
their actor. Texts written here."""

from __future__ import annotations


def _names(found) -> set[str]:
    return {e.name for e in found.entities}


def _sides(found) -> set[str]:
    names = {e.id: e.name for e in found.entities}
    return {names.get(i, i) for ev in found.events for i in ev.source + ev.target}


def test_a_missile_s_model_is_no_target(story):
    found = story("Iran fired Exocet missiles at a Kuwaiti tanker on Monday.", published="1987-10-20")
    assert "Exocet" not in _names(found) | _sides(found)


def test_a_model_hung_on_a_third_noun_is_no_target(story):
    text = "Washington chose to strike an oil rig rather than the Iranian Silkworm missile sites near the strait."
    found = story(text, published="1987-10-20")
    assert "Silkworm" not in _names(found) | _sides(found)


def test_a_jet_s_model_after_its_number_is_no_doer(story):
    text = "The maker's orders fell after two crashes of its 737 Max jet that killed 300 people in Kenya and Peru."
    found = story(text, published="2019-11-20")
    assert "Max" not in _names(found) | _sides(found)


def test_states_beside_the_model_stay_actors(story):
    found = story("Iran fired Exocet missiles at a Kuwaiti tanker on Monday.", published="1987-10-20")
    assert "Iran" in _names(found)


def test_a_name_of_two_words_before_the_noun_stays(story):
    found = story("Gunmen hijacked a Kuwait Airways jet on its way to Bangkok.", published="1988-04-06")
    assert any("Kuwait" in n for n in _names(found))
