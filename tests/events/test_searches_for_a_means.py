"""A search for a means or a partner is a wish, no investigation (the converted dictionary's bare "search" is CAMEO
090); a search for people lost stays the dictionary's (patterns/none.yaml)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Kenya is searching for non-aligned barter partners to help it narrow its deficit.",
    "The Chilean treasury is searching for ways to trim the budget.",
    "Ghana is searching for a buyer for the state refinery.",
])
def test_a_search_for_a_means_is_no_investigation(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.cameo, e.trigger) for e in events]


def test_a_search_for_people_lost_stays_coded(code, rules_only):
    events, _ = code("Kenyan police searched for the missing journalists near the border.", "2024-06-01")
    assert [e for e in events if e.cameo == "090"], [(e.type, e.cameo, e.trigger) for e in events]
