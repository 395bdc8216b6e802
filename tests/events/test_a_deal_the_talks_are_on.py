"""The deal talks are held on is their topic, not a deal made (data/non_events.yaml "a deal the talks are on"): the
parser hangs "on a deal" on the verb that holds the talks ("held talks on Monday on a deal"), which then read the
deal as held, an agreement (AGREE 057) that occurred. A deal signed or reached stays."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Fredonia and Ruritania held talks on Monday on a deal for the return of refugees.",
    "Ruritania and its lenders opened negotiations last week over an accord on its debt.",
    "Fredonia negotiated with Ruritania over a new fisheries pact in Strelsau.",
])
def test_the_deal_talks_are_on_is_not_made(code, text):
    events, _ = code(text, "2021-05-04")
    assert [e.type for e in events] and not [e for e in events if e.type == "AGREE"], found_acts(events)
    assert {e.type for e in events} == {"CONSULT"}, found_acts(events)


@pytest.mark.parametrize("text", [
    "Fredonia and Ruritania signed a deal on Monday on the return of refugees.",
    "Fredonia and Ruritania held talks and signed an accord on fisheries.",
])
def test_a_deal_signed_stays(code, text):
    events, _ = code(text, "2021-05-04")
    assert [e for e in events if e.type == "AGREE"], found_acts(events)
