"""Compare learners of the event-type model on PLV_train's 5-fold CV as `dossier evaluate plv` scores it: each fold's
model trained on the other folds plus the other sources (training.fit's data, weights and seed), then the real
pipeline codes the fold's sentences with it ("as coded", act convention and codebook view), and the model alone (its
best type) against PLV's label and against the label it learns (training.act_labels).

    python training/compare_type_learners.py [--cache FILE] [--variants NAME ...] [--dense]
        [--without-realnews] [--features NAME] [--trace FILE] [--dump FILE]

The sentences are run through the pipeline once (`--cache` keeps their features for another run); each learner then
costs seconds. Every sparse learner writes the shipped model's file format (classifier.TypeModel), so the coder's
guards read its margins as they read the shipped one's. `--dense` adds, for the model alone only (the shipped reader
has no dense block), the sentence's spaCy tok2vec rows (mean, root, main trigger: what the pipeline computes anyway)
and, where en_core_web_md is installed, the mean of its static word vectors, appended to the shipped features.
`--without-realnews`: the other sources without realnews_dev's development gold, and that folder never read (a
session barred from it measures so; main's CV 0.8105 as coded instead of `dossier evaluate plv`'s 0.8124).
`--features`: features added to the shipped ones (FEATURE_VARIANTS), in training and in the coder alike; the cache
holds one variant's features, so give each its own. The "changed" column counts the sentences whose coded type differs from the shipped learner's ("+gained/-lost").
`--trace FILE`: the coder's decisions (events.coder.Coder.trace: created, retyped, dropped, promoted, kept bare) on
each PLV sentence, one JSON line each with the sentence's gold and its type as coded; `--dump FILE`: each sentence's
gold and coded type, to compare two runs (round 70).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

from dossier.config import Settings
from dossier.evaluate import plv
from dossier.evaluate.corpora import BENCH
from dossier.events import training
from dossier.events.classifier import NONE, TypeModel
from dossier.nlp import loader


def _matrix(feats: list[list[str]]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer=training._same, sublinear_tf=True, norm="l2")
    return vectorizer, vectorizer.fit_transform(feats).tocsr()


def _model(vectorizer, weights: np.ndarray, bias: np.ndarray, classes: list[str]) -> TypeModel:
    terms = vectorizer.get_feature_names_out().tolist()
    return TypeModel(vocabulary={t: i for i, t in enumerate(terms)}, idf=vectorizer.idf_, weights=np.asarray(weights),
                     bias=np.asarray(bias), classes=list(classes), rule_weight=None)


def nbsvm(feats, labels, weights, alpha: float = 1.0, c: float = training.C) -> TypeModel:
    """One linear SVM per class over the features scaled by the class's log-count ratio (Wang and Manning 2012,
    "NBSVM"); the ratio folds into the weights, so the model is linear in the shipped features."""
    from sklearn.svm import LinearSVC

    vectorizer, x = _matrix(feats)
    present, y, w = (x > 0).astype(np.float64).tocsr(), np.array(labels), np.array(weights)
    classes, rows, bias = sorted(set(labels)), [], []
    for label in classes:
        pos = y == label
        p = alpha + np.asarray(present[pos].multiply(w[pos][:, None]).sum(0)).ravel()
        q = alpha + np.asarray(present[~pos].multiply(w[~pos][:, None]).sum(0)).ravel()
        ratio = np.log((p / p.sum()) / (q / q.sum()))
        svm = LinearSVC(C=c, random_state=training.SEED).fit(x.multiply(ratio[None, :]).tocsr(), pos, sample_weight=w)
        rows.append(svm.coef_.ravel() * ratio)
        bias.append(svm.intercept_[0])
    return _model(vectorizer, np.vstack(rows), np.array(bias), classes)


def svm(feats, labels, weights, **options) -> TypeModel:
    """A linear SVM over the shipped features with other options (multi_class, loss)."""
    from sklearn.svm import LinearSVC

    vectorizer, x = _matrix(feats)
    clf = LinearSVC(random_state=training.SEED, **options).fit(x, labels, sample_weight=weights)
    return _model(vectorizer, clf.coef_, clf.intercept_, clf.classes_.tolist())


def split_none(feats, labels, weights) -> TypeModel:
    """The types' rows learned from the sentences with an event only; "no event" against all the rest."""
    from sklearn.svm import LinearSVC

    vectorizer, x = _matrix(feats)
    y, w = np.array(labels), np.array(weights)
    event = y != NONE
    types = LinearSVC(C=training.C, random_state=training.SEED).fit(x[event], y[event], sample_weight=w[event])
    none = LinearSVC(C=training.C, random_state=training.SEED).fit(x, y == NONE, sample_weight=w)
    classes = types.classes_.tolist() + [NONE]
    order = np.argsort(classes)
    return _model(vectorizer, np.vstack([types.coef_, none.coef_])[order],
                  np.concatenate([types.intercept_, none.intercept_])[order], [classes[i] for i in order])


def weighted(other: float | None = None, none: float | None = None, c: float = training.C):
    """training.fit with the other sources' event sentences (`other`) or no-event sentences (`none`) weighted anew."""
    def make(feats, labels, weights):
        new = [w if w == 1.0 else (none if label == NONE and none is not None else
                                   other if label != NONE and other is not None else w)
               for w, label in zip(weights, labels)]
        return training.fit(feats, labels, weights=new, c=c)
    return make


LEARNERS = {
    "shipped": lambda f, y, w: training.fit(f, y, weights=w),
    "nbsvm": nbsvm,
    "crammer-singer": lambda f, y, w: svm(f, y, w, C=training.C, multi_class="crammer_singer"),
    "hinge": lambda f, y, w: svm(f, y, w, C=training.C, loss="hinge"),
    "split-none": split_none,
    "other-0.4": weighted(other=0.4),
    "other-1.0": weighted(other=1.0),
    "none-0.4": weighted(none=0.4),
    "none-1.0": weighted(none=1.0),
    "C-0.7": weighted(c=0.7),
    "C-1.5": weighted(c=1.5),
}


def _main_candidate(sent, events) -> list[str]:
    """The type and code of the sentence's most confident candidate, the one the coder's decision is about."""
    if not events:
        return []
    main = max(events, key=lambda e: e.confidence or 0)
    return [f"r:main:{main.type}", f"r:maincameo:{(main.cameo or '')[:3]}"]


def _root(sent, events) -> list[str]:
    """The sentence root's lemma, its negation and its modal verbs."""
    root = sent.root
    return [f"v:rootlemma:{root.lemma_.lower()}"] + ["v:rootneg" for c in root.children if c.dep_ == "neg"] + \
        [f"v:rootaux:{c.lemma_.lower()}" for c in root.children if c.dep_ == "aux" and c.tag_ == "MD"]


def _mode_status(sent, events) -> list[str]:
    """Each candidate's mode and status."""
    return [f"r:mode:{e.mode}" for e in events if e.mode] + [f"r:status:{e.status}" for e in events if e.status]


_NAMED = frozenset({"GPE", "NORP", "PERSON", "ORG", "LOC", "FAC"})


def _named(t) -> str | None:
    """A token's entity type where it is in a named entity of a kind that can be a party."""
    return f"<{t.ent_type_}>" if t.ent_type_ in _NAMED else None


def _entities(sent, events) -> list[str]:
    """The words and word pairs with each named party (one name, however many words) as its entity type, and each
    verb's dependents that are names as their entity type ("v:root:send_nsubj:<GPE>"): what a sentence says of a
    state or a person apart from which one it is (round 77)."""
    words: list[str] = []
    for t in sent:
        if t.is_punct or t.is_space:
            continue
        kind = _named(t)
        if kind and t.ent_iob_ != "B" and words and words[-1] == kind:
            continue
        words.append(kind or t.lower_)
    pairs = [f"w:{a} {b}" for a, b in zip(words, words[1:]) if a.startswith("<") or b.startswith("<")]
    verbs = []
    for t in sent:
        if t.dep_ == "ROOT" or t.pos_ == "VERB":
            head = f"v:{'root' if t.dep_ == 'ROOT' else 'v'}:{t.lemma_.lower()}"
            verbs += [f"{head}_{c.dep_}:{_named(c)}" for c in t.children
                      if _named(c) and c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent", "pobj")]
            verbs += [f"{head}_{c.dep_}_{c.lemma_.lower()}:{_named(g)}" for c in t.children if c.dep_ in ("prep", "agent")
                      for g in c.children if g.dep_ == "pobj" and _named(g)]
    return [f"w:{w}" for w in words if w.startswith("<")] + pairs + verbs


def _lemmas(sent, events) -> list[str]:
    """The lemma of each noun and adjective whose lemma is not its lower-cased word ("l:troop")."""
    return [f"l:{t.lemma_.lower()}" for t in sent if t.pos_ in ("NOUN", "ADJ") and t.lemma_.lower() != t.lower_]


# Features tried beside the shipped ones (docs/evaluation.md, round 69, model; round 77: entities, lemmas).
FEATURE_VARIANTS = {"main": _main_candidate, "root": _root, "mode-status": _mode_status, "entities": _entities,
                    "lemmas": _lemmas, "entities-lemmas": lambda s, e: _entities(s, e) + _lemmas(s, e)}


def use_features(name: str | None) -> None:
    """Add a FEATURE_VARIANTS entry's features to the shipped ones, where training and the coder compute them."""
    if not name:
        return
    from dossier.events import classifier, coder

    shipped, extra = classifier.sentence_features, FEATURE_VARIANTS[name]
    training.sentence_features = coder.sentence_features = lambda sent, events: \
        shipped(sent, events) + extra(sent, events)


def features(nlp, cache: Path | None, realnews: bool = True) -> dict:
    """PLV_train's rows and the other sources' sentences with their features and learnt labels (plv.fold_models'
    reading), from `cache` where it exists; `realnews` False: none of realnews_dev (plv.other_samples)."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    rows, extra = training.plv(BENCH), plv.other_samples(nlp, realnews)
    feats, found = training.coded(nlp, [s.text for s in rows])
    extra_feats, extra_found = training.coded(nlp, [s.text for s in extra])
    data = {"texts": [s.text for s in rows], "gold": [s.label for s in rows], "feats": feats,
            "learned": training.act_labels(rows, found), "extra_feats": extra_feats,
            "extra_learned": training.act_labels(extra, extra_found), "extra_weights": [s.weight for s in extra],
            "extra_texts": [s.text for s in extra]}
    if cache:
        cache.write_bytes(pickle.dumps(data))
    return data


def _folds(data: dict):
    """(held-out indices, training rows' features, labels, weights) for each PLV fold."""
    n = len(data["gold"])
    for test in plv.folds(data["gold"]):
        held = set(test)
        train = [i for i in range(n) if i not in held]
        yield (test, [data["feats"][i] for i in train] + data["extra_feats"],
               [data["learned"][i] for i in train] + data["extra_learned"],
               [1.0] * len(train) + data["extra_weights"])


def _best(scores: dict[str, float]) -> str:
    scores = {k: v for k, v in scores.items() if k != NONE}
    return max(scores, key=scores.get)


def as_coded(nlp, data: dict, learn, trace: list | None = None) -> tuple[list, list, list[float]]:
    """Each PLV sentence's most confident event as coded with its fold's model, the model's best type alone, and
    the act-convention accuracy of each fold; `trace`: a list the coder's decisions are added to (Coder.trace)."""
    top, alone, spread = [None] * len(data["gold"]), [None] * len(data["gold"]), []
    for test, feats, labels, weights in _folds(data):
        model = learn(feats, labels, weights)
        for i, scores in zip(test, model.scores_many([data["feats"][i] for i in test])):
            alone[i] = _best(scores)
        coder = nlp.get_pipe("dossier_events").coder
        if trace is not None:
            coder.trace = []
        coded = plv._top(nlp, [data["texts"][i] for i in test], model)
        if trace is not None:  # each decision with the index and gold of the PLV sentence it was made on
            for d in coder.trace:
                i = next((i for i in test if d["sentence"] in data["texts"][i]), None)
                trace.append({**d, "row": i, "gold": None if i is None else data["gold"][i]})
            coder.trace = None
        for i, event in zip(test, coded):
            top[i] = event
        spread.append(sum(p == data["gold"][i] for i, p in zip(test, plv._labels(coded))) / len(test))
    return top, alone, spread


def dense_blocks(nlp, data: dict) -> dict[str, np.ndarray]:
    """Dense rows for every sentence (PLV rows, then the other sources'): the pipeline's tok2vec output (mean over
    the sentence, the root's, the most confident candidate's trigger's) and, where installed, en_core_web_md's mean
    static vector of the content words."""
    from sklearn.preprocessing import normalize

    from dossier.events.component import coding_with
    from dossier.events.roles.model import trigger_token

    texts = data["texts"] + data["extra_texts"]
    mean, root, trigger = [], [], []
    with coding_with(nlp, types=None, keep_unplaced=True, keep_trade=True, keep_off_topic=True):
        for doc in nlp.pipe(texts, batch_size=64):
            t, zero = doc.tensor, np.zeros(doc.tensor.shape[1] if doc.tensor.ndim == 2 else 96)
            mean.append(t.mean(0) if len(t) else zero)
            root.append(t[doc[:].root.i] if len(t) else zero)
            events = sorted(doc._.events or [], key=lambda e: -(e.confidence or 0))
            tok = trigger_token(doc, events[0]) if events else None
            trigger.append(t[tok.i] if tok is not None and len(t) else zero)
    out = {"tok2vec": np.hstack([normalize(np.array(block)) for block in (mean, root, trigger)])}
    try:
        import spacy

        md = spacy.load("en_core_web_md", exclude=["tagger", "parser", "ner", "lemmatizer", "attribute_ruler"])
    except OSError:
        return out
    vectors = []
    for doc in md.pipe(texts, batch_size=128):
        words = [t.vector for t in doc if t.has_vector and not t.is_stop and not t.is_punct]
        vectors.append(np.mean(words, 0) if words else np.zeros(md.vocab.vectors_length))
    out["md-vectors"] = normalize(np.array(vectors))
    return out


def dense_alone(data: dict, block: np.ndarray, scale: float) -> list[str]:
    """The model alone over the shipped features with a dense block appended (scaled), linear SVM, same folds."""
    import scipy.sparse as sp
    from sklearn.svm import LinearSVC

    n = len(data["gold"])
    feats = data["feats"] + data["extra_feats"]
    labels = np.array(data["learned"] + data["extra_learned"])
    weights = np.array([1.0] * n + data["extra_weights"])
    pred = [None] * n
    for test in plv.folds(data["gold"]):
        held = set(test)
        train = [i for i in range(len(feats)) if i not in held]
        vectorizer, x = _matrix([feats[i] for i in train])
        held_x = vectorizer.transform([feats[i] for i in test])
        x = sp.hstack([x, block[train] * scale]).tocsr()
        held_x = sp.hstack([held_x, block[test] * scale]).tocsr()
        clf = LinearSVC(C=training.C, random_state=training.SEED).fit(x, labels[train], sample_weight=weights[train])
        margins, classes = clf.decision_function(held_x), clf.classes_.tolist()
        margins[:, classes.index(NONE)] = -np.inf
        for i, k in zip(test, margins.argmax(1)):
            pred[i] = classes[k]
    return pred


def _share(pred, gold) -> float:
    return sum(p == g for p, g in zip(pred, gold)) / len(gold)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="keep (or read) the sentences' features here")
    ap.add_argument("--variants", nargs="*", default=list(LEARNERS), choices=list(LEARNERS))
    ap.add_argument("--dense", action="store_true", help="also the dense blocks appended, model alone")
    ap.add_argument("--without-realnews", action="store_true", help="other sources without realnews_dev (not read)")
    ap.add_argument("--features", choices=list(FEATURE_VARIANTS), help="features added to the shipped ones")
    ap.add_argument("--trace", type=Path, help="write the coder's decisions (Coder.trace) with each sentence's gold")
    ap.add_argument("--dump", type=Path, help="write each sentence's gold and coded type (the last variant's) here")
    args = ap.parse_args(argv)
    use_features(args.features)
    nlp = loader.load(Settings.from_env())
    data = features(nlp, args.cache, realnews=not args.without_realnews)
    if not data["gold"]:
        print(f"{BENCH}/plv/PLV_train.tsv not found", file=sys.stderr)
        return 1
    gold, learned = data["gold"], data["learned"]
    print(f"{'learner':<15} {'as coded':>8} {'codebook':>8} {'alone':>6} {'alone/act':>9} {'no event':>8} "
          f"{'changed':>12}  folds (as coded)")
    base = None
    for name in args.variants:
        t = time.perf_counter()
        trace = [] if args.trace else None
        top, alone, spread = as_coded(nlp, data, LEARNERS[name], trace)
        if args.trace:  # one JSON line a decision of the model, with the sentence's gold and its type as coded
            coded = plv._labels(top, "act")
            args.trace.write_text("".join(json.dumps({**d, "coded": None if d["row"] is None
                                                      else coded[d["row"]]}) + "\n" for d in trace))
        act = plv._labels(top, "act")
        base = base or act
        gained = sum(a != b and a == g for a, b, g in zip(act, base, gold))
        lost = sum(a != b and b == g for a, b, g in zip(act, base, gold))
        f1 = plv._score("", "", gold, act).figures["macro_f1"]
        if args.dump:  # one line a sentence: its gold and its type as coded (act convention), to compare two runs
            args.dump.write_text("".join(f"{i}\t{g}\t{a}\n" for i, (g, a) in enumerate(zip(gold, act))))
        print(f"{name:<15} macro F1 {f1:.4f}", flush=True)
        print(f"{name:<15} {_share(act, gold):>8.4f} {_share(plv._labels(top, 'codebook'), gold):>8.4f} "
              f"{_share(alone, gold):>6.4f} {_share(alone, learned):>9.4f} {sum(p is None for p in act):>8} "
              f"{sum(a != b for a, b in zip(act, base)):>4} +{gained}/-{lost:<4}  "
              f"{' '.join(f'{s:.3f}' for s in spread)}  ({time.perf_counter() - t:.0f} s)", flush=True)
    if args.dense:
        for block_name, block in dense_blocks(nlp, data).items():
            for scale in (0.2, 0.35, 0.5):
                pred = dense_alone(data, block, scale)
                print(f"shipped + {block_name} x {scale}: model alone {_share(pred, gold):.4f} "
                      f"(act labels {_share(pred, learned):.4f})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
