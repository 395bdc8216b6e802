"""A passive verb joined to another passive verb with nobody of its own is done to the first one's subject ("he was
dragged out by the police and taken into custody", doers.shared_patient); a state's own forces it orders about are
no target of the order (deployed_forces.deployed). Sentences written for these tests."""

from dossier.events.roles.doers import shared_patient
from tests.events.conftest import names


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_a_joined_passive_shares_the_first_ones_subject(nlp):
    doc = nlp("He was dragged out of a hotel by Ugandan police and taken into custody.")
    assert shared_patient(_token(doc, "taken")).text == "He"


def test_a_joined_verb_with_an_object_of_its_own_shares_nothing(nlp):
    doc = nlp("Two reporters were stopped at the border and later denied it.")
    assert shared_patient(_token(doc, "denied")) is None


def test_a_joined_active_verb_shares_nothing(nlp):
    doc = nlp("Ugandan police stopped the reporters and took them to a cell.")
    assert shared_patient(_token(doc, "took")) is None


def test_the_one_taken_into_custody_is_the_target(code):
    events, actors = code("The Kenyan activist Boniface Mwangi flew to Kampala on Monday. He was dragged out of a "
                          "hotel by Ugandan police and taken into custody.")
    custody = [e for e in events if e.trigger == "taken"]
    assert custody and names(custody[0].target, actors) == {"Boniface Mwangi"}


def test_forces_a_state_orders_are_not_the_target_of_its_order(code):
    events, actors = code("Uganda ordered its army to guard the lake shore as Kenya moved troops to the border.")
    ordered = [e for e in events if e.trigger == "ordered"]
    assert ordered and names(ordered[0].source, actors) == {"Uganda"}
    assert not any(actors[i].country == "UGA" for i in ordered[0].target)
