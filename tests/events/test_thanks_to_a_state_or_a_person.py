"""A state, a people or a person thanked or congratulated is praised (support.yaml, CAMEO 051): the entry's target
labels had left out GPE, NORP and PERSON, so "thanked Britain for its support" and "congratulated Putin on his
re-election" were no event. A speaker's thanks to his family or a coach's to his players name no party."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, thanked", [
    ("Zelensky thanked Canada for its military aid.", "Canada"),
    ("Sanchez congratulated Macron on his re-election.", "Emmanuel Macron"),
])
def test_thanks_to_a_state_or_a_leader_are_praise(code, text, thanked):
    events, actors = code(text, "2023-11-21")
    praise = [e for e in events if e.cameo == "051"]
    assert praise and thanked in names(praise[0].target, actors), \
        [(e.type, e.cameo, names(e.target, actors)) for e in events]


@pytest.mark.parametrize("text", [
    "The coach thanked his players after the final.",
    "I thank my family for their patience.",
])
def test_thanks_to_no_party_are_none(code, text):
    events, _ = code(text, "2023-11-21")
    assert not [e for e in events if e.cameo == "051"], [(e.type, e.cameo, e.trigger) for e in events]
