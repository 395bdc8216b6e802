"""A hostile act in the gerund that a party will not rule out is a threat it holds out when it says so, as the noun's
is (patterns/threaten.yaml): "would not rule out imposing sanctions" THREATEN 131, "refused to rule out bombing"
THREATEN 138, occurred (events/coder.py, status.ruled_out_left_open, lexicon `threat_left_open`). A hostile act ruled
out stays the act, negated; a friendly one left open stays the act, hypothetical. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries


@pytest.mark.parametrize("text, cameo, source, target", [
    ("Zambia refused to rule out imposing sanctions on Malawi.", "131", "ZMB", "MWI"),
    ("Norway would not rule out imposing duties on Icelandic fish, its trade minister said.", "131", "NOR", "ISL"),
    ("Tanzania has not ruled out dispatching soldiers to Burundi.", "138", "TZA", "BDI"),
    ("Ghana would not exclude attacking rebel bases in Togo.", "138", "GHA", None),
])
def test_a_hostile_act_not_ruled_out_is_a_threat_held_out(code, text, cameo, source, target):
    events, actors = code(text, published="1995-06-01")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and threats[0].cameo == cameo and threats[0].status == "occurred", \
        [(e.type, e.cameo, e.status, e.trigger) for e in events]
    assert source in countries(threats[0].source, actors)
    if target:
        assert target in countries(threats[0].target, actors)


@pytest.mark.parametrize("text", [
    "Zambia ruled out imposing sanctions on Malawi.",  # set aside: the act, negated
    "Tanzania has not ruled out sending food aid to Burundi.",  # no hostile act: the act, hypothetical
    "Kenya did not oppose sending troops to Somalia.",  # a course not opposed, no threat
])
def test_must_not_a_threat_where_nothing_hostile_is_left_open(code, text):
    events, _ = code(text, published="1995-06-01")
    assert not [e for e in events if e.type == "THREATEN"], [(e.type, e.status, e.trigger) for e in events]
