"""What a market's buyers and voices do is no party's act: a participle with no subject of its own that tells what
buyers brought about ("people began using the phones for work, forcing the maker to adapt": data/non_events.yaml "what
buyers brought about"), and a market's welcome of a deal, a listing or a merger ("traders cheered the merger": "a market's welcome").
Police who force a crowd back, a state's welcome and a market's welcome of a state's measure stay. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "After the Korean phones shipped, people began using them for work, forcing the American maker to adapt quickly.",
    "Shoppers in Kenya switched to cheaper brands, compelling the British chain to cut its prices.",
])
def test_what_buyers_brought_about_is_no_coercion(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "COERCE"], [(e.type, e.trigger) for e in events]


def test_police_forcing_a_crowd_stays(code):
    events, _ = code("Kenyan police fired tear gas at the protesters in Nairobi, forcing them to flee.")
    assert [e for e in events if e.type in ("COERCE", "ASSAULT")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Traders in Tokyo cheered the merger of the two Japanese banks.",
    "Investors in Lagos welcomed the Nigerian bank's results on Monday.",
    "Investors welcomed the merger of the two Ghanaian banks.",
])
def test_a_markets_welcome_is_no_support(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("SUPPORT", "CONSULT")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya welcomed the Ugandan offer of talks on Monday.",
    "Indian brokers welcomed the prime minister's proposal to set up a market regulator.",
    "Investors welcomed Kenya's decision to cut taxes.",
])
def test_a_states_welcome_and_a_welcome_of_a_states_measure_stay(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "SUPPORT"], [(e.type, e.trigger) for e in events]
