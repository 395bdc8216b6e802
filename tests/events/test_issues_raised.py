"""Raising an issue, a question or a matter puts a subject on the table: no accusation (events/patterns/none.yaml).
Voicing concern stays a complaint, and raising a tariff stays a sanction."""

import pytest


@pytest.mark.parametrize("text", [
    "Kenya raised the issue of fishing rights with Uganda on Monday.",
    "Ghana raised the question of unpaid port fees with Togo during the visit.",
    "Ottawa's choice to raise the issue of a customs union with Mexico drew notice.",
    "Chile raised the matter of water rights with Bolivia at the summit.",
])
def test_an_issue_raised_is_no_accusation(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, ptype", [
    ("Kenya raised concerns about the Ugandan troop movements.", "ACCUSE"),
    ("Peru raised tariffs on Chilean wine.", "SANCTION"),
])
def test_concern_raised_and_tariffs_raised_stay_coded(code, text, ptype):
    events, _ = code(text)
    assert ptype in {e.type for e in events}, [(e.type, e.trigger) for e in events]
