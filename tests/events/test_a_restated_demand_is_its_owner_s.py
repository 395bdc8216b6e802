"""A demand restated ("repeated the Chinese demand that Japan apologise", "reiterated Britain's demand that Iran free
the sailors"): the demand's owner makes it and is no target; the one it is made of is the subject of the noun's
"that" clause (roles/reading.py, data/acts_done.yaml `restated` `demands`). A demand another party rejects stays
rejected of its owner."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, owner, asked", [
    ("The spokesman reiterated the Chinese demand that Japan apologise for the incident.", "China", "Japan"),
    ("Her deputy repeated Britain's demand that Iran free the detained sailors.", "United Kingdom", "Iran"),
    ("An aide restated the Kenyan demand that Somalia withdraw its complaint.", "Kenya", "Somalia"),
])
def test_the_owner_of_a_restated_demand_asks_the_clause_s_subject(code, text, owner, asked):
    events, actors = code(text)
    found = [e for e in events if e.type == "REQUEST"]
    assert found, [(e.type, e.trigger) for e in events]
    assert names(found[0].source, actors) == {owner}, [(e.type, e.source, e.target) for e in events]
    assert names(found[0].target, actors) == {asked}, [(e.type, e.source, e.target) for e in events]


def test_a_demand_rejected_by_another_is_done_to_its_owner(code):
    events, actors = code("Egypt rejected the Ethiopian demand that Sudan stop the dam talks.")
    found = [e for e in events if e.type == "REJECT"]
    assert found and names(found[0].source, actors) == {"Egypt"}, [(e.type, e.source, e.target) for e in events]
    assert "Ethiopia" in names(found[0].target, actors)
