"""Triggers the lists lacked — an act noun told as coming about ("the tariffs took
effect"), an act or an actor named by a word of blame or praise ("called the blockade a violation"), an attack linked
to someone, aid cut by half, a loan between states, a quarantine scrapped — each beside a
look-alike that names no event."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


def _types(events):
    return [e.type for e in events]


@pytest.mark.parametrize("text", ["Brazil's new tariffs on Argentine steel took effect on Friday.",
                                  "The Kenyan sanctions against Uganda came into force on Monday.",
                                  "The embargo on Venezuela, which took effect in March, hurt exporters."])
def test_an_act_noun_told_as_coming_about_is_the_act(code, text):
    events, _ = code(text, "2019-11-18")
    assert "SANCTION" in _types(events)


def test_an_act_noun_only_talked_about_stays_commentary(code):
    events, _ = code("Economists debated whether sanctions against Uganda help anyone.", "2019-11-18")
    assert "SANCTION" not in _types(events)


@pytest.mark.parametrize("text", ["Chile's foreign minister called the Bolivian blockade a violation of the border treaty.",
                                  "Ghana described Togo's troop build-up as a grave provocation.",
                                  "The Nigerian president termed Cameroon's demand unacceptable."])
def test_a_word_of_blame_is_criticism(code, text):
    events, _ = code(text, "2019-11-18")
    assert _types(events)[:1] == ["ACCUSE"]


def test_a_word_of_praise_is_support(code):
    events, actors = code("The Ghanaian president called the Togolese envoy an excellent partner for the region.",
                          "2019-11-18")
    assert _types(events) == ["SUPPORT"]


def test_naming_by_a_neutral_word_is_no_event(code):
    events, _ = code("The Peruvian minister called the agreement a document of record.", "2019-11-18")
    assert [t for t in _types(events) if t in ("ACCUSE", "SUPPORT", "CONSULT")] == []


def test_an_attack_linked_to_someone_is_laid_at_their_door(code):
    events, actors = code("Kenya's interior minister linked the bombing in Mombasa to Somali militants.",
                          "2019-11-18")
    accuse = [e for e in events if e.type == "ACCUSE"]
    assert accuse and accuse[0].cameo.startswith("11")


def test_a_currency_linked_to_another_is_no_accusation(code):
    events, _ = code("Denmark linked its krone to the German mark in 1982.", "2019-11-18")
    assert "ACCUSE" not in _types(events)


def test_aid_halved_is_aid_cut(code):
    events, _ = code("The Dutch parliament voted to halve aid to Suriname.", "2019-11-18")
    assert "SANCTION" in _types(events)


def test_a_loan_between_states_is_aid(code):
    events, actors = code("Kuwait will lend 500 million dollars to Jordan to cover its fuel imports.", "2019-11-18")
    assert _types(events)[:1] == ["AID"]


def test_support_lent_is_no_aid(code):
    events, _ = code("France lent its support to the Ghanaian bid for the seat.", "2019-11-18")
    assert "AID" not in _types(events)


def test_a_quarantine_scrapped_is_a_concession(code):
    events, _ = code("The Greek government scrapped the quarantine for travellers from Cyprus.", "2019-11-18")
    assert "CONCEDE" in _types(events)


