"""A verb of going names no trip where the first phrase of where it goes is an idiom ("came to power", "went on
sale"); a phrase set before the verb ("In addition to X, the navy sent…", "In response to Y, troops moved…") tells
no destination, so its noun cannot make the move an idiom."""

from __future__ import annotations

import pytest


def _country(ids, actors):
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, country", [
    ("In addition to its frigates near the coast, the Indian navy has moved six warships into the Bay of Bengal "
     "this week.", "IND"),
    ("In addition to a frigate already there, Britain has moved two more warships into the Mediterranean.", "GBR"),
    ("In addition to the border patrols, Kenya moved troops into the northern district on Sunday.", "KEN"),
])
def test_a_move_of_forces_after_a_fronted_phrase_is_coded(code, rules_only, text, country):
    events, actors = code(text, "2024-03-01")
    moves = [e for e in events if e.type == "MOBILIZE"]
    assert moves, text
    assert country in _country(moves[0].source, actors)


@pytest.mark.parametrize("text", [
    "The opposition leader came to power in 2019 after a contested vote.",
    "In March, the new tablet from the company will go on sale in Brazil.",
    "In addition, the new sedan will go on sale in France next month.",
])
def test_an_idiom_after_the_verb_still_names_no_trip(code, rules_only, text):
    events, _ = code(text, "2024-03-01")
    assert not any(e.type in ("MOBILIZE", "CONSULT") for e in events), text
