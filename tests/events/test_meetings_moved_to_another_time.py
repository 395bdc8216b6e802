"""A meeting moved to another time (events/moved_meetings.py) is planned at its new time, never held at its old one:
"talks due today were rescheduled for Thursday" is a meeting planned for Thursday; the old time's setting ("set for
this evening") is no act of its own. Moved by nobody named to a day told, the move refuses nobody: the meeting alone,
planned then. A party putting off its meeting with another stays its refusal (REJECT 125), a meeting called off is
not held at all, and a thing other than the meeting moved leaves the meeting as it was. Texts written here."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-24"  # a Monday


def _meetings(events):
    return [e for e in events if e.type == "CONSULT"]


def _countries(ids, actors):
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, day, sides", [
    ("Talks between Kenya and Tanzania that were due today have been rescheduled for Thursday.", "2024-06-27",
     {"KEN", "TZA"}),
    ("The summit of Peru and Bolivia, set for this evening, was put off until Friday, officials said.", "2024-06-28",
     {"PER", "BOL"}),
    ("A round of negotiations between Chile and Argentina planned for Monday has been moved to Wednesday.",
     "2024-06-26", {"CHL", "ARG"}),
    ("The talks between Ghana and Togo were pushed back to Friday.", "2024-06-28", {"GHA", "TGO"}),
    ("Talks between Peru and Chile were postponed until September.", "2024-09", {"PER", "CHL"}),
])
def test_a_meeting_moved_is_planned_at_its_new_time(code, text, day, sides):
    events, actors = code(text, PUBLISHED)
    (meeting,) = _meetings(events)
    assert meeting.status == "planned"
    assert meeting.date is not None and meeting.date.start == day
    assert _countries(meeting.source, actors) | _countries(meeting.target, actors) == sides
    # the move by nobody named refuses nobody; the old time's setting is no intent to meet
    assert not [e for e in events if e.type in ("REJECT", "AGREE")]


@pytest.mark.parametrize("text", [
    "The talks between Kenya and Tanzania due today were cancelled.",
    "Resumption of the talks between Kenya and Tanzania, set for today, has been called off.",
])
def test_a_meeting_called_off_is_not_held(code, text):
    events, _ = code(text, PUBLISHED)
    assert not _meetings(events)
    assert [(e.type, e.cameo) for e in events] == [("REJECT", "125")]


def test_a_party_putting_off_its_meeting_with_another_refuses_it(code):
    events, actors = code("Bolivia put off next week's talks with Chile until May.", PUBLISHED)
    (refusal,) = [e for e in events if e.type == "REJECT"]
    assert _countries(refusal.source, actors) == {"BOL"} and _countries(refusal.target, actors) == {"CHL"}


@pytest.mark.parametrize("text", [
    "The vote after the talks between Peru and Chile was postponed until Friday.",  # the vote is moved
    "The talks between Peru and Chile were moved to Geneva.",  # a place, no new time
    # talks held, about a thing put off
    "The Peruvian president held talks with the Chilean president on Monday about the vote, which was postponed until "
    "Friday.",
])
def test_a_meeting_not_moved_keeps_its_status(code, text):
    events, _ = code(text, PUBLISHED)
    assert _meetings(events)
    assert not [e for e in _meetings(events) if e.status == "planned" and e.date and e.date.start == "2024-06-28"]
