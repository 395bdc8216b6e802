"""The purpose of a verb not told in the past whose own time lies after the article's day is still to come
(events/coder._for_an_act_to_come): "the envoys gather on Friday to try to end their quarrel" plans the ending with
the gathering. A purpose of a past act keeps the act's status. Texts written here."""

from __future__ import annotations

PUBLISHED = "1987-04-01"  # a Wednesday


def _found(code, text):
    events, _ = code(text, PUBLISHED)
    return [(e.type, e.status) for e in events]


def test_the_purpose_of_a_meeting_to_come_is_planned(code):
    found = _found(code, "Brazilian and Argentine negotiators gather tomorrow to try to end their quarrel over wheat "
                         "and to lift the duties on each other's flour.")
    assert ("CONSULT", "planned") in found, found
    assert not [f for f in found if f[1] == "occurred"], found


def test_the_purpose_of_a_past_meeting_is_not_planned(code):
    found = _found(code, "Brazilian and Argentine negotiators met last week to lift the duties on each other's flour.")
    assert not [f for f in found if f[1] == "planned"], found
