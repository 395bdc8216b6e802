"""Why PLV_train sentences end with no event: each fold's model trained as in `dossier evaluate plv`, the fold's
sentences coded with it, and each sentence left without an event sorted by the first step that lost it.

    python training/diagnose_no_event.py [--show N]

Kinds: no candidate (no trigger word, or only words the dictionaries say name no event), trigger inside a date or
figure, candidate subsumed by another trigger rule, non-event rule (commentary, no_event), no actors, dropped by
the model ("no event" margin), and for sentences without a candidate why the model added none (its margin, a root
that is no verb or names no event, no side).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict

from dossier.config import Settings
from dossier.evaluate import plv
from dossier.evaluate.corpora import BENCH
from dossier.events import training
from dossier.events.actors import Resolver
from dossier.events.classifier import NONE, sentence_features
from dossier.events import coder as coder_module
from dossier.events.coder import _FIGURES, creates
from dossier.events.component import coding_with
from dossier.events.roles.reading import read_roles
from dossier.nlp import loader


def why(coder, doc) -> str:
    """The first step at which the doc's candidates were all lost."""
    matches = coder.matcher(doc)
    real = [(t, e) for t, e in matches if e.type != "NONE"]
    if not real:
        return "no candidate: " + ("only no-event words" if matches else "no trigger word") + _create(coder, doc)
    if all(t.ent_type_ in _FIGURES for t, _ in real):
        return "trigger inside a date or figure"
    kept, _ = coder._triggers(doc)
    if not kept:
        return "candidate subsumed by another trigger rule"
    resolver = Resolver(doc, pairs=coder.lex.pairs, leader_titles=coder.lex.leader_titles,
                        reporting_verbs=coder.lex.reporting_verbs)
    reasons = []
    for tok, entry in kept:
        gov = coder._governor(tok) if entry.pos == "noun" else None
        if coder._is_commentary(tok, gov, entry):
            reasons.append("non-event rule: commentary")
            continue
        if coder._no_event(tok, entry):
            reasons.append("non-event rule: no_event")
            continue
        if coder._event(doc, tok.sent, tok, entry, resolver, 1) is None:
            roles = read_roles(tok, entry, resolver, None)
            reasons.append("no actors" if not roles.source and not roles.target else "target label / other")
            continue
        reasons.append("dropped by the model (none margin) or a restatement rule")
    for kind in ("dropped by the model (none margin) or a restatement rule", "no actors", "target label / other",
                 "non-event rule: no_event", "non-event rule: commentary"):
        if kind in reasons:
            return kind
    return reasons[0]


def _create(coder, doc) -> str:
    if coder.model is None:
        return ""
    sent = next(iter(doc.sents))
    if sent.root.pos_ != "VERB":
        return " / model adds none: root not a verb"
    scores = coder.model.scores_many([sentence_features(sent, [])])[0]
    none = scores.pop(NONE, None)
    label, margin = max(scores.items(), key=lambda kv: kv[1])
    if not creates(margin, none):
        return f" / model adds none: prefers none"
    return f" / model adds none: no side ({label})"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=3, help="sentences shown per kind")
    ap.add_argument("--bare-at", type=float, help="the coder's BARE_AT for this run (default: the coder's own)")
    args = ap.parse_args(argv)
    if args.bare_at is not None:
        coder_module.BARE_AT = args.bare_at
    nlp = loader.load(Settings.from_env())
    rows = training.plv(BENCH)
    learned, models = plv.fold_models(nlp, rows, plv.other_samples(nlp))
    kinds: Counter = Counter()
    right: Counter = Counter()
    shown = defaultdict(list)
    for test, model in models:
        with coding_with(nlp, types=model) as component:
            for i in test:
                doc = nlp(rows[i].text)
                if doc._.events:
                    continue
                kind = why(component.coder, doc)
                kinds[kind] += 1
                scores = model.scores_many([sentence_features(s, []) for s in doc.sents][:1])[0]
                none = scores.pop(NONE, None)
                top = max(scores, key=scores.get)
                gap = scores[top] - none if none is not None else 0.0
                right[kind] += top == learned[i]
                shown[kind].append(f"{rows[i].label:9} model {top:9} {gap:+.2f} | {rows[i].text[:140]}")
    print(f"PLV_train sentences with no event (5-fold CV): {sum(kinds.values())}")
    for kind, n in kinds.most_common():
        print(f"  {n:3}  (model's type right {right[kind]:2})  {kind}")
        for line in shown[kind][:args.show]:
            print(f"        {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
