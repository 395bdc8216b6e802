"""A withdrawal or a release held out on a plain "if" is offered for what the other side does: the act itself, held
on its condition (hypothetical), not a threat (patterns/threaten.yaml `offered_under_if`). Held out "unless" the
other side acts, or "if" it fails to or refuses (status.adverse_condition), it is a threat (CAMEO 136)."""

from __future__ import annotations

import pytest


def _kinds(events):
    return [(e.type, e.status) for e in events if e.type in ("RETREAT", "THREATEN")]


@pytest.mark.parametrize("text", [
    "Ruritania will withdraw its troops from Fredonia if the rebels lay down their arms.",
    "The junta will free the three journalists if Ruritania lifts its travel ban.",
    "Should the talks succeed, Fredonia will pull its soldiers out of the buffer zone.",
])
def test_an_act_of_retreat_offered_on_a_plain_condition_is_no_threat(code, text):
    events, _ = code(text, "2021-03-08")
    assert _kinds(events) == [("RETREAT", "hypothetical")], [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "Ruritania will withdraw its troops from Fredonia unless the alliance pays their wages.",
    "Ruritania will withdraw its peacekeepers from Fredonia if its wages are not paid.",
    "Ruritania will withdraw its peacekeepers from Fredonia if the rebels refuse the truce.",
])
def test_an_act_of_retreat_held_out_against_a_failure_stays_a_threat(code, text):
    events, _ = code(text, "2021-03-08")
    assert ("THREATEN", "occurred") in _kinds(events), [(e.type, e.trigger, e.status) for e in events]
    assert ("RETREAT", "hypothetical") not in _kinds(events)
