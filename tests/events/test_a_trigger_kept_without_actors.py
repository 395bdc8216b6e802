"""A trigger whose actors were not resolved, kept by the model for a sentence left without an event
(`Coder._classify`, BARE_AT): a hand-written entry's keeps its type unless the model prefers another by the margin
any hand-written entry's type needs (HAND_MARGIN; with only the model's reading of the sentence beside the rule, not
also RETYPE_AT); before, such a trigger was retyped at the converted dictionary's small lead ("the dockers' union
called a general strike" became an accusation). Of two such triggers the one of the model's own type is kept."""

from __future__ import annotations

import pytest

from dossier.events.classifier import NONE
from dossier.events.component import coding_with


class _Leaning:
    """A type model that leans to `label` over `other` by `lead`, at `margin`, in every sentence."""

    def __init__(self, label: str, other: str, margin: float, lead: float):
        self.scores = {label: margin, other: margin - lead, NONE: -1.0}

    def scores_many(self, batch):
        return [dict(self.scores) for _ in batch]


STRIKES = [
    "The dockers' union called a general strike for the whole port.",
    "The seafarers' union has called a nationwide strike over the pay offer.",
]


@pytest.mark.parametrize("text", STRIKES)
def test_a_hand_written_trigger_kept_bare_keeps_its_type_at_a_small_lead(code, nlp, text):
    with coding_with(nlp, types=_Leaning("ACCUSE", "PROTEST", -0.3, 0.2), roles=None):
        events, _ = code(text, "2021-05-04")
    assert [(e.type, e.cameo) for e in events] == [("PROTEST", "143")], [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("text, margin", [(STRIKES[0], 0.4), (STRIKES[1], 0.4),
                                          (STRIKES[0], -0.3)])  # (the first names no actor: kept bare)
def test_a_model_leading_by_the_hand_margin_still_retypes_it(code, nlp, text, margin):
    with coding_with(nlp, types=_Leaning("ACCUSE", "PROTEST", margin, 0.9), roles=None):
        events, _ = code(text, "2021-05-04")
    assert [e.type for e in events] == ["ACCUSE"], [(e.type, e.trigger) for e in events]


def test_the_bare_trigger_of_the_model_s_type_is_kept(code, nlp):
    # two triggers, no actor resolved: a refusal, then a strike; the model reads a protest
    text = "The union refused the pay offer and went on strike."
    with coding_with(nlp, types=_Leaning("PROTEST", "REJECT", -0.3, 0.2), roles=None):
        events, _ = code(text, "2021-05-04")
    assert [(e.type, e.trigger) for e in events] == [("PROTEST", "went")], [(e.type, e.trigger) for e in events]
