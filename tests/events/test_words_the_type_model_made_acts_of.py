"""Words the type model made or retyped into an act on the wire where the word is no act in that use (round 71,
model71: events/patterns/none_word_senses.yaml, events/data/non_events.yaml "a want about a market or a figure").
A word the rules name no event keeps the model from adding one on it or retyping it; the same words in an act's
use stay acts. Texts written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import found_acts


@pytest.mark.parametrize("text, word", [
    # firms sold by their own state: no concession (the model's CONCEDE 080)
    ("Peru has returned more than 200 state mills to private ownership since 1990.", "returned"),
    ("The cabinet transferred forty collective farms to the private sector last year.", "transferred"),
    # words to the press: no meeting and no concession (the dictionary's CONSULT 046, the model's CONCEDE 080)
    ("The Chilean president opened his news conference with a statement on the trade deficit.", "opened"),
    # a cabinet's own posts filled: no act on anyone (the dictionary's COOPERATE 060, the model's ASSAULT 180)
    ("The Kenyan president carried out a cabinet reshuffle on Monday, naming a new finance minister.", "naming"),
    ("The Kenyan president carried out a cabinet reshuffle on Monday, naming a new finance minister.", "carried"),
    ("The Zambian premier appointed a new mines minister on Friday.", "appointed"),
    # a currency's state wished for asks no one (the dictionary's REQUEST 0231, the model's ACCUSE 110)
    ("The finance ministry made clear again that Canada wants a steady currency.", "wants"),
    ("The finance minister said Japan wants lower interest rates.", "wants"),
    # a port's trade oversees no party (the dictionary's COOPERATE 060, the model's AGREE 030)
    ("The port of Durban handles grain exports and coal shipments to Asia.", "handles"),
])
def test_no_act_on_the_word(code, text, word):
    events, _ = code(text)
    assert not [e for e in events if word in (e.trigger or "").split()], found_acts(events)


@pytest.mark.parametrize("text, ptype", [
    ("Peru and Ecuador opened talks on their border dispute in Geneva on Monday.", "CONSULT"),
    ("The army carried out reprisals against the rebels on Monday.", "ASSAULT"),
    ("Washington wants Tokyo to open its rice market to American growers.", "REQUEST"),
    ("Turkey opened its border to refugees from Iraq.", "AID"),
])
def test_the_words_in_an_act_s_use_stay(code, text, ptype):
    events, _ = code(text)
    assert ptype in {e.type for e in events}, found_acts(events)
