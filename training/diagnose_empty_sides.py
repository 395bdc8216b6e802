"""Why events on Reuters-21578 stories 1–1,000 (the development range; 1,001–2,000 stay unseen) have an empty side
while their sentence names a resolved actor the event does not use. Each such actor is sorted by where it stands
with respect to the trigger in the sentence's dependency parse (spaCy alone, on the sentence): "talks with X",
"agreement between X and Y", "X's decision", apposition, the attribution slot, a relative clause, a conjunct,
"by X", the object of a light verb, and so on.

    python training/diagnose_empty_sides.py [--limit N] [--show N] [--kind KIND] [--cache FILE]

--cache keeps the pipeline's results between runs (a pickle; delete it after a code change).
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.tokens import Token

from dossier.config import Settings
from dossier.evaluate.corpora import reuters_documents
from dossier.evaluate.dyads import dyads
from dossier.nlp import loader
from dossier.pipeline import process


def _results(limit: int, cache: Path | None):
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    settings = Settings.from_env()
    results = list(process(reuters_documents(limit), settings, loader.load(settings)))
    if cache:
        cache.write_bytes(pickle.dumps(results))
    return results


def _trigger(sent, trigger: str | None) -> Token | None:
    words = (trigger or "").lower().split()
    if not words:
        return None
    for tok in sent:
        if tok.lower_ == words[0] or tok.lemma_.lower() == words[0]:
            return tok
    return None


def _path(tok: Token, trigger: Token) -> str:
    """Where the mention's head stands: its dependency chain up to the trigger or the root."""
    chain = []
    cur = tok
    for _ in range(12):
        if cur == trigger:
            return "trigger<" + "<".join(reversed(chain))
        if cur.dep_ == "ROOT" or cur.head == cur:
            break
        label = cur.dep_
        if cur.dep_ == "pobj":
            label = f"pobj({cur.head.lower_})"
        chain.append(label)
        cur = cur.head
    anc = {a.i for a in trigger.ancestors}
    top = "root" if cur.dep_ == "ROOT" else cur.dep_
    where = "trigger's ancestor" if cur.i in anc or cur == trigger.sent.root else "elsewhere"
    return f"{where}:{top}<" + "<".join(reversed(chain))


def kind(tok: Token, trigger: Token, attribution: bool) -> str:
    """A coarse class of the path from the trigger to the mention's head."""
    if attribution:
        return "in the attribution slot"
    path = _path(tok, trigger)
    if path.startswith("trigger<"):
        steps = path[len("trigger<"):].split("<")
        first = steps[0] if steps else ""
        if first.startswith("pobj("):
            return f"prep of trigger: {first[5:-1]}"
        if first == "prep" and len(steps) > 1 and steps[1].startswith("pobj("):
            return f"prep of trigger: {steps[1][5:-1]}"
        if first in ("poss",):
            return "possessive of trigger"
        if first in ("compound", "amod", "nmod"):
            return f"modifier of trigger: {first}"
        if first == "agent":
            return "passive by-agent"
        if first in ("appos",):
            return "apposition"
        if first in ("conj",):
            return "conjunct of trigger"
        return f"below trigger: {first}"
    if tok.dep_ == "conj" or any(a.dep_ == "conj" for a in tok.ancestors if a != trigger):
        return "in a conjunction (not below trigger)"
    gov = trigger.head
    if gov is not None and tok in gov.subtree and trigger.dep_ in ("dobj", "pobj", "attr"):
        rel = tok
        while rel.head != gov and rel.head != rel:
            rel = rel.head
        if rel.dep_ in ("prep",):
            return f"prep of light verb: {rel.lower_}"
        return f"of light verb: {rel.dep_}"
    if any(a.dep_ in ("relcl", "acl") for a in tok.ancestors):
        return "in a relative/acl clause"
    return "elsewhere: " + path.split("<")[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--show", type=int, default=3)
    parser.add_argument("--kind", default=None, help="show every case of kinds containing this text")
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args()
    results = _results(args.limit, args.cache)
    figures = dyads(results)
    print({k: figures[k] for k in ("events", "with a country on both sides", "share", "empty sides",
                                    "events with both sides filled")})
    nlp = spacy.load(Settings.from_env().spacy_model, exclude=["ner"])
    counts: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    empty = unnamed = 0
    for result in results:
        names = {e.id: e for e in result.entities}
        for event in result.events:
            missing = [side for side, ids in (("source", event.source), ("target", event.target)) if not ids]
            if not missing or not event.evidence:
                continue
            empty += len(missing)
            ev = event.evidence[0]
            used = set(event.source) | set(event.target)
            inside = [m for m in result.mentions if ev.start is not None and ev.start <= m.start and m.end <= ev.end
                      and m.entity not in used and names.get(m.entity) is not None
                      and names[m.entity].kind != "place"]
            if not inside:
                unnamed += len(missing)
                if args.kind == "unnamed":
                    filled = {s: [names[i].name for i in getattr(event, s) if i in names]
                              for s in ("source", "target")}
                    print(f"     {event.type} trig={event.trigger!r} empty={missing} filled={filled}\n"
                          f"      {ev.text[:300]}")
                continue
            doc = nlp(ev.text)
            trigger = _trigger(doc, event.trigger)
            if trigger is None:
                counts["trigger not found"] += 1
                continue
            for m in inside:
                span = doc.char_span(m.start - ev.start, m.end - ev.start, alignment_mode="expand")
                if span is None:
                    continue
                attributed = event.attribution == m.entity
                k = kind(span.root, trigger, attributed)
                counts[k] += 1
                filled = {s: [names[i].name for i in getattr(event, s) if i in names] for s in ("source", "target")}
                examples[k].append(f"{event.type} trig={event.trigger!r} empty={missing} filled={filled} "
                                   f"cand={m.text!r} [{_path(span.root, trigger)}]\n      {ev.text[:300]}")
    print(f"empty sides {empty}; in sentences naming no other actor {unnamed}")
    for k, n in counts.most_common():
        print(f"{n:4d}  {k}")
        if args.kind is not None and args.kind in k:
            for line in examples[k]:
                print("    ", line)
        elif args.kind is None:
            for line in examples[k][:args.show]:
                print("    ", line)


if __name__ == "__main__":
    main()
