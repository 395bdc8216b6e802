"""A time tied to the noun of a gathering by a word of scheduling ("the meeting starting on April 9", "a session
scheduled for May 1", "the summit due to open on Monday") is that gathering's, whatever the parser hangs it on: it
dates the gathering, and an act told before the gathering is before it, not on it (events/scheduled_times.py).
Sentences written for these tests (article dates given)."""

import pytest

from tests.events.conftest import only


def _dates(code, text, published="1987-03-30"):
    events, _ = code(text, published)
    return {(e.type, e.trigger): ((e.date.start, e.date.end) if e.date else None) for e in events}


@pytest.mark.parametrize("text", [
    "Chile asked Peru for a loan just before the donors' meeting starting on April 9.",
    "Chile asked Peru for a loan just before the donors' meeting due to open on April 9.",
    "Chile asked Peru for a loan ahead of the donors' meeting that opens on April 9.",
])
def test_an_act_before_a_scheduled_gathering_ends_on_the_article_day(code, text):
    events, _ = code(text, "1987-03-30")
    asked = only(events, "REQUEST").date
    assert (asked.start, asked.end) == (None, "1987-03-30")


def test_the_gathering_takes_the_time_its_scheduling_word_ties_to_it(code):
    found = _dates(code, "Chile asked Peru for a loan just before the donors' meeting starting on April 9.")
    assert found[("CONSULT", "meeting")][0] == "1987-04-09"


def test_a_board_session_scheduled_for_a_day_dates_the_consulting_before_it(code):
    found = _dates(code, "Ghana consulted Togo and Benin ahead of a cocoa board session scheduled for April 1.")
    assert found[("CONSULT", "consulted")] == (None, "1987-03-30")


def test_a_measure_before_the_gathering_does_not_date_the_gathering(code):
    found = _dates(code, "Ghana and Togo held talks on Friday, two days before the summit starting on April 9.")
    assert found[("CONSULT", "held … talks")] == ("1987-03-27", "1987-03-27")
    assert found[("CONSULT", "summit")][0] == "1987-04-09"


def test_a_host_of_a_scheduled_summit_hosts_it_on_its_first_day(code):
    events, _ = code("Brazil will host a summit starting on May 3.", "1987-03-30")
    assert only(events, "CONSULT").date.start == "1987-05-03"


@pytest.mark.parametrize("text, day", [
    ("Chile criticised the talks on Sunday.", "1987-03-29"),  # no scheduling word: the criticism's day
    ("Chile signed the accord at the meeting in Lima on Sunday.", "1987-03-29"),  # a place only, a past day
])
def test_a_time_after_the_noun_without_a_scheduling_word_keeps_its_reading(code, text, day):
    events, _ = code(text, "1987-03-30")
    assert only(events, "AGREE" if "signed" in text else None).date.start == day
