"""A buyer's tender put off ("has postponed until next week its tender for wheat") and bids in a tender refused
("rejected all bids for wheat") are trade, no refusal of any party (events/data/non_events.yaml "a tender put off",
"bids in a tender refused"). Talks put off and a party's bid refused stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The Egyptian government has postponed until next week its tender for 200,000 tonnes of wheat, exporters said.",
    "Tunisia has postponed until March its tender for 50,000 tonnes of durum wheat, traders in Paris said.",
    "Jordan's tender for 100,000 tonnes of barley was delayed by a week, traders said.",
    "The U.S. Agriculture Department rejected all bids for wheat under the export bonus program, they said.",
])
def test_a_tender_put_off_or_its_bids_refused_is_no_refusal(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REJECT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Egypt postponed its talks with Israel until next week.",
    "Iran rejected Iraq's bid for a truce.",
])
def test_talks_put_off_or_a_party_s_bid_refused_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "REJECT"], found_acts(events)
