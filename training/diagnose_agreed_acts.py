"""How PLV_train labels a sentence that reports an agreement or decision to do something ("agreed to X").

    python training/diagnose_agreed_acts.py [--show N]

For each PLV_train sentence with a verb of agreeing (agree, accept, decide, consent) that governs an infinitive, the
rules' candidate types inside that infinitive (the act agreed to: a trigger word there, or a noun it takes as
object) are set beside the sentence's gold label and what the pipeline codes (the shipped models, which learned
PLV_train: a description, not a score). Printed: counts of gold label by the agreed act's type, so that the
convention of the data can be read (labelled by the agreement, AGREE, or by the act agreed to).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict

from dossier.config import Settings
from dossier.evaluate.corpora import BENCH
from dossier.events import training
from dossier.events.classifier import label_of
from dossier.nlp import loader

AGREEING = frozenset({"agree", "accept", "decide", "consent"})


def agreed_acts(doc, matcher) -> list[tuple[str, str, set[str]]]:
    """(agreeing verb, the infinitive's verb, the rules' types inside the infinitive) of each agreement to act."""
    found = [(t, e) for t, e in matcher(doc) if e.type != "NONE"]
    out = []
    for tok in doc:
        if tok.lemma_.lower() not in AGREEING or tok.pos_ != "VERB":
            continue
        for c in tok.children:
            if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and any(
                    a.dep_ == "aux" and a.tag_ == "TO" for a in c.children):
                inside = {t.i for t in c.subtree}
                types = {label_of(e.type) for t, e in found if t.i in inside}
                out.append((tok.lemma_.lower(), c.lemma_.lower(), types))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, help="sentences shown per cell")
    args = ap.parse_args(argv)
    nlp = loader.load(Settings.from_env())
    coder = nlp.get_pipe("dossier_events").coder
    rows = training.plv(BENCH)
    cells: Counter = Counter()
    by_verb: Counter = Counter()
    shown = defaultdict(list)
    n = 0
    for row in rows:
        doc = nlp(row.text)
        acts = agreed_acts(doc, coder.matcher)
        if not acts:
            continue
        n += 1
        verb, comp, types = acts[0]
        act = "/".join(sorted(types - {"AGREE"})) or ("AGREE" if "AGREE" in types else "-")
        top = max(doc._.events or [], key=lambda e: e.confidence or 0, default=None)
        coded = label_of(top.type) if top else "none"
        cells[(act, row.label)] += 1
        by_verb[(verb, row.label == "AGREE")] += 1
        shown[(act, row.label)].append(f"{verb} to {comp}; coded {coded} | {row.text[:150]}")
    print(f"PLV_train sentences with an agreement or decision to act: {n} of {len(rows)}")
    print("by verb (AGREE label / other label):")
    for verb in sorted({v for v, _ in by_verb}):
        print(f"  {verb:8} {by_verb[(verb, True)]:3} / {by_verb[(verb, False)]:3}")
    print("act agreed to (rules' types inside the infinitive) -> gold labels:")
    acts = sorted({a for a, _ in cells}, key=lambda a: -sum(v for (x, _), v in cells.items() if x == a))
    for act in acts:
        labels = {lab: v for (x, lab), v in cells.items() if x == act}
        total = sum(labels.values())
        print(f"  {act:20} {total:3}: " + ", ".join(f"{lab} {v}" for lab, v in sorted(labels.items(),
                                                                                       key=lambda kv: -kv[1])))
        for lab in labels:
            for line in shown[(act, lab)][:args.show]:
                print(f"        [{lab}] {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
