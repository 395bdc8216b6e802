"""A time after "than" is the time compared with, not the act's: "imposed more tariffs than last year" does not tell
the imposing last year. Sentences written for these tests (article dates given)."""

from tests.events.conftest import only


def test_a_time_after_than_does_not_date_the_act(code):
    events, _ = code("Kenya imposed more tariffs on Ugandan goods than last year.", "1987-03-24")
    assert only(events, "SANCTION").date is None


def test_the_same_time_told_of_the_act_dates_it(code):
    events, _ = code("Kenya imposed tariffs on Ugandan goods last year.", "1987-03-24")
    assert only(events, "SANCTION").date.start == "1986"
