"""A ship named after its class noun ("the freighter X", "the Greek tanker Y") is no actor of its own: the words
before the noun give its side, as for an unnamed ship; with none, it names no side (actors/vessels.py)."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, ship", [
    ("Libyan patrol boats shelled the freighter Coral Breeze near the harbour on Friday.", "Coral Breeze"),
    ("The cruiser Almira was struck by a missile from a Syrian jet.", "Almira"),
])
def test_a_named_ship_without_a_flag_is_no_target(code, text, ship):
    events, actors = code(text)
    assert events and all(not e.target for e in events), [(e.type, names(e.target, actors)) for e in events]
    assert ship not in {a.name for a in actors.values()}


@pytest.mark.parametrize("text, role, cameo", [
    ("Syrian jets bombed the Greek tanker Helena Marsh off the coast of Cyprus.", "target", "GRCBUS"),
    ("The French destroyer Montclair fired on two Libyan gunboats near the island.", "source", "FRAMIL"),
])
def test_a_named_ship_takes_the_side_of_its_flag(code, text, role, cameo):
    events, actors = code(text)
    assert [actors[i].cameo for i in getattr(events[0], role)] == [cameo]


def test_a_name_after_no_class_noun_stays_an_actor(code):
    """The negative: a person's name where no class noun stands before it is still the target."""
    events, actors = code("Libyan patrol boats shelled Marco Delgado's villa near the harbour on Friday.")
    assert "Marco Delgado" in names(events[0].target, actors)


def test_a_country_acting_in_a_clause_after_the_noun_is_no_ship(code):
    """"the tanker Libya seized": Libya seized it, and stays an actor."""
    _, actors = code("The tanker Libya seized last week was released on Tuesday.")
    assert "LBY" in {a.cameo for a in actors.values()}


def test_a_ship_count_joined_by_a_hyphen_names_no_ship(code):
    """"a four-ship Atlantic Squadron": the count describes the squadron, which keeps its name."""
    _, actors = code("Canada will send its four-ship Atlantic Squadron to patrol the strait, the ministry said.")
    assert any("Atlantic Squadron" in a.name for a in actors.values())
