"""CPU seconds of one stage over the same Docs, round after round, and what it wrote (to compare two checkouts).

    PYTHONPATH=src python benchmarks/stage_rounds.py STORIES.jsonl dossier_events [--rounds 3] [--dump OUT.jsonl]

The stories are read and run once through the components before the stage; each round then runs the stage alone
on fresh copies of those Docs (`light_copy`), timed in CPU seconds of this process. `--dump` writes, of the first
round, each Doc's events, facts, actor ids, mentions and timexes as one JSON line: two checkouts' files are equal
when the stage's output is. Set the collector aside (`--no-gc`) to see a stage without the collections that the
held Docs make costly (a build holds far fewer objects: see docs/scale.md, round 44).
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from pathlib import Path

from stage_cpu import read_stories, run_component


def light_copy(doc):
    """`Doc.copy`, with the callables of `user_data` kept by reference: the actors stage keeps there a partial that
    holds the whole actor dictionary, which a deep copy would copy for every Doc."""
    shared = {k: v for k, v in doc.user_data.items() if callable(v)}
    for key in shared:
        del doc.user_data[key]
    try:
        copy = doc.copy()
    finally:
        doc.user_data.update(shared)
    copy.user_data.update(shared)
    return copy


def dump(docs: list, path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for doc in docs:
            u = doc._
            fh.write(json.dumps({"events": [e.model_dump(mode="json") for e in (u.events or [])],
                                 "facts": [f.model_dump(mode="json") for f in (u.facts or [])],
                                 "actors": sorted(map(str, u.actors or {})),
                                 "mentions": [m.model_dump(mode="json") for m in (u.mentions or [])],
                                 "timexes": [t.model_dump(mode="json") for t in (u.timexes or [])]},
                                sort_keys=True) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", type=Path)
    parser.add_argument("stage")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dump", type=Path)
    parser.add_argument("--no-gc", action="store_true")
    args = parser.parse_args()

    from dossier.config import Settings
    from dossier.nlp import loader
    from dossier.pipeline import _make_doc

    settings = Settings.from_env()
    nlp = loader.load(settings)
    docs = [_make_doc(nlp, d) for d in read_stories(args.stories, settings)]
    names = [name for name, _ in nlp.pipeline]
    for _, component in nlp.pipeline[:names.index(args.stage)]:
        docs = run_component(component, docs)
    stage = nlp.get_pipe(args.stage)
    spent = []
    for r in range(args.rounds):
        copies = [light_copy(d) for d in docs]
        gc.collect()
        if args.no_gc:
            gc.disable()
        started = time.process_time()
        out = [stage(d) for d in copies]
        spent.append(time.process_time() - started)
        gc.enable()
        if args.dump and r == 0:
            dump(out, args.dump)
    print(f"{args.stage}, {len(docs)} stories, CPU s by round: " + " ".join(f"{s:.3f}" for s in spent))


if __name__ == "__main__":
    main()
