"""A passive verb of alleging with "it" for its subject ("it is alleged that…") names nobody who alleges: the
writer's hedge, no accusation (events/data/non_events.yaml, "it is alleged"). An accuser named stays an accusation."""

import pytest


@pytest.mark.parametrize("text", [
    "Prosecutors say it is alleged that Ivan Petrov paid the Latvian judge.",
    "The prince met Smith on the day it is alleged he assaulted a woman in London.",
    "It was claimed that the mayor of Lyon took money from Dupont.",
])
def test_it_is_alleged_is_no_accusation(code, text):
    events, _ = code(text)
    assert not [e for e in events if e.type == "ACCUSE"], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "Kenya alleged that Uganda had moved troops to the border.",
    "Uganda was accused by Kenya of moving troops to the border.",
])
def test_an_accuser_named_stays_an_accusation(code, text):
    events, _ = code(text)
    assert "ACCUSE" in {e.type for e in events}, [(e.type, e.trigger) for e in events]
