"""A meeting that only times another clause ("said after the meeting that…", "sold before this week's meetings")
and names no partner of its own is no meeting of that clause's subject: it makes no CONSULT event of the speaker's
or the seller's. With a partner named ("after a meeting with X, Y said"), or two parties in the subject ("after
talks on Monday, A and B signed"), the subject took part (roles/reading.py)."""

import pytest

from tests.events.conftest import countries


@pytest.mark.parametrize("text", [
    "The Estonian envoy said after the meeting that progress was slow.",
    "Traders in Oslo were reluctant to sell the crown before next week's meetings.",
])
def test_no_meeting_of_the_framed_clause_s_subject(code, text):
    events, actors = code(text)
    assert not [e for e in events if e.type == "CONSULT" and e.source], [(e.type, e.trigger, e.source) for e in events]


@pytest.mark.parametrize("text, source, target", [
    ("After a long meeting with the Latvian premier, the Estonian envoy said progress was slow.", {"EST"}, {"LVA"}),
    ("After talks on Monday, Estonia and Latvia signed a border accord.", {"EST"}, {"LVA"}),
])
def test_a_partner_named_keeps_the_meeting(code, text, source, target):
    events, actors = code(text)
    hits = [e for e in events if e.type == "CONSULT"]
    assert hits, [(e.type, e.trigger) for e in events]
    sides = countries(hits[0].source, actors) | countries(hits[0].target, actors)
    assert sides == source | target, (hits[0].source, hits[0].target)
