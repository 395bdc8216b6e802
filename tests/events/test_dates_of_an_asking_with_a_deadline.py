"""A "by" phrase of time on a verb of asking, proposing or calling ("called for the reopening of the border by
Friday", "demanded the release of the fishermen by Sunday") is the deadline of the act asked for, not the time of
the asking: the asking stays undated. A time told of the asking itself still dates it
(events/dates._deadline_asked)."""

from tests.events.conftest import only


def _start(events):
    value = only(events, "REQUEST").date
    return value.start if value is not None else None


def test_a_deadline_of_a_call_does_not_date_the_call(code):
    events, _ = code("Kenya called for the reopening of the border with Uganda by Friday.", "2021-11-10")
    assert _start(events) is None


def test_a_deadline_of_a_demand_does_not_date_the_demand(code):
    events, _ = code("Kenya demanded the release of the detained fishermen by Sunday.", "2021-11-10")
    assert _start(events) is None


def test_a_deadline_of_a_proposal_months_ahead_does_not_date_the_proposal(code):
    events, _ = code("Ghana urged the withdrawal of the peacekeepers by the end of March.", "2021-11-10")
    assert _start(events) is None


def test_a_day_of_the_demand_itself_still_dates_it(code):
    events, _ = code("The Kenyan government on Monday demanded the release of the detained fishermen by Sunday.",
                     "2021-11-10")
    assert _start(events) == "2021-11-08"


def test_a_day_of_an_asking_told_with_by_and_its_asker_still_dates_it(code):
    events, _ = code("Kenya was asked by Uganda on Monday to mediate between the two rebel groups.", "2021-11-10")
    assert _start(events) == "2021-11-08"
