"""An act told as the aim a thing is made for is no act done (events/status._aim_of_a_thing, data/negation.yaml
`aim_participles`, `viewing_verbs`, `way_nouns`): the infinitive or "at" phrase of a participle of aiming ("the
embargo is designed to punish Uganda", "tariffs aimed at punishing Chile") and the act of a way something is seen as
("the decree was seen as a way to curb the army") are hypothetical. An active verb's aim stays its doer's plan, a
denied aim stays denied, and the aim of a fund or loan stays the aid it gives. Texts written here."""

from __future__ import annotations

import pytest


def _statuses(code, text, ptype):
    events, _ = code(text)
    return [e.status for e in events if e.type == ptype]


@pytest.mark.parametrize("text", [
    "The Kenyan embargo is designed to punish Uganda for the border raids.",
    "Kenya's new tariffs are aimed at punishing Uganda for its grain levy.",
    "The Kenyan sanctions, designed to punish Uganda, took effect at midnight.",
])
def test_an_act_a_measure_is_made_for_is_hypothetical(code, text):
    found = _statuses(code, text, "COERCE")
    assert found and set(found) == {"hypothetical"}, found


def test_an_act_a_move_is_seen_as_a_way_to_do_is_hypothetical(code):
    found = _statuses(code, "The decree was seen as way to curb the army's hold on the provinces, but it also gave the "
                            "Kenyan president wide powers.", "COERCE")
    assert found and set(found) == {"hypothetical"}, found


def test_an_aim_its_doer_has_is_still_its_plan(code):
    found = _statuses(code, "Kenya aimed to punish Uganda for the border raids.", "COERCE")
    assert found and set(found) == {"planned"}, found


def test_an_aim_denied_stays_denied(code):
    found = _statuses(code, "The Kenyan embargo was not designed to punish Uganda, the minister said.", "COERCE")
    assert found and set(found) == {"negated"}, found


def test_the_aim_of_a_fund_stays_its_aid(code):
    found = _statuses(code, "Donor states meeting in Nairobi set up a fund aimed at helping the Ugandan government "
                            "rebuild its schools.", "AID")
    assert found and set(found) == {"occurred"}, found
