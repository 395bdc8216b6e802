"""An act told as a participle on a noun with "each" or "every" before a unit of time is a habit;
"mean" with an object signifies; a gathering "scheduled to end" is on the calendar: none is an event
(events/data/non_events.yaml "habit every so often", "a gathering's end on the calendar"; events/patterns/none.yaml
"mean"). Acts told in the past, a meeting scheduled with a party and an intent "meant to" stay."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Korean refiners pay Kuwait a premium notified by the state oil company every month.",
    "Indian mills buy Australian coal at a rate notified by the Coal Ministry each quarter.",
])
def test_a_habit_is_no_act(code, text):
    events, _ = code(text)
    assert not {"CONSULT", "COOPERATE"} & {e.type for e in events}, _found(events)


def test_acts_every_day_last_week_stay(code):
    events, _ = code("The Russian army shelled Kharkiv every day last week.")
    assert "ASSAULT" in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "A weaker Brazilian real would mean cheaper exports for Argentina's neighbours.",
    "Economists said the Mexican tariff means higher prices for Guatemala's farmers.",
])
def test_mean_with_an_object_is_no_intent(code, text):
    events, _ = code(text)
    assert "AGREE" not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "The ASEAN council meeting which is scheduled to close on Friday will take up rice quotas for Vietnam.",
    "A Vienna meeting of the OPEC council, scheduled to wrap up next Tuesday, will debate quotas for Nigeria.",
])
def test_a_gatherings_end_on_the_calendar_is_no_intent_to_meet(code, text):
    events, _ = code(text)
    assert ("AGREE", "036") not in {(e.type, e.cameo) for e in events}, _found(events)
    assert "CONSULT" in {e.type for e in events}, _found(events)  # the meeting itself stays


def test_a_meeting_scheduled_with_a_party_stays(code):
    events, _ = code("Iran scheduled a meeting with Iraq for Monday.")
    assert {"AGREE", "CONSULT"} & {e.type for e in events}, _found(events)
