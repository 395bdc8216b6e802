"""A state's or a place's name, or a demonym, that ends a person's name after a given name ("Vernon Jordan", "Peter
Chad", "William Rhodes") is the person's family name: no state or place, and no country for the person
(Persons._family_name). A name that opens the span, follows "of", a title or an honorific, or stands on its own
stays the state. The tagger's reading of the person is checked first, so each test checks the rule. Sentences
written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, person, state", [
    ("Banking lawyer Vernon Jordan met Brazil's finance minister in Washington on Monday.", "Vernon Jordan", "Jordan"),
    ("Brazil's finance minister met Citibank executive William Rhodes in New York on Monday.", "William Rhodes",
     "Rhodes"),
    ("Oil analyst Peter Chad said Brazil's output would fall this year.", "Peter Chad", "Chad"),
])
def test_a_place_ending_a_person_s_name_is_the_family_name(by_name, analyse, story, text, person, state):
    doc = analyse(text)
    if not any(e.label_ == "PERSON" and e.text.endswith(person) for e in doc.ents):
        pytest.skip(f"the tagger did not read {person!r} as a person here")
    entities = by_name(story(text))
    assert state not in entities, sorted(entities)
    assert any(name.endswith(person) and e.kind == "person" for name, e in entities.items()), sorted(entities)


@pytest.mark.parametrize("text, state, country", [
    # after "of": the state the person belongs to
    ("King Abdullah of Jordan met Brazil's finance minister on Monday.", "Jordan", "JOR"),
    # a state named on its own beside a person
    ("Kenya's Ruto met Brazil's finance minister on Monday. Jordan and Chad also sent envoys.", "Chad", "TCD"),
    ("Kenya's Ruto met Brazil's finance minister on Monday. Jordan and Chad also sent envoys.", "Jordan", "JOR"),
    # after the family name of a person named before: two names side by side, the state a clause's subject
    ("Brazilian Finance Minister Dilson Funaro met British Chancellor Nigel Lawson on Monday. But Lawson told Funaro "
     "Brazil had to settle with its banks first.", "Brazil", "BRA"),
])
def test_a_state_not_ending_a_person_s_name_stays(by_name, story, text, state, country):
    entities = by_name(story(text))
    assert state in entities and entities[state].country == country, sorted(entities)


def test_a_firm_inside_a_span_tagged_a_person_stays_the_firm(by_name, story):
    # "Bridgend Sony's" may be tagged one person: the rule reads only states, places and demonyms
    entities = by_name(story("The new line would make Bridgend Sony's largest television plant in Europe."))
    assert "Sony" in entities and entities["Sony"].country == "JPN", sorted(entities)


@pytest.mark.parametrize("text, word", [
    # a demonym that is the family name of a legislator named in full before: him, not Britain
    ("WASHINGTON - A drought relief bill offered by Rep. Carla English (D-Kan.) drew fire from grain traders. "
     "English has since agreed to narrow it to this year's oats, her aides said.", "English"),
    ("WASHINGTON - A drought relief bill offered by Rep. Carla English (D-Kan.) drew fire from grain traders. "
     "A spokesman for English said the plan would be narrowed.", "English"),
])
def test_a_family_name_alone_after_the_whole_name_is_the_person(analyse, story, text, word):
    """Persons._family_names_alone: the lone word stands for the person, joined to her later."""
    doc = analyse(text)
    if not any(e.label_ == "PERSON" and e.text.endswith("Carla English") for e in doc.ents):
        pytest.skip("the tagger did not read the legislator's name as a person here")
    found = story(text)
    meant = {m.entity for m in found.mentions if m.text == word}
    entities = {e.id: e for e in found.entities}
    assert meant and all(entities[i].kind == "person" and entities[i].country != "GBR" for i in meant), \
        [(entities[i].name, entities[i].country) for i in meant]
    assert not any(e.country == "GBR" for e in found.entities), [(e.name, e.country) for e in found.entities]


def test_a_demonym_modifying_a_noun_stays_a_demonym(by_name, story):
    # the people's word before a noun is the state's, a person of that family name named or not
    entities = by_name(story("Trader Paul French said French farmers would plant less wheat this spring."))
    assert any(e.country == "FRA" for e in entities.values()), sorted(entities)
