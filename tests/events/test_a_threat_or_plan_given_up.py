"""A party that gives up its own threat, or its own plan to do a hostile act, holds back: RETREAT (round 82,
backdown82; retreat.yaml's `deescalate` entries, coder._given_up, sides.given_up).

The PLOVER codebook files withdrawing one's own pressure or holding back under RETREAT, and CAMEO's verb dictionary
codes a threat lifted 0871 (under 087, de-escalation): a threat dropped keeps that code, a plan of a hostile act
given up the 087 of de-escalation. The hostile act itself is not done, so it is no event of its own (no SANCTION or
THREATEN from "expel", "quit", "impose"); the target is the party the act aimed at. A demand withdrawn stays a
concession, and so does a strike called off; a plan aimed at no party is no retreat."""

import pytest

from tests.events.conftest import countries


@pytest.mark.parametrize("text, cameo", [
    ("Norway withdrew its threat to expel the Chilean consul after the talks.", "0871"),
    ("Norway dropped its threat to impose duties on Chilean copper.", "0871"),
    ("Norway abandoned its threat to walk out of the fishing talks with Chile.", "0871"),
    ("Norway backed away from its earlier threat to leave the fisheries talks with Chile.", "0871"),
    ("Norway backed off its threat to recall its envoy from Chile.", "0871"),
    ("The threat of sanctions against Chile was withdrawn by Norway.", "0871"),
    ("Norway withdrew its ultimatum to Chile on Friday.", "0871"),
    ("Norway shelved its plan to expel Chilean trawler crews.", "087"),
    ("Norway put off its plan to impose quotas on Chilean salmon.", "087"),
    ("Norway backed off its plan to impose duties on Chilean wine.", "087"),
])
def test_a_threat_or_a_hostile_plan_given_up_is_a_retreat(code, text, cameo):
    events, actors = code(text)
    hits = [e for e in events if e.type == "RETREAT"]
    assert hits, [(e.type, e.trigger) for e in events]
    assert hits[0].cameo == cameo, hits[0].cameo
    assert hits[0].status == "occurred", hits[0].status
    assert countries(hits[0].source, actors) == {"NOR"}, hits[0].source
    assert countries(hits[0].target, actors) == {"CHL"}, hits[0].target
    # the act held back is not done
    assert not [e for e in events if e.type in ("SANCTION", "THREATEN", "COERCE")], \
        [(e.type, e.trigger, e.status) for e in events]


def test_a_threat_not_withdrawn_is_no_retreat_done(code):
    events, _ = code("Norway has not withdrawn its threat to close the border with Chile.")
    assert not [e for e in events if e.type == "RETREAT" and e.status == "occurred"], \
        [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text", [
    "The bank dropped its plan to close four branches.",
    "The brewer abandoned plans to cut 300 jobs in Chile.",
])
def test_a_plan_aimed_at_no_party_is_no_retreat(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "RETREAT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, ptype", [
    ("Chile withdrew its demand that Norway pay damages.", "CONCEDE"),
    ("The dockers called off their strike against the Norwegian government.", "CONCEDE"),
])
def test_a_demand_or_a_strike_given_up_stays_a_concession(code, text, ptype):
    events, _ = code(text)
    assert [e for e in events if e.type == ptype], [(e.type, e.trigger) for e in events]
    assert not [e for e in events if e.type == "RETREAT" and e.cameo in ("087", "0871")], \
        [(e.type, e.trigger, e.cameo) for e in events]


def test_a_strike_threat_given_up_by_strikers_eases_dissent(code):
    """Strikers' threat of a stoppage dropped is dissent eased, as a strike called off is (CAMEO 082, CONCEDE)."""
    events, _ = code("The nurses dropped their threat of a nationwide strike.")
    assert [e for e in events if e.type == "CONCEDE" and e.cameo == "082"], [(e.type, e.cameo) for e in events]
    assert not [e for e in events if e.type == "RETREAT"], [(e.type, e.trigger) for e in events]
