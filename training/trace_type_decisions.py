"""Every decision of the learned type model that changes the rules' outcome on a set of stories: events it created,
retyped, dropped ("veto"), promoted over the rules' main event, or kept from a trigger whose actors were not resolved
("bare"), with the source of the rule (hand-written entry, converted dictionary, none) and whether the event is in
the story's output at the end of the pipeline.

    python training/trace_type_decisions.py --jsonl FILE [--skip ID ...]
    python training/trace_type_decisions.py --reuters-from 5001 --reuters-to 6000 [--skip ID ...]

One line a decision: kind | source | doc | rule type → model's type | model label, margin, lead over no event, lead
over the rule's type | in the output | trigger | sides | sentence; then counts per kind and source.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from dossier.config import Settings
from dossier.evaluate.corpora import reuters_documents
from dossier.evaluate.failures import processed
from dossier.ingest import read_paths
from dossier.model import Document
from dossier.nlp import loader


def documents(args) -> list[Document]:
    if args.jsonl:
        docs = [d for d in read_paths([Path(args.jsonl)]) if isinstance(d, Document)]
    else:
        docs = reuters_documents(args.reuters_to)[args.reuters_from - 1:]
    return [d for d in docs if d.id not in set(args.skip or ())]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jsonl", help="a file or folder dossier build reads")
    parser.add_argument("--reuters-from", type=int, default=1)
    parser.add_argument("--reuters-to", type=int, default=1000)
    parser.add_argument("--skip", nargs="*")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    nlp = loader.load(settings)
    coder = nlp.get_pipe("dossier_events").coder
    coder.trace = []
    counts: Counter = Counter()
    for result in processed(documents(args), settings, nlp):
        out = {e.id: e for e in result.events}
        names = {m.id: m.name for m in result.entities} if result.entities else {}
        mine = [d for d in coder.trace if d["doc"] == result.document.id]
        coder.trace[:] = [d for d in coder.trace if d["doc"] != result.document.id]
        for d in mine:
            final = out.get(d["id"])
            kept = f"{final.type} {final.cameo}" if final is not None and d["kind"] != "veto" else "-"
            source, target = (final.source, final.target) if kept != "-" else d["sides"]
            sides = f"{','.join(names.get(i, i) for i in source)} -> {','.join(names.get(i, i) for i in target)}"
            print(" | ".join(str(x) for x in (
                d["kind"], d["source"], d["doc"],
                f"{d['rule']} => {d['to']}" + (f" (over {d['main']})" if d.get("main") else ""),
                f"{d['model']} m={d['margin']} over_none={d['over_none']} lead={d['lead']}", f"out={kept}",
                d["trigger"], sides, " ".join(d["sentence"].split()))), flush=True)
            counts[(d["kind"], d["source"], kept != "-")] += 1
    print(json.dumps({" ".join(map(str, k)): v for k, v in sorted(counts.items())}, indent=1))


if __name__ == "__main__":
    main()
