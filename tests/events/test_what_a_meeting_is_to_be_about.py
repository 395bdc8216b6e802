"""A name after "on", "about" or "for" on a noun of a meeting that is not the trigger ("called for a peace
conference for the Horn of Africa", "urged the powers to hold a conference on Cyprus") is what the meeting is to be
about: the role model took it for the target of the call or the accord (no_party.meeting_topic;
data/no_party.yaml `meeting_nouns`). The one urged, and a party the talks are "with", stay targets."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, topic", [
    ("Ghana urged the great powers to hold a conference on Cyprus.", "Cyprus"),
    ("Kenya called for a summit on Somalia.", "Somalia"),
    ('"We agreed during the visit to call for a peace conference for the Middle East," the envoy said.',
     "Middle East"),
])
def test_the_topic_of_a_meeting_asked_for_is_no_target(code, text, topic):
    events, actors = code(text)
    found = [e for e in events if e.type in ("REQUEST", "AGREE")]
    assert found, [(e.type, e.trigger) for e in events]
    assert all(topic not in names(e.target, actors) for e in found), \
        [(e.type, names(e.source, actors), names(e.target, actors)) for e in events]


@pytest.mark.parametrize("text, party", [
    ("Ghana urged Britain to hold a conference on Cyprus.", "United Kingdom"),
    ("Egypt called for talks with Israel on the Sinai.", "Israel"),
])
def test_the_one_urged_or_met_stays(code, text, party):
    events, actors = code(text)
    found = [e for e in events if e.type == "REQUEST"]
    assert found and party in names(found[0].target, actors), \
        [(e.type, names(e.source, actors), names(e.target, actors)) for e in events]
