"""An act the rules keep against the type model's reading of no event (a purchase across a border,
`coder._traded_across_borders`) keeps the rules' type: where the model ranks its best type below no event by the
drop edge, that type is none it holds, and it retypes nothing (`Coder._decide_main`). A model that prefers its
type to no event still retypes as before. Texts written here."""

from __future__ import annotations

from dossier.events.classifier import NONE
from dossier.events.component import coding_with
from tests.events.conftest import names

TEXT = "Egyptian millers bought 30,000 tonnes of Australian barley late last week, grain traders in Cairo said."


class _Model:
    """A type model with fixed scores for every sentence."""

    def __init__(self, scores: dict[str, float]):
        self.scores = scores

    def scores_many(self, batch):
        return [dict(self.scores) for _ in batch]


def _acts(code, nlp, scores):
    with coding_with(nlp, types=_Model(scores), roles=None):
        events, actors = code(TEXT, "1987-04-02")
    return [(e.type, names(e.source, actors), names(e.target, actors)) for e in events]


def test_a_purchase_kept_against_no_event_is_not_retyped(code, nlp):
    acts = _acts(code, nlp, {NONE: 1.0, "ACCUSE": 0.2, "COOPERATE": -1.0, "AGREE": -1.0})
    assert acts == [("COOPERATE", {"Egyptian business"}, {"Australia"})], acts


def test_a_model_that_prefers_its_type_to_no_event_still_retypes(code, nlp):
    acts = _acts(code, nlp, {NONE: -1.0, "ACCUSE": 1.0, "COOPERATE": -1.0, "AGREE": -1.0})
    assert [a[0] for a in acts] == ["ACCUSE"], acts
