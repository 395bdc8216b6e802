"""The act of a "for X to" clause with a subject of its own (`status._for_another_to`) is what a deal, talks, a plan
or a call are for, not a deed: hypothetical, or planned where it hangs on a word of planning. Not the time an act
took ("it took a week for the troops to leave": done), nor an act told on its own. A condition clause set off by
dashes before the verb belongs to the words it sits in (`status._set_off_before`), not to the verb after them."""

from __future__ import annotations

import pytest


def _status(events, type_):
    return [e.status for e in events if e.type == type_]


@pytest.mark.parametrize("text", [
    "Russia and Georgia met in Geneva. The two sides held talks on Monday on a deal for Russian troops to begin "
    "leaving Georgia.",
    "Ethiopia and Sudan have been holding talks seeking an accord for Ethiopian troops to withdraw from the border "
    "region.",
])
def test_the_act_a_deal_is_for_is_not_done(code, text):
    events, _ = code(text, "2019-11-18")
    assert _status(events, "RETREAT") == ["hypothetical"], [(e.type, e.trigger, e.status) for e in events]


def test_the_act_a_plan_is_for_is_planned(code):
    events, _ = code("Kenya unveiled a plan for its troops to leave Somalia by June.", "2019-11-18")
    assert _status(events, "RETREAT") == ["planned"], [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "It took a week for the Ugandan troops to leave Congo.",
    "Ugandan troops began leaving Congo on Monday.",
])
def test_an_act_told_as_done_stays_done(code, text):
    events, _ = code(text, "2019-11-18")
    assert _status(events, "RETREAT") == ["occurred"], [(e.type, e.trigger, e.status) for e in events]


def test_a_condition_set_off_by_dashes_before_the_verb_is_not_the_verb_s(code):
    events, _ = code("The Authority - which has ruled out Egypt as a broker if the peace process is ever revived - "
                     "called for an urgent session of the Arab League.", "2019-11-18")
    assert _status(events, "REQUEST") == ["occurred"], [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "If the talks fail - and they may - Kenya will expel the Ugandan envoy.",
    "Kenya will expel the Ugandan envoy - if the raids go on.",
])
def test_a_condition_with_dashes_around_other_words_still_holds(code, text):
    events, _ = code(text, "2019-11-18")
    assert [(e.type, e.status) for e in events] == [("THREATEN", "occurred")], [(e.type, e.trigger) for e in events]
