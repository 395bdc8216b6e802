"""A state joining an international body, an alliance or a treaty takes up a membership: diplomatic cooperation
(SUPPORT, CAMEO 050; patterns/support.yaml), not an assembly (the converted dictionary's bare "join", CONSULT 040).
A person joining a body's staff, a state joining talks, or one joining another "in condemning" something stay as
they were."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, status", [
    ("Montenegro joined the Atlantic alliance in May after a vote in parliament.", "occurred"),
    ("Sweden formally joined NATO on Thursday.", "occurred"),
    ("Albania will join the European Union next year.", "planned"),
])
def test_a_state_joining_a_body_expands_its_cooperation(code, text, status):
    events, _ = code(text, "2021-06-15")
    found = [(e.type, e.cameo, e.status) for e in events if e.trigger and "join" in e.trigger]
    assert found == [("SUPPORT", "050", status)], [(e.type, e.cameo, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "A retired Albanian diplomat joined the European Union's foreign service.",
    "Armenia joined the talks on the border in Geneva.",
])
def test_no_membership_without_a_state_and_a_body(typed, text):
    assert typed(text).get("joined", ("", ""))[1] != "050"


def test_joining_another_in_an_act_is_that_act(code):
    events, _ = code("Kenya joined the African Union in condemning the coup in Niger.", "2021-06-15")
    assert not [e for e in events if e.type == "SUPPORT"], [(e.type, e.trigger) for e in events]
