"""A party that pulls out of a body, a pact, a venture or a race withdraws itself (PLOVER SANCTION withdraw; CAMEO
160), and out of talks halts them (164); sanction.yaml. Forces that pull out of a place retreat (retreat.yaml,
087)."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Ruritania withdrew from the regional defence pact on Monday.", "withdrew"),
    ("The carmaker said it may pull out of the joint venture with Borduria Motors.", "pull"),
    ("Two member states quit the coffee cartel last year.", "quit"),
])
def test_pulling_out_of_a_body_or_a_pact_is_a_withdrawal(typed, text, word):
    assert typed(text)[word][:2] == ("SANCTION", "160")


@pytest.mark.parametrize("text, word", [
    ("The rebels pulled out of the peace talks after the raid.", "pulled"),
    ("Borduria withdrew from the negotiations on the dam.", "withdrew"),
])
def test_pulling_out_of_talks_halts_them(typed, text, word):
    assert typed(text)[word][:2] == ("SANCTION", "164")


@pytest.mark.parametrize("text, word", [
    ("The army withdrew from the border town on Sunday.", "withdrew"),
    ("Foreign troops pulled out of the capital overnight.", "pulled"),
])
def test_must_not_forces_leaving_a_place_stay_a_retreat(typed, text, word):
    assert typed(text)[word][:2] == ("RETREAT", "087")
