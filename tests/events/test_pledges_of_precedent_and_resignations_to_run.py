"""A nominee's or a judge's pledge to follow precedent or uphold the constitution is a view of how one will judge, no
promise to a party (data/non_events.yaml "a pledge to follow precedent"), and one who resigns to run for a seat leaves
it for a race, yielding to no one ("a resignation to run for office"). A state's pledge to respect a ceasefire and a
resignation over a scandal stay. Sentences written here (round 75)."""

from __future__ import annotations

import pytest


def _seen(events):
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("sentence, kind", [
    ("The nominee, Judge Mary Wanjiku, pledged to follow the precedent of the Supreme Court ruling on land.", "AGREE"),
    ("The new chief justice vowed to uphold the constitution in his first address to the Kenyan parliament.", "AGREE"),
    ("Amina Mohamed resigned from the Kenyan senate to run for the governor's seat vacated by Ali Joho.", "RETREAT"),
    ("The mayor of Mombasa resigned last week to run for governor.", "RETREAT"),
])
def test_a_pledge_of_precedent_or_a_resignation_to_run_is_no_act(code, sentence, kind):
    events, _ = code(sentence)
    assert not [e for e in events if e.type == kind], _seen(events)


@pytest.mark.parametrize("sentence, kind", [
    ("Iran pledged to respect the ceasefire with Iraq.", "AGREE"),
    ("Uganda promised to abide by the border accord with Kenya.", "AGREE"),
    ("The Kenyan finance minister resigned over the scandal.", "RETREAT"),
])
def test_a_pledge_to_a_party_and_a_resignation_over_a_scandal_stay(code, sentence, kind):  # must-nots
    events, _ = code(sentence)
    assert [e for e in events if e.type == kind], _seen(events)
