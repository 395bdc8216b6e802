"""A commitment told again or voiced (`object_to`, matching.object_to): to a party or a thing that holds a party's
name — a people, a state's policy — it is support for it, SUPPORT 051 (support.yaml); to an act — a verb, or a noun of
an undertaking such as a deal or talks (lexicon `undertaking_nouns`) — it is the promise made again, AGREE 030
(agree.yaml); to a thing of no party ("to growth") it is neither."""

import pytest

from dossier.events.matching import object_to


@pytest.mark.parametrize("text, word", [
    ("The minister reaffirmed his government's commitment to the one-China policy.", "reaffirmed"),
    ("Lisbon renewed its commitment to the people of Angola.", "renewed"),
    ("The envoy stressed Brazil's commitment to the sovereignty of Paraguay.", "stressed"),
    ("The king expressed his country's commitment to the Arab League's charter.", "expressed"),
])
def test_a_commitment_to_a_thing_told_again_is_support(typed, text, word):
    assert typed(text)[word] == ("SUPPORT", "051"), text


@pytest.mark.parametrize("text, word", [
    ("Kenya reaffirmed its commitment to the peace deal.", "reaffirmed"),
    ("The agency reiterated its commitment to work with the ministry on the census.", "reiterated"),
    ("The junta stressed its commitment to holding the vote in March.", "stressed"),
    ("Seoul renewed its commitment to the talks with its neighbour.", "renewed"),
])
def test_a_commitment_to_an_act_told_again_is_a_promise(typed, text, word):
    assert typed(text)[word] == ("AGREE", "030"), text


@pytest.mark.parametrize("text, word", [
    ("The ministry stressed that the budget would be balanced.", "stressed"),
    ("The company renewed its contract with the port.", "renewed"),
    ("The finance minister expressed concern about inflation.", "expressed"),
    ("The minister stressed the country's commitment to growth.", "stressed"),
    ("The firm said it would build a plant, reaffirming its commitment to its core business.", "reaffirming"),
])
def test_other_objects_or_a_commitment_to_a_thing_of_no_party_are_no_support(typed, text, word):
    assert typed(text).get(word, ("NONE", "")) != ("SUPPORT", "051"), text


def test_a_thing_that_shows_a_commitment_makes_no_promise(typed):
    text = "The bank said the new office underscores its commitment to expanding in the region."
    assert typed(text).get("underscores", ("NONE", "")) != ("AGREE", "030"), text


@pytest.mark.parametrize("text, expected", [
    ("Its commitment to growth is clear.", "thing"),
    ("Its commitment to the people of Angola is clear.", "party"),
    ("Its commitment to cooperate is clear.", "act"),
    ("Its commitment to supporting the talks is clear.", "act"),
    ("Its commitment to the ceasefire is clear.", "act"),
    ("Its commitment is clear.", None),
])
def test_what_the_object_s_to_phrase_names(nlp, text, expected):
    doc = nlp(text)
    assert object_to(doc[1]) == expected, text
