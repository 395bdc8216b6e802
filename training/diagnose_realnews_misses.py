"""Why realnews_dev's gold events are missed on the DEVELOPMENT articles, with models trained without realnews_dev.

    python training/diagnose_realnews_misses.py [reuters|html ...] [--kind KIND] [--all]

Each development article (the fixed split of `dossier.evaluate.realnews.article_splits`; held-out articles are
never read) is coded with the event-type and role models `dossier evaluate realnews` trains for its
"(dev, models without realnews_dev)" rows. For each gold event missed for KIND (default "no event in the
sentence", as `realnews.missed_kind` sorts them) it prints the sentence(s) holding the gold evidence and what
happened there: the trigger words the dictionaries matched (NONE: a word they say names no event), the step that
lost each candidate (subsumed by another trigger, commentary, a non-event rule, no actor resolved, dropped by the
model), the model's best type and its margin against "no event", and the output events of the same type told in
another sentence of the article. `--all` prints every gold event's line, found or not.

    python training/diagnose_realnews_misses.py [reuters|html ...] --outputs KIND

lists instead the output events of one failure kind (`realnews.failure_kind`: "not a gold event", "wrong type",
"wrong actor", "participant missing", "wrong date", ...) with their sentence and the gold events of that sentence.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from dossier.config import Settings
from dossier.evaluate import realnews
from dossier.events.actors import Resolver
from dossier.events.classifier import NONE, sentence_features
from dossier.events.component import coding_with
from dossier.ingest import IngestError, read_paths
from dossier.nlp import loader
from dossier.pipeline import _infer_published, _make_doc, result_from_doc


def candidates(coder, doc, sent) -> list[str]:
    """Each trigger matched in the sentence with the step that kept or lost it."""
    matches = [(t, e) for t, e in coder.matcher(doc) if sent.start <= t.i < sent.end]
    kept, _ = coder._triggers(doc)
    kept_i = {t.i for t, _ in kept}
    resolver = Resolver(doc, pairs=coder.lex.pairs, leader_titles=coder.lex.leader_titles,
                        reporting_verbs=coder.lex.reporting_verbs)
    out = []
    for tok, entry in matches:
        name = f"{tok.text}/{tok.dep_}:{entry.type}:{entry.key}{'(conv)' if entry.converted else ''}"
        if entry.type == "NONE":
            out.append(f"{name} = names no event")
            continue
        if tok.i not in kept_i:
            out.append(f"{name} = subsumed or inside a figure")
            continue
        gov = coder._governor(tok) if entry.pos == "noun" else None
        if coder._is_commentary(tok, gov, entry):
            out.append(f"{name} = commentary")
        elif coder._no_event(tok, entry):
            out.append(f"{name} = no_event rule")
        else:
            event = coder._event(doc, sent, tok, entry, resolver, 1, bare=True)
            if event is None:
                out.append(f"{name} = no event (target label)")
            elif not event.source and not event.target:
                out.append(f"{name} = no actor resolved")
            else:
                out.append(f"{name} = event {event.type} {event.source}->{event.target} {event.status}")
    return out


def scores_of(coder, sent, events) -> str:
    if coder.model is None:
        return ""
    found = [e for e in events if e.evidence and e.evidence[0].start == sent.start_char]
    scores = coder.model.scores_many([sentence_features(sent, found)])[0]
    none = scores.pop(NONE, None)
    top = sorted(scores.items(), key=lambda kv: -kv[1])[:3]
    return f"model: {', '.join(f'{k} {v:+.2f}' for k, v in top)}; none {none:+.2f}"


def print_outputs(folder: str, doc_name: str, events: list, golds: list[dict], actors, kind: str,
                  tally: Counter) -> None:
    """The article's output events of one failure kind, each with its sentence and the gold events told there."""
    for e in events:
        got = realnews.failure_kind(e, golds, actors)
        tally[(folder, f"output: {got}")] += 1
        if got != kind:
            continue
        sentence = " ".join(realnews._sentence(e).split())
        print(f"\n== {folder}/{doc_name} OUTPUT {e.type} ({e.cameo}) '{e.trigger}' {e.source} -> {e.target} "
              f"{e.status} {e.date or '-'}")
        print(f"   SENT: {sentence}")
        for g in golds:
            if realnews.same_sentence(sentence, g["evidence"]):
                src = ", ".join(a["name"] for a in g["source"]) or "-"
                tgt = ", ".join(a["name"] for a in g["target"]) or "-"
                print(f"   gold here: {g['type']} ({g.get('cameo')}) [{src}] -> [{tgt}] {g['status']} {g.get('date')}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", default=list(realnews.FOLDERS))
    ap.add_argument("--kind", default="no event in the sentence")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--outputs", metavar="KIND", help="list the output events of this failure kind instead")
    args = ap.parse_args(argv)
    settings = Settings.from_env()
    nlp = loader.load(settings)
    models = realnews.unseen_models(settings)
    tally: Counter = Counter()
    for name in args.folders:
        folder = realnews.REALNEWS / name
        splits = realnews.article_splits(folder)
        golds = realnews.golds_by_article(folder)
        dates = realnews.published_dates(folder)
        with coding_with(nlp, models.types if models else None, models.roles if models else None) as component:
            coder = component.coder
            for document in read_paths([folder / "articles"], dedup=False):
                if isinstance(document, IngestError):
                    continue
                doc_name = Path(document.source).name
                if splits.get(doc_name) != "dev" or doc_name not in golds:
                    continue  # held-out articles are never looked at
                if doc_name in dates:
                    document = document.model_copy(update={"published": dates[doc_name],
                                                           "published_inferred": False, "published_basis": "stated"})
                document = _infer_published(document)
                doc = nlp(_make_doc(nlp, document))
                result = result_from_doc(document, doc)
                actors = realnews.Actors.of(result)
                if args.outputs:
                    print_outputs(name, doc_name, result.events, golds[doc_name], actors, args.outputs, tally)
                    continue
                for g in golds[doc_name]:
                    found = any(realnews.finds(e, g, actors) for e in result.events)
                    kind = "FOUND" if found else realnews.missed_kind(g, result.events, actors)
                    tally[(name, kind)] += 1
                    if not args.all and kind != args.kind:
                        continue
                    src = ", ".join(a["name"] for a in g["source"]) or "-"
                    tgt = ", ".join(a["name"] for a in g["target"]) or "-"
                    print(f"\n== {name}/{doc_name} GOLD {g['type']} ({g.get('cameo')}) [{src}] -> [{tgt}] "
                          f"{g['status']}: {kind}")
                    print(f"   evidence: {' '.join(g['evidence'].split())}")
                    for sent in doc.sents:
                        if not realnews.same_sentence(sent.text, g["evidence"]):
                            continue
                        print(f"   SENT: {' '.join(sent.text.split())}")
                        print(f"   root {sent.root.text}/{sent.root.pos_}; {scores_of(coder, sent, result.events)}")
                        for line in candidates(coder, doc, sent):
                            print(f"     - {line}")
                    elsewhere = [e for e in result.events if e.type == g["type"]]
                    for e in elsewhere:
                        print(f"   same type elsewhere: '{e.trigger}' {e.source}->{e.target} | "
                              f"{' '.join(realnews._sentence(e).split())[:100]}")
    print()
    for (name, kind), n in sorted(tally.items()):
        print(f"{name:8} {kind:28} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
