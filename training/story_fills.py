"""The sides events/roles/context.py takes from the story (an event's `inferred`) on Reuters-21578 stories, for reading by
hand: each filled event with its dateline, the countries of the story's first sentence and its sentence, then the
dyad figures with the fills and without them.

    python training/story_fills.py [--start 1] [--end 1000]

Stories are counted as `dossier evaluate entities` counts them (1-based, NORM stories with a body); 1,001 to 2,000
stay unseen.
"""

from __future__ import annotations

import argparse

from dossier.config import Settings
from dossier.evaluate.corpora import reuters_documents
from dossier.evaluate.dyads import dyads
from dossier.nlp import loader
from dossier.pipeline import process


def _unfilled(result):
    """The result as it would be without the story's fills."""
    events = [e.model_copy(update={side: [] for side in e.inferred}) for e in result.events]
    return result.__class__(**{**result.__dict__, "events": events})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", type=int, default=1)
    parser.add_argument("--end", type=int, default=1000)
    args = parser.parse_args()
    documents = reuters_documents(args.end)[args.start - 1:args.end]
    settings = Settings.from_env()
    results = list(process(documents, settings, loader.load(settings)))
    filled = 0
    for result in results:
        names = {e.id: f"{e.name} ({e.country or '-'})" for e in result.entities}
        for event in result.events:
            if not event.inferred:
                continue
            filled += 1
            print(f"[{result.document.id}] {result.document.dateline} {event.type} {event.trigger!r} {event.status} "
                  f"inferred={event.inferred}\n  {[names.get(i, i) for i in event.source]} -> "
                  f"{[names.get(i, i) for i in event.target]}\n  {' '.join(event.evidence[0].text.split())[:300]!r}")
    print(f"{filled} events with a side from the story")
    for label, rows in (("without", [_unfilled(r) for r in results]), ("with", results)):
        figures = dyads(rows)
        print(label, {k: figures[k] for k in ("events", "with a country on both sides", "share", "empty sides")})


if __name__ == "__main__":
    main()
