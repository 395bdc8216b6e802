"""The per-document events, facts, actors, mentions and dates of the example corpus, the seeds and N Reuters-21578
stories, as one JSON file: run it before and after a change that must not change the output (a speed-up of a
stage), then compare the two files.

    python benchmarks/events_snapshot.py before.json [--n 300]
    python benchmarks/events_snapshot.py after.json [--n 300] --compare before.json [--events]

--events lists, per document that differs, the events gone and the events new (type, CAMEO code, sides, status,
date and sentence), to be read one by one.
The cost line: the CPU seconds (this process's, `time.process_time`) of reading, of each of dossier's stages, of
spaCy and the rest of the pipeline, and of merging the documents into one record, per 1,000 documents, printed
beside the counts (with DOSSIER_WORKERS > 1 the stages run in other processes and are not timed).
Reads ../shared in place (the seeds and Reuters-21578 are left out when absent, with a message).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

from dossier.config import Settings
from dossier.evaluate.corpora import REUTERS, reuters_documents
from dossier.ingest import IngestError, read_paths
from dossier.merge.record import merge
from dossier.nlp import loader
from dossier.pipeline import process
from dossier.pipeline_clock import StageClock, cost_line

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
FIELDS = ("events", "facts", "entities", "mentions", "timexes")  # every list of a DocResult


def documents(n: int) -> list:
    folders = [ROOT / "examples" / "china-peru" / "articles"]
    if SEEDS.exists():
        folders.append(SEEDS)
    else:
        print(f"{SEEDS} is not available: the seeds are left out", file=sys.stderr)
    docs = [d for d in read_paths(folders) if not isinstance(d, IngestError)]
    if REUTERS.exists():
        docs += reuters_documents(n)
    else:
        print(f"{REUTERS} is not available: the Reuters stories are left out", file=sys.stderr)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=300, help="Reuters-21578 stories")
    parser.add_argument("--compare", type=Path, help="an earlier snapshot: say whether this one is the same")
    parser.add_argument("--events", action="store_true", help="with --compare: list the events gone and new")
    args = parser.parse_args()
    settings = Settings.from_env()
    nlp = loader.load(settings)
    cpu = {"reading": time.process_time()}
    docs = documents(args.n)
    cpu["reading"] = time.process_time() - cpu["reading"]
    started, analysing = time.perf_counter(), time.process_time()
    with StageClock(nlp) as clock:
        results = list(process(docs, settings, nlp=nlp))
    seconds = time.perf_counter() - started
    cpu.update(clock.seconds)
    cpu["spaCy and the rest"] = time.process_time() - analysing - clock.total
    snapshot = {r.document.id: {**{k: [x.model_dump(mode="json") for x in getattr(r, k)] for k in FIELDS},
                                "error": r.error}
                for r in results}
    merging = time.process_time()
    record = merge(results)
    cpu["merge"] = time.process_time() - merging
    text = json.dumps(snapshot, sort_keys=True, indent=1)
    args.out.write_text(text, encoding="utf-8")
    events = sum(len(v["events"]) for v in snapshot.values())
    digest = hashlib.sha1(text.encode()).hexdigest()[:12]
    print(f"{len(snapshot)} documents, {events} events in {seconds:.1f} s; sha1 {digest}; "
          f"merged: {len(record.events)} events, {len(record.entities)} entities")
    print(cost_line(cpu, len(snapshot), what="documents"))
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        differ = sorted(d for d in before.keys() | snapshot.keys() if before.get(d) != snapshot.get(d))
        print("identical to " + str(args.compare) if not differ else f"{len(differ)} documents differ: {differ[:10]}")
        if args.events:
            print_event_changes(before, snapshot, differ)
        sys.exit(1 if differ else 0)


def _key(event: dict) -> tuple:
    """What an analyst reads of an event: its type, code, sides, status, date and first sentence."""
    date = event.get("date") or {}
    sentence = (event.get("evidence") or [{}])[0].get("text", "")
    return (event["type"], event.get("cameo"), tuple(event["source"]), tuple(event["target"]), event["status"],
            date.get("start"), date.get("end"), " ".join(sentence.split()))


def _line(sign: str, key: tuple) -> str:
    type_, cameo, source, target, status, start, end, sentence = key
    when = start if start == end else f"{start or '..'}/{end or '..'}"
    return (f"  {sign} {type_}/{cameo} {', '.join(source) or '-'} -> {', '.join(target) or '-'} {status} "
            f"{when if start or end else 'undated'}\n      {sentence[:240]}")


def print_event_changes(before: dict, after: dict, documents: list[str]) -> None:
    """The events of each document that one snapshot has and the other has not, and the counts."""
    gone = new = 0
    for doc in documents:
        old = [_key(e) for e in (before.get(doc) or {}).get("events", [])]
        now = [_key(e) for e in (after.get(doc) or {}).get("events", [])]
        lost, added = [k for k in old if k not in now], [k for k in now if k not in old]
        if lost or added:
            print(f"== {doc}")
            print("\n".join([_line("-", k) for k in lost] + [_line("+", k) for k in added]))
        gone, new = gone + len(lost), new + len(added)
    print(f"events gone {gone}, new {new}")


if __name__ == "__main__":
    main()
