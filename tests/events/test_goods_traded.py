"""A firm's trade told with a verb of acts is no political act (events/goods.py `goods_traded`, data/goods.yaml): an
order or a bid cancelled or rejected, goods bought, a firm bought, where no party of the deal is a state, a state
body or a political actor ("the French plane-maker" is a firm, whatever nation names it). A state's, a state body's
or a state firm's order, bid or purchase stays an act, and so does a firm's act on anything else. The setting
`firm_trade` "keep" keeps them all."""

from __future__ import annotations

import pytest

from dossier.events.component import coding_with
from tests.events.conftest import found_acts


@pytest.mark.parametrize("text, verb", [
    ("The order was later changed to cancel an earlier order of 40 freighters from the German engine maker.",
     "cancel"),
    ("Lufthavn Cargo rejected the bids of the Dutch shipyard for its three new ferries, the company said.", "rejected"),
])
def test_a_firms_order_or_bid_cancelled_or_rejected_is_no_act(code, text, verb):
    events, _ = code(text)
    assert verb not in {e.trigger for e in events}, found_acts(events)


@pytest.mark.parametrize("text, verb", [
    ("Tamsin Holdings purchased 300 trucks from a Swedish maker last year.", "purchased"),
    ("Orvane Logistics bought 12 cargo planes from the Brazilian planemaker in 2018.", "bought"),
])
def test_goods_a_firm_buys_from_a_foreign_maker_are_no_act(code, text, verb):
    events, _ = code(text)
    assert verb not in {e.trigger for e in events}, found_acts(events)


@pytest.mark.parametrize("text, verb", [
    ("Tamsin Holdings acquired Brellow Foods for $40 million.", "acquired"),
    ("Korvex Capital purchased Lindqvist Media in a $2 billion deal last spring.", "purchased"),
])
def test_a_firm_bought_by_a_firm_is_no_act(code, text, verb):
    events, _ = code(text)
    assert verb not in {e.trigger for e in events}, found_acts(events)


@pytest.mark.parametrize("text, verb", [
    ("Tamsin Holdings purchased 300 trucks from a Swedish maker last year.", "purchased"),
    ("Lufthavn Cargo rejected the bids of the Dutch shipyard for its three new ferries, the company said.", "rejected"),
])
def test_the_setting_keeps_a_firms_trade(nlp, code, text, verb):
    with coding_with(nlp, types=None, keep_trade=True):
        events, _ = code(text)
    assert verb in {e.trigger for e in events}, found_acts(events)


@pytest.mark.parametrize("text, found", [
    ("Egypt rejected the bids for wheat at its tender on Tuesday, traders said.", ("REJECT", "rejected")),
    ("The Indian government cancelled its order for 36 fighter jets on Friday.", ("REJECT", "cancelled")),
    ("The Swedish government purchased 300 trucks from a Dutch maker.", ("COOPERATE", "purchased")),
    ("The state-owned Kenyan carrier cancelled its order for six jets from the French plane-maker.",
     ("SANCTION", "cancelled")),
    ("The national airline of Peru cancelled its order for six jets from a French maker.", ("SANCTION", "cancelled")),
    ("Tamsin Holdings cancelled the visit of the Swedish trade minister.", ("REJECT", "cancelled")),
])
def test_a_states_or_a_state_firms_trade_and_a_firms_other_acts_stay(code, text, found):
    events, _ = code(text)
    assert found in found_acts(events), found_acts(events)


@pytest.mark.parametrize("text, verb", [
    ("Danish trade sources put the figure for Sweden at 50,000 tonnes offered by Danish traders and producers.",
     "offered"),
    ("Some 9,000 tonnes of barley have been committed by French exporters to buyers in Asia, the grain board said.",
     "committed"),
])
def test_goods_offered_or_committed_on_a_market_are_no_pledge(code, text, verb):
    events, _ = code(text)
    assert verb not in {e.trigger for e in events}, found_acts(events)


@pytest.mark.parametrize("text, found", [
    ("Peru offered 5,000 tonnes of fishmeal to Cuba on Monday.", ("AGREE", "offered")),
    ("The Agriculture Department would offer 30,000 tonnes of wheat to Jordan under the credit program.",
     ("AGREE", "offer")),
    ("Dutch trade houses offered 20,000 tonnes of white sugar to Egypt at Tuesday's tender.", ("AGREE", "offered")),
])
def test_must_not_goods_offered_to_a_state_stay_a_pledge(code, text, found):
    events, _ = code(text)
    assert found in found_acts(events), found_acts(events)
