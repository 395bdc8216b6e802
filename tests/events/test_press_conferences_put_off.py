"""A press or news conference put off, moved or called off (data/non_events.yaml "a press conference put off") is a
speaker's business with the press, no act between parties (the converted dictionary's "postpone … conference" is a
cut in relations, CAMEO 160); a meeting with another party put off stays an act. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Kenyan foreign ministry cancelled a news conference on its dispute with Uganda.",
    "Earlier today the Peruvian mining firm postponed a planned press conference on its talks with a Chilean buyer.",
    "A press conference of the Bolivian minister on the gas deal with Brazil was put off until Friday.",
])
def test_a_press_conference_put_off_is_no_act(code, text):
    events, _ = code(text, "2024-06-24")
    assert not [e for e in events if e.type in ("SANCTION", "REJECT", "REDUCE")]


@pytest.mark.parametrize("text", [
    "Kenya postponed its talks with Uganda.",
    "Kenya postponed the conference with Uganda on border trade.",
])
def test_a_meeting_with_a_party_put_off_stays_an_act(code, text):
    events, _ = code(text, "2024-06-24")
    assert [e for e in events if e.type in ("SANCTION", "REJECT")]
