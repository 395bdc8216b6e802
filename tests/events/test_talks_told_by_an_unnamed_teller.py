"""Talks "with X" that name no doer, told by a teller who names no actor ("'the decision came after talks with X,' he
said"), are held by the state that the same unnamed teller's words in the sentence before have as their subject
("Ghana will reopen its border, the interior minister said"): roles/tellers.speaker_s_state. A sentence before whose
subject is no state gives nobody. Sentences in the project's own words."""

from __future__ import annotations

from tests.events.conftest import names


def _talks(events, actors):
    return [(names(e.source, actors), names(e.target, actors)) for e in events
            if e.type == "CONSULT" and e.trigger == "consultations"]


def test_the_unnamed_teller_speaks_for_the_state_of_the_sentence_before(code):
    events, actors = code("Ghana will reopen its border with Togo next week, the interior minister said on Monday. "
                          "\"The step was taken after consultations with Togo's foreign minister,\" he said.")
    found = _talks(events, actors)
    assert found and all(s == {"Ghana"} for s, t in found), found


def test_a_sentence_before_with_no_state_as_its_subject_gives_nobody(code):
    events, actors = code("The mining firm will reopen its border depot next week, the manager said on Monday. "
                          "\"The step was taken after consultations with Togo's foreign minister,\" he said.")
    assert all("Ghana" not in s for s, t in _talks(events, actors)), _talks(events, actors)
