"""An act another "would like to see" done is wished for, not done (hypothetical, as "would like X to do" is); an
act its doer "balked at" is held back (negated), as one "refrained from" is. Texts written here."""

from __future__ import annotations


def _status(events, trigger):
    found = [e.status for e in events if e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger) for e in events]
    return found[0]


def test_an_act_another_would_like_to_see_done_is_a_wish(code):
    events, _ = code("Kenyan officials would like to see Uganda sign the border accord before the rains.", "2020-03-01")
    assert _status(events, "sign") == "hypothetical"


def test_a_wish_to_see_one_s_own_troops_go_stays_a_plan(code):
    events, _ = code("Kenya would like to see its troops withdraw from Somalia by June.", "2020-03-01")
    assert _status(events, "withdraw") == "planned"


def test_an_act_balked_at_is_held_back(code):
    events, _ = code("Ghana balked at signing the cocoa pact with Ivory Coast on Tuesday.", "2020-03-01")
    assert _status(events, "signing") == "negated"


def test_an_act_aimed_at_stays_a_plan(code):
    events, _ = code("Uganda aims at signing the accord with Kenya in May.", "2020-03-01")
    assert _status(events, "signing") == "planned"
