"""An act a speaker says his, its or their own forces, government or men would do is announced, so planned, as one
he says he would do himself is (events/status.announced, `OWN_POSSESSIVES`): "the president said his troops would
leave". Another's forces told of, a condition or a "could" leave it hypothetical. Texts written here."""

from __future__ import annotations

import pytest


def _statuses(code, text, ptype):
    events, _ = code(text)
    return [e.status for e in events if e.type == ptype]


@pytest.mark.parametrize("text", [
    "The Kenyan president said his troops would pull out of Somalia by the end of March.",
    "Kenya's defence minister said its navy would lift the blockade of the Somali ports.",
])
def test_the_speaker_s_own_forces_act_is_announced(code, text):
    found = _statuses(code, text, "RETREAT")
    assert found and set(found) == {"planned"}, found


def test_the_speaker_s_own_government_s_act_is_announced(code):
    found = _statuses(code, "The Chilean president said his government would impose sanctions on Bolivia.",
                      "SANCTION")
    assert found and set(found) == {"planned"}, found


@pytest.mark.parametrize("text", [
    "Uganda said Kenyan troops would pull out of Somalia by the end of March.",
    "The Kenyan president said his troops would pull out of Somalia if the truce held.",
    "The Kenyan president said his troops could pull out of Somalia.",
])
def test_another_s_forces_a_condition_or_could_stay_hypothetical(code, text):
    found = _statuses(code, text, "RETREAT")
    assert found and set(found) == {"hypothetical"}, found
