"""Compare ways of learning the event type on PLV_train by 5-fold cross-validation (the model alone, no rules'
decision), with each one's time to embed or featurise the 1,050 sentences.

    python training/compare_event_type_models.py [--textcat-folds N] [--textcat-epochs E]

- words: TF-IDF over the sentence's words and word pairs, linear SVM;
- wordllama: WordLlama's static sentence embeddings (256 dimensions, weights shipped in its wheel; `pip install
  wordllama`, skipped when absent) and logistic regression;
- textcat: a spaCy `textcat` (TextCatEnsemble: bag of words + a CNN over en_core_web_md's static vectors) trained
  with `spacy train` on each fold, exclusive classes, seed fixed; needs en_core_web_md (`pip install
  ../shared/models/en_core_web_md-3.8.0-py3-none-any.whl`, skipped when absent). `--textcat-folds` scores only the
  first N folds (each takes minutes on a CPU);
- shipped: the words plus the parse's verbs and the rules' candidates (dossier.events.classifier), linear SVM.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from dossier.config import Settings
from dossier.evaluate.corpora import BENCH
from dossier.evaluate.plv import folds
from dossier.events import training
from dossier.nlp import loader


def _accuracy(pred: list[str], gold: list[str]) -> tuple[float, float]:
    from sklearn.metrics import f1_score

    return (round(sum(p == g for p, g in zip(pred, gold)) / len(gold), 3),
            round(float(f1_score(gold, pred, average="macro")), 3))


def _cv(make, x, gold: list[str]) -> tuple[float, float]:
    pred = [""] * len(gold)
    for test in folds(gold):
        held = set(test)
        train = [i for i in range(len(gold)) if i not in held]
        model = make().fit(x[train], [gold[i] for i in train])
        for i, p in zip(test, model.predict(x[test])):
            pred[i] = p
    return _accuracy(pred, gold)


def _textcat(texts: list[str], gold: list[str], n_folds: int, epochs: int) -> tuple[tuple[float, float], float, int]:
    """`spacy train` of a textcat on each of the first `n_folds` folds: (accuracy, macro F1) over those folds'
    sentences, the seconds it took, and how many sentences were scored."""
    import spacy
    from spacy.cli.init_config import init_config
    from spacy.tokens import DocBin

    labels, blank = sorted(set(gold)), spacy.blank("en")
    config = init_config(lang="en", pipeline=["textcat"], optimize="accuracy", gpu=False)
    config["paths"]["vectors"] = "en_core_web_md"
    config["system"]["seed"] = training.SEED
    config["training"].update({"max_epochs": epochs, "max_steps": 0})
    encode = config["components"]["tok2vec"]["model"]["encode"]
    encode.update({"width": 128, "depth": 4})  # the accuracy preset's 256 x 8 is several times slower on a CPU
    pred, gold_seen, t = [], [], time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        config.to_disk(root / "textcat.cfg")
        for k, test in enumerate(folds(gold)[:n_folds]):
            held = set(test)
            for name, rows in (("train", [i for i in range(len(gold)) if i not in held]), ("dev", test)):
                docs = DocBin()
                for i in rows:
                    doc = blank.make_doc(texts[i])
                    doc.cats = {label: float(label == gold[i]) for label in labels}
                    docs.add(doc)
                docs.to_disk(root / f"{name}{k}.spacy")
            # the dev fold picks the best epoch (model-best): slightly in the learner's favour
            subprocess.run([sys.executable, "-m", "spacy", "train", str(root / "textcat.cfg"), "--output",
                            str(root / f"model{k}"), "--paths.train", str(root / f"train{k}.spacy"), "--paths.dev",
                            str(root / f"dev{k}.spacy")], check=True, stdout=subprocess.DEVNULL)
            nlp = spacy.load(root / f"model{k}" / "model-best")
            for i, doc in zip(test, nlp.pipe([texts[i] for i in test])):
                pred.append(max(doc.cats, key=doc.cats.get))
                gold_seen.append(gold[i])
    return _accuracy(pred, gold_seen), time.perf_counter() - t, len(gold_seen)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="Compare ways of learning the event type on PLV_train (5-fold CV).")
    ap.add_argument("--textcat-folds", type=int, default=5, help="folds the spaCy textcat is trained on (0: skip)")
    ap.add_argument("--textcat-epochs", type=int, default=10)
    args = ap.parse_args(argv)
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.svm import LinearSVC

    rows = training.plv(BENCH)
    if not rows:
        print(f"{BENCH}/plv/PLV_train.tsv not found", file=sys.stderr)
        return 1
    texts, gold = [r.text for r in rows], [r.label for r in rows]
    print(f"{'approach':<12} {'accuracy':>8} {'macro F1':>8} {'features s':>10}")

    t = time.perf_counter()
    x = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit_transform(texts)
    cost = time.perf_counter() - t
    print(f"{'words':<12} {_cv(lambda: LinearSVC(C=training.C, random_state=training.SEED), x, gold)!s:>17} "
          f"{cost:>10.2f}")

    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:
        print("wordllama: not installed, skipped")
    else:
        t = time.perf_counter()
        # the wheel ships the weights and the tokenizer; pointing the cache at the package stops a download
        wl = WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)
        emb = np.asarray(wl.embed(texts, norm=True))
        cost = time.perf_counter() - t
        print(f"{'wordllama':<12} "
              f"{_cv(lambda: LogisticRegression(C=10, max_iter=3000, random_state=training.SEED), emb, gold)!s:>17} "
              f"{cost:>10.2f}")

    try:
        import en_core_web_md  # noqa: F401
    except ImportError:
        print("textcat: en_core_web_md not installed, skipped")
    else:
        if args.textcat_folds:
            score, cost, n = _textcat(texts, gold, args.textcat_folds, args.textcat_epochs)
            print(f"{'textcat':<12} {score!s:>17} {cost:>10.2f}  (training included; {n} sentences, "
                  f"{args.textcat_folds} of {len(folds(gold))} folds)")

    nlp = loader.load(Settings.from_env())
    t = time.perf_counter()
    feats = training.featurise(nlp, texts)
    cost = time.perf_counter() - t
    x = TfidfVectorizer(analyzer=lambda f: f, sublinear_tf=True).fit_transform(feats)
    print(f"{'shipped':<12} {_cv(lambda: LinearSVC(C=training.C, random_state=training.SEED), x, gold)!s:>17} "
          f"{cost:>10.2f}  (the full pipeline's time, rules included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
