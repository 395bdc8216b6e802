"""A buyer's tender put off ("has postponed until next week its tender for wheat") is trade, no refusal of any party
(events/data/non_events.yaml "a tender put off"). Talks put off and a party's bid refused stay. (Bids refused at a
tender stay a refusal: tests/events/test_goods_traded.py keeps a state's and a firm's.) Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The Egyptian government has postponed until next week its tender for 200,000 tonnes of wheat, exporters said.",
    "Tunisia has postponed until March its tender for 50,000 tonnes of durum wheat, traders in Paris said.",
    "Jordan's tender for 100,000 tonnes of barley was delayed by a week, traders said.",
])
def test_a_tender_put_off_is_no_refusal(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REJECT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Egypt postponed its talks with Israel until next week.",
    "Iran rejected Iraq's bid for a truce.",
])
def test_talks_put_off_or_a_party_s_bid_refused_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "REJECT"], found_acts(events)
