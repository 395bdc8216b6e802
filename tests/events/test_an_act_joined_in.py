"""An act named after "in" on a verb of joining ("took part in the meeting", "participated in the negotiations";
lexicon `participation_verbs`, `noun_acts.joined_in`) is the subject's, as a light verb's object is: the meeting
that was only talked about before now has its participant as the source, and the verb's tense and modal give its
status. "Took no part" denies it; people at large joining a march name no party; a loan a bank takes part in is no
act one joins (lexicon `joined_acts`)."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, doer, status", [
    ("Norway will take part in the meeting in Nairobi next week.", "Norway", "planned"),
    ("The Brazilian foreign minister took part in the meeting with Argentina in Buenos Aires on Monday.",
     "Mauro Vieira", "occurred"),
    ("Chile participated in the negotiations with Peru.", "Chile", "occurred"),
])
def test_a_meeting_joined_is_its_participant_s(code, text, doer, status):
    events, actors = code(text)
    found = [e for e in events if e.type == "CONSULT"]
    assert found and doer in names(found[0].source, actors) and found[0].status == status, \
        [(e.type, e.source, e.status) for e in events]


def test_no_part_taken_denies_the_meeting(code):
    events, _ = code("Finland took no part in the talks with Russia.")
    assert [e.status for e in events if e.type == "CONSULT"] == ["negated"], [(e.type, e.status) for e in events]


def test_a_crowd_joining_a_march_is_no_party(code):
    events, _ = code("Thousands took part in the march in Santiago.")
    assert not events, [(e.type, e.trigger) for e in events]


def test_a_loan_a_bank_takes_part_in_is_no_act_joined(code):
    events, _ = code("A Dutch bank will take part in the syndicated loan to the Ghanaian cocoa board.")
    assert not [e for e in events if "take … loan" in (e.trigger or "")], [(e.type, e.trigger) for e in events]
