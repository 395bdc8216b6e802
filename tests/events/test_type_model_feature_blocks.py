"""The event-type model's two blocks of features: the rules' "r:" features normalised apart from the words, to a
length that does not shrink as the sentence grows (rule_weight), or one l2 norm over all (rule_weight None)."""

from __future__ import annotations

import numpy as np

from dossier.events import classifier, training

RULES = ["r:type:CONSULT", "r:cameo:040", "r:trig:met"]


def _toy(rule_weight: float | None) -> classifier.TypeModel:
    words = [f"w:word{i}" for i in range(80)]
    terms = words + RULES
    return classifier.TypeModel(vocabulary={t: i for i, t in enumerate(terms)}, idf=np.ones(len(terms)),
                                weights=np.zeros((2, len(terms))), bias=np.zeros(2),
                                classes=[classifier.NONE, "CONSULT"], rule_weight=rule_weight)


def _rule_length(model: classifier.TypeModel, feats: list[str]) -> tuple[float, float]:
    idx, vals = model.vector(feats)
    rule = model.rule_columns()[idx]
    return float(np.linalg.norm(vals[rule])), float(np.linalg.norm(vals))


def test_the_rules_block_keeps_its_length_in_a_short_and_a_long_sentence():
    model = _toy(0.3)
    short = [f"w:word{i}" for i in range(6)] + RULES
    long = [f"w:word{i}" for i in range(70)] + RULES
    for feats in (short, long):
        rules, total = _rule_length(model, feats)
        assert np.isclose(rules, 0.3) and np.isclose(total, 1.0)


def test_one_norm_over_all_features_lets_the_rules_block_shrink_as_the_sentence_grows():
    model = _toy(None)
    short, _ = _rule_length(model, [f"w:word{i}" for i in range(6)] + RULES)
    long, total = _rule_length(model, [f"w:word{i}" for i in range(70)] + RULES)
    assert long < short / 2 and np.isclose(total, 1.0)


def test_a_sentence_without_rule_features_is_a_unit_vector_of_words():
    for weight in (None, 0.3):
        idx, vals = _toy(weight).vector(["w:word1", "w:word2", "w:word2"])
        assert len(idx) == 2 and np.isclose(np.linalg.norm(vals), 1.0)
    idx, vals = _toy(0.3).vector(["w:unknown"])
    assert len(idx) == 0 and len(vals) == 0


def test_a_trained_block_model_reads_back_with_its_weight_and_scores_as_its_svm(tmp_path):
    from scipy.sparse import csr_matrix
    from sklearn.svm import LinearSVC

    feats = [["w:met", "w:in", "w:lima", "r:type:CONSULT", "r:trig:met"], ["w:attacked", "r:type:ASSAULT"],
             ["w:talks", "w:held", "w:in", "w:the", "w:capital"], ["w:shelled", "w:the", "w:town", "r:type:ASSAULT"],
             ["w:visited", "r:type:CONSULT"], ["w:bombed", "w:bombed", "w:a", "w:bridge"]]
    labels = ["CONSULT", "ASSAULT", "CONSULT", "ASSAULT", "CONSULT", "ASSAULT"]
    model = training.fit(feats, labels, rule_weight=0.4)
    model.save(tmp_path / "m.npz")
    read = classifier.TypeModel.read(tmp_path / "m.npz")
    assert read.rule_weight == 0.4
    # the matrix the SVM learned from, built again from the model's own vectors, gives the same margins
    rows = [read.vector(f) for f in feats]
    x = csr_matrix((np.concatenate([v for _, v in rows]), np.concatenate([i for i, _ in rows]),
                    np.cumsum([0] + [len(i) for i, _ in rows])), shape=(len(feats), len(read.vocabulary)))
    svm = LinearSVC(C=training.C, random_state=training.SEED).fit(x, labels)
    probe = ["w:met", "w:the", "w:town", "r:type:CONSULT", "w:unknown"]
    idx, vals = read.vector(probe)
    margin = float(svm.decision_function(csr_matrix((vals, idx, [0, len(idx)]), shape=(1, x.shape[1])))[0])
    assert np.isclose(read.scores(probe)[svm.classes_[1]], margin, atol=1e-3)


def test_a_block_models_sentences_scored_together_score_as_one_by_one():
    model = training.fit([["w:met", "r:type:CONSULT"], ["w:attacked", "w:the", "w:base", "r:type:ASSAULT"]],
                         ["CONSULT", "ASSAULT"], rule_weight=0.3)
    batch = [["w:met", "r:type:CONSULT", "r:type:CONSULT"], [], ["w:base", "w:the"], ["r:type:ASSAULT"]]
    for feats, together in zip(batch, model.scores_many(batch)):
        alone = model.scores(feats)
        assert all(np.isclose(together[c], alone[c], rtol=0, atol=1e-12) for c in alone)


def test_a_model_saved_without_a_weight_reads_back_with_one_norm(tmp_path):
    model = training.fit([["w:met", "r:type:CONSULT"], ["w:attacked", "r:type:ASSAULT"]], ["CONSULT", "ASSAULT"],
                         rule_weight=None)
    model.save(tmp_path / "m.npz")
    with np.load(tmp_path / "m.npz") as data:
        assert "rule_weight" not in data.files
    assert classifier.TypeModel.read(tmp_path / "m.npz").rule_weight is None
