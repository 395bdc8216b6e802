"""An act told as done before another that has a time ("ahead of Tuesday's election", "before the June 5 vote", "in
the run-up to the summit on May 9"): dated as a span that ends on the other's first day, not as that day; with a
measure ("two days before"), counted back from it. Sentences written for these tests (article dates given)."""

import pytest

from tests.events.conftest import only


def _date(code, text, published, type_=None):
    events, _ = code(text, published)
    value = only(events, type_).date
    return (value.start, value.end) if value is not None else None


@pytest.mark.parametrize("text, end", [
    ("Ecuadorean police detained 35 opposition organisers ahead of Sunday's election.", "2024-03-10"),
    ("Ecuadorean police detained 35 opposition organisers before the March 8 referendum.", "2024-03-08"),
    ("Ecuadorean police detained 35 opposition organisers prior to the March 8 referendum.", "2024-03-08"),
])
def test_an_act_ahead_of_a_dated_act_ends_on_its_day_with_no_first_day(code, text, end):
    assert _date(code, text, "2024-03-12") == (None, end)


def test_an_act_ahead_of_a_holiday_lies_before_its_first_day(code):
    # Ramadan 2019 began on 6 May; the closure came before it, not during it
    assert _date(code, "The Kenyan government closed the border with Somalia ahead of Ramadan.", "2019-07-01") \
        == (None, "2019-05-06")


def test_a_time_of_the_clause_that_holds_the_other_opens_the_span(code):
    assert _date(code, "This year, the Kenyan government closed the border with Somalia ahead of Ramadan.",
                 "2019-07-01") == ("2019-01-01", "2019-05-06")


def test_an_act_still_to_come_opens_on_the_article_day(code):
    found = _date(code, "Peru will host talks with Bolivia in the run-up to the June 20 summit.", "2024-06-03")
    assert found == ("2024-06-03", "2024-06-20")


def test_an_act_told_as_done_ends_on_the_article_day_at_the_latest(code):
    found = _date(code, "Ecuadorean police detained 35 opposition organisers ahead of next Sunday's election.",
                  "2024-03-12")
    assert found == (None, "2024-03-12")


@pytest.mark.parametrize("text, day", [
    ("Argentina recalled its ambassador from Uruguay two days before the May 20 vote.", "2024-05-18"),
    ("Argentina recalled its ambassador from Uruguay a week before the May 20 vote.", "2024-05-13"),
])
def test_a_measure_before_the_other_counts_back_from_its_day(code, text, day):
    assert _date(code, text, "2024-05-25") == (day, day)


def test_an_act_with_its_own_day_keeps_it(code):
    events, _ = code("Ghana and Togo held talks on Monday ahead of the June 14 summit.", "2024-06-12")
    assert ("2024-06-10", "2024-06-10") in {(e.date.start, e.date.end) for e in events if e.date}
    assert not any(e.date and e.date.start is None for e in events)


def test_the_other_act_keeps_its_own_time(code):
    events, _ = code("Peru will host talks with Bolivia before the June 20 summit.", "2024-06-03")
    spans = {(e.date.start, e.date.end) for e in events if e.date}
    assert ("2024-06-20", "2024-06-20") in spans  # the summit itself
    assert ("2024-06-03", "2024-06-20") in spans  # the talks before it


@pytest.mark.parametrize("text", [
    "Ecuadorean police detained 35 opposition organisers before the referendum.",  # the other has no time
    "Ecuadorean police detained 35 opposition organisers after Sunday's election.",  # after, not before
])
def test_no_span_without_a_dated_act_told_as_later(code, text):
    value = only(code(text, "2024-03-12")[0]).date
    assert value is None or value.start is not None


@pytest.mark.parametrize("text, end", [
    ("Ecuadorean police detained 35 opposition organisers before the vote took place on Sunday.", "2024-03-10"),
    ("Before meeting the Peruvian president on Friday, the Ecuadorean envoy criticised Colombia.", "2024-03-08"),
])
def test_a_clause_or_gerund_after_before_with_its_own_time_ends_the_span(code, text, end):
    events, _ = code(text, "2024-03-12")
    spans = {(e.date.start, e.date.end) for e in events if e.date}
    assert (None, end) in spans


def test_the_act_of_the_before_clause_keeps_its_own_day(code):
    events, _ = code("Before meeting the Peruvian president on Friday, the Ecuadorean envoy criticised Colombia.",
                     "2024-03-12")
    meeting = only(events, "CONSULT").date
    assert (meeting.start, meeting.end) == ("2024-03-08", "2024-03-08")
