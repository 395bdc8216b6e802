"""List the bare verbs of the converted CAMEO dictionary that name no event on the training sentences.

    python training/find_weak_converted_verbs.py [--min 3]

Runs the rules alone over the event-type model's training sentences less realnews_dev and the example corpus
(dossier.events.training: PLV_train, the GSR's even half, the PETRARCH records and the economic Reuters-21578
sentences with no event) and counts, for each verb that a bare entry of events/patterns/cameo/ codes (no object,
preposition or subject required), how often it fires and under which gold class. It prints those that fired at
least --min times in sentences with no event, in at least half of their matches, and never in a sentence of their
own type: candidates for the "no event of their own" list of events/patterns/none.yaml, where a more specific
pattern of the dictionary still wins.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict

from dossier.config import Settings
from dossier.evaluate.corpora import BENCH, EXAMPLE_GOLD, REUTERS
from dossier.events import training
from dossier.events.classifier import NONE, label_of
from dossier.events.component import coding_with
from dossier.nlp import loader


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min", type=int, default=3, help="matches in sentences with no event needed")
    args = ap.parse_args(argv)
    nlp = loader.load(Settings.from_env())
    data = training.samples(BENCH, EXAMPLE_GOLD, nlp, REUTERS, frozenset({"realnews", "example"}))
    coder = nlp.get_pipe("dossier_events").coder
    labels: dict[tuple[str, str], Counter] = defaultdict(Counter)
    with coding_with(nlp, types=None):
        for sample, doc in zip(data, nlp.pipe([s.text for s in data], batch_size=64)):
            for tok, entry in coder._triggers(doc)[0]:
                if entry.converted and not entry.specificity:
                    labels[(tok.lemma_.lower(), entry.type)][sample.label] += 1
    for (lemma, ptype), seen in sorted(labels.items()):
        n, none = sum(seen.values()), seen[NONE]
        if none >= args.min and 2 * none >= n and not seen[label_of(ptype)]:
            print(f"{lemma}\t{ptype}\t{n} matches, {none} with no event")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
