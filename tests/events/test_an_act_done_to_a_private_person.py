"""An act whose own object is an unnamed private person ("beat the boy's mother", "threatened the girl") is done to
that person: the role model takes no actor named outside the act's own phrase for its target, such as the one an
interview is given to (events/roles/lone_doers.py `lone_objects`, `not_the_lone_undergoer`). A named party as the
object keeps it. Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names, only


@pytest.mark.parametrize("text, kind, heard", [
    ("In a recorded interview with Interpol, the Serbian commander admitted that after beating the boy's mother, he "
     "drove to the border.", "ASSAULT", "Interpol"),
    ("In a recorded interview with the FBI, Jones confessed to the kidnapping, admitting that he had threatened the "
     "boy's mother.", "THREATEN", "Federal Bureau of Investigation"),
])
def test_the_one_who_hears_the_confession_is_no_target(code, text, kind, heard):
    events, actors = code(text)
    event = only(events, kind)
    assert heard not in names(event.target, actors), (event.source, event.target)
    assert event.source, event.source


def test_the_confession_itself_is_still_made_to_the_one_who_hears_it(code):
    events, actors = code("In a recorded interview with the FBI, Jones confessed to the kidnapping, admitting that "
                          "he had threatened the boy's mother.")
    assert "Federal Bureau of Investigation" in names(only(events, "CONCEDE").target, actors)


def test_a_named_party_threatened_stays_the_target(code):
    events, actors = code("In a recorded interview with the FBI, Jones confessed to the kidnapping, admitting that "
                          "he had threatened the Mexican consul.")
    event = only(events, "THREATEN")
    assert {actors[i].country for i in event.target} == {"MEX"}, event.target
