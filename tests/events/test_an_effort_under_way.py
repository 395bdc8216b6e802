"""An act one is working, struggling, scrambling or racing to do is sought, not done: planned, as an act tried is
(lexicon attempt_verbs, events/status._attempted; round 78). An act of force keeps its attempt as the act, an
effort told by a noun ("after months of work") leaves a done act done, and "push to" stays a demand. Texts
written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries


@pytest.mark.parametrize("text, ptype", [
    ("Namibia is working to reach an accord with Botswana over the river water.", "AGREE"),
    ("Botswana is struggling to conclude a deal with Zambia on the railway.", "AGREE"),
    ("Diplomats were scrambling to arrange talks between Namibia and Angola.", "CONSULT"),
    ("Zambia is racing to sign a trade pact with Malawi before the deadline.", "AGREE"),
    ("Namibia worked with Angola to settle the fishing quarrel.", "AGREE"),
])
def test_an_act_under_way_is_sought_not_done(code, text, ptype):
    events, _ = code(text)
    assert [e.status for e in events if e.type == ptype] == ["planned"], [(e.type, e.trigger, e.status)
                                                                         for e in events]
    assert all(e.status != "occurred" for e in events), text


def test_the_sought_act_keeps_its_sides(code):
    events, actors = code("Zambia is racing to sign a trade pact with Malawi before the deadline.")
    (pact,) = [e for e in events if e.type == "AGREE"]
    assert countries(pact.source + pact.target, actors) == {"ZMB", "MWI"}


@pytest.mark.parametrize("text, ptype", [
    ("Zambian troops were struggling to capture the border town from the rebels.", "ASSAULT"),
    ("Malawi police were scrambling to arrest the opposition leader.", "COERCE"),
    ("Zambia signed a trade pact with Malawi after months of work.", "AGREE"),
])
def test_force_and_a_done_act_stay_done(code, text, ptype):
    events, _ = code(text)
    assert [e.status for e in events if e.type == ptype] == ["occurred"], text


def test_pushing_to_is_still_a_demand(code):
    events, _ = code("Kenya is pushing to hold talks with Uganda on the border.")
    assert [e.status for e in events if e.type == "REQUEST"] == ["occurred"]
