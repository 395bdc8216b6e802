"""Where PLV_train's 5-fold CV goes wrong, by pair of types and by the step that decided the sentence's type.

    python training/diagnose_type_confusion.py [--show N] [--cache PATH] [--dump PATH]

Each fold's model trained as in `dossier evaluate plv`; the fold's sentences coded with it, `Coder.decisions`
recording each sentence's decision. A sentence's path: the hand-written entry's type kept, the converted
dictionary's kept, retyped by the model, a bare trigger kept (`BARE_AT`), an event the model added on the root,
no event (with the step that lost it, as training/diagnose_no_event.py sorts them), and, where the model's own best
type differs from the type kept, whether the model or the kept type has the gold. Labels are read in the act
convention (training.act_label); the prediction in the act convention and the codebook view. `--cache` keeps the
fold models between runs (they depend on the rules' features: delete it after changing the rules).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

from diagnose_no_event import why

from dossier.config import Settings
from dossier.evaluate import plv
from dossier.evaluate.corpora import BENCH
from dossier.events import codebook, training
from dossier.events.classifier import label_of
from dossier.events.component import coding_with
from dossier.nlp import loader


def path_of(events, decisions: list[dict], coder, doc) -> str:
    """The step that gave the sentence's most confident event its type."""
    if not events:
        return "no event: " + why(coder, doc)
    if not decisions:
        return "rules (no model decision)"
    d = decisions[0]
    if d.get("created"):
        return "model added"
    if d.get("bare"):
        return "bare trigger" + (", retyped" if d.get("retyped") else "")
    if d.get("retyped"):
        return "model retype (" + ("hand" if d["hand"] else "dictionary") + ")"
    if d.get("other"):
        return "model chose another candidate"
    return ("hand" if d["hand"] else "dictionary") + " rule kept"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=3, help="sentences shown per cell")
    ap.add_argument("--cells", type=int, default=25, help="error cells shown")
    ap.add_argument("--cache", type=Path, help="pickle of the fold models (read when present, else written)")
    ap.add_argument("--dump", type=Path, help="write each sentence's row as JSON lines")
    args = ap.parse_args(argv)
    nlp = loader.load(Settings.from_env())
    rows = training.plv(BENCH)
    if args.cache is not None and args.cache.exists():
        learned, models = pickle.loads(args.cache.read_bytes())
    else:
        learned, it = plv.fold_models(nlp, rows, plv.other_samples(nlp))
        models = list(it)
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps((learned, models)))
    out = []
    for test, model in models:
        with coding_with(nlp, types=model) as component:
            coder = component.coder
            for i in test:
                coder.decisions = []
                doc = nlp(rows[i].text)
                events = sorted(doc._.events or [], key=lambda e: -(e.confidence or 0))
                top = events[0] if events else None
                act = label_of(top.type) if top else None
                view = label_of(codebook.view(top, "codebook").type) if top else None
                model_best = coder.decisions[0]["model"] if coder.decisions else None
                out.append({"i": i, "gold": rows[i].label, "learned": learned[i], "act": act, "codebook": view,
                            "path": path_of(events, coder.decisions, coder, doc), "status": top.status if top else None,
                            "trigger": top.trigger if top else None, "model": model_best, "text": rows[i].text})
            coder.decisions = None
    n = len(out)
    print(f"PLV_train 5-fold CV: act {sum(r['act'] == r['gold'] for r in out) / n:.3f}, "
          f"codebook view {sum(r['codebook'] == r['gold'] for r in out) / n:.3f}, "
          f"act vs act-read labels {sum(r['act'] == r['learned'] for r in out) / n:.3f} ({n} sentences)")
    paths = Counter(r["path"].split(":")[0] for r in out)
    wrong = Counter(r["path"].split(":")[0] for r in out if r["codebook"] != r["gold"])
    print("\nby path (sentences / wrong in the codebook view):")
    for p, k in paths.most_common():
        print(f"  {k:4} / {wrong[p]:4}  {p}")
    # where the model's own best type (first decision of the sentence) and the type kept disagree, who has the gold
    # (act convention): the model's side is what lower guards (coder.HAND_MARGIN, DICTIONARY_MARGIN) would buy
    split = Counter((r["path"].split(":")[0], "model right" if r["model"] == r["gold"] else
                     "kept right" if r["act"] == r["gold"] else "both wrong")
                    for r in out if r["model"] is not None and r["model"] != r["act"])
    print("\nthe model's best type against the type kept, where they differ (act convention):")
    for p in sorted({p for p, _ in split}):
        print(f"  {p:32} model right {split[(p, 'model right')]:3}, kept right {split[(p, 'kept right')]:3}, "
              f"both wrong {split[(p, 'both wrong')]:3}")
    cells = Counter((r["gold"], r["codebook"] or "-", r["path"]) for r in out if r["codebook"] != r["gold"])
    shown = defaultdict(list)
    for r in out:
        if r["codebook"] != r["gold"]:
            shown[(r["gold"], r["codebook"] or "-", r["path"])].append(r)
    pairs = Counter((r["gold"], r["codebook"] or "-") for r in out if r["codebook"] != r["gold"])
    print("\ngold -> codebook view, errors:")
    for (g, p), k in pairs.most_common(args.cells):
        print(f"  {k:3}  {g:9} -> {p}")
    print("\ngold -> codebook view, by path:")
    for (g, p, path), k in cells.most_common(args.cells):
        print(f"  {k:3}  {g:9} -> {p:9} [{path}]")
        for r in shown[(g, p, path)][:args.show]:
            print(f"         ({r['status']}, {r['trigger']}) {r['text'][:150]}")
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
