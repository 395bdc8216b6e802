"""Two idioms that name no act between parties: a message sent to no one named, told by what it says ("Moscow also
sent a message that it was ready to hit the ports"), is a stance made seen, no contact; and "pull out all the stops"
is sparing no effort, no withdrawal (events/data/non_events.yaml "a stance signalled by what it says", "all the
stops pulled out"). A message sent to a named party, and troops pulled out, stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


def test_a_message_that_tells_a_stance_is_no_contact(code):
    events, _ = code("In shelling the radar site, Moscow also sent a message that it was ready to hit the ports "
                     "as well.")
    assert not [e for e in events if e.type == "CONSULT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Egypt sent a message to the king that it wanted fresh talks.",
    "Egypt sent Jordan a message that it wanted fresh talks.",
])
def test_a_message_sent_to_a_named_party_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "CONSULT"], found_acts(events)


@pytest.mark.parametrize("text", [
    'Washington will "pull out all the stops" to keep its share of the grain trade, its envoy said.',
    "Brazil will pull out all the stops to win the contract, the minister said.",
])
def test_all_the_stops_pulled_out_is_no_act(code, text):
    events, _ = code(text)
    assert not events, found_acts(events)


def test_troops_pulled_out_stay_a_retreat(code):
    events, _ = code("Syria pulled out its troops from the border area.")
    assert [e for e in events if e.type == "RETREAT"], found_acts(events)
