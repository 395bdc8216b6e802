"""The learned event type: the shipped model loads and answers, and numpy reads a trained model as scikit-learn does."""

from __future__ import annotations

import numpy as np

from dossier.events import classifier, training


def test_the_shipped_model_loads_and_scores_every_class():
    model = classifier.load()
    assert model is not None and "YIELD" in model.classes and "CONSULT" in model.classes
    scores = model.scores(["w:met", "v:root:meet", "r:type:CONSULT"])
    assert set(scores) == set(model.classes)


def test_numpy_scores_are_the_svm_margins(tmp_path):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    feats = [["w:met", "v:root:meet"], ["w:attacked", "v:root:attack"], ["w:talks", "w:held"],
             ["w:shelled", "v:root:shell"], ["w:visited"], ["w:bombed", "w:bombed"]]
    labels = ["CONSULT", "ASSAULT", "CONSULT", "ASSAULT", "CONSULT", "ASSAULT"]
    model = training.fit(feats, labels)
    model.save(tmp_path / "m.npz")
    model = classifier.TypeModel.read(tmp_path / "m.npz")
    vec = TfidfVectorizer(analyzer=lambda f: f, sublinear_tf=True)
    svm = LinearSVC(C=training.C, random_state=training.SEED).fit(vec.fit_transform(feats), labels)
    probe = ["w:bombed", "w:met", "w:unknown"]
    margin = float(svm.decision_function(vec.transform([probe]))[0])  # two classes: one margin, for classes_[1]
    scores = model.scores(probe)
    assert np.isclose(scores[svm.classes_[1]], margin, atol=1e-3)


def test_yield_is_concede_unless_the_rules_said_retreat():
    assert classifier.label_of("RETREAT") == classifier.label_of("CONCEDE") == "YIELD"
    assert classifier.type_of("YIELD", "RETREAT") == "RETREAT" and classifier.type_of("YIELD", "ASSAULT") == "CONCEDE"
