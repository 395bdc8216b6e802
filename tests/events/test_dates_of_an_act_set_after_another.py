"""An act named by the subject of a verb that sets it after or before another act ("the envoy's trip follows the
decision ten days ago to halt payments", "the breakthrough in the talks comes after the announcement earlier today
of a pact") is not dated by a time the rest of that clause tells of the other act; a time of its own phrase still
dates it, and the other act named by the object keeps its own time (events/dates._sequenced_after; time lexicon
sequence_verbs)."""

from tests.events.conftest import only


def _start(events, type_="CONSULT"):
    value = only(events, type_).date
    return value.start if value is not None else None


def test_the_time_of_the_decision_followed_does_not_date_the_trip(code):
    events, _ = code("The Ghanaian finance minister's trip to Tokyo follows a decision by Ghana eight days ago to "
                     "freeze payments on its foreign loans.", "2021-11-10")
    assert _start(events) is None


def test_the_time_of_the_announcement_followed_does_not_date_the_talks(code):
    events, _ = code("The progress in the Ghanaian talks follows the announcement earlier today of a loan accord "
                     "between Zambia and its creditors.", "2021-11-10")
    assert _start(events) is None


def test_a_time_after_come_after_does_not_date_the_visit(code):
    events, _ = code("The Ghanaian president's visit to Togo comes after the signing of a border accord on Sunday.",
                     "2021-11-10")
    assert _start(events) is None


def test_a_time_of_the_visit_itself_still_dates_it(code):
    events, _ = code("The Ghanaian president's visit to Togo on Friday follows the signing of a border accord last "
                     "month.", "2021-11-10")
    assert _start(events) == "2021-11-12"


def test_the_talks_followed_keep_their_own_time(code):
    events, _ = code("The visit follows talks in Accra last week between the foreign ministers of Ghana and Togo.",
                     "2021-11-10")
    assert _start(events) == "2021-11-01"
