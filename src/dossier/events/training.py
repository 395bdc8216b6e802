"""Train the event-type model (classifier.py) from public labelled sentences read in place from ../shared.

Sentences: PLV_train (all rows), the PLOVER GSR's even-numbered records (the odd ones stay unseen), the PETRARCH
unit-test records with a coded event, the development part of realnews_dev (articles whose index in their sorted
folder is not 2 mod 3), and the example corpus gold. Each is run through the pipeline with the rules alone; the
model learns the gold type from the sentence's features. scikit-learn does the fitting; the seed is fixed.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.language import Language

from dossier.events.cameo import plover_type
from dossier.events.classifier import TypeModel, label_of, sentence_features

SEED = 13
C = 1.0  # inverse regularisation of the linear SVM, chosen by cross-validation on PLV_train
OTHER_WEIGHT = 0.6  # the weight of sentences from the smaller sources, chosen the same way
# PLOVER 0.5b1 labels of the GSR collapsed to 2021 types (PLOVER manual's CAMEO table).
COLLAPSE = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


@dataclass
class Sample:
    group: str  # plv, gsr, petrarch, realnews, example
    id: str
    text: str
    label: str  # a class of the model (label_of a PLOVER type)

    @property
    def weight(self) -> float:
        """PLV_train, the largest set and the one labelled for this question, counts fully; the others less."""
        return 1.0 if self.group == "plv" else OTHER_WEIGHT


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def plv(bench: Path) -> list[Sample]:
    path = bench / "plv" / "PLV_train.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [Sample("plv", f"plv:{i}", r["sentence"], r["gold_root"]) for i, r in enumerate(rows)]


def gsr(bench: Path, half: int = 0) -> list[Sample]:
    """The GSR records whose seq is even (half 0, for training) or odd (half 1, held out)."""
    path = bench / "plover_gsr" / "plover_gsr.jsonl"
    if not path.exists():
        return []
    return [Sample("gsr", f"gsr:{r['seq']}", r["text"], label_of(COLLAPSE.get(r["event"], r["event"])))
            for r in _jsonl(path) if r["seq"] % 2 == half]


def petrarch(bench: Path) -> list[Sample]:
    path = bench / "petrarch_unittest" / "petrarch_unittest.jsonl"
    if not path.exists():
        return []
    out = []
    for r in _jsonl(path):
        types = [plover_type(g["cameo"]) for g in r["gold_events"] if g["cameo_root_valid"]]
        if types and types[0] and not r.get("expect_error"):
            out.append(Sample("petrarch", f"petrarch:{r['seq']}", r["text"], label_of(types[0])))
    return out


def realnews_split(folder: Path) -> tuple[set[str], set[str]]:
    """(development, held-out) article names of one realnews_dev folder: sorted, index % 3 == 2 held out."""
    names = sorted(p.name for p in (folder / "articles").iterdir()) if (folder / "articles").exists() else []
    return {n for i, n in enumerate(names) if i % 3 != 2}, {n for i, n in enumerate(names) if i % 3 == 2}


def _realnews_doc(name: str) -> str:
    return name if "." in name else name + ".html"


def realnews(bench: Path) -> list[Sample]:
    out = []
    for sub in ("reuters", "html"):
        folder = bench / "realnews_dev" / sub
        if not (folder / "gold_events.jsonl").exists():
            continue
        dev, _ = realnews_split(folder)
        for g in _jsonl(folder / "gold_events.jsonl"):
            if _realnews_doc(g["doc"]) in dev:
                out.append(Sample("realnews", f"realnews:{g['id']}", g["evidence"], label_of(g["type"])))
    return out


def example(gold: Path) -> list[Sample]:
    path = gold / "events.jsonl"
    if not path.exists():
        return []
    return [Sample("example", f"example:{i}", g["evidence"], label_of(g["type"])) for i, g in enumerate(_jsonl(path))]


def samples(bench: Path, example_gold: Path) -> list[Sample]:
    return plv(bench) + gsr(bench) + petrarch(bench) + realnews(bench) + example(example_gold)


def featurise(nlp: Language, texts: list[str], batch_size: int = 64) -> list[list[str]]:
    """The model's features of each text (taken as one sentence), with the rules' candidates and no model."""
    coder = nlp.get_pipe("dossier_events").coder
    held, coder.model = coder.model, None
    try:
        return [sentence_features(doc[:], doc._.events or []) for doc in nlp.pipe(texts, batch_size=batch_size)]
    finally:
        coder.model = held


def fit(features: list[list[str]], labels: list[str], c: float = C, seed: int = SEED,
        weights: list[float] | None = None) -> TypeModel:
    """TF-IDF over the feature strings, then a linear SVM (one
    against the rest; its margins, through a softmax, are the scores the coder thresholds)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    vectorizer = TfidfVectorizer(analyzer=_same, sublinear_tf=True)
    x = vectorizer.fit_transform(features)
    terms = vectorizer.get_feature_names_out().tolist()
    clf = LinearSVC(C=c, random_state=seed).fit(x, labels, sample_weight=weights)
    coef, bias = clf.coef_, clf.intercept_
    if coef.shape[0] == 1:  # two classes: one margin, for the second; the first gets its opposite
        coef, bias = np.vstack([-coef, coef]), np.concatenate([-bias, bias])
    return TypeModel(vocabulary={t: i for i, t in enumerate(terms)}, idf=vectorizer.idf_, weights=coef,
                     bias=bias, classes=clf.classes_.tolist())


def _same(features: list[str]) -> list[str]:
    return features
