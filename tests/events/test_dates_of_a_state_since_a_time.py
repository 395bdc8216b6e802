"""A "since" time the parser gives a noun in apposition, or a second object after the time, tells since when
something has been what that noun says ("the airline, since May a subsidiary of Lufthansa"), not when the clause's
act was done: the act stays undated. A "since" phrase with no such noun still dates the act from that time
(events/dates._state_since)."""

from tests.events.conftest import only

PUBLISHED = "2021-11-10"


def _start(events):
    value = only(events, "COOPERATE").date
    return value.start if value is not None else None


def test_a_since_time_with_a_noun_in_apposition_dates_no_cooperation(code):
    events, _ = code("The ferry operator, since January a unit of a Greek shipping group, said it was cooperating "
                     "with the Italian inquiry.", PUBLISHED)
    assert _start(events) is None


def test_a_since_time_before_a_second_object_dates_no_cooperation(code):
    events, _ = code("The airline, since May a subsidiary of Lufthansa, was cooperating with the Swiss prosecutors, "
                     "a spokesman said.", PUBLISHED)
    assert _start(events) is None


def test_a_since_time_alone_still_dates_the_cooperation(code):
    events, _ = code("Since January, the ferry operator has cooperated with the Italian inquiry.", PUBLISHED)
    assert _start(events) == "2021-01"
