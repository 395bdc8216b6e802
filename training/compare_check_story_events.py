"""Count the events that given type-model files make on the economic check stories (business wire that reports no
act between political actors, none of them drawn for training), so that models trained elsewhere can be compared on
the same stories without retraining them.

    python training/compare_check_story_events.py NAME=MODEL.npz [NAME=MODEL.npz ...] [--check-stories 150]
        [--stories 1200] [--list]

The stories are compare_no_event_draws.check_stories's, half a step off a draw of `--stories` economic stories (by
default 1,200, so that they are none of the stories a model trained on 600 or 1,200 of them has read). NAME=none is
the pipeline with no type model (the rules alone). Each model's
line gives its events, and how many of them have a state, a government or an international organisation on a side
(training.state_side); `--list` prints the events one model makes that the first one does not, and back.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from compare_no_event_draws import check_stories

from dossier.config import Settings
from dossier.events import training
from dossier.events.classifier import TypeModel
from dossier.events.component import coding_with
from dossier.nlp import loader


def _key(story: str, e) -> tuple:
    return story, e.evidence[0].start if e.evidence else -1, e.type, tuple(e.source), tuple(e.target)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", nargs="+", help="NAME=PATH of a type model file, or NAME=none")
    ap.add_argument("--check-stories", type=int, default=150)
    ap.add_argument("--stories", type=int, default=1200, help="the draw the check stories are half a step off")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    nlp = loader.load(Settings.from_env())
    stories = check_stories(args.check_stories, args.stories)
    docs = list(nlp.pipe([text for _, text in stories], batch_size=16, disable=["dossier_events", "dossier_facts"]))
    made: dict[str, dict[tuple, str]] = {}
    for spec in args.models:
        name, _, path = spec.partition("=")
        model = None if path in ("", "none") else TypeModel.read(Path(path))
        found: dict[tuple, str] = {}
        state = 0
        with coding_with(nlp, types=model) as component:
            for (story, _), doc in zip(stories, docs):
                component(doc)
                actors = doc._.actors or {}
                for e in doc._.events or []:
                    found[_key(story, e)] = f"{e.type}/{e.cameo} {e.source} -> {e.target}: {e.evidence[0].text[:160]}"
                    state += training.state_side(e, actors)
        made[name] = found
        print(f"{name}: {len(found)} events on {len(stories)} check stories, {state} with a state side", flush=True)
    if args.list and len(made) > 1:
        first, *rest = made
        for name in rest:
            for sign, a, b in (("-", first, name), ("+", name, first)):
                for k in sorted(set(made[a]) - set(made[b])):
                    print(f"{name} {sign} {k[0]} {made[a][k]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
