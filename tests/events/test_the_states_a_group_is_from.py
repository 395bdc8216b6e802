"""The states a group of the source is said to come from ("delegates from Kenya and Uganda criticized…", "officials
from Brazil, India and South Korea made concessions") only qualify the source, each conjunct as the first: they are no
target of its act (events/roles/model.py `qualifies`). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, trigger, states", [
    ("Delegates from Kenya and Uganda criticized the plan.", "criticized", {"Kenya", "Uganda"}),
    ("Years of pressure have prompted officials from Brazil, India and South Korea to make concessions.",
     "make … concessions", {"Brazil", "India", "South Korea"}),
])
def test_the_states_the_doers_come_from_are_no_target(code, text, trigger, states):
    events, actors = code(text)
    event = next(e for e in events if e.trigger == trigger)
    assert event.source, event
    assert not states & names(event.target, actors), event.target


def test_the_state_the_other_party_comes_from_stays(code):
    events, actors = code("Officials from Mexico met their counterparts from Canada in Ottawa.")
    event = next(e for e in events if e.trigger == "met")
    assert "Canada" in names(event.target, actors), event.target


def test_a_conjunct_of_the_doer_itself_may_be_the_other_party(code):
    events, actors = code("Kenya and Uganda signed a trade agreement on Monday.")
    event = next(e for e in events if e.trigger == "signed")
    assert {"Kenya", "Uganda"} <= names(event.source, actors) | names(event.target, actors), event
