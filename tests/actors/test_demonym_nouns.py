"""Nouns for a person of a state that are no adjective ("a Frenchman", "two Spaniards", "the Dutchman":
`demonym_nouns` in data/states.yaml) name the state as its demonyms do; they write no office's description."""

import pytest


@pytest.mark.parametrize("text, states", [
    ("Two Britons and a Frenchman were detained by police in Tehran on Monday.", {"GBR", "FRA"}),
    ("Rebels in the north freed three Spaniards and an Irishman on Sunday.", {"ESP", "IRL"}),
    ("A Dutchman and two Swedes were among the hostages.", {"NLD", "SWE"}),
    ("The Danes took over the council's chair from the Finns, and the Poles objected.", {"DNK", "FIN", "POL"}),
])
def test_the_noun_names_the_state(story, text, states):
    result = story(text, published="2024-06-03")
    found = {e.country for e in result.entities if e.kind == "government"}
    assert states <= found
    # no actor of its own, without a country, named by the noun
    assert not [e for e in result.entities if e.id.startswith("unk:") and e.country is None]


@pytest.mark.parametrize("text, person, state", [
    ("A Frenchman, Marc Dubois, was detained by police in Tehran on Monday.", "Marc Dubois", "FRA"),
    ("Police in Tehran detained Pablo Ortiz on Monday. The Spaniard was held for a week.", "Pablo Ortiz", "ESP"),
])
def test_the_noun_gives_a_named_person_the_state(story, text, person, state, country_of):
    assert country_of(story(text, published="2024-06-03"), person) == state


def test_a_vegetable_in_lower_case_names_no_state(story):
    result = story("Farmers near the border sold swede and turnips at the market on Monday.", published="2024-06-03")
    assert "SWE" not in {e.country for e in result.entities}


def test_the_nouns_write_no_office_description():
    from dossier.actors.dictionary import _shipped

    d = _shipped()
    assert "Frenchman" in d.demonyms and "Frenchman" in d.demonym_nouns
    assert d.demonyms["French"] == d.demonyms["Frenchman"]
    aliases = {a for office in d.offices.values() for a in office.aliases}
    assert not any(a.startswith(("Frenchman ", "Spaniard ", "Britons ")) for a in aliases)
