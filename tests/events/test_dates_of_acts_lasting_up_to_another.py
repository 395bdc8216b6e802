"""An act told as lasting a count of hours, days or weeks up to another act of one day ("after four days of talks",
"following two weeks of negotiations") ran those days, up to the other's day (events/dates._lasting,
_lasted_until). Not a vague count, a month or a year, an act with a time of its own. Sentences written for these
tests (article of Wednesday 2024-06-12)."""

import pytest

from tests.events.conftest import only


@pytest.mark.parametrize("text, days", [
    ("Ghana and Togo agreed on Friday after four days of talks in Accra to reopen the border.",
     ("2024-06-04", "2024-06-07")),
    ("Ghana signed the trade pact with Togo on Monday following two weeks of negotiations.",
     ("2024-05-28", "2024-06-10")),
    ("Ghana and Togo agreed on Friday after three hours of talks in Accra to reopen the border.",
     ("2024-06-07", "2024-06-07")),
])
def test_an_act_lasting_a_count_of_days_up_to_another_ran_those_days(code, text, days):
    events, _ = code(text, "2024-06-12")
    value = only(events, "CONSULT").date
    assert value is not None and (value.start, value.end) == days


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed on Friday after several days of talks in Accra to reopen the border.",  # vague count
    "Ghana and Togo agreed on Friday after two years of talks to reopen the border.",  # no day to start from
    "Ghana and Togo agreed last week after four days of talks in Accra to reopen the border.",  # no day to count back
])
def test_a_lasting_act_with_no_first_day_to_count_keeps_none(code, text):
    events, _ = code(text, "2024-06-12")
    assert only(events, "CONSULT").date is None


def test_a_lasting_act_with_a_time_of_its_own_keeps_it(code):
    events, _ = code("Ghana and Togo agreed on Friday after four days of talks in Accra in early June.",
                     "2024-06-12")
    value = only(events, "CONSULT").date
    assert value is not None and value.text == "early June"
