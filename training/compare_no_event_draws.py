"""Compare ways of drawing the type model's "no event" (NONE) sentences from the economic Reuters-21578 stories, and
the rules' main candidate as a feature, by PLV_train 5-fold CV and by the events made on business wire.

    python training/compare_no_event_draws.py [--check-stories 150] [--stories 600] [--variants shipped,all,...]

Draws: "shipped" (training.economic: every sentence where the rules find a candidate, and a quarter as many others;
"/2": each at half the weight, for `--stories 1200`, whose draw then weighs what the shipped one weighs); "nostate":
the same draw from the pool less the sentences whose candidate has a state, a government or an international
organisation on a side (training.state_side, ECONOMIC_STATE_SIDES False; round 22);
"all" ×k: every sentence of the same stories whatever the rules find, each weighted so that together they weigh k
times the shipped draw (k 1: the class prior of the shipped models). "+main": the features also name the type and the
trigger of the sentence's most confident candidate (round 18's `r:main`, set here by replacing
classifier.sentence_features for the run). Each variant prints PLV_train's CV accuracy (dossier's act convention
and the codebook's), its share of sentences left with no event, and the events a model trained on everything
(as train_event_types.py trains it) makes on `--check-stories` economic stories that are not among those drawn for
training: those stories report no act between political actors, so nearly every event there is a false one.
`--stories`: how many economic stories the NONE sentences come from (training.ECONOMIC_STORIES by default; with
another number the check stories are kept out of the training ones).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys

from dossier.config import Settings
from dossier.evaluate import plv as P
from dossier.evaluate.corpora import BENCH, EXAMPLE_GOLD, REUTERS
from dossier.events import classifier, coder, training
from dossier.events.classifier import NONE
from dossier.events.component import coding_with
from dossier.ingest.wrapping import unwrap
from dossier.nlp import loader

SHIPPED = classifier.sentence_features


def with_main(sent, events):
    """The shipped features and the most confident candidate's type and trigger word."""
    out = SHIPPED(sent, events)
    if events:
        main = max(events, key=lambda e: e.confidence or 0)
        out += [f"r:main:{main.type}", f"r:maintrig:{main.trigger.split()[-1].lower()}"]
    return out


VARIANTS = {"shipped": ("shipped", 1.0, SHIPPED), "shipped+main": ("shipped", 1.0, with_main),
            "all": ("all", 1.0, SHIPPED), "all+main": ("all", 1.0, with_main), "all2": ("all", 2.0, SHIPPED),
            "all4": ("all", 4.0, SHIPPED), "shipped/2": ("shipped", 0.5, SHIPPED),
            "shipped/2+main": ("shipped", 0.5, with_main), "all7.6": ("all", 7.6, SHIPPED),
            "all7.6+main": ("all", 7.6, with_main), "nostate": ("nostate", 1.0, SHIPPED), "nostate+main": ("nostate", 1.0, with_main)}


def check_stories(n: int, stories: int | None = None) -> list[tuple[str, str]]:
    """`n` economic stories chosen as training.economic chooses its `stories` (training.ECONOMIC_STORIES by
    default), offset by half a step (so none of them is drawn for training)."""
    chosen = []
    exclude = training.realnews_ids(BENCH)
    with gzip.open(REUTERS, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            topics = set(r.get("topics") or [])
            if topics and topics <= training.ECONOMIC_TOPICS and r.get("text_type") == "NORM" \
                    and r["id"] not in exclude and len(r.get("text") or "") > 300:
                chosen.append(r)
    chosen.sort(key=lambda r: r["newid"])
    step = max(1, len(chosen) // (stories or training.ECONOMIC_STORIES))
    return [(r["id"], unwrap(r["text"])) for r in chosen[step // 2::step][:n]]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check-stories", type=int, default=150)
    ap.add_argument("--stories", type=int, default=training.ECONOMIC_STORIES)
    ap.add_argument("--variants", default=",".join(VARIANTS))
    args = ap.parse_args(argv)
    nlp = loader.load(Settings.from_env())
    comp = nlp.get_pipe("dossier_events")
    rows = training.plv(BENCH)
    others = [s for s in training.samples(BENCH, EXAMPLE_GOLD) if s.group != "plv"]
    checked = check_stories(args.check_stories)
    exclude = training.realnews_ids(BENCH)
    if args.stories != training.ECONOMIC_STORIES:
        exclude |= {i for i, _ in checked}
    whole = training.economic_pool(REUTERS, nlp, exclude, args.stories)
    pool = [(s, candidate) for s, candidate, _ in whole]
    shipped_draw = {s.id for s in training.candidate_draw(pool)}
    nostate_draw = {s.id for s in training.candidate_draw([(s, c) for s, c, state in whole if not state])}
    economic = [s for s, _ in pool]

    def parse(texts):
        return list(nlp.pipe(texts, batch_size=64, disable=["dossier_events", "dossier_facts"]))

    def code(docs, model):
        out = []
        with coding_with(nlp, types=model):
            for d in docs:
                comp(d)
                out.append(list(d._.events or []))
        return out

    docs, xdocs = parse([s.text for s in rows]), parse([s.text for s in others])
    edocs = parse([s.text for s in economic])
    check = parse([text for _, text in checked])
    found, xfound, efound = code(docs, None), code(xdocs, None), code(edocs, None)
    learned = training.act_labels(rows, found)
    xlearned = training.act_labels(others, xfound)
    gold = [s.label for s in rows]
    print(f"economic sentences {len(economic)}, {sum(c for _, c in pool)} with a rule candidate, "
          f"{sum(state for *_, state in whole)} of them with a state side; shipped draw {len(shipped_draw)}, "
          f"without state sides {len(nostate_draw)}; events the rules alone make on the {len(check)} check stories: "
          f"{sum(map(len, code(check, None)))}", flush=True)
    shipped_mass = len(shipped_draw) * training.NONE_WEIGHT
    for name in args.variants.split(","):
        draw, k, features = VARIANTS[name]
        if draw in ("shipped", "nostate"):
            ids = shipped_draw if draw == "shipped" else nostate_draw
            picked = [(j, k * training.NONE_WEIGHT) for j, s in enumerate(economic) if s.id in ids]
        else:
            picked = [(j, k * shipped_mass / len(economic)) for j in range(len(economic))]
        classifier.sentence_features = coder.sentence_features = features
        try:
            feats = [features(d[:], f) for d, f in zip(docs, found)]
            xfeats = [features(d[:], f) for d, f in zip(xdocs, xfound)] + \
                [features(edocs[j][:], efound[j]) for j, _ in picked]
            xlabels = xlearned + [NONE] * len(picked)
            xweights = [s.weight for s in others] + [w for _, w in picked]
            pred = [None] * len(rows)
            for test in P.folds(gold):
                held = set(test)
                train = [i for i in range(len(rows)) if i not in held]
                model = training.fit([feats[i] for i in train] + xfeats, [learned[i] for i in train] + xlabels,
                                     weights=[1.0] * len(train) + xweights)
                for i, events in zip(test, code([docs[i] for i in test], model)):
                    pred[i] = max(events, key=lambda e: e.confidence or 0) if events else None
            full = training.fit(feats + xfeats, learned + xlabels, weights=[1.0] * len(rows) + xweights)
            business = sum(map(len, code(check, full)))
        finally:
            classifier.sentence_features = coder.sentence_features = SHIPPED
        act, book = P._labels(pred, "act"), P._labels(pred, "codebook")
        print(f"{name}: NONE sentences {len(picked)} weighing {sum(w for _, w in picked):.0f}; "
              f"CV act {sum(p == g for p, g in zip(act, gold)) / len(gold):.4f} "
              f"codebook {sum(p == g for p, g in zip(book, gold)) / len(gold):.4f} "
              f"no event {sum(p is None for p in act) / len(act):.3f}; events on the check stories {business}",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
