"""A match won is no attack: a verb of defeating (beat, defeat, edge...) in a sentence with a score, however the
tokenizer splits it, or a word of sport, or in a story that tells scores in two sentences or more
(`no_event._contest`, `no_event.has_score`). Armed men, police and troops who beat or defeat someone keep their
attack."""

from __future__ import annotations

import pytest

from dossier.events.no_event import has_score
from dossier.events.patterns import load_lexicon


def _assaults(events):
    return [e for e in events if e.type == "ASSAULT"]


_DEFEATING = ("beat", "defeat", "edge", "thrash", "rout")


def _on_defeating(events):
    """Events of any type on a verb of defeating: a match won names no act, and the type model makes none on it."""
    return [e for e in events if e.trigger.split()[-1].lower().startswith(_DEFEATING)]


@pytest.mark.parametrize("text", [
    "Moreno defeated Ivanov 6-3, 7-5 in the Lyon quarterfinal on Thursday.",
    "Portugal beat Slovakia 3-1 on Saturday to go top.",
    "Norway edged Sweden 2:1 in Oslo on Sunday.",
    "Ghana thrashed Benin 4-0 in Accra.",
    "Chile, unbeaten since March, beat Peru in Santiago.",
    "Denver defeated Phoenix in overtime on Wednesday night.",
])
def test_a_match_won_is_no_assault(code, text):
    events, _ = code(text)
    assert not _assaults(events) and not _on_defeating(events)


def test_a_result_told_without_a_score_in_a_story_of_results_is_no_assault(code):
    story = ("Italy beat Finland 3-0 in Turin to finish first in the group. "
             "Belgium drew 1-1 with Latvia, while Poland lost 2-1 at home. "
             "Russia beat Croatia on Monday.")
    events, _ = code(story)
    assert not _assaults(events) and not _on_defeating(events)


@pytest.mark.parametrize("text", [
    "Troops beat back the attack on the base near the border.",
    "Police beat protesters in the capital on Friday.",
    "The army defeated the rebels in the northern province.",
    "The army defeated the rebels in the north, killing 10-15 fighters, the governor said.",
])
def test_an_attack_told_with_a_verb_of_defeating_stays_an_assault(code, text):
    events, _ = code(text)
    assert _assaults(events)


def test_a_war_story_with_ranges_of_counts_is_no_story_of_results(code):
    story = ("Between 20-30 soldiers were wounded in the clashes, officials said. "
             "Some 3-4 villages were emptied as families fled. "
             "The army defeated the rebels near the river on Sunday.")
    events, _ = code(story)
    assert _assaults(events)


@pytest.mark.parametrize("text, score", [
    ("Serbia won 2-0 in Belgrade.", True),
    ("She won 7-6, 6-4 in the final.", True),
    ("It ended in a 1-1 draw.", True),
    ("The court ruled 5-4 in favour of the state.", True),
    ("The meeting starts at 10:30 on Monday.", False),
    ("Between 10-15 soldiers were killed.", False),
    ("Growth will slow to 1-2 percent next year.", False),
    ("The budget for 2024-25 was approved on 2024-06-01.", False),
    ("The talks lasted 3-4 days.", False),
])
def test_a_score_is_two_small_numbers_not_a_date_a_time_or_a_range_that_counts(nlp, text, score):
    doc = nlp(text)
    assert has_score(next(iter(doc.sents)), load_lexicon()) is score
