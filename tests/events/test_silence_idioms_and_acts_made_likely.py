"""Round 72 (noise72). A speaker who will not be more exact, be drawn out or judge a matter ahead of time keeps
silent before the press and refuses no party; a text or an offer that contains a thing restrains no one; "mean" with a
clause tells what follows from a thing, no intent; "Thank God" praises no one; an act that something makes likely,
hard or possible is weighed, not done; a name that goes down in history makes no trip. Refusals of a party, a
revolt contained, an intent told by an infinitive, thanks given to a state, an accord made public and a trip stay.
Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text", [
    "Asked about the tariff plan, Tanaka declined to be specific.",
    "Asked about the rate, Ito refused to be drawn on the timing of a cut.",
    "Tanaka refused to be more precise about the Japanese offer to Peru.",
    "Tanaka refused to prejudge the outcome of the talks with Peru.",
])
def test_a_speaker_who_will_not_be_exact_refuses_no_party(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "REJECT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Kenya refused to be bound by the accord.",
    "Peru declined to meet the Chilean envoy.",
])
def test_a_refusal_of_a_party_stays(code, text):
    events, _ = code(text)
    assert [e for e in events if e.type == "REJECT"], found_acts(events)


def test_an_offer_that_contains_a_thing_restrains_no_one(code):
    events, _ = code("The Lima offer contains a share swap agreement with Andes Mining.")
    assert not [e for e in events if e.type == "COERCE"], found_acts(events)


def test_a_revolt_contained_stays(code):
    events, _ = code("Chilean police contained the revolt in the north.")
    assert [e for e in events if e.type == "COERCE"], found_acts(events)


def test_mean_with_a_clause_is_no_intent(typed):
    assert typed("His years in the cabinet mean that the bank will be in safe hands.").get("mean", ("NONE",))[0] \
        == "NONE"


def test_mean_with_an_infinitive_keeps_its_entry(typed):
    assert typed("Peru means to open its fishing grounds to Chilean boats.")["means"][0] == "AGREE"


def test_thank_god_praises_no_one(code):
    events, _ = code("\"Thank God, the envoy was free that day,\" the mayor said.")
    assert not [e for e in events if e.type == "SUPPORT"], found_acts(events)


def test_thanks_to_a_state_stay(code):
    events, _ = code("Peru thanked Norway for its help with the flood.")
    assert [e for e in events if e.type == "SUPPORT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Brazil said it would oppose the plan, making an agreement at the meeting unlikely.",
    "The floods in Kenya made talks with Uganda on the border impossible.",
    # (a line break splits the sentence, and the parser hangs the adjective on the meeting)
    "But Chilean officials said they would oppose such steps,\nmaking an accord at the meeting unlikely.",
])
def test_an_act_made_likely_or_hard_is_not_done(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type in ("AGREE", "CONSULT")], found_acts(events)


def test_an_act_made_public_stays(typed):
    assert typed("Kenya and Uganda signed the accord and made it public on Monday.")["signed"][0] == "AGREE"


@pytest.mark.parametrize("text", [
    "Sato will go down in Japanese history as one of the great governors of the Bank of Japan.",
    "\"Ito is sure to go down in U.S. history as a great envoy.",
])
def test_a_name_that_goes_down_in_history_makes_no_trip(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "CONSULT"], found_acts(events)


def test_a_trip_stays(code):
    events, _ = code("The Kenyan foreign minister will go to Kampala next week.")
    assert [e for e in events if e.type == "CONSULT"], found_acts(events)


@pytest.mark.parametrize("text", [
    "Just because some senators kept quiet on the bill didn't mean they don't support it, though.",
    "Singapore likes to call its course \"active restraint,\" meaning that it helps business chiefly by keeping the "
    "economy steady.",
    # an act's noun inside the clause (round 72, lead)
    "A move by Norwegian prosecutors on Monday means Oslo will now file no competing extradition request beside "
    "Washington's.",
])
def test_what_a_thing_is_read_to_mean_is_no_act(code, text):
    events, _ = code(text)
    assert not events, found_acts(events)
