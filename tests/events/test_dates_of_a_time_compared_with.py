"""A time after "than", or after "the same as" and the like, is the time compared with, not the act's:
"imposed more tariffs than last year" does not tell the imposing last year. Sentences written for these tests
(article dates given)."""

import pytest

from tests.events.conftest import only


def test_a_time_after_than_does_not_date_the_act(code):
    events, _ = code("Kenya imposed more tariffs on Ugandan goods than last year.", "1987-03-24")
    assert only(events, "SANCTION").date is None


def test_the_same_time_told_of_the_act_dates_it(code):
    events, _ = code("Kenya imposed tariffs on Ugandan goods last year.", "1987-03-24")
    assert only(events, "SANCTION").date.start == "1986"


@pytest.mark.parametrize("text", [
    "Kenya agreed to sell Uganda 2 mln tonnes of maize, about the same as in 1986.",
    "Kenya imposed tariffs on as many Ugandan goods as last year.",
])
def test_a_time_after_a_comparing_as_does_not_date_the_act(code, text):
    events, _ = code(text, "1987-03-24")
    assert [e for e in events if e.type in ("AGREE", "SANCTION")]
    assert all(e.date is None for e in events if e.type in ("AGREE", "SANCTION"))


def test_as_well_as_adds_a_time_of_the_act(code):
    events, _ = code("Kenya imposed tariffs on Ugandan goods in January as well as in March.", "1987-03-24")
    assert only(events, "SANCTION").date is not None
