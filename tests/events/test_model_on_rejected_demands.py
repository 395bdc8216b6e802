"""The type model makes no act of a reporting verb the rules rejected as a demand: "said the report must be ready by
May" is no demand of anyone (a modal that asks nobody), and a model sure of a demand adds none on "said" either; a
verb no rule matched stays open to the model."""

from __future__ import annotations

import pytest

from dossier.events import coder as coder_module
from dossier.events.classifier import NONE
from dossier.events.component import coding_with


class _SureOfDemand:
    """A type model that takes every sentence for a demand, above the point where it adds an event."""

    def scores_many(self, batch):
        return [{"REQUEST": 0.3, "ACCUSE": -0.9, NONE: -1.0} for _ in batch]


@pytest.fixture
def sure(nlp, monkeypatch):
    monkeypatch.setattr(coder_module, "CREATE_AT", -0.6)
    with coding_with(nlp, types=_SureOfDemand()):
        yield


@pytest.mark.parametrize("text", [
    "The Kenyan finance minister said the budget report must be ready by May.",
    "Ghana's trade minister said the new port should open next year.",
])
def test_no_model_act_on_a_reporting_verb_whose_modal_asks_nobody(code, sure, text):
    events, _ = code(text, "2019-11-18")
    assert [e for e in events if e.type == "REQUEST"] == []


def test_the_model_still_adds_an_act_on_a_verb_no_rule_matched(code, sure):
    events, _ = code("Kenya's senators outmanoeuvred the Ugandan delegation.", "2019-11-18")
    assert [e.type for e in events] == ["REQUEST"]
