"""The type model's edge decisions read again from the sentences the coder asked it about."""

from __future__ import annotations

import numpy as np

from dossier.events import classifier
from dossier.events.coder import HAND_NONE_MARGIN, NONE_MARGIN
from dossier.events.edge_decisions import decide, differ, edge_of, near_edge


def _biased(about: dict | None = None, **margins: float) -> classifier.TypeModel:
    """A model that gives every sentence these margins (its biases alone)."""
    return classifier.TypeModel(vocabulary={}, idf=np.zeros(0), weights=np.zeros((len(margins), 0)),
                                bias=np.array(list(margins.values())), classes=list(margins), about=about)


def _with_candidates(*hands: bool) -> dict:
    return {"sentence": "s", "features": ["w:s"], "hands": list(hands), "types": ["AGREE"] * len(hands),
            "creatable": False}


_PLAIN = {"sentence": "s", "features": ["w:s"], "hands": [], "types": [], "creatable": True}
_NO_VERB = dict(_PLAIN, creatable=False)


def test_the_coder_records_the_sentences_it_asks_the_model_about_when_asked(nlp):
    coder = nlp.get_pipe("dossier_events").coder
    assert coder.asked is None  # nothing is recorded unless asked
    coder.asked = []
    try:
        nlp("Chile's president met the Bolivian foreign minister in Santiago on Monday.")
        (item,) = coder.asked
    finally:
        coder.asked = None
    assert item["hands"] == [True] and item["types"] == ["CONSULT"] and item["creatable"] is False
    assert "r:type:CONSULT" in item["features"]
    scores = coder.model.scores(item["features"])  # the features the coder scored
    assert set(scores) == set(coder.model.classes)


def test_each_candidate_is_dropped_by_the_edge_of_its_kind():
    # no event leads AGREE by halfway between the dictionary's edge and the hand-written one's: over the one, under
    # the other
    lead = (NONE_MARGIN + HAND_NONE_MARGIN) / 2
    (d,) = decide(_biased(AGREE=-0.9, NONE=-0.9 + lead), [_with_candidates(False, True)])
    assert d.kind == "drop" and d.dropped == (True, False) and round(d.lead, 2) == round(lead, 2)
    # a model's own edges (kept in its file) replace the constants
    (d,) = decide(_biased({"drop_edges": {"hand": 0.6}}, AGREE=-0.9, NONE=-0.2), [_with_candidates(True)])
    assert d.dropped == (True,)


def test_an_event_is_added_only_where_the_model_may_add_one():
    model = _biased(CONSULT=0.2, NONE=-0.5)
    created, none = decide(model, [_PLAIN, _NO_VERB])
    assert created.kind == "create" and created.created and created.label == "CONSULT"
    assert none is None  # no candidate and no verb to add an event on: nothing to decide


def test_decisions_near_an_edge_are_listed_and_those_far_from_it_are_not():
    near = _biased(AGREE=-0.9, NONE=-0.9 + NONE_MARGIN + 0.05)  # 0.05 over the dictionary's edge
    far = _biased(AGREE=-0.9, NONE=-0.9 + HAND_NONE_MARGIN + 0.4)  # far over both
    assert [edge for *_, edge in near_edge(near, [_with_candidates(False)])] == ["dictionary"]
    assert near_edge(far, [_with_candidates(False), _with_candidates(True)]) == []
    # a hand-written candidate is judged by its own edge, far above
    assert near_edge(near, [_with_candidates(True)]) == []


def test_an_addition_near_its_guard_is_listed():
    barely = _biased(CONSULT=-0.58, NONE=-0.98)  # sure enough by 0.02 (CREATE_AT -0.6), ahead of no event by 0.40
    (d,) = decide(barely, [_PLAIN])
    assert d.created and edge_of(barely, _PLAIN, d, 0.1) == "create"
    sure = _biased(CONSULT=0.8, NONE=-1.5)
    (d,) = decide(sure, [_PLAIN])
    assert d.created and edge_of(sure, _PLAIN, d, 0.1) is None


def test_two_models_differ_where_a_candidate_or_an_addition_turns():
    items = [_with_candidates(False), _PLAIN]
    shipped = _biased(AGREE=-0.9, NONE=-0.9 + NONE_MARGIN - 0.02)  # just under the edge: kept; adds nothing
    retrained = _biased(AGREE=-0.9, NONE=-0.9 + NONE_MARGIN + 0.02)  # just over it: dropped
    (item, a, b), = differ(shipped, retrained, items)
    assert item is items[0] and a.dropped == (False,) and b.dropped == (True,)
    assert differ(shipped, shipped, items) == []
    adds = _biased(AGREE=0.3, NONE=-1.0)
    assert [item for item, *_ in differ(shipped, adds, items)] == [items[1]]  # kept by both; adds on the other
