"""A state's money for its own bodies is its own spending, no aid from one party to another (events/relevance.py
`budget_at_home`, data/relevance.yaml budget_at_home_*, round 79): a legislature's or a treasury's funds for its
state's army, police or ministry. Aid to another state, or to a body of another state, stays. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts

PAGE = ("{} The news came on a quiet morning. The figures were published in a short note. Readers can find the note "
        "online. The note runs to two pages.")


@pytest.mark.parametrize("text", [
    "The U.S. Congress gave FEMA another $10 billion on Friday.",
    "The Kenyan parliament allocated 3 billion shillings to the Kenyan police.",
    "Britain's Treasury gave the Ministry of Defence an extra 2 billion pounds.",
])
def test_a_states_money_for_its_own_bodies_is_no_aid(code, text):
    events, _ = code(PAGE.format(text))
    assert not [e for e in events if e.type == "AID"], found_acts(events)


@pytest.mark.parametrize("text, target", [
    ("Congress approved $300 million in military aid for Ukraine.", "UKR"),
    ("The Japanese government gave $5 million to the Philippine army.", "PHL"),
])
def test_aid_to_another_state_stays(code, text, target):
    events, actors = code(PAGE.format(text))
    aid = [e for e in events if e.type == "AID"]
    assert aid and {actors[t].country for t in aid[0].target} == {target}, found_acts(events)
