"""A report of a boxing night — a title defended, a challenger stopped, the referee's count — is a page of sport by
the ring's own words (data/relevance.yaml game_words, round 77: "WBO", "knockout", "referee", "heavyweight
title"): the blows and the defence told in its sentences are play, no acts between parties (events/relevance.py
`game_sentences`, `on_topic_events`). Text written here."""

from __future__ import annotations

from dossier.events.relevance import game_sentences
from tests.events.conftest import found_acts

FIGHT = ("The Ukrainian champion Taras Holub kept his WBO heavyweight title on Saturday in Hamburg, Germany. "
         "The Ukrainian champion overpowered the American challenger Dale Rourke in the fifth round. The referee "
         "stopped the bout after a hard right hand. Rourke last met Holub in 2019, when the American lost on points. "
         "Rourke, 36, had won his last nine fights by knockout. A crowd of 14,000 watched at the arena in Germany.")


def test_a_boxing_report_is_a_page_of_sport(nlp):
    assert game_sentences(nlp(FIGHT))


def test_its_blows_and_its_title_defended_are_no_acts(code):
    events, _ = code(FIGHT)
    assert not events, found_acts(events)
