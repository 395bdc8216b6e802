"""Help told as the aim of a measure ("the taxes were dropped to help farmers", "cut the duties to help exporters") is
the measure's effect, no aid given (non_events.yaml, "what a step or a find does for someone"); help that goods sent
are for stays with the aid of their sending."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The sales taxes were removed to help growers and poor families, the minister told the assembly.",
    "Prime Minister Ali told parliament the import duties were cut to help exporters.",
    "The cabinet scrapped the fuel levies to help truckers, officials said.",
])
def test_help_as_a_measure_aim_is_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Peru sent food to help flood victims in Chile.", "sent"),
    ("Peru sent medicines and tents to help earthquake victims in Ecuador.", "sent"),
])
def test_goods_sent_to_help_stay_aid(code, text, word):
    events, _ = code(text)
    assert [e.type for e in events if e.trigger == word] == ["AID"], [(e.type, e.trigger) for e in events]
