"""A thing that "threatens to" do an act (a directive, a dispute, rising costs) makes no threat, and the act under it
is done by nobody: the act's own entry (a cut, SANCTION 162; undermining, 160) is no act either, so no THREATEN 131
is read from it (data/non_events.yaml "the act a thing threatens"). A party that threatens keeps its threat.
Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, act", [
    ("Officials in Ottawa say the new directive threatens to cut Canadian meat shipments into the EC.", "cut"),
    ("The dispute threatens to undermine the government of Peru.", "undermine"),
    ("Rising costs threaten to cut Brazilian exports to the EC.", "cut"),
])
def test_the_act_a_thing_threatens_is_no_act(typed, code, text, act):
    assert typed(text)[act][0] == "NONE", typed(text)
    events, _ = code(text)
    assert not [e for e in events if e.type == "THREATEN"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Iran threatened to cut oil shipments to Japan.",
    "The rebels threatened to undermine the peace accord with Chad.",
])
def test_a_party_that_threatens_keeps_its_threat(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "THREATEN"], [(e.type, e.trigger) for e in events]
