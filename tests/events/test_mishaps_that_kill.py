"""A mishap that kills or injures is nobody's act (data/non_events.yaml "disease or nature as the doer"): told as
the subject ("a collision between two ferries killed 30 passengers") or in a relative clause inside the mishap's
noun phrase ("a crash of one of its jets that killed 150 people"). An air strike that killed, and militants who killed, still assault. Texts written
here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Kenyan airline has lost sales since a crash of one of its jets that killed 150 people.",
    "The firm was hit by two crashes of its Kenyan-made jets that killed a total of 346 people.",
    "A collision between two Ugandan ferries killed 30 passengers.",
])
def test_a_mishap_that_kills_or_injures_is_no_assault(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Kenyan troops carried out an air strike that killed 20 Somali militants.",
    "The Somali militants killed 20 Kenyan soldiers in an ambush.",
])
def test_force_that_kills_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "ASSAULT" and e.trigger == "killed"]
