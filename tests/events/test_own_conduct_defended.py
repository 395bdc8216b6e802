"""One's own conduct defended ("defended its decision to print the letter", "defended his handling of the storm")
answers critics: no support of another party and no accusation (data/non_events.yaml "one's own conduct
defended"). Defending another's ruling or an ally stays support. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The magazine defended its decision to print the letter.",
    "The governor defended her handling of the storm on Tuesday.",
    "Ruritania defended its missile tests in a statement on Monday.",
    "The broadcaster has defended its coverage of the election.",
])
def test_ones_own_conduct_defended_is_no_act(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.trigger and "defend" in e.trigger]


@pytest.mark.parametrize("text", [
    "Russia defended its ally Syria at the council on Friday.",
    "The Kenyan minister defended Uganda's decision to close the border.",
])
def test_another_party_defended_stays_support(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "SUPPORT" and "defend" in (e.trigger or "")]
