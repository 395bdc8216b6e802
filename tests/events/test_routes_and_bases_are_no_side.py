"""A city or region named only as a stop on a route ("via Dakar", "via Gander, Newfoundland") or as where the doer is based ("a Leeds-based
builder") is no party to the act (roles.no_party.route_or_base, data/no_party.yaml `routes`, `bases`). A state so
named stays a party. Sentences written for these tests."""

import pytest

from dossier.events.actors import Resolver
from dossier.events.roles.no_party import route_or_base
from tests.events.conftest import names


def _word(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, word", [
    ("Portugal will let the carrier fly four times a week to Lisbon via Dakar, Senegal.", "Dakar"),
    ("Canada will let the carrier fly three times a week to Toronto via Gander, Newfoundland.", "Newfoundland"),
    ("A Leeds-based builder has signed a contract with the Chilean government to put up two bridges.", "Leeds"),
])
def test_a_stop_on_a_route_or_a_seat_is_no_party(nlp, text, word):
    doc = nlp(text)
    assert route_or_base(_word(doc, word), Resolver(doc))


@pytest.mark.parametrize("text, word", [
    ("Arms reached the rebels via Honduras, the senators said.", "Honduras"),  # a state may be a party
    ("Leeds signed a twinning accord with a Chilean town.", "Leeds"),  # the city's own act
])
def test_a_state_or_a_city_that_acts_stays(nlp, text, word):
    doc = nlp(text)
    assert not route_or_base(_word(doc, word), Resolver(doc))


@pytest.mark.parametrize("text", [
    "Canada will let the carrier fly three times a week to Toronto via Gander, Newfoundland.",
    "A Leeds-based builder has signed a contract with the Chilean government to put up two bridges.",
])
def test_no_event_takes_the_route_or_the_seat_for_a_side(code, text):
    events, actors = code(text)
    sides = {n for e in events for n in names(e.source + e.target, actors)}
    assert not sides & {"Gander", "Newfoundland", "Leeds"}, [(e.type, names(e.source + e.target, actors)) for e in events]
