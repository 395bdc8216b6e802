"""A meeting called off or put off ("cancelled the visit", "the talks were postponed", "called off the summit") is a
refusal to meet, as the PLOVER manual files a cancelled meeting (REJECT, CAMEO 125), never the meeting held or
planned: the one who calls it off is the source and the meeting's other party the target; with nobody named doing
it, the meeting's own parties are the sides."""

from __future__ import annotations

import pytest


def _called_off(events):
    return [e for e in events if (e.type, e.cameo) == ("REJECT", "125")]


def _countries(ids, actors):
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, source, target", [
    ("Peru called off the summit with Bolivia.", "PER", "BOL"),
    ("The Chilean government cancelled the planned visit of the Japanese foreign minister.", "CHL", "JPN"),
    ("China postponed the Chinese premier's visit to Lima.", "CHN", "PER"),
    ("Bolivia put off next week's talks with Chile.", "BOL", "CHL"),
    ("Ecuador announced the cancellation of the visit of the Mexican president.", "ECU", "MEX"),
])
def test_the_one_who_calls_a_meeting_off_refuses_the_other_party(code, rules_only, text, source, target):
    events, actors = code(text, "2024-03-01")
    (event,) = _called_off(events)
    assert _countries(event.source, actors) == {source}
    assert _countries(event.target, actors) == {target}
    assert event.status == "occurred"
    assert not any(e.type == "CONSULT" for e in events)  # the meeting is not coded as held or planned


@pytest.mark.parametrize("text, sides", [
    # put off to no time told (moved to a day by nobody named, it is the meeting, planned then:
    # test_meetings_moved_to_another_time.py)
    ("Talks between Peru and Chile were postponed indefinitely.", {"PER", "CHL"}),
    ("The next round of talks between Iran and Egypt was put off until after the election.", {"IRN", "EGY"}),
    ("The Chinese president's visit to Lima has been cancelled, the ministry said.", {"CHN", "PER"}),
])
def test_with_nobody_named_the_meeting_s_own_parties_are_the_sides(code, rules_only, text, sides):
    events, actors = code(text, "2024-03-01")
    (event,) = _called_off(events)
    assert _countries(event.source, actors) | _countries(event.target, actors) == sides
    assert event.source and event.target
    assert not any(e.type == "CONSULT" for e in events)


def test_two_who_put_off_their_own_meeting_are_its_two_sides(code, rules_only):
    events, actors = code("Chile and Bolivia have delayed their meeting on the border dispute.", "2024-03-01")
    (event,) = _called_off(events)
    assert [_countries(event.source, actors), _countries(event.target, actors)] == [{"CHL"}, {"BOL"}]


def test_a_cancellation_told_for_the_future_or_denied_keeps_that_status(code, rules_only):
    events, _ = code("Bolivia will call off the summit with Chile.", "2024-03-01")
    assert [e.status for e in _called_off(events)] == ["planned"]
    events, _ = code("Peru has not cancelled the visit of the Japanese foreign minister.", "2024-03-01")
    assert [e.status for e in _called_off(events)] == ["negated"]


@pytest.mark.parametrize("text", [
    "Peru cancelled the debt of Bolivia.",  # a debt forgiven
    "The Argentine navy delayed the shipment to Chile.",
    "Chile postponed the vote on the treaty with Bolivia.",  # not a meeting
    "The Peruvian president called the Chilean president on Friday.",  # a phone call, no particle
    "Peru put off the decision on the loan to Chile.",  # a decision put off, no meeting
])
def test_other_things_cancelled_or_put_are_no_meeting_called_off(code, rules_only, text):
    events, _ = code(text, "2024-03-01")
    assert not _called_off(events)


def test_a_meeting_held_after_a_postponement_is_held(code, rules_only):
    events, actors = code("The Chinese president's visit to Lima, which had been postponed twice, began on Monday.",
                          "2024-03-01")
    assert any(e.type == "CONSULT" and _countries(e.target, actors) == {"PER"} for e in events)
