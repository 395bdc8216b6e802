""""Sue for peace" is an idiom, not a lawsuit: a party to a war asks its enemy to end it, which the PLOVER manual
codes AGREE (a party to a conflict calling for its end expresses intent, CAMEO 030). The converted dictionary's
"SUE FOR" (a legal charge, COERCE 173) no longer takes it; a suit for damages or pay stays a suit, never AGREE."""

from __future__ import annotations

import pytest


def _sue(events):
    return [(e.type, e.cameo) for e in events if e.trigger and e.trigger.lower().startswith("su")]


@pytest.mark.parametrize("text", [
    "Bolivia sued for peace after three years of war with Paraguay.",
    "The rebels sued for a truce with the government in the spring.",
    "After losing its capital, Serbia sued for an armistice with Austria.",
])
def test_suing_for_peace_is_an_offer_to_end_the_war(code, text):
    events, _ = code(text)
    assert _sue(events) == [("AGREE", "030")]


@pytest.mark.parametrize("text", [
    "The Dutch firm sued the Peruvian ministry for damages in a court in Lima.",
    "The dockworkers sued the port authority for back pay.",
    "Ecuador sued the oil company for the cost of the spill.",
])
def test_a_suit_for_money_is_no_peace_offer(code, text):
    events, _ = code(text)
    assert all(t != "AGREE" and not c.startswith("17") for t, c in _sue(events))
