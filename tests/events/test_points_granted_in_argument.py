"""A point granted in argument ("conceded that the review would not end all fraud") is no concession made; a thing
yielded or defeat conceded stays one (patterns/none.yaml, `remark` and `clause_aux` in events/matching.py)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Agency officials conceded that the new review would not end all fraud.",
    "The farm minister, who had opposed the deal, conceded the accord would steady prices.",
    "The treasury secretary admitted that the effect had been slower than expected.",
])
def test_a_point_granted_is_no_concession(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert not [e for e in events if e.type == "CONCEDE"], [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Turkey conceded the disputed islets to Greece after the talks.",
    "Kenyan opposition leader Amos Wekesa conceded defeat in the presidential vote.",
])
def test_a_thing_yielded_stays_a_concession(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert [e for e in events if e.type == "CONCEDE"], [(e.type, e.cameo, e.trigger) for e in events]
