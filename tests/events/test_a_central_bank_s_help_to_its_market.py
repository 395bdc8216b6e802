"""A central bank's daily help to its own money market ("has given the market total help of 190 mln stg",
"provided help through purchases of bank bills", "… in the afternoon session") is monetary routine, no aid to a party
(events/data/non_events.yaml "help to a market"). Aid given to a named state stays. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts

SHORTAGE = "The Bank of England put the day's shortage in the money market at some 400 mln stg. "


@pytest.mark.parametrize("text", [
    SHORTAGE + "So far today it has given the market total help of 190 mln stg.",
    SHORTAGE + "It gave the market further help worth 120 mln stg this afternoon.",
    SHORTAGE + "It provided assistance worth 85 mln stg through outright purchases of bank bills in band two.",
    SHORTAGE + "The bank provided assistance worth 60 mln stg in the afternoon session.",
])
def test_a_central_bank_s_help_to_its_market_is_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("AID", "SUPPORT", "COOPERATE")], found_acts(events)


@pytest.mark.parametrize("text", [
    "Japan gave Egypt assistance worth 50 mln dlrs for its ports.",
    "The World Bank provided assistance worth 300 mln dlrs to Ghana through purchases of government bonds.",
])
def test_aid_to_a_named_state_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "AID"], found_acts(events)
