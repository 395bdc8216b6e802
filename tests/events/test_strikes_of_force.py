"""A strike named by the kind of force it is ("a retaliatory strike"), or aimed "against"/"on" a target of force
("a strike against missile installations"), is an attack (patterns/assault.yaml); the bare noun stays a stoppage of
work (patterns/protest.yaml)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Pentagon sources said Washington carried out a retaliatory strike against Iran.",
    "Washington mounted a strike against Iranian radar installations.",
    "Kenya carried out a military strike on rebel camps in Somalia.",
    "Ethiopia launched a punitive strike against Eritrea.",
])
def test_a_strike_of_force_is_an_attack(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "ASSAULT" and "strike" in (e.trigger or "")], \
        [(e.type, e.trigger) for e in events]
    assert not [e for e in events if e.type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "Kenyan dockers launched a strike against the port authority.",
    "Ugandan teachers began a general strike on Monday.",
    "Workers launched a strike against the Zorblio plant in Nairobi.",
])
def test_must_not_a_stoppage_of_work(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "PROTEST" and "strike" in (e.trigger or "")], \
        [(e.type, e.trigger) for e in events]
    assert not [e for e in events if e.type == "ASSAULT"]
