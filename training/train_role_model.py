"""Train the role model and write it into the package (src/dossier/events/roles/model/roles.npz).

    python training/train_role_model.py [--bench ../shared/benchdata] [--out PATH] [--sources plv,gsr,realnews,example[,labels]]

Reads the gold events with marked participants in place (see dossier.events.roles.training: PLV_train, the PLOVER
GSR's even half, realnews_dev's development articles, the example gold; with --sources …,labels also the
hand-labelled news sentences of training/labels), runs them through the pipeline with the
rules alone deciding roles (in a process with hash seed 0, so that the result is the same byte for byte), fits a
logistic regression with a fixed seed over every actor mention of each event's
sentence, and prints how many events and mentions each source gave. Measure the result with `dossier evaluate
roles` (5-fold cross-validation on PLV_train, the GSR's held-out half) and `dossier evaluate realnews`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

from dossier.config import Settings
from dossier.evaluate.corpora import BENCH, EXAMPLE_ARTICLES, EXAMPLE_GOLD
from dossier.events.roles import model as role_model
from dossier.events.roles import training as role_training
from dossier.nlp import loader


def main(argv: list[str]) -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # the same model byte for byte: set order fixed in the pipeline too
        os.execve(sys.executable, [sys.executable, __file__, *argv], {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=BENCH)
    ap.add_argument("--out", type=Path, default=role_model.MODEL)
    ap.add_argument("--sources", default=",".join(role_training.SOURCES),
                    help="gold sets to learn from, comma-separated (default: all but the hand labels, which round "
                         "79's label-CV found no help to roles; leave out realnews to score its development part "
                         "unseen)")
    args = ap.parse_args(argv)
    sources = tuple(s for s in args.sources.split(",") if s)
    unknown = set(sources) - set(role_training.KNOWN_SOURCES)
    if unknown:
        print(f"--sources: unknown {', '.join(sorted(unknown))}; choose from {', '.join(role_training.KNOWN_SOURCES)}",
              file=sys.stderr)
        return 2
    nlp = loader.load(Settings.from_env())
    groups = role_training.training_groups(nlp, args.bench, EXAMPLE_GOLD, EXAMPLE_ARTICLES, sources)
    used = [g for g in groups if g.type_right]
    if not used:
        print(f"{args.bench}: no gold events with marked participants found", file=sys.stderr)
        return 1
    model = role_training.fit(used)
    model.save(args.out)
    labels = Counter(label for g in used for label in g.labels)
    print(f"{args.out}: {len(model.vocabulary)} features; {len(used)} events "
          f"{dict(Counter(g.item.group for g in used))}; mentions {dict(labels)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
