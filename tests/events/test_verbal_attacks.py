"""An attack on someone "over" or "for" their conduct (a policy, a remark, a decision, a vote) is an attack of words,
criticism (ACCUSE 111), not an assault (patterns/accuse.yaml); attacks on positions, towns or convoys, for a day
or over a weekend, stay assaults."""

from __future__ import annotations

import pytest


def _criticism(events):
    return [e for e in events if e.type == "ACCUSE" and e.cameo == "111"]


@pytest.mark.parametrize("text", [
    "The opposition leader attacked the government over its handling of the economy.",
    "The Kenyan president attacked Britain for its support of the rebels.",
    "Senator Warren bashed the president over his trade policy.",
    "The Chinese foreign ministry attacked Japan for its remarks on Taiwan.",
])
def test_an_attack_over_conduct_is_criticism(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert _criticism(events), [(e.type, e.cameo, e.trigger) for e in events]
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Russian jets attacked rebel positions for a second day.",
    "Militants attacked a police station over the weekend.",
    "Israeli troops attacked the Gaza border for a third day.",
])
def test_an_armed_attack_stays_an_assault(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert not _criticism(events), [(e.type, e.cameo, e.trigger) for e in events]


def test_an_attack_on_a_thing_over_a_place_stays_an_assault(code, rules_only):
    events, _ = code("Syrian jets attacked rebel convoys over Idlib on Sunday.", "2024-06-01")
    assert not _criticism(events), [(e.type, e.cameo, e.trigger) for e in events]


# "hammer": a hammering over a policy or a remark is criticism; the converted dictionary's physical sense stays
@pytest.mark.parametrize("text", [
    "Senator Collins hammered Japan over its currency policy on Tuesday.",
    "The opposition hammered the Nigerian government for its response to the floods.",
    "Beijing hammered Canberra over its remarks on the virus.",
])
def test_a_hammering_over_conduct_is_criticism(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert _criticism(events), [(e.type, e.cameo, e.trigger) for e in events]
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Russian artillery hammered the Ukrainian town of Bakhmut overnight.",
    "Israeli jets hammered Hamas positions in Gaza on Monday.",
    "Syrian troops hammered rebel positions for hours.",
])
def test_a_physical_hammering_stays_an_assault(code, rules_only, text):
    events, _ = code(text, "2024-06-01")
    assert [e for e in events if e.type == "ASSAULT"], [(e.type, e.cameo, e.trigger) for e in events]
    assert not _criticism(events), [(e.type, e.cameo, e.trigger) for e in events]
