"""A going to a private gathering or a domestic political one is no trip (non_events.yaml, "a trip to a private or
party gathering" and "… told again"); a going to a place, a summit, a conference or a body's session stays one.
Sentences written for these tests."""

import pytest


def _visits(events):
    return [e for e in events if e.type == "CONSULT" and e.cameo == "042"]


@pytest.mark.parametrize("text", [
    "Governor Lee flew to a fundraiser in Denver on Saturday.",        # a private event by its own noun
    "The Brazilian president flew to a campaign rally in Recife.",     # a gathering named by a party word
    "The Kenyan president's trip to the ruling party's congress in Nakuru began on Monday.",  # a trip noun
    "President Ruto left for a fundraiser in Mombasa on Friday.",      # leaving for one
    "The Mexican president travelled to the party convention in Monterrey.",
    "Prime Minister Albanese went to his son's wedding in Sydney on Saturday.",
])
def test_a_going_to_a_private_or_party_gathering_is_no_trip(code, text):
    events, _ = code(text)
    assert _visits(events) == [], text


def test_the_going_told_again_by_a_visit_noun_is_no_trip_either(code):
    events, _ = code("The organisers had not expected that Senator Anna Ruiz was coming to Friday's networking "
                     "breakfast, but they saw her visit as a welcome surprise.")
    assert _visits(events) == []


@pytest.mark.parametrize("text", [
    "Chile's foreign minister flew to Buenos Aires on Monday.",                        # a place
    "The Chilean foreign minister travelled to Monday's session of the UN Security Council.",  # a body's session
    "The Japanese prime minister went to the G20 summit in Rome.",                     # a summit
    "The Kenyan trade minister left for the conference on Sunday.",                    # a conference, no kind word
])
def test_a_going_to_a_place_a_summit_or_a_body_s_session_stays_a_trip(code, text):  # must-nots
    events, _ = code(text)
    assert len(_visits(events)) >= 1, text


def test_a_visit_with_a_destination_or_a_visitor_of_its_own_stays(code):  # must-nots for the "told again" context
    events, actors = code("Senator Anna Ruiz came to the fundraiser after her visit to Lima.")
    assert [e.trigger for e in _visits(events)] == ["visit"]
    events, actors = code("Governor Lee came to a fundraiser on Friday after a visit by the Rwandan president.")
    assert [e.trigger for e in _visits(events)] == ["visit"]
