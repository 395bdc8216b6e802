"""A word the tagger tags as an adjective but that heads a noun phrase with its own determiner, in a noun's place
("launched a counteroffensive"), is read as the noun the lexicon lists; an adjective before a noun is not."""

from __future__ import annotations


def test_a_counteroffensive_tagged_as_an_adjective_is_an_attack(code):
    events, _ = code("Chad has launched a counteroffensive to retake its border posts.", "2021-03-09")
    assert [e.type for e in events] == ["ASSAULT"]
    assert "counteroffensive" in events[0].trigger


def test_an_adjective_before_its_noun_names_no_act(code):
    events, _ = code("The offensive remarks of the envoy were printed in every paper in Tbilisi.", "2021-03-09")
    assert all(e.type != "ASSAULT" for e in events)
