"""What a meeting is held "to try to" do is its aim, as what it is held "to" do is (lexicon attempt_verbs,
events/clauses.is_goal): the meeting is the event, no settlement or agreement is coded ("will meet on Monday to try
to settle the quarrel"); a main verb of attempting keeps its act. Particulars offered ("offered few details of the
plan") are told, no pledge (patterns/none.yaml); an offer to act or of talks stays AGREE. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text", [
    "Kenyan and Ugandan envoys will meet on Thursday to try to settle their quarrel over the lake.",
    "Chile and Peru will hold talks next week to try to resolve the dispute over fishing rights.",
    "Delegates of Ghana and Togo met in Lome to attempt to settle the border row.",
])
def test_a_meetings_aim_tried_is_no_agreement(code, text):
    events, _ = code(text)
    assert [e.type for e in events] == ["CONSULT"], text


def test_the_meeting_keeps_its_sides_and_status(code):
    events, actors = code("Kenyan and Ugandan envoys will meet on Thursday to try to settle their quarrel over the "
                          "lake.")
    (meeting,) = events
    assert meeting.status == "planned"
    assert {actors[i].country for i in meeting.source + meeting.target if i in actors} == {"KEN", "UGA"}


@pytest.mark.parametrize("text", [
    "The Zambian ministry offered few details of the new plan.",
    "The Malawian cabinet offered no specifics about the budget cuts.",
])
def test_particulars_offered_are_no_pledge(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "AGREE"], text


@pytest.mark.parametrize("text, target", [
    ("Zambia offered to send doctors to Malawi.", "Malawi"),
    ("Zambia offered talks to Malawi on the border.", "Malawi"),
])
def test_an_offer_to_act_stays(code, text, target):
    events, actors = code(text)
    offers = [e for e in events if e.type == "AGREE" and e.trigger == "offered"]
    assert offers and names(offers[0].target, actors) == {target}, text
