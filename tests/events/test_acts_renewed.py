"""An act renewed is told as done again: "renewed its air strikes on X", "renewed its criticism of Y" name the
strikes and the criticism as the verb's act, as "resumed" and "stepped up" do (lexicon light_verbs); a thing renewed
that names no act (a lease, credit lines) stays no event."""

from __future__ import annotations

import pytest


def _country(ids, actors):
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, kind, source", [
    ("Israel renewed its air strikes on Gaza on Sunday.", "ASSAULT", "ISR"),
    ("Pakistan renewed its attacks on militant hideouts near the Afghan border.", "ASSAULT", "PAK"),
    ("Brazil renewed its criticism of the Venezuelan election.", "ACCUSE", "BRA"),
])
def test_an_act_renewed_is_coded(code, rules_only, text, kind, source):
    events, actors = code(text, "2024-03-01")
    found = [e for e in events if e.type == kind]
    assert found, text
    assert source in _country(found[0].source, actors)


@pytest.mark.parametrize("text", [
    "The bank renewed the credit lines for the Mexican importers.",
    "The lease on the Kenyan embassy building was renewed last year.",
    "Officials said the attacks had renewed fears among investors in Lagos.",
])
def test_a_thing_renewed_names_no_act(code, rules_only, text):
    events, _ = code(text, "2024-03-01")
    assert not events, text
