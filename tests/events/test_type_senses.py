"""A trigger word's sense decides the type (issue 10, coder round 8): a call to a person on a day, a truce violated,
a party banned, troops sent to keep the peace, an act someone is willing to do, a retreat refused."""

from __future__ import annotations

import pytest

from dossier.events import codebook
from dossier.events import coder as coder_module


def _types(events):
    return [(e.type, e.cameo) for e in events]


def test_a_call_to_a_person_on_a_day_is_a_phone_call(code):
    events, _ = code("The Chadian president called his Sudanese counterpart on Friday to discuss the border.")
    assert ("CONSULT", "041") in _types(events)
    assert "REQUEST" not in {e.type for e in events}


def test_a_call_on_someone_to_act_stays_a_request(code):
    events, _ = code("Chad called on Sudan on Monday to free the prisoners.")
    assert [e.type for e in events] == ["REQUEST"]


def test_calling_someone_names_is_no_phone_call(code):
    events, _ = code("The Chadian president called the Sudanese envoy a liar.")
    assert "CONSULT" not in {e.type for e in events}


def test_a_violated_truce_is_fighting_and_a_violated_trade_pact_a_defiance(code):
    events, _ = code("Sudanese troops violated the truce with Chad twice last week.")
    assert _types(events) == [("ASSAULT", "196")]
    events, _ = code("Sudan violated the trade agreement with Chad.")
    assert _types(events) == [("REJECT", "128")]


def test_a_banned_party_is_repression_and_banned_imports_an_embargo(code):
    events, _ = code("The government of Sudan outlawed the main opposition party on Tuesday.")
    assert _types(events) == [("COERCE", "172")]
    events, _ = code("Sudan banned imports from Chad.")
    assert [e.type for e in events] == ["SANCTION"]


def test_troops_sent_to_keep_the_peace_are_aid_and_to_a_border_a_mobilisation(code):
    events, _ = code("Nepal sent 500 soldiers to Lebanon on a peacekeeping mission.")
    assert _types(events) == [("AID", "074")]
    events, _ = code("Nepal sent 500 soldiers to the border with India.")
    assert [e.type for e in events] == ["MOBILIZE"]


def test_an_act_an_actor_is_willing_to_do_is_its_offer_as_coded_and_in_the_codebook(code):
    events, _ = code("Japan is willing to send more aid to Colombia.")
    event = next(e for e in events if e.source)
    assert (event.type, event.cameo, event.status) == ("AGREE", "033", "occurred")  # clauses.willingness_told
    assert codebook.view(event).type == "AGREE"


@pytest.mark.parametrize("text", ["Kenya will not withdraw its troops from Somalia.",
                                  "Kenya said it would not withdraw its troops from Somalia."])
def test_the_model_does_not_retype_a_refused_retreat(code, monkeypatch, text):
    monkeypatch.setattr(coder_module, "HAND_MARGIN", -10.0)  # a model that would retype any hand-written entry
    monkeypatch.setattr(coder_module, "RETYPE_AT", -10.0)
    events, _ = code(text, "2019-11-18")
    assert [(e.type, e.status) for e in events] == [("REJECT", "occurred")]


def test_an_attack_of_words_is_criticism_and_an_armed_one_an_assault(code):
    events, _ = code("The former minister launched a scathing attack on the Kenyan government.")
    assert [(e.type, e.cameo) for e in events] == [("ACCUSE", "111")]
    events, _ = code("Rebels launched an attack on the Kenyan army base.")
    assert [e.type for e in events] == ["ASSAULT"]


def test_aid_handed_over_is_aid_and_prisoners_handed_over_a_retreat(code):
    events, _ = code("The United States handed over medical equipment to Ethiopia's health ministry.")
    assert [e.type for e in events] == ["AID"]
    events, _ = code("The rebels handed over the prisoners to the Red Cross.")
    assert [e.type for e in events] == ["RETREAT"]


def test_tariffs_rolled_back_are_eased_and_tariffs_raised_imposed(code):
    events, _ = code("Washington rolled back tariffs on Chinese goods in return for more purchases.")
    assert [(e.type, e.cameo) for e in events] == [("CONCEDE", "081")]  # a trade restriction eased (round 82)
    events, _ = code("Washington raised tariffs on Chinese goods.")
    assert [e.type for e in events] == ["SANCTION"]


@pytest.mark.parametrize("text", ["Kenya said it will not hold talks with the Ugandan rebels.",
                                  "The Kenyan president declared that he would not go to Kampala next month."])
def test_a_meeting_an_actor_says_it_will_not_hold_is_a_refusal_to_meet(code, text):
    events, _ = code(text, "2019-11-18")
    assert [(e.type, e.cameo, e.status) for e in events] == [("REJECT", "125", "occurred")]


def test_a_meeting_simply_not_held_stays_a_negated_meeting(code):
    events, _ = code("Kenya did not meet the Ugandan delegation.", "2019-11-18")
    assert [(e.type, e.status) for e in events] == [("CONSULT", "negated")]
