"""Civil staff sent to work ("deployed 200 nurses to the flooded province", "most of the agency's field staff were
deployed") is no show of armed or police force, and a body's resolve to mourn the dead ("resolved to observe a
minute's silence", "agreed to observe three days of mourning") is a rite, no agreement (data/non_events.yaml
"civil staff deployed", "a rite of mourning resolved"). Troops or police deployed, and a resolve to hold talks or to
send troops, stay. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The ministry deployed 200 nurses and doctors to the flooded province.",
    "A Kenyan charity deployed volunteers to the camps in Uganda.",
    "About 90 percent of the Kenyan agency's field employees were deployed.",
])
def test_civil_staff_deployed_is_no_show_of_force(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "Kenya deployed troops to the border with Somalia.",
    "Police were deployed to the Kenyan border.",
])
def test_forces_deployed_stay(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "After the motion, the Kenyan senate resolved to keep a minute's silence for the two late members.",
    "The Kenyan senate agreed to observe three days of mourning for the late president.",
])
def test_a_rite_of_mourning_resolved_is_no_act(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AGREE"]


@pytest.mark.parametrize("text, type_", [
    ("Kenya and Uganda agreed to hold talks on the border.", "AGREE"),
    ("The Kenyan senate resolved to send troops to Somalia.", "MOBILIZE"),
])
def test_a_resolve_to_act_stays(code, text, type_):
    events, _ = code(text)
    assert [e for e in events if e.type == type_]
