"""Aims, goals or objectives backed with no party named as theirs ("'NASA supports our objectives'", "backs the goals
of the climate accord") are a stance on a policy, no support of anyone (events/data/non_events.yaml "aims backed
with no party", "the aims of a plan backed"); aims whose owner is named ("supports Kenya's goals") stay. Texts
written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts, names


@pytest.mark.parametrize("text", [
    '"NASA supports our objectives," its chief said.',
    "The ministry backs its own goals, the minister said.",
    "The Japanese government backs the goals of the climate accord.",
    "Germany backs the aims of the programme, the chancellor said.",
])
def test_aims_with_no_party_are_no_support(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "SUPPORT"], found_acts(events)


def test_aims_told_before_stay(code):
    events, _ = code("Hungary will cut its subsidies to narrow the budget deficit. The IMF supports these aims.")
    assert [e for e in events if e.type == "SUPPORT"], found_acts(events)


def test_aims_of_a_named_party_stay(code):
    events, actors = code("Japan supports Kenya's goals in the talks.")
    support = [e for e in events if e.type == "SUPPORT"]
    assert support and "Kenya" in names(support[0].target, actors), found_acts(events)
