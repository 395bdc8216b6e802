"""A dictionary place or state that is only the end of a longer place name the gazetteer knows ("Orleans", which the
converted lists give France, in "New Orleans") is the longer place: a firm based there takes the longer place's
country. A tagged firm's name that runs on into "of" before its address ends before it. Sentences written for these
tests."""

from __future__ import annotations


def test_the_longer_place_is_read_not_its_end(by_name, story):
    entities = by_name(story("Harbour Grain Corp, based in New Orleans, said it agreed to sell wheat to Egypt."))
    assert entities["New Orleans"].country == "USA"
    assert "Orleans" not in entities
    assert entities["Harbour Grain Corp"].country == "USA"


def test_a_firm_of_the_longer_place_is_of_its_state(by_name, story):
    entities = by_name(story("Delta Pipe Inc of New Orleans said on Monday it won an order from Mexico's state oil "
                             "firm.", dateline="LONDON"))
    assert "Orleans" not in entities
    assert entities["Delta Pipe Inc"].country == "USA"


def test_a_firm_s_name_ends_before_the_of_of_its_address(story):
    result = story("Baylor-Quinn Inc of New Orleans said it agreed to sell its stake to Indonesia.")
    names = {e.name for e in result.entities}
    assert not any(name.endswith(" of") for name in names), sorted(names)
