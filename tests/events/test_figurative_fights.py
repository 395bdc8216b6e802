"""A bid, a plan or a bill fought is opposed (REJECT 120, patterns/reject.yaml), not attacked; struggling, grappling
or wrestling with a thing is a difficulty, no act of force (patterns/assault.yaml). Fights with a party stay
assaults."""

from __future__ import annotations

import pytest


def _kinds(events):
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The Danish brewer fought off a takeover bid from its Dutch rival.",
    "Norway's Holm family fought back an offer by a Paris investor for a stake in the shipyard.",
    "Opposition parties fought the government's budget plan for a month.",
])
def test_a_proposal_fought_is_opposed(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert [e for e in events if e.type == "REJECT"], _kinds(events)
    assert not [e for e in events if e.type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text", [
    "Both Korean shipbuilders have been struggling with losses caused by the strong won.",
    "Argentina is grappling with the worst drought in forty years.",
    "Chile's central bank wrestled with inflation for two years.",
    "Germany spent 20 billion euros on fighting the root causes of migration.",
    "Ruritania is fighting the causes of the famine in the north.",
    "The Ruritanian health ministry is battling malaria in the southern provinces.",
])
def test_a_struggle_with_a_thing_is_no_assault(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert not [e for e in events if e.type == "ASSAULT"], _kinds(events)


@pytest.mark.parametrize("text", [
    "Kurdish fighters struggled against the Turkish army for years.",
    "Police grappled with protesters outside the parliament in Nairobi.",
    "Iraqi troops fought back an Iranian assault near Basra.",
    "The rebels fought the army for control of the town.",
])
def test_a_fight_with_a_party_stays_an_assault(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert [e for e in events if e.type == "ASSAULT"], _kinds(events)


def test_a_crowd_battling_police_is_still_a_clash(code, rules_only):
    events, _ = code("Thousands of Greek farmers battled police in Larissa during a march on Monday.", "2024-06-01")
    assert [e for e in events if e.type in ("PROTEST", "ASSAULT")], _kinds(events)
