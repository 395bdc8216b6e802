"""An act the story dates only coarsely (a month, a year) takes the finer time a later sentence gives it when a noun
there names the act again with a time of its own within the coarse one (events/story_dates.refined_later). Not a
time outside it (another act), not one no finer, not a noun told as another act. Sentences written for these tests
(article of Monday 2024-06-24)."""

import pytest

from tests.events.conftest import only


@pytest.mark.parametrize("text, day", [
    ("In March, Kenya and Uganda signed a border agreement in Nairobi. The March 21 agreement ends a long dispute.",
     "2024-03-21"),
    ("Kenya and Uganda signed a border agreement in 2023. The agreement, signed on March 21, 2023, ends a long "
     "dispute.", "2023-03-21"),
])
def test_a_coarse_date_takes_the_finer_time_of_the_act_named_again(code, text, day):
    events, _ = code(text, "2024-06-24")
    value = only(events, "AGREE").date
    assert value is not None and value.start == day and value.precision == "day"


@pytest.mark.parametrize("text, start", [
    ("In March, Kenya and Uganda held talks in Nairobi. The April talks ended without a deal.", "2024-03"),  # outside
    ("Kenya and Uganda signed a border agreement in 2023. The 2023 agreement ends a long dispute.", "2023"),  # no finer
    ("In March, Kenya and Uganda held talks in Nairobi. Another round of talks on March 21 ended without a deal.",
     "2024-03"),  # another act
])
def test_a_coarse_date_stays_where_the_later_time_names_no_finer_time_of_it(code, text, start):
    events, _ = code(text, "2024-06-24")
    value = events[0].date
    assert value is not None and value.start == start, [(e.type, e.date) for e in events]
