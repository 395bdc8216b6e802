"""A crossing, a road or an entrance blocked by a state or by its forces restricts movement (PLOVER COERCE restrict,
"restrictions on … movement, including cordoning off areas"; CAMEO 172), no protesters' obstruction (PROTEST 144,
which stays for a crowd). A verb joined to another takes that verb's subject as its doer ("Turkey closed its embassy
and blocked the crossing"). patterns/coerce.yaml, matching._doers. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "Turkey blocked the border crossing to Syria on Friday.",
    "Turkey recalled its envoy and blocked the border crossing.",
    "Government troops blocked the roads leading into the rebel district.",
    "The riot police blocked access to the main square before the rally.",
    "The army blocked the crossing point near the northern town.",
])
def test_a_passage_blocked_by_a_state_or_its_forces_restricts_movement(typed, text):
    assert typed(text)["blocked"] == ("COERCE", "172"), typed(text)


@pytest.mark.parametrize("text", [
    "Angry farmers blocked roads across the north of the country.",
    "Hundreds of protesters blocked the crossing point for six hours.",
    "Striking dockers blocked the entrance to the port.",
])
def test_a_crowd_blocking_a_passage_stays_a_protest(typed, text):
    assert typed(text)["blocked"] == ("PROTEST", "144"), typed(text)


def test_a_measure_blocked_by_a_state_stays_a_veto(typed):
    assert typed("Russia blocked the resolution in the Security Council.")["blocked"][0] == "REJECT"
