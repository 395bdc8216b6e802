"""Train the coreference score (merge/model/coref.json) on the ECB+ training topics; one command:

    python -m dossier.merge.train [--out PATH]

Reads ../shared/benchdata/ecbplus in place. Every pair of gold event mentions of a training topic that no rule
rules out is an example (same gold chain or not); a logistic regression (scikit-learn, fixed settings, no
randomness) learns the weights of the features in merge/coref.py. The threshold is the one that gives the best
CoNLL F1 when the training topics are clustered, chosen by leave-topics-out cross-validation (5 folds of
topics) so that it is not fitted on the pairs it scores. The held-out topics are not read.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression

from dossier.evaluate.coref import HELD_OUT_TOPICS, TRAIN_TOPICS, Topic, gold_mention_scores, load_topics
from dossier.merge.coref import FEATURES, MODEL, Model, features, incompatible

THRESHOLDS = tuple(round(0.3 + 0.05 * i, 2) for i in range(13))  # 0.30 … 0.90
FOLDS = 5


def labelled_pairs(data) -> tuple[list[list[float]], list[bool]]:
    """Pairs of reports that find a gold event and that no rule rules out (same blocking key or article)."""
    rows, labels = [], []
    kept = [(r, g) for r, g in zip(data.reports, data.gold) if g is not None]
    for n, (a, ga) in enumerate(kept):
        for b, gb in kept[n + 1:]:
            if incompatible(a, b, data.actors):
                continue
            values = features(a, b, data.actors)
            rows.append([values[name] for name in FEATURES])
            labels.append(ga["event"] == gb["event"])
    return rows, labels


def pairs(topics: list[Topic], news=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature rows, labels and sample weights: ECB+ pairs, and the news pairs weighted to count as much."""
    rows, labels = [], []
    for t in topics:
        for i, a in enumerate(t.reports):
            for j in range(i + 1, len(t.reports)):
                b = t.reports[j]
                if incompatible(a, b, t.actors):
                    continue
                values = features(a, b, t.actors)
                rows.append([values[name] for name in FEATURES])
                labels.append(t.chains[i] == t.chains[j])
    weights = [1.0] * len(rows)
    if news is not None:
        extra_rows, extra_labels = labelled_pairs(news)
        rows += extra_rows
        labels += extra_labels
        weights += [len(weights) / max(1, len(extra_rows))] * len(extra_rows)
    return np.array(rows), np.array(labels), np.array(weights)


def fit(topics: list[Topic], news=None) -> tuple[dict[str, float], float]:
    x, y, w = pairs(topics, news)
    lr = LogisticRegression(C=1.0, max_iter=2000)
    lr.fit(x, y, sample_weight=w)
    return dict(zip(FEATURES, (round(float(w), 4) for w in lr.coef_[0]))), round(float(lr.intercept_[0]), 4)


def choose_threshold(topics: list[Topic]) -> tuple[float, dict[float, float]]:
    """The threshold with the best mean CoNLL F1 over folds of topics, each fold scored by a model fitted
    on the others."""
    folds = [topics[k::FOLDS] for k in range(FOLDS)]
    totals = dict.fromkeys(THRESHOLDS, 0.0)
    for k, held in enumerate(folds):
        rest = [t for n, fold in enumerate(folds) if n != k for t in fold]
        weights, intercept = fit(rest)
        for threshold in THRESHOLDS:
            model = Model(weights, intercept, threshold)
            totals[threshold] += gold_mention_scores(held, model)["CoNLL F1"] / FOLDS
    best = max(totals, key=totals.get)
    return best, {k: round(v, 4) for k, v in totals.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args(argv)
    topics = load_topics(topics=TRAIN_TOPICS)
    if not topics:
        raise SystemExit("../shared/benchdata/ecbplus not found: nothing to train on")
    threshold, by_threshold = choose_threshold(topics)
    weights, intercept = fit(topics)
    train_score = gold_mention_scores(topics, Model(weights, intercept, threshold))["CoNLL F1"]
    out = {
        "about": "Weights of the event coreference score (dossier/merge/coref.py); made by "
                 "`python -m dossier.merge.train` from ECB+ (CC BY 3.0, Cybulska and Vossen 2014) training topics.",
        "trained": date.today().isoformat(), "scikit-learn": sklearn.__version__,
        "train_topics": sorted(TRAIN_TOPICS), "held_out_topics": sorted(HELD_OUT_TOPICS),
        "weights": weights, "intercept": intercept, "threshold": threshold,
        "cross_validated_conll_by_threshold": by_threshold, "train_conll": train_score,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: out[k] for k in ("weights", "intercept", "threshold", "train_conll")}, indent=1))


if __name__ == "__main__":
    main()
