"""The groups that speak for a country's firms or farms ("Kenyan business groups", "Chile's farm lobbies",
"employer organisations in Peru", "Japan's largest economic organisations") are that country's business or farming,
not the state itself; the government they urge is then their state's, a side of its own (actors/data/agents.yaml,
round 76). "Economic organisations" with no country are left alone: as often bodies of states. Texts written here."""

from __future__ import annotations

import pytest


def _ids(found):
    return {e.id for e in found.entities}


def _sides(found):
    """(type, source ids, target countries) of each event."""
    country = {e.id: e.country for e in found.entities}
    return [(e.type, tuple(e.source), tuple(country.get(t) for t in e.target)) for e in found.events]


@pytest.mark.parametrize("text, actor", [
    ("Kenyan business groups criticised the Ugandan sugar tariff on Monday.", "agent:KEN:BUS"),
    ("Japan's two largest economic organisations want a cut in the corporate tax.", "agent:JPN:BUS"),
    ("Employer organisations in Peru attacked the new labour code.", "agent:PER:BUS"),
    ("Chile's farm lobbies opposed the Argentine wheat plan.", "agent:CHL:AGR"),
])
def test_a_group_of_a_state_s_firms_or_farms_is_no_state(story, text, actor):
    found = story(text)
    assert actor in _ids(found), sorted(_ids(found))


def test_the_government_a_business_group_urges_is_a_side(story):
    found = story("Ghana's two biggest economic organisations urged the government this week to cut fuel duties.")
    assert ("REQUEST", ("agent:GHA:BUS",), ("GHA",)) in _sides(found), _sides(found)


def test_the_government_a_farm_group_asks_is_a_side(story):
    found = story("Zambian farm groups asked the government to raise the maize floor price, officials said.")
    requests = [(s, t) for kind, s, t in _sides(found) if kind == "REQUEST"]
    assert requests and all(t == ("ZMB",) and s == ("agent:ZMB:AGR",) for s, t in requests), _sides(found)


def test_economic_organisations_with_no_country_are_no_business(story):
    found = story("Ecuador urged international economic organisations to lower their lending rates.")
    assert not any(i.endswith(":BUS") for i in _ids(found)), sorted(_ids(found))
