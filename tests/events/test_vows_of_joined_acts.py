"""A vow, oath or readiness governs every infinitive joined to its complement: "X vowed to strike Y and (to) kill Z"
threatens both acts; neither is coded as done. Two clauses joined at the main level keep their own readings."""

from __future__ import annotations

import pytest


def _coded(events):
    return sorted((e.type, e.status) for e in events)


@pytest.mark.parametrize("text", ["Hezbollah vowed to shell Israel and to kill its soldiers.",
                                  "Hezbollah vowed to shell Israel and kill its soldiers.",
                                  "Hezbollah swore to shell Israel and to kill its soldiers."])
def test_each_joined_infinitive_of_a_vow_is_a_threat(code, text):
    events, _ = code(text, "2021-03-09")
    assert events and all(e.type == "THREATEN" for e in events)


def test_a_second_vowed_act_keeps_its_own_target(code):
    events, _ = code("Iran vowed to retaliate against Israel and to hit American bases.", "2021-03-09")
    assert {t for e in events for t in e.target} >= {"Q801", "Q30"}
    assert all(e.type == "THREATEN" for e in events)


def test_an_attack_joined_to_a_plain_clause_stays_an_attack(code):
    events, _ = code("Hezbollah shelled Israel on Monday and killed two of its soldiers.", "2021-03-09")
    assert events and all(e.type == "ASSAULT" for e in events)


def test_a_vow_and_a_separate_clause_with_its_own_subject(code):
    events, _ = code("Hezbollah vowed to shell Israel, and Israeli jets bombed villages in Lebanon.", "2021-03-09")
    types = [e.type for e in events]
    assert "THREATEN" in types and "ASSAULT" in types
