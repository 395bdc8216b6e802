"""A ban on travel out of, within or between one's own land keeps a state's people at home, no sanction on a party,
and the travel a ban keeps people from is no visit made (data/non_events.yaml "a travel ban at home"); a lawsuit that
"is challenging" a measure is the filers' case in court, no disapproval the suit voices ("a suit that challenges"; the suit filed stays a lawsuit).
A ban on travel to or from a state, a state's challenge of another's claim and a ban's own coercion stay. Sentences
written here (round 75)."""

from __future__ import annotations

import pytest


def _seen(events):
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("sentence, kind", [
    ("A lawsuit filed by two mosques is challenging parts of Governor Joho's order banning travel out of Mombasa.",
     "SANCTION"),
    ("A lawsuit filed by two mosques is challenging parts of Governor Joho's order banning travel out of Mombasa.",
     "ACCUSE"),
    ("Italy imposed a ban on travel between its regions on Friday.", "SANCTION"),
    ("Governor Joho's order bans Mombasa residents from traveling to other counties.", "CONSULT"),
    ("The suit filed by the traders challenges the Kenyan government's decision to close the market.", "ACCUSE 110"),
])
def test_a_ban_at_home_and_a_suit_that_challenges_are_no_acts(code, sentence, kind):
    events, _ = code(sentence)  # "ACCUSE 110": the challenge; the suit filed stays the lawsuit (ACCUSE 115)
    assert not [e for e in events if kind in (e.type, f"{e.type} {e.cameo}")], _seen(events)


@pytest.mark.parametrize("sentence, kind", [
    ("The United States banned travel to Libya by its citizens.", "SANCTION"),
    ("The United States barred flights from China in February.", "SANCTION"),
    ("Kenya challenged Uganda's claim to the island.", "ACCUSE"),
    ("Governor Joho's order bans Mombasa residents from traveling to other counties.", "COERCE"),
])
def test_a_ban_on_a_state_a_state_s_challenge_and_the_ban_s_coercion_stay(code, sentence, kind):  # must-nots
    events, _ = code(sentence)
    assert [e for e in events if e.type == kind], _seen(events)
