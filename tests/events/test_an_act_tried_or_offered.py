"""An act only tried ("are trying to reach a deal", "attempted to settle the quarrel") is sought, not done: planned,
as an act sought is (lexicon attempt_verbs, events/status.read_status); an act of force keeps its attempt as the act
("tried to kill the governor"). An act offered ("offered to hold talks") is pledged, still to come: planned (offer a
planning verb); the offer itself stays AGREE, done. A noun offer is one of proposing (time lexicon proposal_nouns):
the act it is for is put forward, hypothetical, or planned once accepted. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import countries


@pytest.mark.parametrize("text, ptype", [
    ("Namibia and Botswana are trying to reach an accord over the river water.", "AGREE"),
    ("The Namibian foreign minister attempted to settle the fishing quarrel with Angola.", None),
    ("Botswana has been attempting to conclude a deal with Zambia on the railway.", "AGREE"),
])
def test_an_act_tried_is_not_done(code, text, ptype):
    events, _ = code(text)
    assert events, text
    assert all(e.status != "occurred" for e in events), [(e.type, e.trigger, e.status) for e in events]
    if ptype is not None:
        assert [e.status for e in events if e.type == ptype] == ["planned"], text


def test_the_tried_act_keeps_its_sides(code):
    events, actors = code("Namibia and Botswana are trying to reach an accord over the river water.")
    (accord,) = [e for e in events if e.type == "AGREE"]
    assert countries(accord.source + accord.target, actors) == {"NAM", "BWA"}


@pytest.mark.parametrize("text, ptype", [
    ("Gunmen tried to kill the Namibian governor near the border.", "ASSAULT"),
    ("Zambian police attempted to arrest the opposition leader at dawn.", "COERCE"),
])
def test_an_act_of_force_attempted_is_done(code, text, ptype):
    events, _ = code(text)
    assert [e.status for e in events if e.type == ptype] == ["occurred"], text


def test_talks_offered_lie_ahead_and_the_offer_is_made(code):
    events, actors = code("Angola offered to hold talks with Namibia on the river dispute.")
    talks = [e for e in events if e.type == "CONSULT"]
    offers = [e for e in events if e.type == "AGREE"]
    assert [e.status for e in talks] == ["planned"]
    assert [e.status for e in offers] == ["occurred"]
    assert countries(talks[0].source + talks[0].target, actors) == {"AGO", "NAM"}


@pytest.mark.parametrize("text", [
    "Angola offered medical aid to Namibia after the floods.",
    "Angola held talks with Namibia on the river dispute.",
])
def test_an_offer_or_an_act_told_as_done_stays_done(code, text):
    events, _ = code(text)
    assert events and all(e.status == "occurred" for e in events), [(e.type, e.trigger, e.status) for e in events]


@pytest.mark.parametrize("text, status", [
    ("Namibia turned down Angola's offer to hold talks on the river dispute.", "hypothetical"),
    ("Namibia accepted an offer from Angola to hold talks on the river dispute.", "planned"),
])
def test_talks_a_noun_offer_is_for_are_not_held(code, text, status):
    events, _ = code(text)
    assert [e.status for e in events if e.type == "CONSULT"] == [status], text


def test_talks_held_after_an_offer_are_held(code):
    events, _ = code("Angola held talks with Namibia on the river dispute after its offer was accepted.")
    assert [e.status for e in events if e.type == "CONSULT"] == ["occurred"]
