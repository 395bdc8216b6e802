"""A disease that strikes or kills is nobody's act (data/non_events.yaml "disease or nature as the doer"), every
disease of the list and not the epidemics alone: as the subject ("the plague killed thousands") or as the agent of a
passive ("herders hit by plague"). Troops who kill still assault. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Two Bolivian herders near the border were hit by plague after skinning a marmot.",
    "The plague killed thousands of Peruvian farmers during the last century.",
])
def test_a_disease_that_strikes_or_kills_is_no_assault(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ASSAULT"]


def test_troops_that_kill_still_assault(code):
    events, _ = code("Bolivian troops killed thousands of Peruvian farmers during the last century.")
    assert [e for e in events if e.type == "ASSAULT" and e.trigger == "killed"]
