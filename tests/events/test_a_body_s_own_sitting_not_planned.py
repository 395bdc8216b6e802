"""A body's own sitting that nobody plans or needs ("there is no plan for an extra sitting of the cartel", "no need
for a special session") is no meeting, not even a negated one (events/data/non_events.yaml "a body's own sitting
nobody plans or needs"); a meeting with a party named beside it stays a negated meeting. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "The Saudi oil minister said there were no plans for an extraordinary OPEC meeting this spring.",
    "Algeria's minister added there was really no need for an extra OPEC conference this summer.",
    "Venezuela's energy chief said there were currently no plans for any extra OPEC session on quotas.",
])
def test_a_sitting_nobody_plans_is_no_meeting(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"], found_acts(events, status=True)


def test_a_meeting_with_a_party_stays_negated(code):
    events, _ = code("The Saudi oil minister said there were no plans for a meeting with Iran this spring.")
    assert [e for e in events if e.type == "CONSULT" and e.status == "negated"], found_acts(events, status=True)


def test_a_planned_sitting_stays(code):
    events, _ = code("The Saudi oil minister said OPEC would hold an emergency meeting in Vienna next week.")
    assert [e for e in events if e.type == "CONSULT"], found_acts(events, status=True)
