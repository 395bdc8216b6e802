"""The coreference scorer: CoNLL figures and which real-news gold lines are one event."""

import random

import numpy as np
from scorch import scores

from dossier.evaluate.coref import HELD_OUT_TOPICS, TRAIN_TOPICS, conll, conll_f1, gold_same


def test_a_perfect_response_scores_one_and_lumping_everything_loses_precision():
    key = [{"a", "b"}, {"c"}, {"d", "e", "f"}]
    assert conll(key, key)["CoNLL F1"] == 1.0
    lumped = conll(key, [{"a", "b", "c", "d", "e", "f"}])
    assert lumped["MUC R"] == 1.0 and lumped["B3 P"] < 0.5 and lumped["CoNLL F1"] < 0.7


def test_the_trainers_fast_conll_equals_scorchs_on_random_partitions():
    rng = random.Random(7)
    for _ in range(40):
        n = rng.randint(2, 60)
        key = [rng.randint(0, rng.randint(1, n)) for _ in range(n)]
        response = [rng.randint(0, n // 2) for _ in range(n)]
        as_sets = [[{i for i in range(n) if labels[i] == c} for c in set(labels)] for labels in (key, response)]
        expected = sum(fn(*as_sets)[2] for fn in (scores.muc, scores.b_cubed, scores.ceaf_e)) / 3
        assert abs(conll_f1(np.array(key), np.array(response)) - expected) < 1e-9
    assert conll_f1(np.array([0, 1, 2]), np.array([5, 6, 7])) == 2 / 3  # all singletons: MUC 0, B³ and CEAF-e 1


def test_the_ecbplus_split_keeps_the_held_out_topics_apart():
    assert not TRAIN_TOPICS & HELD_OUT_TOPICS
    assert {15, 17} & (TRAIN_TOPICS | HELD_OUT_TOPICS) == set()  # not in the folder


def _line(doc, ident, type_, source, target, start=None):
    return {"doc": doc, "id": ident, "type": type_, "source": [{"name": source, "country": None}],
            "target": [{"name": target, "country": None}], "date": {"start": start, "end": start}}


def test_gold_lines_are_one_event_within_one_incident_only():
    incident = {"100": 0, "200": 0}
    a = _line("reuters21578-100.txt", "100-E1", "ASSAULT", "Navy", "Oil platform", "1987-10-19")
    b = _line("reuters21578-200.txt", "200-E2", "ASSAULT", "Oil platform", "Navy", "1987-10-19")
    elsewhere = _line("reuters21578-300.txt", "300-E1", "ASSAULT", "Navy", "Oil platform", "1987-10-19")
    assert gold_same(a, b, incident)
    assert not gold_same(a, elsewhere, incident)
    assert not gold_same(a, _line("reuters21578-200.txt", "200-E3", "ASSAULT", "Navy", "Oil platform",
                                  "1987-11-02"), incident)
