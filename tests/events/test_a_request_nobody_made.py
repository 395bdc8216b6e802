"""A request that nobody made ("none of the thirteen states has asked for an extra sitting", "no member state has
called for talks") has no doer and asks no one, and what it would ask for is not in view: no event (events/data/
non_events.yaml "a request nobody made", "what nobody asked for"). A request that someone made stays. Texts written
here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The Kuwaiti minister told a weekly that none of the cartel's thirteen states had asked for an extra sitting.",
    "None of the creditor banks has called for fresh talks with Argentina, officials said.",
    "No member of the cartel has called for an emergency meeting, the Kuwaiti oil minister said.",
])
def test_a_request_nobody_made_is_no_request(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("REQUEST", "CONSULT")], found_acts(events, status=True)


def test_a_request_made_stays(code):
    events, _ = code("Venezuela has asked for an emergency meeting of OPEC ministers, the Kuwaiti minister said.")
    assert [e for e in events if e.type == "REQUEST"], found_acts(events, status=True)
