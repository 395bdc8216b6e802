"""What an airfield, a port or a ship can take in is its size, no act (patterns/none.yaml; the subject read through a
predicate adjective, "is able to take", matching.subjects): not the converted dictionary's weapons seized. Police or
troops who take people or a town still act."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("The new airfield near the border is able to take heavy bombers.", "take"),
    ("The port of Mombasa can handle the largest tankers.", "handle"),
    ("The rebuilt runway will take long-range jets next year.", "take"),
])
def test_a_place_taking_in_craft_is_no_act(typed, text, word):
    assert typed(text).get(word, ("NONE", "---"))[0] == "NONE"


@pytest.mark.parametrize("text, word, type_", [
    ("Kenyan police took two suspects into custody.", "took", "COERCE"),
    ("The army took the town after a week of fighting.", "took", "ASSAULT"),
])
def test_people_taking_still_act(typed, text, word, type_):
    assert typed(text)[word][0] == type_
