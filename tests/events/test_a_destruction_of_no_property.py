"""What a decision or a step "would destroy" that is no property (a right, an institution, a country's credibility)
is a figure of speech: no coercion, and so no threat of one by whoever says it (events/data/figures_of_speech.yaml
`blow_objects`, read for coercion as for attacks by figures_of_speech.figurative_blow)."""

import pytest


def _found(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger) for e in events]


@pytest.mark.parametrize("text", [
    '"If the ruling stands, it will destroy our right to publish," the chairman of Ardent Media said on Monday.',
    "The Canadian senator said the new rules would destroy the institution of the Senate.",
    "Opposition leaders in Ghana said the decree would destroy the credibility of the electoral commission.",
])
def test_a_right_or_an_institution_destroyed_is_no_coercion_nor_threat(code, text):
    events, _ = code(text)
    assert not {"COERCE", "THREATEN", "ASSAULT"} & {e.type for e in events}, _found(events)


@pytest.mark.parametrize("text", [
    "Israeli soldiers destroyed the house of the gunman in Jenin on Tuesday.",
    "Russian jets destroyed two bridges near Kherson.",
])
def test_property_destroyed_stays_an_act(code, text):
    events, _ = code(text)
    assert {"COERCE", "ASSAULT"} & {e.type for e in events}, _found(events)
