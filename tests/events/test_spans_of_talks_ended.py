"""Talks ended after a span of time are the talks held (consult.yaml `span`, lexicon `span_nouns`, CAMEO 040), not
talks halted: "ended three days of talks" is a meeting, "ended the talks" or "broke off negotiations" a halt (CAMEO
164)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("Iran and Iraq ended three days of talks in Geneva on Friday.", "ended"),
    ("The Soviet and American negotiators concluded two rounds of negotiations on arms control.", "concluded"),
    ("Kenya wound up two days of meetings with Uganda in Nairobi.", "wound"),
])
def test_talks_ended_after_a_span_are_talks_held(code, text, word):
    events, _ = code(text)
    assert [(e.type, e.cameo) for e in events if e.trigger.split()[0] == word] == [("CONSULT", "040")], \
        [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Israel ended the talks with the Palestinians after the bombing.", "ended"),
    ("Iraq broke off negotiations with Iran after the raid.", "broke"),
])
def test_talks_ended_outright_are_halted(code, text, word):
    events, _ = code(text)
    assert [(e.type, e.cameo) for e in events if e.trigger.split()[0] == word] == [("SANCTION", "164")], \
        [(e.type, e.trigger) for e in events]


def test_a_span_of_fighting_ended_is_no_meeting(code):
    events, _ = code("Iran and Iraq ended eight days of fighting along the border.")
    assert not [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word, sides", [
    ("A Chilean delegation is in Washington this week concluding negotiations on its debt with 14 creditor banks.",
     "concluding", "Chile"),
    ("Kenya and Uganda concluded negotiations on the border in Nairobi on Friday.", "concluded", "Kenya"),
])
def test_negotiations_concluded_are_talks_held_no_accord(code, text, word, sides):
    events, actors = code(text)
    found = [(e.type, actors[e.source[0]].name if e.source else None) for e in events
             if e.trigger.split()[0] == word]
    assert found == [("CONSULT", sides)], [(e.type, e.trigger) for e in events]


def test_must_not_an_accord_concluded_stays_an_agreement(code):
    events, _ = code("Kenya and Uganda concluded an agreement on the border in Nairobi on Friday.")
    assert [e.type for e in events if e.trigger.startswith("concluded")] == ["AGREE"], \
        [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Ghana and Togo ended talks in Lome on Thursday after settling their quarrel over the fishing grounds.",
    "Farm ministers of the West African bloc have ended talks after approving a common seed budget.",
])
def test_talks_ended_by_those_who_held_them_are_talks_held(code, text):
    events, _ = code(text)
    assert [(e.type, e.cameo, e.status) for e in events if e.trigger.split()[0] == "ended"] \
        == [("CONSULT", "040", "occurred")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The Ghanaian envoys ended talks with Togo on Thursday.",  # a partner named: one side's halt
    "Ghana and Togo ended the talks in protest at the border raid.",  # in protest
    "Ghana ended the talks on Thursday.",  # one party
])
def test_talks_ended_by_one_side_or_in_protest_stay_halted(code, text):
    events, _ = code(text)
    assert [(e.type, e.cameo) for e in events if e.trigger.split()[0] == "ended"] == [("SANCTION", "164")], \
        [(e.type, e.trigger) for e in events]
