"""A threat told as readiness or a vow in what a dated statement says is made by saying it, and takes the
statement's day (events/coder.py dates the threat's announcer as a speech act, events/dates._statement_date): before,
the threat was left undated. So is one read as planned whose saying's time would otherwise be dropped as the
telling's (round 75). Not others' reports, and not an act told as done at another time. Sentences written
for these tests (article of Wednesday 2024-06-12)."""

import pytest

from tests.events.conftest import only


@pytest.mark.parametrize("text, day", [
    ("Kenya said on Monday its army was ready to repel any attack by Uganda.", "2024-06-10"),
    ("Ghana's president said on Tuesday his troops were prepared to fight Togo if the border stayed closed.",
     "2024-06-11"),
    # a readiness to act against an attack the coder reads as planned: the threat is still made by the telling
    ("The Ghanaian defence minister said yesterday that Ghana was ready to confront any Togolese incursion.",
     "2024-06-11"),
])
def test_a_threat_in_what_a_dated_statement_says_takes_its_day(code, text, day):
    events, _ = code(text, "2024-06-12")
    value = only(events, "THREATEN").date
    assert value is not None and value.start == day


@pytest.mark.parametrize("text", [
    "Kenyan media reported on Monday that the Kenyan army was ready to repel any attack by Uganda.",  # others' report
    "Kenya said on Monday its army had been ready last year to repel any attack by Uganda.",  # another time
])
def test_others_reports_and_acts_of_another_time_take_no_statement_day(code, text):
    events, _ = code(text, "2024-06-12")
    assert all(e.date is None or e.date.start != "2024-06-10" for e in events)


def test_a_plan_told_on_a_day_still_takes_no_day(code):
    events, _ = code("Kenya said on Monday it plans to send troops to the Ugandan border.", "2024-06-12")
    assert all(e.date is None for e in events if e.type != "THREATEN")
