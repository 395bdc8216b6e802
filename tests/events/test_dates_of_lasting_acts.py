"""An act that goes on for days (talks, a visit, negotiations, a strike) dated to one day lasts until the day a
clause on its noun says it ends: "held talks on Monday" … "the talks, which are scheduled to end on Wednesday" is
Monday to Wednesday (events/story_dates.ends_told). Not a deal's closing, a wish, a denial, a deadline, another meeting, or
an end far from the act's day. Sentences written for these tests."""

import pytest

from tests.events.conftest import only

TALKS = "Kenya's foreign minister held talks with his Ugandan counterpart in Nairobi on Monday. "


def _date(code, text, published, type_=None):
    events, _ = code(text, published)
    value = only(events, type_).date
    return (value.start, value.end) if value is not None else None


@pytest.mark.parametrize("text, end", [
    (TALKS + "The talks, which are scheduled to end on Wednesday, cover the disputed border.", "2024-06-12"),
    (TALKS + "The meeting is due to end on Thursday.", "2024-06-13"),
    (TALKS + "The talks are expected to last until Friday.", "2024-06-14"),
])
def test_a_later_sentence_tells_the_last_day_of_talks(code, text, end):
    assert _date(code, text, "2024-06-10", "CONSULT") == ("2024-06-10", end)


def test_a_visit_begun_on_a_day_ends_on_the_day_told_later(code):
    text = "Ghana's president began a state visit to Togo on Tuesday. The visit is due to end on Thursday."
    assert _date(code, text, "2024-06-11", "CONSULT") == ("2024-06-11", "2024-06-13")


def test_a_strike_runs_through_the_day_told_later(code):
    text = "Kenyan dock workers went on strike against Uganda on Monday. The strike is set to run through Friday."
    assert _date(code, text, "2024-06-10", "PROTEST") == ("2024-06-10", "2024-06-14")


def test_talks_dated_only_by_their_end_are_not_on_that_day(code):
    text = "Kenya and Uganda are holding talks in Nairobi which are due to end on Friday."
    assert _date(code, text, "2024-06-10", "CONSULT") == (None, "2024-06-14")


@pytest.mark.parametrize("later", [
    "Uganda wants the talks to end on Wednesday.",  # a wish, not a schedule
    "The talks will not end on Wednesday.",
    "The talks must end by Wednesday.",  # a deadline
    "A separate meeting of their deputies ends on Wednesday.",  # another act
    "The talks are expected to last until September 30.",  # too far from Monday to be these talks' end
])
def test_no_last_day_is_taken_from_other_clauses(code, later):
    events, _ = code(TALKS + later, "2024-06-10")
    talks = [e for e in events if e.trigger == "held … talks"]
    assert [(e.date.start, e.date.end) for e in talks] == [("2024-06-10", "2024-06-10")]


def test_a_deal_that_closes_later_is_still_signed_on_its_day(code):
    text = "Kenya signed a trade agreement with Uganda on Monday. The deal is expected to close on June 20."
    assert _date(code, text, "2024-06-10", "AGREE") == ("2024-06-10", "2024-06-10")
