"""Where the learned type and the rules' type disagree, which one the labels side with, per source of the rule's
type (hand-written entry or converted dictionary) and per pair of types.

    python training/compare_type_decisions.py [--plv] [--realnews]   (both by default)

PLV_train: the 5-fold split of `dossier evaluate plv`, each fold's model trained as there; a sentence's label is
read in the act convention (training.act_label). realnews_dev: the development articles (the fixed split), coded
with the event-type and role models trained without realnews_dev, as the honest rows of `dossier evaluate
realnews`; a decision counts where the gold codes an event in its sentence. Only the model's and the rules'
choices are compared (the coder's guards, HAND_MARGIN and the others in events/coder.py, are not applied), so the
table says which way a guard should lean.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from dossier.config import Settings
from dossier.evaluate import plv, realnews
from dossier.evaluate.corpora import BENCH, jsonl
from dossier.events import training
from dossier.events.classifier import label_of
from dossier.events.component import coding_with
from dossier.nlp import loader

OUTCOMES = ("model", "rule", "neither")


def tally(decisions: list[dict], labels: list[set[str]]) -> Counter:
    """(source, rule class, model class, outcome) -> sentences, where the model's class differs from the rule's and
    is not another candidate's."""
    out: Counter = Counter()
    for d, gold in zip(decisions, labels):
        rule = label_of(d["rule"])
        if rule == d["model"] or d["other"] or not gold:
            continue
        outcome = "model" if d["model"] in gold else "rule" if rule in gold else "neither"
        out[("hand" if d["hand"] else "dictionary", rule, d["model"], outcome)] += 1
    return out


def plv_decisions(nlp) -> tuple[list[dict], list[set[str]]]:
    rows = training.plv(BENCH)
    learned, models = plv.fold_models(nlp, rows, plv.other_samples(nlp))
    decisions, labels = [], []
    for test, model in models:
        with coding_with(nlp, types=model) as component:
            for i in test:
                component.coder.decisions = []
                nlp(rows[i].text)
                decisions += component.coder.decisions
                labels += [{learned[i]}] * len(component.coder.decisions)
            component.coder.decisions = None
    return decisions, labels


def realnews_decisions(settings: Settings, nlp) -> tuple[list[dict], list[set[str]]]:
    models = realnews.unseen_models(settings)
    component = nlp.get_pipe("dossier_events")
    decisions, labels = [], []
    for folder in ("reuters", "html"):
        path = realnews.REALNEWS / folder
        dev = {name for name, split in realnews.article_splits(path).items() if split == "dev"}
        golds = [g for g in jsonl(path / "gold_events.jsonl") if g["doc"] in dev]
        component.coder.decisions = []
        try:
            realnews.analysed(path, settings, models, dev)
            found = component.coder.decisions
        finally:
            component.coder.decisions = None
        decisions += found
        labels += [{label_of(g["type"]) for g in golds if realnews.same_sentence(d["sentence"], g["evidence"])}
                   for d in found]
    return decisions, labels


def show(title: str, counts: Counter) -> None:
    print(f"\n{title}")
    for source in ("hand", "dictionary"):
        totals = [sum(n for k, n in counts.items() if k[0] == source and k[3] == o) for o in OUTCOMES]
        print(f"  {source}: model right {totals[0]}, rule right {totals[1]}, neither {totals[2]}")
    pairs = Counter()
    for (source, rule, model, outcome), n in counts.items():
        pairs[(source, rule, model)] += n
    for (source, rule, model), n in pairs.most_common(15):
        row = [counts[(source, rule, model, o)] for o in OUTCOMES]
        print(f"    {source:10} {rule:9} -> {model:9} model {row[0]:3}  rule {row[1]:3}  neither {row[2]:3}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--plv", action="store_true", help="PLV_train's folds only")
    ap.add_argument("--realnews", action="store_true", help="realnews_dev's development articles only")
    args = ap.parse_args(argv)
    both = not (args.plv or args.realnews)
    settings = Settings.from_env()
    nlp = loader.load(settings)
    if nlp.get_pipe("dossier_events").coder.model is None:
        print("the pipeline runs without an event-type model: nothing to compare", file=sys.stderr)
        return 1
    if both or args.plv:
        show("PLV_train, 5-fold CV (labels in the act convention)", tally(*plv_decisions(nlp)))
    if both or args.realnews:
        show("realnews_dev development articles, models without realnews_dev (gold types of the sentence)",
             tally(*realnews_decisions(settings, nlp)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
