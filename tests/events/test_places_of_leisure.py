"""A place of leisure gone to or visited ("went to his golf club", "flew to a beach resort", "went to a nightclub")
has no host: no visit between parties (data/non_events.yaml "a trip of leisure"). A trip to a state or to a public
body stays a visit. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Kenyan president went to his golf club for an hour on Tuesday.",
    "The Kenyan president flew to a beach resort in Mombasa on Friday.",
    "The Ugandan minister went to a nightclub in Nairobi.",
])
def test_a_place_of_leisure_is_no_visit(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The Kenyan president flew to Uganda on Monday.",
    "The Kenyan president went to the Ugandan parliament on Monday.",
])
def test_a_trip_to_a_state_or_a_body_stays_a_visit(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "CONSULT" and e.cameo == "042"]
