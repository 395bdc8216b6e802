"""A meeting proposed to mend relations with another party is proposed to that party (REQUEST, CAMEO 026): the "with"
phrase of a noun of relations or of strain, object of an infinitive of purpose that betters or eases it, on the
proposal of talks (roles/purpose_talks.proposed_talks_partners). Not a meeting to discuss relations (no party named
by them), nor the state a topic of the talks names."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, source, target", [
    ("Peru proposed a meeting of foreign ministers to improve relations with Chile.", "Peru", "Chile"),
    ("Peru proposed a meeting of experts to ease tension with Bolivia.", "Peru", "Bolivia"),
    ("Ghana proposed a summit of defence chiefs to mend its ties with Togo after the border clash.",
     "Ghana", "Togo"),
])
def test_a_meeting_proposed_to_mend_relations_is_asked_of_the_other_party(code, text, source, target):
    events, actors = code(text)
    requests = [e for e in events if e.type == "REQUEST"]
    assert requests, [(e.type, e.trigger) for e in events]
    assert source in names(requests[0].source, actors) and target in names(requests[0].target, actors), \
        [(e.type, names(e.source, actors), names(e.target, actors)) for e in events]


@pytest.mark.parametrize("text", [
    "Peru proposed a meeting of its own cabinet to discuss relations with Chile.",
    "Peru proposed talks among its own ministers on Chile's copper exports to improve its trade figures.",
])
def test_no_other_party_where_relations_are_only_discussed_or_a_topic_s_state(code, text):
    events, actors = code(text)
    assert not [e for e in events if e.type == "REQUEST" and "Chile" in names(e.target, actors)], \
        [(e.type, names(e.source, actors), names(e.target, actors)) for e in events]
