"""A strike or a protest "called for" by its holders is the stoppage or the demonstration (patterns/protest.yaml,
CAMEO 143 and 141), as one "called" is, not an appeal to no one (request.yaml's bare "called for"); one called for a
later time is planned (dates.set_for). A call for an end to a strike, or for talks, is no strike."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text, code_", [
    ("Dock and rail unions in Fredonia called for an all-out stoppage across the country.", "143"),
    ("Ruritania's teachers called for a nationwide walkout over unpaid salaries.", "143"),
    ("The opposition alliance called for mass protests against the vote count.", "141"),
])
def test_a_strike_or_protest_called_for_is_the_act(typed, text, code_):
    assert typed(text)["called"] == ("PROTEST", code_)


def test_a_strike_called_for_a_later_week_is_planned(code):
    events, _ = code("Kenya's teachers' unions have called for a national strike next week.", "2021-05-04")
    strike = [e for e in events if e.type == "PROTEST"]
    assert strike and strike[0].status == "planned", found_acts(events, status=True)


def test_a_request_for_talks_at_a_later_time_is_made_now(code):
    events, _ = code("Fredonia called for talks with Ruritania next week.", "2021-05-04")
    asked = [e for e in events if e.type == "REQUEST"]
    assert asked and asked[0].status == "occurred", found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "The minister called for an end to the strike at the docks.",
    "The employers called for talks with the striking dockers.",
])
def test_a_call_for_the_end_of_a_strike_is_no_strike(typed, text):
    assert typed(text)["called"][0] != "PROTEST"
