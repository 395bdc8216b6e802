"""A response held out to an act, told by a verb of saying, is a warning (CAMEO 130, a conditional threat that
happened when it was said): "said any Ugandan meddling would meet a firm response", "said any attack on its
ships would be met with force", "said such a move by Peru would not go unanswered", "warned that a swift response
awaits any incursion" (threaten.yaml, events/matching.py `consequence_clause`). A forecast of what an act would
bring ("any cut in aid would hurt growth"), a response by others than the speaker's side to no act noun, or
resistance from farmers is no threat."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, target", [
    ("Kenya said any Ugandan meddling in its affairs would meet a firm response.", {"Uganda"}),
    ("Chile said such a move by Peru would not go unanswered.", {"Peru"}),
    ("Kenya's president said any attack on its ships would be met with force.", set()),
    # a response that awaits the act, and the act answered with a response (round 45)
    ("Kenya warned that a swift response awaits any Ugandan incursion.", {"Uganda"}),
    ("Chile said a firm reply will await any incursion by Peruvian troops.", set()),
    ("Chile said any Peruvian incursion would be answered with force.", {"Peru"}),
    ("Kenya said any Ugandan meddling would be met with a stern reply.", {"Uganda"}),
])
def test_a_response_held_out_to_an_act_is_a_threat(code, rules_only, text, target):
    events, actors = code(text, "1987-03-23")
    threats = [e for e in events if e.type == "THREATEN"]
    assert len(threats) == 1, [(e.type, e.trigger) for e in events]
    assert threats[0].status == "occurred" and threats[0].cameo == "130"
    assert names(threats[0].target, actors) >= target


@pytest.mark.parametrize("text", [
    "Kenya said any cut in aid would hurt growth.",
    "Kenya said any delay would meet resistance from farmers.",
    "Kenya said the talks would meet a strong response from donors.",
    # what an offer met, or a response that awaited it, is told of the past: no act held out (round 45)
    "Chile said a cool response awaited the Peruvian proposal.",
    "The Peruvian offer met with a cool reply in Santiago.",
    "Kenya said any Ugandan request would be answered by the ministry.",
])
def test_a_forecast_of_what_an_act_brings_is_no_threat(code, rules_only, text):
    events, _ = code(text, "1987-03-23")
    assert not [e for e in events if e.type == "THREATEN"], [(e.type, e.trigger) for e in events]
