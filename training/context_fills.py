"""Which event sides the story-context rules of roles round 9 change on Reuters-21578 stories, for reading by hand:
the pipeline runs twice in one process, with the rules on and then off (an answer to earlier words,
`earlier_acts._answer`; a bare title, `Resolver._titled`; a bare noun of a body, `Resolver._named_by_noun`; "he" after an
office named with a country, `Resolver._office_holder` taking only agents), and every event whose sides differ is
printed with its sentence, then the dyad figures of both runs.

    python training/context_fills.py [--start 3001] [--end 4000]

Stories are counted as `dossier evaluate entities` counts them (1-based, NORM stories with a body).
"""

from __future__ import annotations

import argparse

from dossier.config import Settings
from dossier.evaluate.corpora import reuters_documents
from dossier.evaluate.dyads import dyads
from dossier.events.roles import earlier_acts
from dossier.events.actors import Resolver
from dossier.nlp import loader
from dossier.pipeline import process


def _switch_off() -> None:
    earlier_acts._answer = lambda *args: None
    Resolver._titled = lambda self, tok: None
    Resolver._named_by_noun = lambda self, tok: None
    office_holder = Resolver._office_holder

    def agents_only(self, tok):
        found = office_holder(self, tok)
        return found if found and found.startswith("agent:") else None

    Resolver._office_holder = agents_only


def _sides(result) -> dict:
    names = {e.id: f"{e.name} ({e.country or '-'})" for e in result.entities}
    return {(e.evidence[0].start if e.evidence else None, e.trigger, e.type):
            ([names.get(i, i) for i in e.source], [names.get(i, i) for i in e.target],
             e.evidence[0].text.strip() if e.evidence else "") for e in result.events}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", type=int, default=3001)
    parser.add_argument("--end", type=int, default=4000)
    args = parser.parse_args()
    documents = reuters_documents(args.end)[args.start - 1:args.end]
    settings = Settings.from_env()
    nlp = loader.load(settings)
    on = list(process(documents, settings, nlp))
    _switch_off()
    off = list(process(documents, settings, nlp))
    changed = 0
    for before, after in zip(off, on):
        old, new = _sides(before), _sides(after)
        for key in sorted(set(old) | set(new), key=str):
            if old.get(key, (None, None))[:2] == new.get(key, (None, None))[:2]:
                continue
            changed += 1
            text = (new.get(key) or old.get(key))[2]
            print(f"[{after.document.id}] {key[2]} {key[1]!r}\n  off {old.get(key, (None,))[:2]}\n"
                  f"  on  {new.get(key, (None,))[:2]}\n  {text[:300]!r}")
    print(f"{changed} events changed")
    for label, results in (("off", off), ("on", on)):
        figures = dyads(results)
        print(label, {k: figures[k] for k in ("events", "with a country on both sides", "share", "empty sides")})


if __name__ == "__main__":
    main()
