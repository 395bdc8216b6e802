"""Reservations voiced, a concern stressed, and displeasure held, plain ("unhappy with") or told by its contrary
denied ("not pleased with"), are disapproval of the one whose act they are about (patterns/accuse.yaml, round 81;
CAMEO 110/111, PLOVER ACCUSE disapprove). Pleasure held, and reservations nobody voices, are no criticism."""

import pytest


def _accusations(events) -> list:
    return [e for e in events if e.type == "ACCUSE"]


def _countries(ids, actors) -> set[str]:
    return {actors[i].country for i in ids if i in actors}


@pytest.mark.parametrize("text, critic, criticised", [
    ("Norway voiced reservations about Iceland's plan to widen its fishing zone.", "NOR", "ISL"),
    ("Kenya expressed reservations over the proposed sale of the port to a Chinese group.", "KEN", "CHN"),
    ("Egypt has not been pleased with Ethiopia's handling of the dam talks.", "EGY", "ETH"),
    ("Ghana said it was not happy with the pace of Nigeria's border reforms.", "GHA", "NGA"),
    ("Chile was unhappy with Bolivia's decision to close the crossing.", "CHL", "BOL"),
])
def test_reservations_and_displeasure_are_disapproval(code, text, critic, criticised):
    events, actors = code(text)
    found = _accusations(events)
    assert len(found) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert _countries(found[0].source, actors) == {critic}
    assert _countries(found[0].target, actors) == {criticised}
    assert found[0].status == "occurred"


@pytest.mark.parametrize("text", [
    "Egypt has been pleased with Ethiopia's handling of the dam talks.",
    "The hotel holds reservations for the Kenyan delegation.",
])
def test_pleasure_and_bookings_are_no_criticism(code, text):
    events, _ = code(text)
    assert not _accusations(events), [(e.type, e.cameo, e.source, e.target, e.trigger) for e in events]
