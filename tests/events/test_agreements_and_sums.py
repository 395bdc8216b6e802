"""An agreement to act stays an agreement, a sum of money provided is aid, and the type
model's "no event" needs a wider lead to drop a hand-written entry with its actors named."""

from __future__ import annotations

import pytest

from dossier.events import coder as coder_module
from dossier.events.classifier import NONE
from dossier.events.component import coding_with


@pytest.fixture
def eager_model(monkeypatch):
    """A type model that would retype any hand-written entry it disagrees with."""
    monkeypatch.setattr(coder_module, "HAND_MARGIN", -10.0)
    monkeypatch.setattr(coder_module, "RETYPE_AT", -10.0)


class _Retreating:
    """A type model that takes every sentence for a retreat, and no event for less."""

    def scores_many(self, batch):
        return [{"YIELD": 0.5, "AGREE": -0.8, NONE: -1.0} for _ in batch]


@pytest.mark.parametrize("text", ["The rebel militia agreed to lay down its arms in the eastern provinces.",
                                  "Ghana agreed to pull its soldiers out of the border villages."])
def test_an_agreement_to_act_stays_an_agreement(code, nlp, eager_model, text):
    with coding_with(nlp, types=_Retreating()):
        events, _ = code(text, "2019-11-18")
    assert [e.type for e in events] == ["AGREE"]


def test_without_the_agreement_guard_that_model_would_make_it_the_act(code, nlp, eager_model, monkeypatch):
    # the guard, not the rules, keeps the agreement: lifted, the same model retypes it into the act agreed to
    monkeypatch.setattr(coder_module, "_AGREEING", frozenset())
    with coding_with(nlp, types=_Retreating()):
        events, _ = code("Ghana agreed to pull its soldiers out of the border villages.", "2019-11-18")
    assert [e.type for e in events] in (["RETREAT"], ["CONCEDE"])


def test_a_decision_to_act_is_left_to_the_model(code, nlp, eager_model):
    # PLV_train labels "decided to lift/ease" by the act decided on
    with coding_with(nlp, types=_Retreating()):
        events, _ = code("Chile decided to lift its import ban on Bolivian beef.", "2019-11-18")
    assert events and events[0].type in ("RETREAT", "CONCEDE")


@pytest.mark.parametrize("text", ["Officials said Norway would provide 300 mln crowns to the Malawi health fund.",
                                  "Japan will provide 2 billion dlrs to Kenya's road programme next year.",
                                  "Canada provided $40 million to Haiti after the storm.",
                                  # a wire scale heads the object ("lent 45 mln stg"): the sum is still money
                                  "Britain lent 45 mln stg to Zambia in March."])
def test_a_sum_of_money_provided_is_aid(code, text):
    events, _ = code(text, "2019-11-18")
    assert [e.type for e in events] == ["AID"]


def test_a_score_is_no_sum(code):
    events, _ = code("The Kenyan team provided three goals in the second half.", "2019-11-18")
    assert [e.type for e in events if e.type == "AID"] == []


class _Quiet:
    """A type model that prefers no event to any type by `lead`."""

    lead = 1.2

    def scores_many(self, batch):
        return [{"REQUEST": -0.8, "AGREE": -0.9, NONE: -0.8 + self.lead} for _ in batch]


@pytest.mark.parametrize("below, kept", [(0.2, True), (-0.1, False)])
def test_a_hand_written_request_is_dropped_only_when_no_event_leads_widely(code, nlp, below, kept):
    model = _Quiet()
    model.lead = coder_module.HAND_NONE_MARGIN - below
    with coding_with(nlp, types=model):
        # (a firm asks: an act of two states on each other is kept whatever the model's lead, round 63's
        # coder._states_on_both_sides)
        events, _ = code("The Lagos refiner will ask Ghana to approve a higher output ceiling for the shared refinery.",
                         "2019-11-18")
    assert bool([e for e in events if e.type == "REQUEST"]) is kept
