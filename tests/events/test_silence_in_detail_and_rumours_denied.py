"""A speaker who will not go into a matter in detail keeps silent before the press (no REJECT of anyone:
data/non_events.yaml "silence before the press"), and a denial of rumours or speculation answers nobody's charge (no
ACCUSE 110: patterns/none.yaml, with the denials of a happening). A refusal to discuss an offer, and a denial of
charges, stay. Sentences written for these tests."""

import pytest


def types_of(events, word):
    return [e.type for e in events if word in (e.trigger or "").split(" … ")]


@pytest.mark.parametrize("text, word", [
    ("The chairman of the Ruritanian state bank said the case was before the court but declined to discuss it in "
     "detail.", "declined"),
    ("The Fredonian foreign minister refused to go into details about his talks in Ruritania.", "refused"),
    ("A Ruritanian defence ministry spokesman declined to comment in detail on the Fredonian report.", "declined"),
])
def test_silence_about_the_details_is_no_rejection(code, text, word):
    events, _ = code(text)
    assert types_of(events, word) == [], (text, [(e.type, e.trigger) for e in events])


def test_a_refusal_to_discuss_an_offer_stays_a_rejection(code):
    events, _ = code("The Ruritanian prime minister declined to discuss the Fredonian offer of a border deal.")
    assert types_of(events, "declined") == ["REJECT"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The Ruritanian police denied rumours of fresh riots in the capital after a shooting at a market.",
    "Fredonia's central bank denied market speculation about a cut in its lending rate.",
    "The Ruritanian defence ministry denied rumors that the army chief had been arrested.",
])
def test_rumours_denied_are_nobody_s_charge(code, text):
    events, _ = code(text)
    assert types_of(events, "denied") == [], (text, [(e.type, e.trigger) for e in events])


@pytest.mark.parametrize("text", [
    "Ruritania denied the charges made by Fredonia over the border shooting.",
    "The Fredonian government denied the Ruritanian allegations that its troops had crossed the border.",
])
def test_charges_denied_stay_the_denial_of_an_accusation(code, text):
    events, _ = code(text)
    assert types_of(events, "denied") == ["ACCUSE"], (text, [(e.type, e.trigger) for e in events])
