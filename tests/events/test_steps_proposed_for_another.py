"""A step proposed for another to take is a request of that one (request.yaml `proposal_clause`, CAMEO 020): the
clause in the form a proposal's content takes ("suggested that Iraq withdraw", "proposed that the leaders meet") is
the request's content, not an act of its own, and the type model does not retype the proposal into the act proposed
(events/coder.py `governing`, clauses.governs_clause), also where the parser hung the clause on a noun between
("proposed in a letter to X that they meet": status.stranded_content). A claim ("reports suggested the army
attacked") or a forecast ("suggested the talks would fail") is no request."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, source, target", [
    ("Iran suggested that Iraq withdraw its troops from the border.", "Iran", "Iraq"),
    ("Moscow suggested that Washington lift its sanctions on Soviet grain.", "Russia", "United States"),
    ("China suggested in a note to Vietnam that the two navies hold talks on the islands.", "China", "Vietnam"),
    ("Turkey proposed that NATO send warships to the Aegean.", "Turkey", "North Atlantic Treaty Organization"),
])
def test_a_step_proposed_for_another_is_a_request_of_it(code, text, source, target):
    events, actors = code(text)
    assert [e.type for e in events] == ["REQUEST"], [(e.type, e.trigger, e.status) for e in events]
    names = lambda ids: {actors[i].name if i in actors else i for i in ids}  # noqa: E731
    assert source in names(events[0].source) and target in names(events[0].target), text


@pytest.mark.parametrize("text", [
    "Chile proposed in a letter to Peru's leader that the two ministers meet in Lima.",
    "The Kenyan president proposed in a letter to the Ugandan leader that the two governments meet in Nairobi.",
])
def test_the_meeting_proposed_is_no_meeting_of_its_own(code, text):
    events, _ = code(text)
    assert [(e.type, e.status) for e in events] == [("REQUEST", "occurred")], \
        [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, kept", [
    ("Reports suggested that the Iraqi army attacked the town.", "ASSAULT"),
    ("Egypt suggested that Israel was behind the attack on the embassy.", None),
])
def test_a_claim_suggested_is_no_request(code, text, kept):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]
    assert [e.type for e in events] == ([kept] if kept else []), [(e.type, e.trigger) for e in events]


def test_a_forecast_suggested_is_no_request(code):
    events, _ = code("The Iranian minister suggested that the talks with Iraq would fail.")
    assert not [e for e in events if e.type == "REQUEST" or e.trigger == "suggested"], \
        [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, word", [
    ("Pakistan proposed talks with India on Kashmir.", "proposed"),
    ("The Kenyan president proposed a meeting with his Ugandan counterpart to settle the border dispute.", "proposed"),
    ("Turkey suggested a meeting between the Greek and Turkish foreign ministers.", "suggested"),
])
def test_talks_proposed_are_asked_for(typed, text, word):
    assert typed(text)[word] == ("REQUEST", "026"), text


@pytest.mark.parametrize("text", [
    "Japan proposed joint naval exercises with Australia.",
    "Reports suggested that a meeting had taken place in Geneva.",
])
def test_other_things_proposed_or_suggested_are_no_call_to_meet(typed, text):
    assert typed(text).get("proposed", typed(text).get("suggested"))[1] != "026", text
