"""A noun of a party that stands to another ("neighbour", "partners", "allies", "creditors"; data/lexicon.yaml
`counterpart_nouns`) does not name the one its possessor, the name before it or its "of" phrase names: "Kenya's
neighbour Tanzania" is Tanzania, "France's trading partners" are not France (events/actors.py `Resolver`,
`counterpart_of`). A name in apposition or a demonym still names them, and a body's owner stays its owner.
Sentences written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, type_, source", [
    ("Kenya's neighbour Tanzania rejected the plan on Monday.", "REJECT", "Tanzania"),
    ("Sweden's Baltic neighbour Finland has refused to join the fishing ban.", "REJECT", "Finland"),
])
def test_the_name_beside_the_noun_is_the_party(code, text, type_, source):
    events, actors = code(text)
    event = next(e for e in events if e.type == type_)
    assert names(event.source, actors) == {source}


@pytest.mark.parametrize("text, other", [
    ("France's trading partners urged Paris to cut its deficit.", "France"),
    ("The allies of Kenya condemned the attack.", "Kenya"),
    ("Peru's creditors called on Lima to open its markets.", "Peru"),
])
def test_the_other_party_is_not_the_doer(code, text, other):
    events, actors = code(text)
    assert all(other not in names(e.source, actors) for e in events)


@pytest.mark.parametrize("text, source", [
    ("Japan's trade ministry criticised the decision.", "Japanese government"),  # a body's owner
    ("Its European partners urged Bonn to cut interest rates.", "European"),  # a demonym names them
])
def test_an_owner_and_a_demonym_still_name_the_party(code, text, source):
    events, actors = code(text)
    assert source in names(next(e for e in events).source, actors)
