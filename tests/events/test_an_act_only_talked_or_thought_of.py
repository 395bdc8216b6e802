"""An act told as the "about"/"of" gerund of a word of talk or thought is only talked or thought of, not done
(events/status._weighed, lexicon `musing_words`): "talked about attacking the capital", "are thinking of expelling
the envoy" are hypothetical, as "discussed imposing sanctions" is; a deed boasted of stays done. Texts written
here."""

from __future__ import annotations

import pytest


def _statuses(code, text, ptype):
    events, _ = code(text)
    return [e.status for e in events if e.type == ptype]


@pytest.mark.parametrize("text, ptype", [
    ("The Somali militants talked about attacking the Kenyan capital, a defector told the court.", "ASSAULT"),
    ("Kenyan officials are now thinking of expelling the Ugandan envoy over the dispute.", "SANCTION"),
])
def test_an_act_talked_or_thought_of_is_hypothetical(code, text, ptype):
    found = _statuses(code, text, ptype)
    assert found and set(found) == {"hypothetical"}, found


def test_a_deed_boasted_of_stays_done(code):
    found = _statuses(code, "The Somali militants boasted of attacking the Kenyan capital.", "ASSAULT")
    assert found and set(found) == {"occurred"}, found
