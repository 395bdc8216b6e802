"""A "between" phrase the parser hangs on the verb above a noun act, past a time expression ("spoke ahead of a
meeting later today between A and B"), still names the act's parties (roles._stray_between); a "between" phrase
that stands further off, past other words, or on a verb the noun does not hang under, belongs to its own word. The
rules alone decide here. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


def _countries(ids, actors):
    return {actors[i].country for i in ids if i in actors}


def _meetings(events):
    return [e for e in events if e.type == "CONSULT" and e.trigger in ("meeting", "talks")]


@pytest.mark.parametrize("text, source, target", [
    ("Bankers spoke ahead of a meeting later today between Peruvian Finance Minister Luis Rojas and his Japanese "
     "counterpart Kenji Mori.", "PER", "JPN"),
    ("Officials worked ahead of talks this evening between the Greek Prime Minister and his Turkish counterpart.",
     "GRC", "TUR"),
])
def test_a_between_phrase_past_a_time_names_both_parties(code, rules_only, text, source, target):
    events, actors = code(text, "1987-03-02")
    (meeting,) = _meetings(events)
    assert _countries(meeting.source, actors) == {source}
    assert _countries(meeting.target, actors) == {target}


def test_a_between_phrase_on_the_noun_is_read_as_before(code, rules_only):
    events, actors = code("Diplomats gathered before a meeting on Tuesday between Kenyan Foreign Minister John Otieno "
                          "and Ugandan Foreign Minister Paul Kato.", "1987-03-02")
    (meeting,) = _meetings(events)
    assert names(meeting.source, actors) == {"John Otieno"} and names(meeting.target, actors) == {"Paul Kato"}


@pytest.mark.parametrize("text", [
    "After the meeting the talks ended, and a rift opened between Kenya and Uganda.",
    "The bank split the cost of the meeting equally between Kenya and Uganda.",
])
def test_a_between_phrase_further_off_names_no_party_of_the_meeting(code, rules_only, text):
    events, actors = code(text, "1987-03-02")
    for meeting in _meetings(events):
        assert not ({"Kenya", "Uganda"} & names(meeting.source + meeting.target, actors))
