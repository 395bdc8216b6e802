"""CPU seconds of each stage of the analysis (spaCy's components and dossier's), one stage over every story at a time.

    python benchmarks/stage_cpu.py STORIES.jsonl [--rounds 2]

The pipeline is loaded once; each round reads the stories, makes their Docs, runs each component of the pipeline
over all of them in turn (as `nlp.pipe` does, in batches of 64) and makes the store's payloads, timing each step in
CPU seconds of this process (steadier than the wall clock on a loaded machine). The first round is what a build
pays; a later one shows what the caches a process keeps take off (the tokenizer's and lemmatizer's caches,
dateparser's start and its phrases, the time stage's memo). `build_phases.py` splits a whole build by phase
(imports, loading, reading, analysis, saving, merge); this splits its analysis by component.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def read_stories(path: Path, settings) -> list:
    """The stories of a file as a build reads them (`read_paths`: hard-wrapped lines joined, the dateline taken
    off; the date inferred where the story gives none), less any a reader could not read."""
    from dossier.ingest import read_paths
    from dossier.pipeline import _infer_published

    return [_infer_published(d) for d in read_paths([path], max_chars=settings.max_document_chars,
                                                    languages=tuple(settings.languages) or None)
            if not isinstance(d, Exception)]


def run_component(component, docs: list) -> list:
    """One pipeline component over all the Docs, as `nlp.pipe` runs it: by its `pipe` in batches of 64 where it
    has one, else Doc by Doc."""
    return list(component.pipe(docs, batch_size=64)) if hasattr(component, "pipe") else [component(d) for d in docs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    from dossier.config import Settings
    from dossier.nlp import loader
    from dossier.pipeline import _make_doc, result_from_doc
    from dossier.store.database import ready_result

    settings = Settings.from_env()
    started = time.process_time()
    nlp = loader.load(settings)
    print(f"loading the pipeline: {time.process_time() - started:.2f} CPU s")
    spent: dict[str, list[float]] = {}

    def timed(label: str, step):
        t = time.process_time()
        out = step()
        spent.setdefault(label, []).append(time.process_time() - t)
        return out

    for _ in range(args.rounds):
        documents = timed("read", lambda: read_stories(args.stories, settings))
        docs = timed("make_doc (tokenizer)", lambda: [_make_doc(nlp, d) for d in documents])
        for name, component in nlp.pipeline:
            docs = timed(name, lambda: run_component(component, docs))
        timed("results and payloads", lambda: [ready_result(result_from_doc(d, doc))
                                               for d, doc in zip(documents, docs)])
        del docs
    rounds = range(args.rounds)
    totals = [sum(values[r] for values in spent.values()) for r in rounds]
    ours = [sum(values[r] for label, values in spent.items() if label.startswith("dossier_")) for r in rounds]
    print(f"{len(documents)} stories; CPU s by round")
    for label, values in [*spent.items(), ("dossier's components", ours), ("in all", totals)]:
        print(f"{label:<28}" + "".join(f"{v:>8.2f}" for v in values))


if __name__ == "__main__":
    main()
