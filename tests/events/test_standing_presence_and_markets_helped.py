"""A standing situation told with a verb of acts is no act: troops that remain in a country, and a market helped or
hurt (events/data/non_events.yaml, "a standing presence" and "a market helped or hurt")."""

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "About 4,000 Turkish soldiers remain in northern Iraq, two years after Ankara sent them across the border.",
    "Turkey said its troops would remain in Syria until the militia withdraws.",
    "Roughly 2,500 US troops remain deployed in Iraq.",
])
def test_troops_that_remain_in_a_country_are_no_move(code, text):
    events, _ = code(text)
    assert "MOBILIZE" not in {e.type for e in events}, found_acts(events)


@pytest.mark.parametrize("text", ["The French army moved 2,000 troops into Mali on Friday.",
                                  "Canada sent 300 soldiers to Latvia on Monday."])
def test_troops_moved_or_sent_stay_a_move(code, text):
    events, _ = code(text)
    assert "MOBILIZE" in {e.type for e in events}, found_acts(events)


@pytest.mark.parametrize("text", [
    "Dealers at Citibank said the remarks helped the yen rally against Asian currencies.",
    "Dealers said the Bundesbank's intervention helped the dollar's recovery against European currencies.",
])
def test_a_market_helped_is_no_aid(code, text):
    events, _ = code(text)
    assert "AID" not in {e.type for e in events}, found_acts(events)


def test_a_state_helped_stays_aid(code):
    events, _ = code("Germany helped Ukraine with money for its power grid.")
    assert ("AID", "helped") in found_acts(events), found_acts(events)
