"""The type model's decisions at its edges on Reuters-21578 stories, read before a retrained model ships.

    python training/edge_decisions.py FIRST-LAST [FIRST-LAST ...] [--model PATH] [--against PATH] [--width 0.1]

The stories (numbered as `dossier evaluate dyads` numbers them; realnews_dev's held-out stories left out) are coded
once with the pipeline; every sentence the type model is asked about is then decided by `--model` (the shipped
file by default). Printed: each decision within `--width` of an edge (a candidate dropped or kept near its drop
edge, an event added or not near the guard of additions; events/edge_decisions.py), and with `--against` another
model file (a retrained one), each sentence the two decide differently. A decision is the model's alone: a
candidate kept may still be left out by a later rule, and an event the margins would add may find no side.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from dossier.config import Settings
from dossier.evaluate.corpora import reuters_documents
from dossier.evaluate.realnews import REALNEWS, article_splits
from dossier.events import classifier
from dossier.events.edge_decisions import Decision, differ, near_edge
from dossier.nlp import loader
from dossier.pipeline import process


def asked(ranges: list[tuple[int, int]]) -> list[dict]:
    """Every sentence the shipped pipeline's type model is asked about in the stories, with the story's number."""
    held = {name.split("-")[-1].split(".")[0] for name, split in article_splits(REALNEWS / "reuters").items()
            if split == "held-out"}
    stories = reuters_documents(max(last for _, last in ranges))
    numbered = {str(stories[n - 1].id): n for first, last in ranges for n in range(first, last + 1)
                if str(stories[n - 1].id).split("-")[-1] not in held}
    settings = Settings.from_env().model_copy(update={"workers": 1, "engine": "local"})  # this process codes them
    nlp = loader.load(settings)
    coder = nlp.get_pipe("dossier_events").coder
    coder.asked = []
    try:
        list(process([d for d in stories if str(d.id) in numbered], settings, nlp))
        return [dict(item, story=numbered.get(str(item["doc"]))) for item in coder.asked]
    finally:
        coder.asked = None


def said(item: dict, d: Decision) -> str:
    what = ("dropped " + "".join("x" if x else "." for x in d.dropped)) if d.kind == "drop" else \
        ("adds " + d.label if d.created else "adds none")
    lead = "" if d.lead is None else f" lead of no event {d.lead:+.2f}"
    return f"{what} ({d.label} {d.margin:+.2f}{lead})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ranges", nargs="+", help="FIRST-LAST story numbers")
    parser.add_argument("--model", type=Path, default=classifier.MODEL)
    parser.add_argument("--against", type=Path)
    parser.add_argument("--width", type=float, default=0.1)
    args = parser.parse_args()
    ranges = [tuple(int(x) for x in r.split("-")) for r in args.ranges]
    items = asked(ranges)
    model = classifier.TypeModel.read(args.model)
    near = near_edge(model, items, args.width)
    print(f"{len(items)} sentences asked; {len(near)} decided within {args.width} of an edge:",
          dict(Counter(edge for *_, edge in near)))
    for item, d, edge in near:
        cands = ", ".join(f"{t}{'/hand' if h else ''}" for t, h in zip(item["types"], item["hands"]))
        print(f"{item['story']}\t{edge}\t{said(item, d)}\t[{cands}]\t{' '.join(item['sentence'].split())}")
    if args.against:
        other = classifier.TypeModel.read(args.against)
        changed = differ(model, other, items)
        print(f"\n{len(changed)} sentences decided differently by {args.against}:")
        for item, a, b in changed:
            print(f"{item['story']}\t{said(item, a)} -> {said(item, b)}\t{' '.join(item['sentence'].split())}")


if __name__ == "__main__":
    main()
