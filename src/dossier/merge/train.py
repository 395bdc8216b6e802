"""Train the coreference score (merge/model/coref.json); one command, about ten minutes:

    python -m dossier.merge.train [--out PATH]

Gold, read in place: the ECB+ training topics (../shared/benchdata/ecbplus; the held-out topics are not read)
and the example corpus (examples/china-peru: its gold gives each report the real-world event it is about).
Every pair of gold event mentions of a training topic, and every pair of example reports that stand for a
gold event, that no rule rules out is an example (one event or not). A logistic regression (scikit-learn,
fixed settings, no randomness) learns the weights of the features in merge/coref.py; the example pairs weigh
NEWS_SHARE of the ECB+ pairs together, enough to teach what ECB+ cannot (articles' dates, both sides named)
without moving the ECB+ score. The threshold is the one with the best CoNLL F1 on the training topics
(the highest of those within TIE of the best), each fold of topics clustered with weights fitted on the others.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from datetime import date
from pathlib import Path

import numpy as np
import sklearn
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.linear_model import LogisticRegression

from dossier.config import Settings
from dossier.evaluate.coref import HELD_OUT_TOPICS, TRAIN_TOPICS, Labelled, Topic, conll, example_labelled, \
    load_topics
from dossier.merge.coref import FEATURES, MODEL, VETOES, features, incompatible

THRESHOLDS = tuple(round(0.15 + 0.05 * i, 2) for i in range(10))  # 0.15 … 0.60
FOLDS = 5
NEWS_SHARE = 0.03
TIE = 0.001  # CoNLL F1 differences below this are noise across five folds


def topic_matrix(t: Topic) -> tuple[np.ndarray, np.ndarray]:
    """Features of every pair of a topic's mentions (n × n × features) and which pairs a rule rules out
    (1: a rule, 2: a veto, see merge/coref.py)."""
    n = len(t.reports)
    values = np.zeros((n, n, len(FEATURES)))
    ruled_out = np.zeros((n, n), dtype=np.int8)
    for i in range(n):
        for j in range(i + 1, n):
            if why := incompatible(t.reports[i], t.reports[j], t.actors):
                ruled_out[i, j] = ruled_out[j, i] = 2 if why in VETOES else 1
                continue
            row = features(t.reports[i], t.reports[j], t.actors)
            values[i, j] = values[j, i] = [row[name] for name in FEATURES]
    return values, ruled_out


def news_pairs(data: Labelled) -> tuple[list[list[float]], list[bool]]:
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


def fit(topics: list[Topic], matrices: list, news: tuple | None) -> LogisticRegression:
    xs, ys = [], []
    for t, (values, ruled_out) in zip(topics, matrices):
        chains = np.array(t.chains)
        upper = np.triu_indices(len(t.reports), 1)
        keep = ruled_out[upper] == 0
        xs.append(values[upper][keep])
        ys.append((chains[:, None] == chains[None, :])[upper][keep])
    x, y = np.concatenate(xs), np.concatenate(ys)
    weight = np.ones(len(y))
    if news and news[0]:
        nx, ny = np.array(news[0]), np.array(news[1])
        weight = np.concatenate([weight, np.full(len(ny), NEWS_SHARE * len(y) / len(ny))])
        x, y = np.concatenate([x, nx]), np.concatenate([y, ny])
    return LogisticRegression(C=1.0, max_iter=3000).fit(x, y, sample_weight=weight)


def conll_at(topics: list[Topic], matrices: list, model: LogisticRegression, threshold: float) -> float:
    """CoNLL F1 of the topics clustered as merge/coref.py clusters (average link, a ruled-out pair scored 0, a
    vetoed one apart)."""
    key, response = [], []
    for k, (t, (values, ruled_out)) in enumerate(zip(topics, matrices)):
        n = len(t.reports)
        distance = 1.0 - model.predict_proba(values.reshape(n * n, -1))[:, 1].reshape(n, n)
        distance[ruled_out == 1] = 1.0
        distance[ruled_out == 2] = 1e6
        labels = fcluster(linkage(np.clip(distance[np.triu_indices(n, 1)], 0.0, None), "average"), t=1.0 - threshold,
                          criterion="distance") if n > 1 else [1]
        gold, ours = defaultdict(set), defaultdict(set)
        for i, ident in enumerate(t.mention_ids):
            gold[t.chains[i]].add(ident)
            ours[(k, labels[i])].add(ident)
        key += list(gold.values())
        response += list(ours.values())
    return conll(key, response)["CoNLL F1"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL)
    args = parser.parse_args(argv)
    topics = load_topics(topics=TRAIN_TOPICS)
    if not topics:
        raise SystemExit("../shared/benchdata/ecbplus not found: nothing to train on")
    matrices = [topic_matrix(t) for t in topics]
    example = example_labelled(Settings.from_env())
    news = news_pairs(example) if example else None
    folds = [list(range(k, len(topics), FOLDS)) for k in range(FOLDS)]
    by_threshold = dict.fromkeys(THRESHOLDS, 0.0)
    for fold in folds:
        rest = [k for k in range(len(topics)) if k not in fold]
        model = fit([topics[k] for k in rest], [matrices[k] for k in rest], news)
        for threshold in THRESHOLDS:
            by_threshold[threshold] += conll_at([topics[k] for k in fold], [matrices[k] for k in fold], model,
                                                threshold) / FOLDS
    best = max(by_threshold.values())
    # among thresholds as good as the best (within TIE), the highest: a glued event misleads more than a split one
    threshold = max(t for t, score in by_threshold.items() if score >= best - TIE)
    model = fit(topics, matrices, news)
    out = {
        "about": "Weights of the event coreference score (dossier/merge/coref.py), made by `python -m "
                 "dossier.merge.train` from the ECB+ training topics (ECB+: CC BY 3.0, Cybulska and Vossen 2014) "
                 "and the example corpus gold.",
        "trained": date.today().isoformat(), "scikit-learn": sklearn.__version__,
        "train_topics": sorted(TRAIN_TOPICS), "held_out_topics": sorted(HELD_OUT_TOPICS),
        "news_pairs": len(news[1]) if news else 0, "news_share": NEWS_SHARE,
        "weights": dict(zip(FEATURES, (round(float(w), 4) for w in model.coef_[0]))),
        "intercept": round(float(model.intercept_[0]), 4), "threshold": threshold,
        "cross_validated_conll_by_threshold": {str(k): round(v, 4) for k, v in by_threshold.items()},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: out[k] for k in ("weights", "intercept", "threshold")}, indent=1))
    print("cross-validated CoNLL F1 by threshold:", out["cross_validated_conll_by_threshold"])


if __name__ == "__main__":
    main()
