"""Cross-validate the weight of the hand-labelled news sentences (group "labels", events/labelled.py) in both models.

    python training/label_cv.py [--weights 0,0.5,1,2,3] [--folds 5] [--part types,roles]

Folds BY DOCUMENT over the labels (a story's sentences never sit in both parts). For each weight, each fold's model
learns from every other training source (as the training scripts read them) and the other folds' labels at that
weight (0: no labels at all), and is scored on the held fold's labels:
- types: the pipeline codes each held sentence with the fold's event-type model (its drop edges set as the
  training sets them, without the PLV floor); its most confident event's type in dossier's convention against the
  label ("none": no event). Type accuracy over all labelled sentences, over those with an event, the share of
  those with an event left with none (no-event rate) and of those with none given one (false events).
- roles: on the held labels' events of the gold type (the rules alone deciding roles), source, target and both
  right with the rules alone and with the fold's role model filling and replacing sides (`dossier evaluate roles`'s
  way of scoring).
Economic negatives drawn from a labelled Reuters story are left out of the folds that hold that story out.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from dossier.config import Settings
from dossier.evaluate.corpora import BENCH, EXAMPLE_ARTICLES, EXAMPLE_GOLD, REUTERS
from dossier.events import training
from dossier.events.classifier import NONE
from dossier.nlp import loader


def doc_folds(keys: list[str], k: int) -> list[set[str]]:
    """The documents split into k folds (GroupKFold: sizes balanced, the same for the same keys)."""
    from sklearn.model_selection import GroupKFold

    docs = sorted(set(keys))
    k = min(k, len(docs))
    return [{docs[i] for i in test} for _, test in GroupKFold(k).split(docs, groups=docs)]


def _doc(sample_id: str) -> str:
    """The document key of a labels sample or item id ("labels:<corpus>/<doc>#<start>…")."""
    return sample_id.split(":", 1)[1].split("#", 1)[0]


def types(nlp, weights: list[float], k: int) -> None:
    from dossier.evaluate.plv import _labels, _top

    data = training.samples(BENCH, EXAMPLE_GOLD, nlp, REUTERS)
    feats, events, hands = training.coded_hands(nlp, [s.text for s in data])
    labels, groups = training.act_labels(data, events), [s.group for s in data]
    negatives = training.coded_hands(nlp, training.held_negatives(REUTERS, nlp, training.realnews_ids(BENCH)))
    rows = [i for i, g in enumerate(groups) if g == "labels"]
    keys = [_doc(data[i].id) for i in rows]
    print(f"types: {len(data)} sentences {dict(Counter(groups))}; labels {len(rows)} of {len(set(keys))} documents, "
          f"classes {dict(Counter(labels[i] for i in rows))}", flush=True)
    for weight in weights:
        pred: dict[int, str] = {}
        for held in doc_folds(keys, k):
            held_reuters = {d.split("/", 1)[1] for d in held if d.startswith("reuters21578/")}
            train = [i for i, g in enumerate(groups)
                     if (g != "labels" and not (g == "economic" and data[i].id.split(":")[0] in held_reuters))
                     or (g == "labels" and weight > 0 and _doc(data[i].id) not in held)]
            w = [weight if groups[i] == "labels" else data[i].weight for i in train]
            model = training.fit([feats[i] for i in train], [labels[i] for i in train], weights=w)
            model.about = {"drop_edges": training.drop_edges(model, negatives[0], negatives[2])}
            test = [i for i in rows if _doc(data[i].id) in held]
            for i, p in zip(test, _labels(_top(nlp, [data[i].text for i in test], model))):
                pred[i] = p or NONE
        event = [i for i in rows if labels[i] != NONE]
        none = [i for i in rows if labels[i] == NONE]
        print(f"types weight {weight}: accuracy {sum(pred[i] == labels[i] for i in rows) / len(rows):.3f}"
              f" | with an event {len(event)}: type right {sum(pred[i] == labels[i] for i in event) / max(1, len(event)):.3f}"
              f", no event {sum(pred[i] == NONE for i in event) / max(1, len(event)):.3f}"
              f" | none {len(none)}: given an event {sum(pred[i] != NONE for i in none) / max(1, len(none)):.3f}",
              flush=True)


def roles(nlp, weights: list[float], k: int) -> None:
    from dossier.evaluate.roles import _sides, _tally
    from dossier.events.roles import model as role_model
    from dossier.events.roles import training as role_training

    groups = role_training.training_groups(nlp, BENCH, EXAMPLE_GOLD, EXAMPLE_ARTICLES)
    labelled = [g for g in groups if g.item.group == "labels"]
    others = [g for g in groups if g.item.group != "labels"]
    keys = [_doc(g.item.id) for g in labelled]
    typed = [g for g in labelled if g.type_right]
    print(f"roles: {len(groups)} events {dict(Counter(g.item.group for g in groups))}; labels {len(labelled)}, "
          f"of the gold type {len(typed)}", flush=True)
    rules = _tally(typed, [_sides(g, None, 1.0) for g in typed])
    print(f"roles rules alone: {rules}", flush=True)
    for weight in weights:
        role_training.LABELS_WEIGHT = weight
        sides = {}
        for held in doc_folds(keys, k):
            train = others + [g for g in labelled if weight > 0 and _doc(g.item.id) not in held]
            model = role_training.fit(train)
            for g in typed:
                if _doc(g.item.id) in held:
                    scores = [(c, model.probabilities(f)) for c, f in zip(g.candidates, g.features)]
                    sides[id(g)] = _sides(g, scores, role_model.FILL_AT, replace_by=role_model.REPLACE_BY)
        print(f"roles weight {weight}: rules + model {_tally(typed, [sides[id(g)] for g in typed])}", flush=True)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--weights", default="0,0.5,1,2,3")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--part", default="types,roles")
    args = ap.parse_args(argv)
    weights = [float(w) for w in args.weights.split(",")]
    nlp = loader.load(Settings.from_env())
    for part in args.part.split(","):
        began = time.time()
        {"types": types, "roles": roles}[part](nlp, weights, args.folds)
        print(f"{part}: {time.time() - began:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
