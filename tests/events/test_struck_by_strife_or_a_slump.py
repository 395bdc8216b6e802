"""A blow whose agent is strife, a slump or a measure ("hit by labour unrest", "battered by the downturn", "hurt
by the tariffs") is its effect, no attack by anyone (events/data/non_events.yaml "struck by strife, a slump or a
measure"). A blow by a weapon or a force stays one."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Hundreds of South Korean shipyards were hit by labour unrest during the summer.",
    "Argentine exporters have been battered by the recession and by soaring inflation.",
    "Vietnamese furniture makers were hurt by the new American tariffs, the ministry said.",
])
def test_a_blow_by_strife_or_a_measure_is_no_attack(code, text):
    events, _ = code(text)
    assert "ASSAULT" not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "The Saudi tanker was hit by an Iranian missile off the coast.",
    "The Iraqi village was struck by Turkish artillery on Sunday.",
])
def test_a_blow_by_a_weapon_stays_an_attack(code, text):
    events, _ = code(text)
    assert "ASSAULT" in {e.type for e in events}, _found(events)
