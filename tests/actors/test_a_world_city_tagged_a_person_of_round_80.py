"""A lone word the tagger takes for a person that is a world city (a state's capital or one of
data/world_cities.yaml) of any state, not only of the story's, is that city where every mention is the object of a
preposition with no determiner, no title or capitalised word stands before it anywhere in the article, and the
dictionary knows no person by that name (actors/places.py `_world_city_tagged_person`). Sentences written here."""

from __future__ import annotations

import pytest

from dossier.model import Document
from dossier.pipeline import process


def _entities(nlp, text: str, name: str):
    result = next(process([Document(id="t", source="t", text=text, published="2024-06-24")], nlp=nlp))
    found = [e for e in result.entities if e.name == name]
    assert found, [(e.name, e.type) for e in result.entities]
    return found


@pytest.mark.parametrize("text, name, country", [
    ("The Guinean trade minister travelled to Dakar on Thursday to discuss fishing quotas.", "Dakar", "SEN"),
    ("A Togolese envoy arrived in Accra late on Sunday with a letter from his president.", "Accra", "GHA"),
    ("Negotiators from both camps resumed their talks in Vilnius after a short break.", "Vilnius", "LTU"),
])
def test_a_capital_tagged_a_person_is_the_city(nlp, text, name, country):
    for entity in _entities(nlp, text, name):
        assert entity.kind == "place" and entity.country == country, (entity.id, entity.kind, entity.country)


@pytest.mark.parametrize("text, name", [
    # a given name before the word anywhere in the article: a family name
    ("Greta Accra chairs the board. The board met with Accra on Friday.", "Accra"),
    # a title before it
    ("The minister wrote to Senator Dakar about the budget.", "Dakar"),
])
def test_a_capital_s_name_with_a_sign_of_a_person_stays_a_person(nlp, text, name):
    result = next(process([Document(id="t", source="t", text=text, published="2024-06-24")], nlp=nlp))
    named = [e for e in result.entities if name in e.name]
    assert named and all(e.kind != "place" for e in named), [(e.name, e.kind) for e in named]
