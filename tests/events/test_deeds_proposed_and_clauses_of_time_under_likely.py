"""Round 72 (noise72). A proposal the type model retypes into the deed it names ("proposed a general strike for next
Tuesday": PROTEST) tells a deed still to come, planned; an act in a present clause of time that the parser hangs on
"is" of "is likely to" or "is due to" is still to come, as under the infinitive itself. A strike staged, a habit under
a finite present and a proposal kept a request stay as they were. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


def test_a_strike_proposed_for_a_later_day_is_to_come(code):
    events, _ = code("The leaders of Bolivia's miners have proposed a general strike for next Tuesday in protest at "
                     "the government's austerity program.", "1987-06-02")
    assert [e.status for e in events if e.type == "PROTEST"] == ["planned"], found_acts(events, status=True)


@pytest.mark.parametrize("text, ptype", [
    ("The Chilean miners staged a general strike on Monday in protest at the wage freeze.", "PROTEST"),
    ("Chile's largest union proposed a national strike to protest the wage freeze.", "REQUEST"),
])
def test_a_strike_staged_and_a_proposal_kept_a_request_stay_done(code, text, ptype):
    events, _ = code(text, "1987-06-02")
    assert [e.status for e in events if e.type == ptype] == ["occurred"], found_acts(events, status=True)


@pytest.mark.parametrize("text", [
    "If the border talks go well, Kenya's president is likely to have a meeting with Tanzania's leader when he pays "
    "a three-day visit to Arusha to open a trade fair on Monday and Tuesday, officials added.",
    "Should the talks go well, Peru's president is likely to have a meeting with Chile's leader when he pays a short "
    "visit to Santiago, aides said.",
])
def test_a_visit_in_a_clause_of_time_under_likely_is_to_come(code, text):
    events, _ = code(text, "1987-06-02")
    assert [e.status for e in events if e.trigger == "pays … visit"] == ["planned"], found_acts(events, status=True)


def test_a_habit_under_a_finite_present_stays(code):
    events, _ = code("The minister meets Ugandan envoys when he visits Kampala.")
    assert [e.status for e in events if e.trigger == "meets"] == ["occurred"], found_acts(events, status=True)
