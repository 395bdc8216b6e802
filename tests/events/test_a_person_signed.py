"""A club that signs a player ("signed P. Okello from Vipers", "completed the signing of B. Kamau from Gor Mahia …
on a deal until 2027") hires him: no accord between parties (data/non_events.yaml "a person signed"). Accords,
deals and laws signed stay. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Kampala City have signed Peter Okello from Vipers for an undisclosed fee.",
    "Vipers signed him from Kampala City in May.",
    "Rovers have completed the signing of Barry Kamau from League of Kenya club Gor Mahia on a two-year deal.",
])
def test_a_player_signed_is_no_accord(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AGREE"]


@pytest.mark.parametrize("text", [
    "Kenya and Uganda signed a border accord on Monday.",
    "Kenya signed the accord with Uganda from a position of strength.",
    "The Kenyan president signed a trade deal with Museveni on Monday.",
])
def test_accords_signed_stay(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "AGREE"]
