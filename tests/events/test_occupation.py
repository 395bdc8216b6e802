"""Occupying: the subject and the object decide. A state or an armed force that occupies, or territory occupied, is a
military occupation (ASSAULT, CAMEO 192 "occupy territory"); civilians who occupy a building or a place stage a
sit-in (PROTEST, CAMEO 141)."""

from __future__ import annotations


def _coded(events):
    return [(e.type, e.cameo) for e in events if e.trigger and "occup" in e.trigger.lower()]


def test_a_state_occupying_a_state_is_an_occupation(code):
    events, _ = code("Iraq occupied Kuwait in August 1990.", "1990-09-01")
    assert _coded(events) == [("ASSAULT", "192")]


def test_territory_held_by_a_state_is_an_occupation(code):
    events, _ = code("Syria lost the Golan Heights when Israel occupied the plateau's villages in 1967.",
                     "1968-01-10")
    assert ("ASSAULT", "192") in _coded(events)


def test_a_passive_occupation_with_a_state_as_agent(code):
    events, _ = code("The strip was occupied by Egypt after the 1948 war.", "2020-01-10")
    assert _coded(events) == [("ASSAULT", "192")]


def test_troops_occupying_a_building_is_an_occupation(code):
    events, _ = code("Russian troops occupied the town hall of Kherson on Tuesday.", "2022-03-02")
    assert _coded(events) == [("ASSAULT", "192")]


def test_students_occupying_a_building_stage_a_sit_in(code):
    events, _ = code("Chilean students occupied the education ministry in Santiago on Monday to protest fees.",
                     "2021-05-04")
    assert _coded(events) == [("PROTEST", "141")]


def test_farmers_occupying_a_border_crossing_protest(code):
    events, _ = code("French farmers occupied the border crossing with Spain on Thursday.", "2024-02-02")
    assert _coded(events) == [("PROTEST", "141")]


def test_a_seat_or_a_post_occupied_is_no_event(code):
    events, _ = code("Ms Rivera occupied the post of finance minister for two years.", "2024-02-02")
    assert not [e for e in _coded(events) if e[0] == "ASSAULT"]


def test_a_standing_occupation_told_in_a_relative_clause_is_background(code):
    events, _ = code("Ecuador condemned the militia, which occupies three villages near the Colombian border.",
                     "2024-02-02")
    assert _coded(events) == []


def test_an_occupation_told_in_a_relative_clause_in_the_past_is_an_act(code):
    events, _ = code("Colombian troops attacked the militia that occupied three villages near the border last year.",
                     "2024-02-02")
    assert _coded(events) == [("ASSAULT", "192")]
