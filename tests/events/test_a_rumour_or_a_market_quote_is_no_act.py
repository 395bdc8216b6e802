"""What a market report tells that no party did (events/data/non_events.yaml, round 76): an act told only as a rumour,
a speculation or the traders' talk ("an act told only as a rumour", "a market's talk"), a seller's price quoted for
goods ("goods offered at a price"), a market's paper or move helped by someone's remarks ("a problem or a figure
helped"). A report of an act, a denial, an offer to a party, talks between states and help to a state stay. Texts
written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Corn prices slipped on trade talk that two Asian buyers had rejected Argentine offers, dealers said.",
    "Rumours have circulated in Lima that Ecuador would expel the Peruvian consul.",
    "Speculation has surfaced in Tokyo that Korea would retaliate against the duties Washington imposed on its steel.",
])
def test_an_act_told_only_as_a_rumour_is_no_event(code, text):
    events, _ = code(text)
    assert not events, found_acts(events)


@pytest.mark.parametrize("text", [
    "London cocoa futures closed higher on trade talk Ghana would not be an eager seller in the near term, brokers "
    "said.",
    "Tokyo rubber futures ended lower on market talk Thailand would be a heavy seller next month.",
])
def test_the_talk_of_a_market_is_no_talks(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Cocoa dealers in London said Nigeria was offering at 1,300 stg a tonne cif for the new crop.",
    "Rubber prices in Kuala Lumpur were steady. Malaysian RSS 1 was offered but unsold for June shipment at 52 cents "
    "a kilo, dealers said.",
])
def test_a_sellers_price_quoted_is_no_offer(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AGREE"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Bond prices were mixed. Dealers said remarks from Treasury Secretary Ann Holt that the deficit was shrinking "
    "helped bills. Her statement aided a brief rally in notes, traders said.",
    "Gold rose in Zurich. Traders said comments by Swiss central bank chief Hans Meier aided a short run-up in the "
    "franc.",
])
def test_a_markets_paper_or_move_helped_is_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], found_acts(events)


def test_a_reported_act_and_a_denial_stay(code):
    events, _ = code("Oil prices rose on reports that Iraq attacked Iranian oil fields.")
    assert [e.type for e in events] == ["ASSAULT"], found_acts(events)
    events, _ = code("Peru denied that its navy had seized the Chilean trawler.")
    assert [e.type for e in events] == ["ACCUSE"], found_acts(events)


def test_an_offer_to_a_party_talks_between_states_and_help_to_a_state_stay(code):
    events, actors = code("Iran offered Japan crude oil at 15 dlrs a barrel.")
    assert [(e.type, actors[e.target[0]].name) for e in events] == [("AGREE", "Japan")], found_acts(events)
    events, _ = code("Japan and the United States will open trade talks in Tokyo next week.")
    assert [e.type for e in events] == ["CONSULT"], found_acts(events)
    events, _ = code("The United States helped Egypt with its budget problems.")
    assert [e.type for e in events] == ["AID"], found_acts(events)
