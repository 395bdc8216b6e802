"""A purchase, sale or contract of the rules' between parties of two countries — every side placed in a country and no
country on both sides, told by a verb of trade whose own subject names the buyer or seller — is kept where the type
model takes the sentence for market news (`coder._traded_across_borders`, read by `Coder._classify`): millers of
one state buying another state's grain. A deal within one country, a purchase told in the passive with no buyer
named, a price paid that only the market talks of, and a routine told in the simple present are dropped by the model
as before."""

from __future__ import annotations

import pytest

from dossier.events.classifier import NONE
from dossier.events.component import coding_with
from tests.events.conftest import names


class _NoEvent:
    """A type model sure that no sentence tells a political event (no event leads every type by 2)."""

    def scores_many(self, batch):
        return [{NONE: 1.0, "COOPERATE": -1.0, "AGREE": -1.0, "CONSULT": -1.0} for _ in batch]


@pytest.mark.parametrize("text, buyer, seller", [
    ("Egyptian millers bought 30,000 tonnes of Australian barley late last week, grain traders in Cairo said.",
     "Egyptian business", "Australia"),
    ("Peru has purchased 40,000 tonnes of Argentine maize for June delivery, shipping sources reported.",
     "Peru", "Argentina"),
])
def test_a_purchase_across_a_border_survives_the_model_s_no_event(code, nlp, text, buyer, seller):
    with coding_with(nlp, types=_NoEvent(), roles=None):
        events, actors = code(text, "1987-04-02")
    assert [(e.type, names(e.source, actors), names(e.target, actors)) for e in events] == \
        [("COOPERATE", {buyer}, {seller})], [(e.type, e.trigger, e.source, e.target) for e in events]


@pytest.mark.parametrize("text", [
    "Canadian feed mills bought 5,000 tonnes of Canadian oats late last week, grain traders said.",
    "About 20,000 tonnes of Australian barley were bought for shipment to Egypt, grain traders said.",
    "Dealers said twelve dlrs a tonne had been paid for Argentine maize bound for Peru.",
    "A spokesman said Peruvian mills currently buy Canadian wheat under yearly terms.",
])
def test_a_domestic_an_unnamed_buyer_s_or_a_routine_purchase_is_dropped(code, nlp, text):
    with coding_with(nlp, types=_NoEvent(), roles=None):
        events, actors = code(text, "1987-04-02")
    assert not events, [(e.type, e.trigger, names(e.source, actors), names(e.target, actors)) for e in events]
