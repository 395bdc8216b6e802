"""An apology for one's lateness, the wait or the trouble caused is a courtesy, no apology for a wrong done to a party
(CONCEDE 055, SUPPORT until round 78; patterns/none_word_senses.yaml, data/non_events.yaml "an apology for being
late"), and an aim denied for what was done ("never intended to harm", "did not mean to hurt") is an excuse, no act
nor its negation (non_events.yaml "an aim denied in the past"). An apology to a party for a wrong and a plan denied
("does not intend to impose sanctions": negated) stay. Sentences written here (round 74)."""

from __future__ import annotations

import pytest


def _of(events, kind):
    return [e for e in events if e.type == kind]


@pytest.mark.parametrize("sentence", [
    "The Kenyan foreign minister apologised for the wait and thanked the Ugandan hosts.",
    "The Kenyan foreign minister apologised for the inconvenience to Ugandan travellers.",
    "The Kenyan president apologized for being late to the talks with Uganda.",
])
def test_an_apology_for_lateness_or_the_wait_is_no_apology(code, sentence):
    events, _ = code(sentence)
    assert not [e for e in events if e.cameo == "055"], [(e.type, e.cameo, e.trigger) for e in events]


def test_the_talks_one_was_late_for_stay(code):
    events, _ = code("The Kenyan president apologized for arriving late to the summit with Uganda.")
    assert _of(events, "CONSULT") and not [e for e in events if e.cameo == "055"]


@pytest.mark.parametrize("sentence", [
    "The minister apologized to Uganda for the remarks of his deputy.",
    "The Kenyan president apologised to Uganda for the late payment of the debt.",
])
def test_an_apology_for_a_wrong_done_stays(code, sentence):  # must-not
    events, _ = code(sentence)
    assert [e for e in events if e.cameo == "055"], [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("sentence", [
    "Kenya never intended to harm Ugandan citizens, the ambassador said.",
    "Kenya had not intended to harm Ugandan citizens, the ambassador said.",
    "The soldiers never meant to hurt the Ugandan fishermen, the Kenyan army said.",
])
def test_an_aim_denied_for_what_was_done_is_no_act(code, sentence):
    events, _ = code(sentence)
    assert not events, [(e.type, e.cameo, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("sentence", [
    "Kenya does not intend to impose sanctions on Uganda.",
    "The minister said Japan did not intend to impose sanctions on Korea.",
])
def test_a_plan_denied_stays_negated(code, sentence):  # must-not
    events, _ = code(sentence)
    assert [e.status for e in _of(events, "SANCTION")] == ["negated"]
