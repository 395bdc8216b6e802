"""Idioms of pages read as acts: going easy on someone is no trip, a harm risked no threat, a taxing task no tax,
catching up no seizure (data/non_events.yaml "going easy on someone", "a harm risked", "a taxing task", "catching
up"). The same verbs in their plain sense stay. Texts written here."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind", [
    ("The Kenyan president went easy on Uganda in his speech.", "CONSULT"),
    ("Fishing nets are being used across Kenya, risking harm to people and to fish stocks.", "THREATEN"),
    ("Kenya's new customs forms can be mentally taxing for Ugandan traders.", "COERCE"),
    ("The Kenyan ministry's reports can be taxing for Ugandan officials.", "COERCE"),
    ("We talked to Kenyan teachers who use the forum often to understand their problems with catching up.",
     "COERCE"),
])
def test_idiom_is_no_act(code, text, kind):
    events, _ = code(text)
    assert not [e for e in events if e.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("The Kenyan president went to Uganda on Monday.", "CONSULT"),
    ("The Kenyan government risks a clash with Uganda over the island.", "THREATEN"),
    ("Kenya is taxing imports from Uganda at a higher rate.", "COERCE"),
    ("Police caught the Kenyan suspect in Kampala.", "COERCE"),
    ("Police caught up with the Kenyan suspect in Kampala.", "COERCE"),
])
def test_plain_sense_stays(code, text, kind):
    events, _ = code(text)
    assert [e for e in events if e.type == kind]
