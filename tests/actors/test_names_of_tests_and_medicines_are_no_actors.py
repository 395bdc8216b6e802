"""The name of a test, a vaccine or a medicine written before the thing's noun ("a negative PCR test", "Covaxin
shots") is no actor (lexicon's `product_nouns`, actors/product_names.py); a maker the tagger or the dictionaries read
as a firm or a place keeps its name."""

from __future__ import annotations


def _names(found) -> set[str]:
    return {e.name for e in found.entities}


def _sides(found) -> set[str]:
    names = {e.id: e.name for e in found.entities}
    return {names.get(i, i) for ev in found.events for i in ev.source + ev.target}


def test_a_test_s_name_is_no_target_of_a_demand(story):
    text = "From Tuesday Portugal will demand a negative PCR test of all who come ashore."
    found = story(text, published="2020-11-24")
    assert "PCR" not in _names(found) | _sides(found)


def test_a_test_s_name_is_no_one_asked(story):
    found = story("Chile demanded a PCR test of every visitor.", published="2020-11-24")
    assert "PCR" not in _names(found) | _sides(found)


def test_a_vaccine_s_and_a_medicine_s_names_are_no_actors(story):
    text = ("Italy ordered Covaxin shots for its nurses on Monday, and Greece bought Tamiflu tablets for its "
            "hospitals.")
    found = story(text, published="2021-03-02")
    assert not {"Covaxin", "Tamiflu"} & (_names(found) | _sides(found))


def test_a_known_state_before_the_noun_stays_an_actor(story):
    text = "Japan said a Chinese test of a new missile had alarmed Tokyo, and India said the same of a Pakistan test."
    found = story(text, published="2021-03-02")
    assert {"Japan", "Pakistan"} <= _names(found)
