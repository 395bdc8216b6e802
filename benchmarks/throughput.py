"""Throughput: dossier's full pipeline against spaCy's nlp.pipe alone, on the same real articles, in one run.

Reads Reuters-21578 stories from ../shared/corpora (in place). Prints articles per second for each, their
ratio (target >= 0.8), the time each dossier stage adds (measured by running the stage alone over docs
spaCy has already parsed), and the peak memory.

    python benchmarks/throughput.py [--n 2000] [--rounds 2] [--cpu]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time

import spacy

from dossier.config import Settings
from dossier.evaluate.corpora import REUTERS, reuters_documents
from dossier.model import Document
from dossier.nlp import loader
from dossier.pipeline import process


def articles(n: int) -> list[Document]:
    if not REUTERS.exists():
        sys.exit(f"{REUTERS} is not available: the benchmark reads ../shared/corpora in place")
    return reuters_documents(n)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds; the median is reported")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--cpu", action="store_true",
                        help="CPU seconds of this process instead of the wall clock (steadier on a loaded machine)")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter

    settings = Settings.from_env(batch_size=args.batch_size)
    docs = articles(args.n)
    texts = [d.text for d in docs]
    chars = sum(len(t) for t in texts)
    base = spacy.load(settings.spacy_model)
    full = loader.load(settings)
    list(base.pipe(texts[:20])), list(process(docs[:20], settings, nlp=full))  # warm up both
    print(f"{len(docs)} Reuters-21578 articles, {chars / 1e6:.2f} M characters, model {settings.spacy_model}, "
          f"batch {args.batch_size}, {args.rounds} round(s)")
    mem_start = peak_mb()

    spacy_times, full_times = [], []
    for _ in range(args.rounds):
        t0 = clock()
        parsed = list(base.pipe(texts, batch_size=args.batch_size))
        spacy_times.append(clock() - t0)
        t0 = clock()
        results = list(process(docs, settings, nlp=full))
        full_times.append(clock() - t0)

    t_spacy, t_full = statistics.median(spacy_times), statistics.median(full_times)
    print(f"{'spaCy alone':<22}{len(docs) / t_spacy:9.1f} articles/s  ({t_spacy:.1f} s)")
    print(f"{'dossier pipeline':<22}{len(docs) / t_full:9.1f} articles/s  ({t_full:.1f} s)")
    print(f"{'ratio':<22}{t_spacy / t_full:9.3f}  (target >= 0.8)")

    # Where the time goes: each dossier stage alone, over the docs spaCy already parsed.
    for doc, d in zip(parsed, docs):
        doc._.doc_id, doc._.published = d.id, d.published
    print("time per stage (s, over all articles):")
    for name in loader.STAGES:
        component = full.get_pipe(name)
        t0 = clock()
        for doc in parsed:
            component(doc)
        spent = clock() - t0
        print(f"  {name:<20}{spent:8.2f}  ({100 * spent / t_spacy:5.1f}% of spaCy's time)")
    found = {k: sum(len(getattr(r, k)) for r in results) for k in ("mentions", "timexes", "events", "facts")}
    print("found: " + ", ".join(f"{v} {k}" for k, v in found.items()))
    print(f"peak memory: {peak_mb():.0f} MB (after loading: {mem_start:.0f} MB)")


if __name__ == "__main__":
    main()
