"""Support or a boost lent by a thing in a sentence about trading ("testimony by X lent support", "the data gave a
boost to the peso") moves a price and backs no party (patterns/none.yaml, the entry on "lend, give, provide … support,
boost"); a state or a bank that lends support keeps its act. "Gave in" is a concession only without an object of its
own (patterns/concede.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text", [
    "Traders said congressional testimony by Treasury chief James Baker also lent support.",
    "Remarks by the Japanese finance minister lent support to the yen, dealers said.",
    "Statements from Bundesbank President Poehl gave a boost to the mark in late trading.",
    "Comments by Chancellor Lawson lent some support to sterling.",
    "The news gave the dollar a boost in Tokyo trading.",
])
def test_support_lent_by_a_thing_in_a_market_is_no_act(code, text):
    events, actors = code(text)
    assert not events, [(e.type, names(e.source, actors), e.trigger) for e in events]


@pytest.mark.parametrize("text, source", [
    ("Britain lent strong support to the American position on Libya.", "GBR"),
    ("Japan lent support to the American plan to steady currency markets, dealers said.", "JPN"),
])
def test_must_not_support_lent_by_a_state_loses_its_act(code, text, source):
    events, actors = code(text)
    support = next(e for e in events if e.type == "SUPPORT")
    assert {actors[i].country for i in support.source} == {source}
    assert {actors[i].country for i in support.target} == {"USA"}


def test_a_boost_given_in_late_trading_is_no_concession(code):
    events, _ = code("The central bank gave a boost to the mark in late trading.")
    assert not any(e.type == "CONCEDE" for e in events)


@pytest.mark.parametrize("text", [
    "Iraq finally gave in to the demands of the rebels.",
    "Washington gave in and lifted the ban.",
])
def test_must_not_giving_in_loses_its_concession(code, text):
    events, _ = code(text)
    assert any(e.type == "CONCEDE" and e.trigger == "gave" for e in events)
