"""A time told of one part of an act ("the last round of negotiations in March", "the second session of talks on
Tuesday") is the time of the act its "of" phrase names (events/dates._part_of_act; time lexicon parts_of_an_act).
The time of a part of something else in the sentence does not date the act."""

from tests.events.conftest import only

PUBLISHED = "2021-11-10"  # a Wednesday


def _start(events):
    value = only(events, "CONSULT").date
    return value.start if value is not None else None


def test_a_month_on_the_round_dates_the_negotiations(code):
    events, _ = code("At the last round of trade negotiations in March, Korean officials said the rice quota was "
                     "settled.", PUBLISHED)
    assert _start(events) == "2021-03"


def test_a_day_on_the_session_dates_the_talks(code):
    events, _ = code("During the second session of talks on Tuesday, Peru and Chile reviewed the maritime border.",
                     PUBLISHED)
    assert _start(events) == "2021-11-09"


def test_a_year_on_a_round_of_something_else_does_not_date_the_talks(code):
    events, _ = code("Peru and Chile held talks on Tuesday about the third round of tariff cuts in 1990.",
                     PUBLISHED)
    assert _start(events) == "2021-11-09"
