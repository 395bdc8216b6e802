"""Round 39b's types: a retaliation in trade named by a noun is a sanction (sanction.yaml, 163), threatened a threat
of sanctions (threaten.yaml, 131); a court "struck down" a law, it did not bomb it (none.yaml); "pushed back on"
a plan is opposition, no attack (reject.yaml, 120)."""

import pytest


def _coded(events):
    return [(e.trigger, e.type, e.cameo) for e in events]


@pytest.mark.parametrize("text", [
    "Canada took retaliatory action against the U.S. lumber duties.",
    "Beijing imposed retaliatory tariffs on American soybeans.",
])
def test_a_retaliation_in_trade_named_by_a_noun_is_a_sanction(rules_only, code, text):
    events, _ = code(text)
    assert [(e.type, e.cameo) for e in events] == [("SANCTION", "163")], _coded(events)


@pytest.mark.parametrize("text", [
    "Washington threatened trade retaliation against Seoul.",
    "The United States threatened sanctions against Panama.",
])
def test_a_curb_on_trade_threatened_is_a_threat_of_sanctions(rules_only, code, text):
    events, _ = code(text)
    assert [(e.type, e.cameo) for e in events] == [("THREATEN", "131")], _coded(events)


def test_must_not_a_retaliation_against_positions_is_no_sanction(rules_only, code):
    events, _ = code("The army took retaliatory measures against rebel positions.")
    assert "SANCTION" not in [e.type for e in events], _coded(events)


@pytest.mark.parametrize("text", [
    "The Supreme Court struck down the state law on abortion.",
    "The state law was struck down by the Supreme Court.",
])
def test_a_law_struck_down_is_no_strike(rules_only, code, text):
    events, _ = code(text)
    assert "ASSAULT" not in [e.type for e in events], _coded(events)


def test_must_not_jets_striking_positions_stay_an_attack(rules_only, code):
    events, _ = code("Israeli jets struck Hamas positions in Gaza.")
    assert [e.type for e in events] == ["ASSAULT"], _coded(events)


def test_pushing_back_on_a_plan_is_opposing_it(rules_only, code):
    events, _ = code("Republicans pushed back on the White House proposal.")
    assert [(e.type, e.cameo) for e in events] == [("REJECT", "120")], _coded(events)


def test_must_not_pushing_for_talks_stays_a_demand(rules_only, code):
    events, _ = code("Paris pushed for new talks with Berlin.")
    assert "REQUEST" in [e.type for e in events] and "REJECT" not in [e.type for e in events], _coded(events)
