"""An attack its doer says he would make by some means ("said he would use whatever force it takes to quell the
uprising", "would use every means to crush the mutiny") is announced on the verb of the means: a threat of
force (CAMEO 138), which happened when it was said (events/threatened.py `_means_used`). Others' forecasts, a means
used in the past and an attack its doer says he would stop stay what they were."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Army chief Juan Soto said he would use the air force to put down the uprising.",
    "Kenya's army chief said he would use every means to crush the mutiny.",
])
def test_an_attack_announced_on_its_means_is_a_threat(code, text):
    events, _ = code(text, "1987-04-17")
    threats = [e for e in events if e.type == "THREATEN"]
    assert threats and not [e for e in events if e.type == "ASSAULT"], [(e.type, e.trigger) for e in events]
    assert threats[0].cameo == "138" and threats[0].status == "occurred"


@pytest.mark.parametrize("text", [
    "Analysts said the Kenyan army would use tanks to put down the mutiny.",
    "The Kenyan army used tanks to put down the mutiny last year.",
    "Iraq said it would stop attacking ships in the Gulf.",
])
def test_forecasts_means_used_and_attacks_stopped_are_no_threats(code, rules_only, text):
    events, _ = code(text, "1987-04-17")  # the rules alone: the model reads threats in words of its own
    assert not [e for e in events if e.type == "THREATEN"], [(e.type, e.trigger) for e in events]
