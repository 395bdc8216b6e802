"""A harm told in the passive with no agent, timed by a "when" clause of an armed strike ("90 people were killed when
Libyan jets raided Chadian villages"), is done by the clause's doer, as where the clause's object is a pronoun for
the harmed ("when X shelled their camp"; doers.clause_doers, data/lexicon.yaml `raid_verbs`). A clause of no strike
("when their truck hit a mine": no actor; "when troops crossed the border") names no one who harms."""

from __future__ import annotations

from tests.events.conftest import names


def _killed(events):
    return [e for e in events if e.trigger == "killed"]


def test_killed_when_a_state_s_jets_raided_villages(code):
    events, actors = code("Almost 90 people were killed when Libyan aircraft raided several Chadian villages on "
                          "Monday, Chadian officials said.")
    killed = _killed(events)
    assert killed and names(killed[0].source, actors) == {"Libya"}, [(e.trigger, e.source) for e in events]


def test_killed_when_troops_crossed_a_border_names_no_killer(code):
    events, actors = code("Five farmers were killed when Libyan troops crossed the border.")
    assert all(not e.source for e in _killed(events)), [(e.trigger, e.source) for e in events]
