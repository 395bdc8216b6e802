"""A passive of allowing in the present tense, or a participle after its noun, with nobody named who allows ("only a
third of the workers are authorized to come back to the plant", "with cafés allowed to seat 40 people") tells how
things stand: no concession anyone made, and what it allows is no act either (data/non_events.yaml "a standing
permission"). A permission told in the past, told as new ("now"), or given by someone named stays a concession.
Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Only about a third of the workers are authorized to come back to the plant, the firm said.",
    "The square was busy, with cafés allowed to host up to 40 people outdoors.",
    "Residents are permitted to travel within the province.",
])
def test_a_standing_permission_is_no_act(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("CONCEDE", "CONSULT")]


@pytest.mark.parametrize("text", [
    "Residents of the province are now permitted to travel to Uganda.",
    "Kenyan traders were allowed to cross the border into Uganda on Monday.",
])
def test_a_permission_given_stays_a_concession(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "CONCEDE"]
