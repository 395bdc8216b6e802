"""A state's or a region's adjective on a noun of a trip is where the trip goes, not who goes, where the trip names
its traveller otherwise (a possessor, "by X", the subject of the verb that has or frames the trip) and no destination
of its own ("his Asian tour", "X returned from a European trip"; events/roles/trips.py). Without a traveller, or with
a destination named, the adjective stays the one who goes. Sentences written for these tests."""

import pytest

from dossier.events.actors import Resolver
from dossier.events.roles.doers import modifier_doers
from dossier.events.roles.trips import destination_adjectives
from tests.events.conftest import names, only


def _adjectives(nlp, text, noun):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == noun)
    resolver = Resolver(doc)
    gov = tok.head if tok.dep_ == "dobj" else None
    modifiers = modifier_doers(tok, resolver, ("poss", "compound", "amod"))
    return [t.text for t in destination_adjectives(tok, modifiers, [], gov, resolver)]


@pytest.mark.parametrize("text, noun, adjective", [
    ("The Thai prime minister will begin his Asian tour on Monday.", "tour", "Asian"),
    ("Peru's trade minister returned from a European trip last week.", "trip", "European"),
    ("The German chancellor spoke warmly of America after his American visit.", "visit", "American"),
])
def test_an_adjective_on_a_trip_with_its_traveller_is_where_it_goes(nlp, text, noun, adjective):
    assert _adjectives(nlp, text, noun) == [adjective]


@pytest.mark.parametrize("text, noun", [
    ("The Soviet visit was a success, officials said.", "visit"),  # no traveller: the Soviets go
    ("His Soviet visit to Washington was cut short.", "visit"),  # a destination named: the Soviets go
    ("The Thai prime minister will begin his trade tour on Monday.", "tour"),  # no place adjective
])
def test_no_destination_read_from_the_adjective(nlp, text, noun):
    assert _adjectives(nlp, text, noun) == []


def test_the_tour_of_a_region_is_made_by_the_one_who_begins_it(code):
    events, actors = code("The Thai prime minister will begin his Asian tour on Monday.")
    tour = only(events, "CONSULT")
    assert {actors[i].country for i in tour.source} == {"THA"}
    assert not any("Asian" in n for n in names(tour.source, actors))
    assert names(tour.target, actors) == {"Asian"}


def test_a_state_adjective_on_a_trip_is_the_state_visited(code):
    events, actors = code("The Thai prime minister met reporters after his American visit.")
    visit = next(e for e in events if e.trigger.endswith("visit"))
    assert {actors[i].country for i in visit.source} == {"THA"}
    assert {actors[i].country for i in visit.target} == {"USA"}


def test_one_returning_from_a_trip_made_it(code):
    events, actors = code("Peru's trade minister returned from a European trip last week.")
    trip = next(e for e in events if e.trigger == "trip")
    assert {actors[i].country for i in trip.source} == {"PER"}
    assert not any("European" in n for n in names(trip.source, actors))


def test_the_adjective_of_a_trip_with_a_destination_is_the_traveller(code):
    events, actors = code("A Japanese visit to Kenya by the trade minister's aides will start on Monday.")
    visit = only(events, "CONSULT")
    assert {actors[i].country for i in visit.target} == {"KEN"}
    assert "JPN" not in {actors[i].country for i in visit.target}
