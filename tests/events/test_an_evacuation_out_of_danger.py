"""On a page, an evacuation of people at large by no one named, the police or people of no public office is a move
out of danger, no act between parties (events/relevance.py `emergency_evacuation`, data/relevance.yaml
evacuation_words): residents taken from their homes after a fire. Troops leaving a base, a state bringing its
citizens home and police clearing protesters stay. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts

# a page about public affairs: the sentence, then four sentences that name the state and its leaders
PAGE = ("{} The federal government announced new rules for Canada on Monday. Prime Minister Justin Trudeau said the "
        "rules would last for a month. Ottawa will review them in July. The Conservative Party has said little "
        "about them.")


def _of(events, text):
    return [e for e in events if e.evidence and e.evidence[0].text.strip().startswith(text[:25])]


def test_residents_evacuated_after_a_fire_is_no_retreat(code):
    text = "About 80 residents were evacuated from their homes on Saturday after a fire broke out at a furniture store."
    events, _ = code(PAGE.format(text))
    assert not _of(events, text), found_acts(events)


@pytest.mark.parametrize("text", [
    "Libyan troops were evacuating their last base in northern Chad on Friday.",
    "Germany evacuated 300 of its citizens from Sudan on Sunday.",
    "Riot police forcibly evacuated hundreds of protesters from the main square.",
])
def test_troops_a_states_citizens_and_protesters_stay(code, text):
    events, _ = code(PAGE.format(text))
    assert [e.type for e in _of(events, text)] == ["RETREAT"], found_acts(events)
