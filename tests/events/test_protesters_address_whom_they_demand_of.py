"""A protest's doers described by what they demand or protest against address the protest to that party: the object
of "from" or "against" on their participle or its object, or the one it belongs to (events/roles/protesters.py,
data/addressees.yaml `protesters`). Sentences written here."""

from __future__ import annotations

from tests.events.conftest import names


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


def _protests(events):
    found = [e for e in events if e.type == "PROTEST"]
    assert found, [(e.type, e.trigger) for e in events]
    return found


def test_farmers_seeking_subsidies_from_a_body_protest_against_it(code):
    events, actors = code("Irish dairy farmers seeking higher subsidies from the European Union blocked motorways "
                          "and held rallies on Sunday.")
    assert all("European Union" in names(e.target, actors) for e in _protests(events))


def test_workers_protesting_against_a_governments_plans_protest_against_it(code):
    events, actors = code("Workers protesting against the Kenyan government's tax plans marched through Nairobi.")
    assert all(_countries(e.target, actors) == {"KEN"} and "Nairobi" not in names(e.target, actors)
               for e in _protests(events))


def test_monks_protesting_against_a_states_rule_protest_against_the_state(code):
    events, actors = code("Buddhist monks protesting against Burmese military rule marched through Mandalay.")
    assert all("Mandalay" not in names(e.target, actors) and _countries(e.target, actors) == {"MMR"}
               for e in _protests(events))


def test_must_not_those_whose_release_is_demanded_be_addressed(code):
    events, actors = code("Demonstrators calling for the release of Turkish journalists marched in Berlin.")
    assert all("TUR" not in _countries(e.target, actors) for e in _protests(events))
