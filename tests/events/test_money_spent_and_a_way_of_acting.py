"""Money or time spent on a thing is a budget's or a calendar's, no aid ("the state spends $449,000 on an advertising
campaign": data/non_events.yaml "money or time spent on a thing"), and a strategy or an approach does nothing of its
own ("that strategy may be discouraging Lima from a deal": "a happening or a state as the doer"). Money spent on
refugees, and a party's own discouragement, stay. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Kenya spends $1.2 million on new anti-smoking ad campaign.",
    "The Kenyan government spent $2 million on a new road in Nairobi.",
    "The Ugandan ministry spent $3 million on a new hospital in Kampala.",
])
def test_money_spent_on_a_thing_is_no_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AID"], [(e.type, e.trigger) for e in events]


def test_money_spent_on_refugees_stays(code):
    events, _ = code("Japan spent $5 million on aid to Syrian refugees in Jordan.")
    assert [e for e in events if e.type == "AID"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "That tactic could be discouraging Russia from joining the talks.",
    "The new strategy is discouraging Iran from signing the deal, diplomats said.",
])
def test_a_way_of_acting_does_nothing_of_its_own(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == "discouraging"], [(e.type, e.trigger) for e in events]


def test_a_partys_discouragement_stays(code):
    events, _ = code("Kenya has been discouraging Uganda from signing the deal, officials said.")
    assert [e for e in events if e.trigger == "discouraging"], [(e.type, e.trigger) for e in events]
