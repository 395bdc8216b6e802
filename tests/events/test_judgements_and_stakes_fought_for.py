"""A thing that "strikes" someone "as odd" is a judgement, and a struggle "to keep the accord" or "to protect their
interests" is politics or trade: neither is a blow (events/data/non_events.yaml "what strikes one as odd", "a stake
fought for"). A missile that strikes a ship and a fight to take or hold a place stay attacks."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "\"It strikes me odd,\" the Ohio Republican said, \"that the audit took four years.\"",
    "\"It strikes us as unfair that the rule applies only to small firms,\" the Kenyan trade minister said.",
    "The claim struck many Brazilian diplomats as absurd, the paper said.",
])
def test_a_thing_that_strikes_one_as_odd_is_no_blow(code, text):
    events, _ = code(text)
    assert not {"ASSAULT", "PROTEST"} & {e.type for e in events}, _found(events)


def test_a_missile_that_strikes_a_ship_stays_an_attack(code):
    events, _ = code("Two Iranian missiles struck the Kuwaiti tanker at dawn.")
    assert "ASSAULT" in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "Brazilian coffee exporters have fought hard to protect their interests in the talks, traders said.",
    "Mexican farm ministers fought hard to keep the accord from collapsing, officials said.",
    "The EC ministers battled to save the milk deal on Tuesday.",
])
def test_a_stake_fought_for_is_no_fight(code, text):
    events, _ = code(text)
    assert "ASSAULT" not in {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "The Kurdish rebels fought hard to capture the town from Turkish troops.",
    "Iraqi troops fought to defend the border post against Iranian units.",
])
def test_a_fight_to_take_or_hold_a_place_stays_an_attack(code, text):
    events, _ = code(text)
    assert "ASSAULT" in {e.type for e in events}, _found(events)
