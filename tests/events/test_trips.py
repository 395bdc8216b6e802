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


# Where a trip starts, a trip home, and whom a trip meets (events/roles/trips.py home_trips and met_on_trip; the
# "leave X for Y" entry's origin_object in patterns/consult.yaml). Sentences written for these tests.

def _visits(events):
    return [e for e in events if e.type == "CONSULT" and e.mode == "visit"]


def test_the_city_a_trip_leaves_is_no_place_visited(code):
    events, actors = code("The Brazilian foreign minister left London for Tokyo on Monday.")
    targets = {actors[i].country for e in _visits(events) for i in e.target}
    assert "JPN" in targets and "GBR" not in targets


def test_a_tour_of_a_region_goes_there(code):
    events, actors = code("The Indian trade minister left London for a tour of Africa.")
    visits = _visits(events)
    assert visits and all("Africa" not in names(e.source, actors) for e in visits)
    assert any("Africa" in names(e.target, actors) for e in visits)
    assert all("GBR" not in {actors[i].country for i in e.target} for e in visits)


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto flew back to Nairobi on Sunday.",
    "Chilean President Gabriel Boric is due to return to Santiago on Friday.",
])
def test_a_trip_home_visits_nobody(code, text):
    events, actors = code(text)
    assert _visits(events) == []


def test_a_trip_from_the_own_capital_keeps_its_destination(code):
    events, actors = code("Chilean President Gabriel Boric left Santiago for Buenos Aires on Monday.")
    visit = only(_visits(events))
    assert {actors[i].country for i in visit.target} == {"ARG"}


def test_a_trip_abroad_stays(code):  # must-not: a place of another state is visited
    events, actors = code("Chilean President Gabriel Boric travelled to Lima on Monday.")
    visit = only(_visits(events))
    assert {actors[i].country for i in visit.target} == {"PER"}


def test_the_one_a_trip_goes_to_meet_is_visited(code):
    events, actors = code("Chilean President Gabriel Boric flew to Madrid to meet Spanish Prime Minister Pedro Sanchez.")
    visit = only(_visits(events))
    assert "Pedro Sanchez" in names(visit.target, actors) or any(
        actors[i].kind == "person" and actors[i].country == "ESP" for i in visit.target)


def test_the_visit_of_a_leader_is_made_by_the_leader(code):  # must-not: "of" a person names the visitor
    events, actors = code("The visit of Kenyan President William Ruto to Lima ended on Friday.")
    visit = next(e for e in events if e.trigger.endswith("visit"))
    assert {actors[i].country for i in visit.source} == {"KEN"}
