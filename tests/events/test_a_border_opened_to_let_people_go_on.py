"""A border opened to let people go on is opened towards where they go, not to those let through
(roles/passages.py; data/acts_done.yaml `passages`). A border opened with no place named keeps its reading.
Sentences in the project's own words."""

from __future__ import annotations

from tests.events.conftest import names


def _opened(events, actors):
    return [(names(e.source, actors), names(e.target, actors)) for e in events if e.trigger == "opened"]


def test_a_border_opened_to_let_refugees_reach_a_region(code):
    events, actors = code("Serbia opened its borders to let the refugees reach Europe.")
    found = _opened(events, actors)
    assert found and all(s == {"Serbia"} and t == {"Europe"} for s, t in found), found


def test_border_gates_opened_to_allow_people_to_travel_on_to_a_state(code):
    events, actors = code("Slovenia opened its border gates to allow the asylum seekers to travel on to Austria, "
                          "the interior minister said.")
    found = _opened(events, actors)
    assert found and all(s == {"Slovenia"} and t == {"Austria"} for s, t in found), found


def test_a_border_opened_with_no_place_named_is_not_read_so(code):
    events, actors = code("Serbia opened the border to trade.")
    assert all("Europe" not in t for s, t in _opened(events, actors))
