"""Three things a page tells that no party does to another: one who quarantines with no one named as quarantined
keeps away from others (patterns/none.yaml: "the governor and his family are quarantining"); people who go to a
shelter take cover, no visit nor aid (data/non_events.yaml "refuge in a building"); a call to architects or firms to
send in designs or bids is a tender (data/non_events.yaml "a tender called"). A city that quarantines travellers, a
minister gone to a ministry and a state invited to make proposals stay. Texts written here."""

from __future__ import annotations

import pytest

from dossier.events.component import coding_with
from tests.events.conftest import SureOf


@pytest.mark.parametrize("text", [
    "The Ugandan president and his family are quarantining after two of his aides were exposed to someone who had the virus.",
    "The Kenyan foreign minister and her husband are quarantining after a close aide tested positive.",
])
def test_quarantining_oneself_is_no_act(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == "quarantining"], \
        [(e.type, e.trigger) for e in events]


def test_a_quarantine_imposed_on_others_stays(code, nlp):
    # a curb on people (the shipped model read it as a concession, which it makes only on a verb of yielding)
    with coding_with(nlp, types=SureOf("COERCE")):
        events, _ = code("Kenyan authorities quarantined 200 travellers arriving from Uganda on Monday.")
    assert [e for e in events if e.trigger == "quarantined"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "As the storm neared the coast, thousands of Mozambican families went to shelters.",
    "As the sirens sounded, Ukrainian families rushed to bunkers and basements.",
])
def test_going_to_a_shelter_is_no_visit_nor_aid(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("CONSULT", "AID")], [(e.type, e.trigger) for e in events]


def test_a_minister_gone_to_a_ministry_stays_a_visit(code):
    events, _ = code("The Kenyan foreign minister went to the Ugandan foreign ministry on Monday.")
    assert [e for e in events if e.type == "CONSULT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Portugal will ask architects to send designs for the conversion of a disused mill in Porto.",
    "The Greek culture ministry invited architects to present designs for the new museum.",
    "The Kenyan ministry asked construction firms to send bids for the new terminal by June.",
])
def test_a_call_to_the_trade_is_no_request(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]


def test_a_state_invited_to_make_proposals_stays_asked(code):
    events, _ = code("Kenya invited Uganda to submit proposals for the new border crossing.")
    assert [e for e in events if e.type == "REQUEST"], [(e.type, e.trigger) for e in events]
