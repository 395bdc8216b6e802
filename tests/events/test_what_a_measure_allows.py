"""What a measure, a bill or a plan allows is its effect, told of no one who allowed anything; a side that allows
keeps its concession (data/non_events.yaml, "what a measure allows")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "In a statement, Kenyan Finance Minister John Mwangi said the step would permit the government to keep borrowing "
    "while parliament is in recess.",
    "The Senate bill would allow American farmers to leave their land idle and still be paid.",
    "Ghana's finance minister said the new scheme lets Ghanaian banks lend to Togo.",
])
def test_what_a_measure_allows_is_no_act(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert not events, [(e.type, e.cameo, e.trigger) for e in events]


def test_a_side_that_allows_keeps_its_concession(code, rules_only):
    events, _ = code("The Kenyan ministry allowed the Ugandan envoy to land in Nairobi.", "2024-06-01")
    assert [e for e in events if e.type == "CONCEDE"], [(e.type, e.cameo, e.trigger) for e in events]
