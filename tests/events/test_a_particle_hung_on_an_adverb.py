"""A verb's particle that the parser hangs on an adverb after it still makes the phrasal verb: "would strike back
hard" (the parser reads "back" under "hard") is a blow returned, not a stoppage of work (PROTEST 143), and, held out
against any attack by its own state's speaker, a threat of force (CAMEO 138). matching.adverb_particles. Sentences
written for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "Ruritania would strike back hard against any attack on its ships.",
    "The army will strike back swiftly against the raiders.",
])
def test_striking_back_hard_is_a_blow_returned(typed, text):
    assert typed(text)["strike"][0] == "ASSAULT", typed(text)


def test_a_response_held_out_by_the_states_own_minister_is_a_threat(code):
    events, _ = code("Iran's defence minister said Iran would strike back hard against any Iraqi attack.")
    assert [(e.type, e.cameo) for e in events if "strike" in (e.trigger or "")] == [("THREATEN", "138")], \
        [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Dock workers said they would strike on Monday over the new shift rules.",
    "The teachers' union will strike hard next week unless the pay offer is raised.",
])
def test_workers_striking_stay_a_stoppage_of_work(typed, text):
    assert typed(text)["strike"] == ("PROTEST", "143"), typed(text)
