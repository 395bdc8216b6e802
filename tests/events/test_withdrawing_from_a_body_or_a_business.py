""""Withdraw from" and "pull out of" are a military retreat (RETREAT 087) only off ground: a member leaving a group,
a bank, a fund or an assembly withdraws itself from a body (PLOVER SANCTION, mode withdraw: "withdraw oneself ...
from a group, mediation activity, organization"; patterns/sanction.yaml), and a firm, an investor or an economy
leaving a trade, a market or a slump names no event (patterns/none_word_senses.yaml). Sentences written for these
tests."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Ecuador withdrew from the cocoa producers' group on Friday, its trade minister said.",
    "Bolivia is not pulling out of the development bank, its finance minister told reporters.",
    "The opposition delegates withdrew from the constituent assembly on Tuesday.",
])
def test_a_member_leaving_a_body_is_no_retreat(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "RETREAT"], found_acts(events)
    assert [e for e in events if e.type == "SANCTION" and e.mode == "withdraw"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Nordmetal withdrew from copper refining two years ago and now sells mainly machinery.",
    "Foreign investors are unlikely to pull out of Kenyan shares this quarter, brokers said.",
    "The Ruritanian economy has begun to pull out of its long slump, the central bank said.",
])
def test_leaving_a_trade_a_market_or_a_slump_is_no_event(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("RETREAT", "SANCTION", "CONCEDE")], found_acts(events)


@pytest.mark.parametrize("text", [
    "Ruritania said it would withdraw from the disputed border province by March.",
    "Sudanese rebel fighters withdrew from the river port after two days of shelling.",
])
def test_forces_leaving_ground_still_retreat(code, text):  # must-not
    events, _ = code(text)
    assert [e for e in events if e.type == "RETREAT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Israeli forces withdrew from the West Bank village of Qarawa after a two-day raid, the army said.",
    "Ruritania pulled its battalions out of the West Bank town late on Thursday.",
])
def test_a_place_whose_name_holds_a_body_s_word_is_ground_left(code, text):  # must-not: "Bank" of a place names no bank
    events, _ = code(text)
    assert not [e for e in events if e.type == "SANCTION"], found_acts(events)
    assert [e for e in events if e.type == "RETREAT"], found_acts(events)
