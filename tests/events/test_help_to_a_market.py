"""A central bank's help to a market is no aid to an actor (events/data/non_events.yaml "help to a market"): "supplied
the money market with 40 mln stg of help", "provided the interbank market 400 mln stg in aid", "gave 20 mln stg of
help to the market". Aid to people of a market, or to a state, stays AID."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Kenya's central bank supplied the money market with 40 mln shillings of assistance on Tuesday.",
    "Nairobi's central bank provided the interbank market 400 mln shillings of assistance late on Friday.",
    "Kenya's central bank provided 20 mln shillings of help to the money market early on Friday.",
    "Kenya's central bank gave 20 mln shillings of help to the money market early on Friday.",
])
def test_help_to_a_market_is_no_aid(code, text):
    events, _ = code(text, "1987-03-20")
    assert not [e for e in events if e.type == "AID"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya provided aid to Uganda's market traders after the floods.",
    "The Bank of Kenya provided emergency loans to Uganda after the floods.",
])
def test_aid_to_an_actor_stays(code, rules_only, text):
    events, _ = code(text, "1987-03-20")
    assert [e.type for e in events] == ["AID"], [(e.type, e.trigger) for e in events]
