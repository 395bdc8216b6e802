"""A name the tagger takes for a person or an organisation is a place's where the words around it say so: a place's
noun after it ("the X crossing point", "the X district"; "the X camp" only for a place the gazetteer holds), or, at
each of its mentions, a preposition of place before it with no determiner ("in nearby X", "outside X")
(actors/places.py `_named_as_place`, lexicon `place_nouns` and the lists beside it). The roles then read it as a
place (`is_place_where`, `placed_elsewhere`). Sentences written here."""

from __future__ import annotations

import pytest

from dossier.model import Document
from dossier.pipeline import process


def _entity(nlp, text: str, name: str):
    result = next(process([Document(id="t", source="t", text=text, published="2024-06-24")], nlp=nlp))
    found = [e for e in result.entities if e.name == name]
    assert found, [(e.name, e.type) for e in result.entities]
    return found[0]


@pytest.mark.parametrize("text, name", [
    ("Soldiers searched several farmhouses in nearby Tavrino before dawn, a police spokesman said.", "Tavrino"),
    ("The army closed the Velkaro crossing point after the clashes.", "Velkaro"),
    ("Farmers in the Ostrava district of the province protested against the tax.", "Ostrava"),
    ("Aid trucks waited for days at the Kakuma camp before the government let them through.", "Kakuma"),
])
def test_a_name_its_words_place_is_a_place(nlp, text, name):
    entity = _entity(nlp, text, name)
    assert entity.kind == "place", (entity.id, entity.kind)


@pytest.mark.parametrize("text, name", [
    # a person named as a doer, with a city after "in" beside them: only the city is a place
    ("Officials said Hernandez would meet the minister in Lagos. Hernandez later denied the report.", "Hernandez"),
    # a firm a stake is bought in
    ("Acme Holdings bought a large stake in Zentrova Group last year.", "Zentrova Group"),
    # "the X camp" of a name the gazetteer does not hold: a politician's supporters, maybe
    ("The Buttigieg camp criticized the decision.", "Buttigieg"),
])
def test_a_name_its_words_do_not_place_keeps_its_kind(nlp, text, name):
    entity = _entity(nlp, text, name)
    assert entity.kind != "place", (entity.id, entity.kind)
