"""Contexts of no event (data/non_events.yaml): a trip told by a participle after a noun of people picks out whom a
rule is about ("people arriving in Spain must show a test"), no visit; a trip bid in the imperative ("Come to
China!", "Visit Kenya this winter") is an advert or an invitation; and an act its doer is afraid of doing ("many
refugees are afraid to return to Syria") is a feeling, not an act done. A visit told with its own verb, a participle
after an official, and "not afraid to" stay. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger", [
    ("Ruritania on Monday began demanding a negative test for most people arriving in Ruritania by air.", "arriving"),
    ("Passengers coming from Dubai will be quarantined for two weeks, the Kenyan health ministry said.", "coming"),
    ("Tourists travelling to Egypt must carry a vaccination card, the Egyptian embassy said.", "travelling"),
    ("Visitors coming to Japan will need a visa from next month, the foreign ministry said.", "coming"),
])
def test_a_trip_that_picks_out_people_is_no_visit(code, text, trigger):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger", [
    ('"Come to China! We have got noodles and spring rolls and the Great Wall!" #china', "Come"),
    ("Visit Kenya this winter and see the great migration for yourself.", "Visit"),
])
def test_a_trip_bid_in_the_imperative_is_no_visit(code, text, trigger):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger", [
    ("Many refugees are afraid to return to Syria because they fear arrest.", "return"),
    ("The villagers were scared to return to Ethiopia after the fighting.", "return"),
    ("Families are frightened to travel to Kabul now, a relief group said.", "travel"),
])
def test_an_act_its_doer_is_afraid_of_doing_is_no_act(code, text, trigger):
    events, _ = code(text)
    assert not [e for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger", [
    ("The Kenyan president is arriving in Spain on Monday for talks with the prime minister.", "arriving"),
    ("The Kenyan president visited Spain on Monday.", "visited"),
    ("The Kenyan president came to China on Monday.", "came"),
])
def test_a_visit_of_a_party_stays(code, text, trigger):
    events, _ = code(text)
    assert [e for e in events if e.trigger == trigger and e.type == "CONSULT"]


def test_not_afraid_to_leaves_the_act_to_other_words(code):
    events, _ = code("Kenya is not afraid to send troops to Somalia, the defence minister said.")
    assert [e for e in events if e.trigger == "send" and e.type == "MOBILIZE"]
