"""A city or region named after "in" or "at" on another word than the trigger ("new terms offered in negotiations
in Geneva", "a meeting to be held in Vienna", "offices in Lisbon closed as staff went on strike") tells where a
meeting, a thing or a party is: the role model does not take it for the target (roles.no_party.placed_elsewhere).
A place struck or held ("troops deployed in X") and the place of a visit stay. Sentences written for these tests."""

import pytest

from dossier.events.actors import Resolver
from dossier.events.roles.no_party import placed_elsewhere
from tests.events.conftest import names


@pytest.mark.parametrize("text, type_, city", [
    ("Kenya offered new terms in last month's negotiations in Geneva, but Tanzania turned them down.", "AGREE",
     "Geneva"),
    ("The plan will be discussed at an OPEC meeting to be held in Vienna next month.", "CONSULT", "Vienna"),
    ("The proposal will go before an ASEAN meeting to be held in Manila in May.", "CONSULT", "Manila"),
    ("Most offices in downtown Lisbon closed as Portuguese civil servants went on strike over pay.", "PROTEST",
     "Lisbon"),
])
def test_a_city_that_places_a_meeting_a_thing_or_a_party_is_no_target(code, text, type_, city):
    events, actors = code(text)
    event = next(e for e in events if e.type == type_)
    assert event.source
    assert city not in names(event.target, actors)


def test_the_other_party_is_read_past_the_place_of_a_plant(code, nlp):
    from dossier.events.component import coding_with
    with coding_with(nlp, keep_trade=True):  # firms of two states: their trade since round 80; the roles read alike
        events, actors = code("Renault announced a deal with Nissan to build vans at a plant in Seville.")
    deal = next(e for e in events if e.type == "AGREE")
    assert names(deal.target, actors) == {"Nissan Motor Co"}


@pytest.mark.parametrize("text, type_, city", [
    ("Government troops were deployed in Jaffna after the riots.", "MOBILIZE", "Jaffna"),  # a place held
    ("The French minister arrived in Lisbon for a three-day visit.", "CONSULT", "Lisbon"),  # the place visited
])
def test_a_place_held_or_visited_stays_the_target(code, text, type_, city):
    events, actors = code(text)
    event = next(e for e in events if e.type == type_)
    assert names(event.target, actors) == {city}


@pytest.mark.parametrize("type_, cameo, placed", [
    ("AGREE", "030", True),
    ("ASSAULT", "190", False),  # "shelled barracks in X": the place may be struck
    ("CONSULT", "042", False),  # a visit to a mill in X
])
def test_only_acts_that_neither_strike_nor_visit_leave_the_place_out(nlp, type_, cameo, placed):
    doc = nlp("Kenya offered new terms in last month's negotiations in Geneva.")
    geneva = next(t for t in doc if t.text == "Geneva")
    offered = next(t for t in doc if t.text == "offered")
    assert placed_elsewhere(geneva, offered, type_, cameo, Resolver(doc)) is placed
