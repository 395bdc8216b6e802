"""A verb with its particle as a light verb (lexicon `light_verbs`: "kick off"; `noun_acts.light`): "kicked off
trade talks" holds the talks, as "opened talks" does; a match or a campaign kicked off is no meeting."""

import pytest


@pytest.mark.parametrize("text, status", [
    ("Chile and Bolivia will kick off border talks in La Paz next week.", "planned"),
    ("Colombia and Venezuela kicked off talks on the border on Friday.", "occurred"),
])
def test_talks_kicked_off_are_held(code, text, status):
    events, actors = code(text)
    meetings = [e for e in events if e.type == "CONSULT" and e.cameo == "040"]
    assert len(meetings) == 1, [(e.type, e.cameo, e.trigger) for e in events]
    assert meetings[0].status == status
    assert len(meetings[0].source) == 1 and len(meetings[0].target) == 1


@pytest.mark.parametrize("text", [
    "The ruling party kicked off its campaign in Santiago on Monday.",
    "The Bolivian president kicked off the celebrations with a speech.",
])
def test_other_things_kicked_off_are_no_meeting(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT" and e.cameo == "040"], \
        [(e.type, e.cameo, e.trigger) for e in events]
