"""People standing about a person, one's own townsfolk joined, and a gathering held so often are no meeting
(data/non_events.yaml "gathered around a person", "joined fellow townsfolk", "a gathering held so often"). A
gathering around someone to discuss a thing, leaders joined at a summit, and meetings counted in a past week stay.
Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


def consults(events):
    return [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The senators gathered around Mr. Mbeki nodded.",
    "Officials huddled around President Macron as he spoke.",
])
def test_people_standing_about_a_person_meet_no_one(code, text):
    events, _ = code(text)
    assert not consults(events), found_acts(events)


def test_a_gathering_around_someone_to_discuss_a_thing_stays(code):
    events, _ = code("Ministers gathered around President Macron in Paris to discuss the budget.")
    assert consults(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "The senator joined fellow Kenyans in the streets to celebrate the win.",
    "The governor joined fellow Ohioans at the parade.",
])
def test_ones_own_townsfolk_joined_are_no_party_met(code, text):
    events, _ = code(text)
    assert not consults(events), found_acts(events)


def test_leaders_joined_at_a_summit_stay(code):
    events, _ = code("The prime minister joined fellow leaders at the summit in Brussels.")
    assert consults(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "The heads of the agencies meet twice a year in Vienna.",
    "The ministers of the bloc meet once a month in Brussels.",
    "The two presidents meet annually to discuss trade.",
])
def test_a_gathering_held_so_often_is_a_habit(code, text):
    events, _ = code(text)
    assert not consults(events), found_acts(events)


@pytest.mark.parametrize("text", [
    "The Bank of Japan will not comment after its routine monthly meeting, an official said.",
    "Norway's central bank gave no briefing after its regular board meeting on Wednesday.",
    "The Bank of Korea held rates steady at its regular monthly meeting.",
])
def test_a_bodys_routine_sitting_is_no_meeting(code, text):
    events, _ = code(text)
    assert not consults(events), found_acts(events)


def test_an_annual_summit_of_states_stays(code):
    events, _ = code("The leaders of the bloc will meet at their annual summit in Jakarta.")
    assert consults(events), found_acts(events)


def test_meetings_counted_in_a_past_week_stay(code):
    events, _ = code("The foreign ministers met twice last week in Brussels.")
    assert consults(events), found_acts(events)
