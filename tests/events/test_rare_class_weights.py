"""The event-type model can weight a rare class's sentences up (training.class_weights, off as shipped): by the mean
count of the event classes over the class's own, at least 1 and at most the cap; NONE and the common classes keep
their weight."""

from __future__ import annotations

import pytest

from dossier.events.training import NONE, class_weights, fit


def test_a_rare_class_is_weighted_up_by_the_mean_over_its_count():
    labels = ["ACCUSE"] * 12 + ["REJECT"] * 6 + ["PROTEST"] * 3 + [NONE] * 40
    factor = class_weights(labels, cap=5.0)
    assert factor["PROTEST"] == pytest.approx(7 / 3)  # mean of 12, 6 and 3 is 7
    assert factor["REJECT"] == pytest.approx(7 / 6)


def test_common_classes_and_no_event_keep_their_weight():
    labels = ["ACCUSE"] * 12 + ["REJECT"] * 6 + ["PROTEST"] * 3 + [NONE] * 40
    factor = class_weights(labels, cap=5.0)
    assert factor["ACCUSE"] == 1.0
    assert factor[NONE] == 1.0


def test_the_factor_stops_at_the_cap():
    labels = ["ASSAULT"] * 200 + ["COOPERATE"] * 2
    assert class_weights(labels, cap=5.0)["COOPERATE"] == 5.0


def test_no_cap_means_no_class_weights():
    labels = ["ASSAULT"] * 200 + ["COOPERATE"] * 2 + [NONE] * 5
    assert set(class_weights(labels, cap=None).values()) == {1.0}


def test_the_weighted_model_learns_the_rare_class():
    feats = [["w:bombed", "w:village"]] * 6 + [["w:marched", "w:square"]] * 2 + [["w:earnings", "w:rose"]] * 6
    labels = ["ASSAULT"] * 6 + ["PROTEST"] * 2 + [NONE] * 6
    model = fit(feats, labels, class_cap=5.0)
    scores = model.scores(["w:marched", "w:square"])
    assert max(scores, key=scores.get) == "PROTEST"
