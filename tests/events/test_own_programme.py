"""A state's executive saying what its own state must do tells its programme, not a request of itself
(events/own_state.py, data/own_state.yaml); a demand of the government by a union, rebels, a foreign state or of a
legislature stays a request."""

import pytest


def _requests(events) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in events if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Prime Minister Erik Lund said Norway must cut its spending on imported fuel.",
    "President Reagan told reporters the United States should save far more energy at home.",
    "Japan's Finance Ministry said on Tuesday that the government must keep a close watch on bank lending.",
    "Indonesia should build up rice stocks worth three months of use, Indonesian Agriculture Minister Budi Santoso "
    "said.",
])
def test_an_executive_on_its_own_state_asks_nobody(code, text):
    events, _ = code(text, published="1987-03-20")  # the year Reagan held his office
    assert not _requests(events), _requests(events)


@pytest.mark.parametrize("text", [
    "The head of the Lima dockworkers' union said the government must raise wages by June.",
    "Rebel commander Pedro Alves said the Angolan government should open talks with his movement.",
    "The British trade secretary said Japan must buy more foreign goods.",
    "The finance minister said parliament must pass the budget before June.",
])
def test_a_demand_of_others_stays_a_request(code, text):
    events, _ = code(text, published="1987-03-20")
    assert _requests(events), [(e.type, e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Finance Minister Kiichi Miyazawa said in a radio interview that Japan should build more public schools.",
    "Treasury Secretary James Baker spoke to bankers in Boston on Monday. He said the United States must trim its "
    "budget deficit by cutting outlays.",
])
def test_a_minister_the_dictionary_codes_as_elite_speaks_for_his_state(code, text):
    """The story's title makes him the executive's voice where the dictionary keeps him only as an elite (ELI) on
    the date (own_state._titled_executive)."""
    events, _ = code(text, published="1987-04-01")
    assert not _requests(events), _requests(events)


def test_a_firm_s_president_stays_a_request(code):
    """A title of a firm named beside it makes no voice of the state."""
    events, _ = code("Sony President Akio Morita said Japan must buy more foreign chips.", published="1987-04-01")
    assert _requests(events), [(e.type, e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Treasury Secretary James Baker toured the northern U.S. border region on Tuesday.",
    "A group of German legislators visited Germany's eastern border on Friday.",
    "Italian senators toured Milan on Monday.",
])
def test_a_trip_inside_one_s_own_state_visits_nobody(code, text):
    """own_state.home_trip: the travellers' own state or a place in it is no party met."""
    events, _ = code(text, published="1987-04-01")
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "The Italian foreign minister visited France on Monday.",
    "Senator Jane Corwin visited Mexico last week.",
])
def test_a_trip_abroad_stays_a_visit(code, text):
    """A place of another state, or a traveller the dictionaries do not know (his country may be guessed from
    where he went), stays a visit."""
    events, _ = code(text, published="1987-04-01")
    assert [e for e in events if e.type == "CONSULT" and e.cameo == "042"], [(e.type, e.source, e.target)
                                                                             for e in events]
