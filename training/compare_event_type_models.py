"""Compare ways of learning the event type on PLV_train by 5-fold cross-validation (the model alone, no rules'
decision), with each one's time to embed or featurise the 1,050 sentences.

    python training/compare_event_type_models.py

- words: TF-IDF over the sentence's words and word pairs, linear SVM;
- wordllama: WordLlama's static sentence embeddings (256 dimensions, weights shipped in its wheel; `pip install
  wordllama`, skipped when absent) and logistic regression;
- shipped: the words plus the parse's verbs and the rules' candidates (dossier.events.classifier), linear SVM.
"""

from __future__ import annotations

import sys
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


def main() -> int:
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

    nlp = loader.load(Settings.from_env())
    t = time.perf_counter()
    feats = training.featurise(nlp, texts)
    cost = time.perf_counter() - t
    x = TfidfVectorizer(analyzer=lambda f: f, sublinear_tf=True).fit_transform(feats)
    print(f"{'shipped':<12} {_cv(lambda: LinearSVC(C=training.C, random_state=training.SEED), x, gold)!s:>17} "
          f"{cost:>10.2f}  (the full pipeline's time, rules included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
