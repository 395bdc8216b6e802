"""Train the event-type model and write it into the package (src/dossier/events/model/event_types.npz).

    python training/train_event_types.py [--bench ../shared/benchdata] [--corpus REUTERS_JSONL_GZ] [--out PATH]

Reads the labelled sentences in place (see dossier.events.training; the hand labels of training/labels through
dossier.events.labelled), and sentences with no event from the
Reuters-21578 corpus (../shared/corpora), runs them through the pipeline with the rules alone, fits TF-IDF + a
linear SVM with a fixed seed, and prints how many sentences each source gave, the model's drop edges
(training.drop_edges: the leads of "no event" at which the coder drops the rules' candidates, set so that the model
drops a fixed share of those the rules find in business news it did not learn from) and its stability figure
(training.stability: how many additions and drops on a fixed set of Reuters sentences change between two fits on
98 % of PLV_train); both kept in the model file (`TypeModel.about`, read by coder.drop_edges).
Measure the result with `dossier evaluate plv` (5-fold cross-validation on PLV_train, GSR held-out half).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from dossier.config import Settings
from dossier.evaluate.corpora import BENCH, EXAMPLE_GOLD, REUTERS
from dossier.events import classifier, training
from dossier.nlp import loader


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=BENCH)
    ap.add_argument("--corpus", type=Path, default=REUTERS, help="Reuters-21578 JSONL (sentences with no event)")
    ap.add_argument("--out", type=Path, default=classifier.MODEL)
    ap.add_argument("--no-stability", action="store_true", help="skip the stability figure (training.stability)")
    ap.add_argument("--labels", action="store_true", help="learn the hand labels of training/labels too (training.OPTIONAL)")
    args = ap.parse_args(argv)
    nlp = loader.load(Settings.from_env())
    model, data = training.train(nlp, args.bench, EXAMPLE_GOLD, args.corpus, stable=not args.no_stability,
                                 optional=training.OPTIONAL if args.labels else frozenset())
    if model is None:
        print(f"{args.bench}: no labelled sentences found", file=sys.stderr)
        return 1
    model.save(args.out)
    print(f"{args.out}: {len(model.classes)} classes, {len(model.vocabulary)} features, "
          f"{len(data)} sentences {dict(Counter(s.group for s in data))}")
    about = model.about or {}  # kept in the model file: compare with the shipped model's before shipping a new one
    if "drop_edges" in about:
        print(f"drop edges: {about['drop_edges']}")
    if "stability" in about:
        print(f"stability: {about['stability']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
