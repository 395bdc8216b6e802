"""A converted (PETRARCH) entry whose words are a particle and a preposition ("SET OFF (FROM", "BRING OUT (TO") is
one phrase: a verb with the preposition alone ("set at a price from a lower one", "brought benefits to") does not
match it; a hand-written entry's list of prepositions stays a list of alternatives."""

from __future__ import annotations

import pytest

from dossier.events.matching import satisfies
from dossier.events.patterns import Entry


def _converted(*preps):
    return Entry(key="t", type="CONSULT", pos="verb", lemmas=("set",), mode="arrange", cameo="042",
                 prep=tuple(preps), converted=True)


def _verb(nlp, text, lemma):
    return next(t for t in nlp(text) if t.lemma_.lower() == lemma)


@pytest.mark.parametrize("text", [
    "The delegation set off from Lima at dawn.",
    "The envoy set off from the capital on a tour of the region.",
])
def test_particle_and_preposition_together_match(nlp, text):
    assert satisfies(_verb(nlp, text, "set"), _converted("from", "off"))


@pytest.mark.parametrize("text", [
    "The margin will be set at 120,000 yen per lot from 80,000.",
    "The board set the new rate from a lower base.",
])
def test_preposition_without_the_particle_does_not_match(nlp, text):
    assert not satisfies(_verb(nlp, text, "set"), _converted("from", "off"))


def test_bring_to_without_out_is_not_the_phrase(nlp):
    tok = _verb(nlp, "The new road has brought large gains to farmers in the valley.", "bring")
    entry = Entry(key="t", type="COOPERATE", pos="verb", lemmas=("bring",), mode="m", cameo="061",
                  prep=("out", "to"), converted=True)
    assert not satisfies(tok, entry)


def test_a_hand_written_list_of_prepositions_is_of_alternatives(nlp):
    entry = Entry(key="t", type="ASSAULT", pos="verb", lemmas=("fire",), mode="attack", cameo="190",
                  prep=("on", "at"))
    assert satisfies(_verb(nlp, "Troops fired on the crowd in the square.", "fire"), entry)
    assert satisfies(_verb(nlp, "Gunmen fired at a patrol near the border.", "fire"), entry)
