"""Where a thing, not an actor, leads, prompts or forces someone to act ("the delays led many bankers to complain",
"the threat of tariffs prompted officials to criticize…"), the one led does the infinitive's act; where an actor
forces or prompts ("the army forced the newspaper to close"), the act coded is the forcing one's
(events/roles/doers.py `addressee_of`, `_caused_by_a_thing`; data/addressees.yaml `causing`). Sentences written
here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger, country", [
    ("The delays have led many Japanese bankers to complain about the Bundesbank's rigid calendar.", "complain",
     "JPN"),
    ("Soaring bread prices drove Tunisian students to protest against the government.", "protest", "TUN"),
])
def test_the_one_a_thing_leads_does_the_act(code, rules_only, text, trigger, country):
    events, actors = code(text)
    event = next(e for e in events if e.trigger == trigger)
    assert {actors[i].country for i in event.source} == {country}, event.source


def test_an_actor_that_forces_keeps_its_act(code, rules_only):
    events, actors = code("The army forced the newspaper to suspend publication.")
    assert not any(e.trigger == "suspend" and e.source for e in events), [(e.trigger, e.source) for e in events]
    forced = next(e for e in events if e.trigger == "forced")
    assert forced.source, forced


def test_a_thing_an_actor_s_word_qualifies_does_no_act(code):
    events, actors = code("Cheap imports forced the Brazilian economy to adjust by cutting wages and raising debt.")
    assert not any(e.trigger == "adjust" for e in events), [(e.type, e.trigger, e.source) for e in events]


def test_a_bare_government_left_to_the_story_is_not_read_so(code):
    # "the government" names no state by its own words: the rule leaves it, as before
    events, actors = code("A bird flu epidemic forced the government to ban poultry imports.")
    assert not any(e.trigger == "ban" and e.source for e in events), [(e.type, e.trigger, e.source) for e in events]
