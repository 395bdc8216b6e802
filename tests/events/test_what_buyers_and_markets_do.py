"""What a market's buyers and voices do is no party's act: a participle with no subject of its own that tells what
buyers brought about ("people began using the phones for work, forcing the maker to adapt": data/non_events.yaml "what
buyers brought about"), and a market's welcome ("small investors have welcomed the share sale": "a market's welcome").
Police who force a crowd back, and a state's welcome, stay. Texts written here."""

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
    "Investors welcomed Kenya's decision to cut taxes.",
    "Traders in Tokyo cheered the Japanese government's stimulus plan.",
    "Investors in London hailed the Bank of England's rate cut.",
])
def test_a_markets_welcome_is_no_support(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "SUPPORT"], [(e.type, e.trigger) for e in events]


def test_a_states_welcome_stays(code):
    events, _ = code("Kenya welcomed the Ugandan offer of talks on Monday.")
    assert [e for e in events if e.type == "SUPPORT"], [(e.type, e.trigger) for e in events]
