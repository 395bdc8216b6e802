"""Campaign prose names no act between parties: a rival promised to be beaten in a race for votes ("promised to
defeat the president in the election": no promise to him, no force threatened) and a candidate's tour of towns (no
visit to a state or its host). A vow to defeat a state in war, an army's defeat of rebels and a minister's tour stay
(patterns/none_word_senses.yaml, data/non_events.yaml "a rival promised to be beaten in a vote"). Sentences written
here (round 74). Round 75: a tour launched by one named without "candidate", and the places visited on it, in a
sentence of battleground states, caucuses, primaries or early voting (non_events.yaml "a campaign's tour"); a
minister's tour of foreign states and a leader's visit before "voters go to the polls" stay."""

from __future__ import annotations

import pytest


def _seen(events):
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("sentence", [
    "The senator promised to defeat President Trump in the election.",
    "Known for her speeches in the early debates, the author vowed to defeat President Trump with kindness and "
    "has since run out of money.",
    "The candidate toured Kenya's coastal towns last week, promising voters new roads.",
    "Former Ohio governor John Kasich launched a tour of early-voting states on Saturday, visiting Iowa and Nevada.",
    "The senator began a tour of battleground states on Friday, visiting Ohio and Michigan to rally voters.",
])
def test_campaign_prose_is_no_act(code, sentence):
    events, _ = code(sentence)
    assert not [e for e in events if e.type in ("THREATEN", "AGREE", "CONSULT", "ASSAULT")], _seen(events)


@pytest.mark.parametrize("sentence, kind", [
    ("Iraq vowed to defeat Iran on the battlefield.", "THREATEN"),
    ("The Kenyan army defeated the rebels near the Ugandan border.", "ASSAULT"),
    ("The Kenyan foreign minister toured Uganda's border towns last week.", "CONSULT"),
    ("The Japanese foreign minister began a tour of Gulf states on Friday, visiting Kuwait and Qatar.", "CONSULT"),
    ("Japan's prime minister visited Washington days before voters go to the polls in Tokyo.", "CONSULT"),
])
def test_war_and_a_minister_s_tour_stay(code, sentence, kind):  # must-nots
    events, _ = code(sentence)
    assert [e for e in events if e.type == kind], _seen(events)
