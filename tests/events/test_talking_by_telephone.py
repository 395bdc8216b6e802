"""Talking by telephone or by video is a telephone call (consult.yaml, "speak"/"talk" with a "by"/"over"/"on" phrase
of a phone: CAMEO 041): "spoke to X by phone" was no event and "spoke by phone with X" the converted dictionary's
negotiation (046); two leaders joined as the subject call each other. Speaking on the radio is no call."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, caller, called", [
    ("Sanchez spoke to Lula by phone on Wednesday.", "Pedro Sánchez", "Lula"),
    ("Kishida talked with Albanese by telephone about the submarine deal.", "Fumio Kishida", "Anthony Albanese"),
    ("Meloni and Macron spoke over the phone about the migrants row.", "Giorgia Meloni", "Emmanuel Macron"),
    ("Xi spoke with Putin by video link on Friday.", "Xi Jinping", "Vladimir Putin"),
])
def test_talking_by_phone_is_a_call(code, text, caller, called):
    events, actors = code(text, "2023-06-20")
    calls = [e for e in events if e.cameo == "041"]
    assert calls and caller in names(calls[0].source, actors) and called in names(calls[0].target, actors), \
        [(e.type, e.cameo, names(e.source, actors), names(e.target, actors)) for e in events]


@pytest.mark.parametrize("text", [
    "The minister spoke on the radio about the budget.",
    "Sanchez spoke to reporters on Wednesday.",
])
def test_talking_on_the_radio_or_to_reporters_is_no_call(code, text):
    events, _ = code(text, "2023-06-20")
    assert not [e for e in events if e.cameo == "041"], [(e.type, e.cameo, e.trigger) for e in events]
