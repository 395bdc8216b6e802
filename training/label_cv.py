"""Cross-validate the weight of the hand-labelled news sentences (group "labels", events/labelled.py) in both models.

    python training/label_cv.py [--weights 0,0.5,1,2,3] [--folds 5] [--part types,roles]

Folds BY DOCUMENT over the labels (a story's sentences never sit in both parts). For each weight, each fold's model
learns from every other training source (as the training scripts read them) and the other folds' labels at that
weight (0: no labels at all), and is scored on the held fold's labels:
- types: the fold's event-type model alone (its best class, "no event" among them) on each held sentence's features,
  and, for the weights in --coded, the pipeline coding each held sentence with that model (its drop edges set as
  the training sets them, without the PLV floor): its most confident event's type in dossier's convention against
  the label ("none": no event). Type accuracy over all labelled sentences, over those with an event, the share of
  those with an event left with none (no-event rate) and of those with none given one (false events).
- roles: on the held labels' events of the gold type (the rules alone deciding roles), source, target and both
  right with the rules alone and with the fold's role model filling and replacing sides (`dossier evaluate roles`'s
  way of scoring).
Economic negatives drawn from a labelled Reuters story are left out of the folds that hold that story out.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

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


def _coded(nlp, cache: Path | None) -> dict:
    """The training sentences as the type model reads them (features, labels in dossier's convention, groups, ids,
    texts, weights) and the held negatives' features (training.held_negatives); kept in `cache` when given."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    data = training.samples(BENCH, EXAMPLE_GOLD, nlp, REUTERS, optional=training.OPTIONAL)
    feats, events, _ = training.coded_hands(nlp, [s.text for s in data])
    negatives = training.coded_hands(nlp, training.held_negatives(REUTERS, nlp, training.realnews_ids(BENCH)))
    out = {"feats": feats, "labels": training.act_labels(data, events), "groups": [s.group for s in data],
           "ids": [s.id for s in data], "texts": [s.text for s in data], "weights": [s.weight for s in data],
           "negatives": (negatives[0], negatives[2])}
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def types(nlp, weights: list[float], k: int, coded: list[float], cache: Path | None = None) -> None:
    """Model alone (its best class, NONE included) for every weight; the pipeline's top event for those in
    `coded`."""
    from dossier.evaluate.plv import _labels, _top

    c = _coded(nlp, cache)
    feats, labels, groups, ids = c["feats"], c["labels"], c["groups"], c["ids"]
    rows = [i for i, g in enumerate(groups) if g == "labels"]
    keys = [_doc(ids[i]) for i in rows]
    print(f"types: {len(ids)} sentences {dict(Counter(groups))}; labels {len(rows)} of {len(set(keys))} documents, "
          f"classes {dict(Counter(labels[i] for i in rows))}", flush=True)
    for weight in weights:
        alone: dict[int, str] = {}
        pred: dict[int, str] = {}
        for held in doc_folds(keys, k):
            held_reuters = {d.split("/", 1)[1] for d in held if d.startswith("reuters21578/")}
            train = [i for i, g in enumerate(groups)
                     if (g != "labels" and not (g == "economic" and ids[i].split(":")[0] in held_reuters))
                     or (g == "labels" and weight > 0 and _doc(ids[i]) not in held)]
            w = [weight if groups[i] == "labels" else c["weights"][i] for i in train]
            model = training.fit([feats[i] for i in train], [labels[i] for i in train], weights=w)
            test = [i for i in rows if _doc(ids[i]) in held]
            for i, scores in zip(test, model.scores_many([feats[i] for i in test])):
                alone[i] = max(scores, key=scores.get)
            if weight in coded:
                model.about = {"drop_edges": training.drop_edges(model, *c["negatives"])}
                for i, p in zip(test, _labels(_top(nlp, [c["texts"][i] for i in test], model))):
                    pred[i] = p or NONE
        print(f"types weight {weight}: model alone {_figures(labels, rows, alone)}", flush=True)
        if pred:
            print(f"types weight {weight}: pipeline   {_figures(labels, rows, pred)}", flush=True)
        plv_alone(c, weight)


def plv_alone(c: dict, weight: float) -> None:
    """PLV_train's 5-fold CV (`dossier evaluate plv`'s folds) with the model alone (its best class), each fold's
    model learning the labels at `weight` (0: none) besides the other sources: what the weight costs PLV."""
    from dossier.evaluate.plv import folds

    feats, labels, groups = c["feats"], c["labels"], c["groups"]
    rows = [i for i, g in enumerate(groups) if g == "plv"]
    right = 0
    for test in folds([labels[i] for i in rows]):
        held = {rows[j] for j in test}
        train = [i for i, g in enumerate(groups) if i not in held and (g != "labels" or weight > 0)]
        w = [weight if groups[i] == "labels" else c["weights"][i] for i in train]
        model = training.fit([feats[i] for i in train], [labels[i] for i in train], weights=w)
        tested = sorted(held)
        right += sum(max(s, key=s.get) == labels[i]
                     for i, s in zip(tested, model.scores_many([feats[i] for i in tested])))
    print(f"types weight {weight}: PLV_train 5-fold, model alone, accuracy {right / len(rows):.4f}", flush=True)


def _figures(labels: list[str], rows: list[int], pred: dict[int, str]) -> str:
    """Type accuracy over all labelled sentences; over those with an event, type right and no event; over those
    with none, an event given."""
    event = [i for i in rows if labels[i] != NONE]
    none = [i for i in rows if labels[i] == NONE]
    share = lambda n, d: f"{n / max(1, len(d)):.3f}"  # noqa: E731
    return (f"accuracy {share(sum(pred[i] == labels[i] for i in rows), rows)}"
            f" | with an event {len(event)}: type right {share(sum(pred[i] == labels[i] for i in event), event)}"
            f", no event {share(sum(pred[i] == NONE for i in event), event)}"
            f" | none {len(none)}: given an event {share(sum(pred[i] != NONE for i in none), none)}")


def roles(nlp, weights: list[float], k: int) -> None:
    from dossier.evaluate.roles import _sides, _tally
    from dossier.events.roles import model as role_model
    from dossier.events.roles import training as role_training

    groups = role_training.training_groups(nlp, BENCH, EXAMPLE_GOLD, EXAMPLE_ARTICLES, role_training.KNOWN_SOURCES)
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
    ap.add_argument("--coded", default="0,1", help="weights also scored through the pipeline (slow)")
    ap.add_argument("--cache", type=Path, help="keep the coded training sentences here (types) for another run")
    args = ap.parse_args(argv)
    weights = [float(w) for w in args.weights.split(",")]
    coded = [float(w) for w in args.coded.split(",") if w]
    nlp = loader.load(Settings.from_env())
    for part in args.part.split(","):
        began = time.time()
        if part == "types":
            types(nlp, weights, args.folds, coded, args.cache)
        else:
            roles(nlp, weights, args.folds)
        print(f"{part}: {time.time() - began:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
