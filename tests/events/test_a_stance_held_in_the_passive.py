"""A passive of holding a stance with no agent ("X is committed to…": roles/data/acts_done.yaml `stance_passives`)
tells what its subject pledges: the subject is the source, not the target (it was the target, the source empty or
filled by the role model with another party of the sentence). With a "by" agent the passive keeps its reading."""

from __future__ import annotations

from tests.events.conftest import names


def _committed(events, actors):
    return [(names(e.source, actors), names(e.target, actors)) for e in events if e.trigger == "committed"]


def test_a_group_committed_to_an_aim_pledges_it(code):
    events, actors = code("The finance minister said the group of five leading nations is fully committed to "
                          "halting a further fall in the yen.")
    sides = _committed(events, actors)
    assert sides and all(s == {"Group of Five"} and "Group of Five" not in t for s, t in sides), sides


def test_a_government_committed_is_no_target_of_the_state_it_names(code):
    events, actors = code("The Kenyan government is fully committed to halting attacks on Ugandan traders.")
    sides = _committed(events, actors)
    assert sides and all(s == {"Kenya"} and "Kenya" not in t for s, t in sides), sides


def test_a_commitment_imposed_by_an_agent_keeps_its_reading(code):
    events, actors = code("Kenya was committed by the treaty to defend Uganda.")
    assert not _committed(events, actors)
    defended = [(names(e.source, actors), names(e.target, actors)) for e in events if e.trigger == "defend"]
    assert defended == [({"Kenya"}, {"Uganda"})], defended
