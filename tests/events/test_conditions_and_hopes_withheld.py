"""Acts held out as a condition or hoped for (events/data/non_events.yaml: the condition contexts and "hoped or
believed", marked `withheld`): the type model does not make the act held out, nor turn another event of the sentence
into it. An act of that kind told as done stays the model's to read."""

import pytest

from dossier.events.component import coding_with
from tests.events.conftest import SureOf



def _types(events) -> set[str]:
    return {e.type for e in events}


@pytest.mark.parametrize("text", [
    "The Kenyan minister met the Ugandan envoy and said Kenya would stay only if Uganda withdrew its troops.",
    "The Kenyan minister met the Ugandan envoy and warned that Kenya would stay unless Uganda pulled back first.",
    "The Kenyan minister met the Ugandan envoy and said he hoped Uganda would withdraw its troops.",
])
def test_the_model_makes_no_act_held_out_as_a_condition_or_a_hope(code, nlp, text):
    with coding_with(nlp, types=SureOf("YIELD")):
        events, _ = code(text)
    assert "CONSULT" in _types(events) and not {"CONCEDE", "RETREAT"} & _types(events), \
        [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    "The Kenyan minister met the Ugandan envoy in Nairobi on Monday.",
    "The Kenyan minister met the Ugandan envoy and said Uganda had withdrawn its troops.",
])
def test_the_model_still_reads_a_yielding_where_none_is_held_out(code, nlp, text):
    with coding_with(nlp, types=SureOf("YIELD")):
        events, _ = code(text)
    assert {"CONCEDE", "RETREAT"} & _types(events), [(e.type, e.trigger) for e in events]
