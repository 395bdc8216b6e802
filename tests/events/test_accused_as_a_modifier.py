"""A participle of accusing that modifies a noun ("the accused diplomat", "the alleged victims", "suspected
militants") tells who someone is said to be: no event on it. Accusations made in the story keep theirs."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("The accused diplomat left Kenya on Friday.", "accused"),
    ("Lawyers for the alleged victims of the Kenyan minister met the press.", "alleged"),
    ("Suspected smugglers were detained by Kenyan police at the Ugandan border.", "Suspected"),
])
def test_no_event_on_a_modifier_of_accusing(code, text, word):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == word], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Prosecutors alleged that the Kenyan minister took bribes from Uganda.",
    "Kenya accused Uganda of shelling the border.",
])
def test_an_accusation_made_keeps_its_event(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "ACCUSE"], [(e.type, e.trigger) for e in events]
