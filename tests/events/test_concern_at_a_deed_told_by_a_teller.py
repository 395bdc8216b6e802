"""Concern at a deed that a teller reports ("the raids launched by X against Y are a cause of concern, the envoy
said"): the teller is concerned, at the deed's doer; the one the deed was done to is no party of the concern
(roles/concerns.py; data/acts_done.yaml `worrying_acts`, `concern_words`). A concern with no teller, a verb whose
object is the one concerned, and an accusation of the teller's own are unchanged. Sentences in the project's own
words."""

from __future__ import annotations

from tests.events.conftest import names


def _accusations(events, actors):
    return [(names(e.source, actors), names(e.target, actors)) for e in events if e.type == "ACCUSE"]


def _countries(ids, actors):
    return {actors[i].country for i in ids if i in actors}


def test_the_teller_is_concerned_at_the_doer_of_the_attacks(code):
    events, actors = code("The attacks launched on Friday by Chad against Sudan are a cause of deep concern, the "
                          "Belgian envoy said.")
    found = [(_countries(e.source, actors), _countries(e.target, actors)) for e in events if e.type == "ACCUSE"]
    assert found and all(s == {"BEL"} and t == {"TCD"} for s, t in found), found


def test_an_offensive_that_raises_concern(code):
    events, actors = code("The offensive launched by Chad against Sudan on Friday raises serious concern, a Dutch "
                          "diplomat said.")
    found = [(_countries(e.source, actors), _countries(e.target, actors)) for e in events if e.type == "ACCUSE"]
    assert found and all(s == {"NLD"} and "SDN" not in t and "TCD" not in s for s, t in found), found


def test_a_teller_s_own_criticism_is_unchanged(code):
    events, actors = code("Niger criticised the Chadian raids, the minister said.")
    assert ({"Niger"}, {"Chad"}) in _accusations(events, actors), _accusations(events, actors)
