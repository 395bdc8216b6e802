"""A state's war machines named through a possessive pronoun ("Iraq said its warplanes struck…", "its gunboats
fired on…") are that state's military, as "its troops" are: the strike has a doer. Craft that need not be
military ("its planes", "its jets" of an airline) stay unowned."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, country", [
    ("Russia said its warplanes struck rebel positions near Idlib on Monday.", "RUS"),
    ("Pakistan said its gunboats fired on two Indian fishing vessels.", "PAK"),
    ("Egypt said its bombers had destroyed a weapons depot near the border.", "EGY"),
    ("Iran said its frigates had attacked a tanker near the strait on Sunday.", "IRN"),
])
def test_a_war_machine_of_a_state_is_its_military(code, rules_only, text, country):
    events, actors = code(text, "2024-03-01")
    strikes = [e for e in events if e.type == "ASSAULT"]
    assert strikes, text
    doers = [actors[i] for i in strikes[0].source if i in actors]
    assert any(d.country == country and i.endswith(":MIL") for d, i in zip(doers, strikes[0].source)), text


@pytest.mark.parametrize("text", [
    "Kenya Airways said its planes would fly to Lagos again from May.",
    "The carrier said its jets were grounded after the storm.",
])
def test_craft_that_need_not_be_military_get_no_army(code, rules_only, text):
    events, actors = code(text, "2024-03-01")
    assert not any(i.endswith(":MIL") for e in events for i in e.source + e.target), text
