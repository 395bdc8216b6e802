"""What analysts, economists and experts say a party must or should do is their view, not a demand (their saying
names no event); an act they report keeps its event, and a party's own official still makes a demand."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Peru must cut its deficit, analysts said.",
    "Experts warned that Ecuador should expel the envoy.",
    "Peru needs first to cut its deficit, economists and bankers say.",
    "An economist at a Lima bank said Bolivia must devalue its currency.",
])
def test_a_commentators_must_is_no_demand(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]


def test_an_act_commentators_report_keeps_its_event(code):
    events, _ = code("Analysts said Chilean troops shelled the border town on Monday.")
    assert [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Bolivia must withdraw its troops, the Chilean foreign minister said.",
    "The Chilean government warned that Ecuador should expel the envoy.",
])
def test_a_partys_own_must_is_still_a_demand(code, text):
    events, _ = code(text)
    demands = [e for e in events if e.type == "REQUEST"]
    assert demands and all(e.source for e in demands), [(e.type, e.source) for e in events]
