"""Stories: threads of events between the same actors close in time (a visit's announcement, talks, signings)."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from dossier.merge.intervals import interval
from dossier.model import Entity, Event, Story

GAP = timedelta(days=60)


def _dyad(event: Event) -> frozenset[str]:
    return frozenset(event.source[:1] + event.target[:1])


def build_stories(events: list[Event], entities: dict[str, Entity]) -> list[Story]:
    """Chain dated events of one pair of actors whose dates lie within GAP of each other."""
    threads: dict[frozenset, list[list[Event]]] = {}
    for event in sorted((e for e in events if interval(e.date) and len(_dyad(e)) == 2),
                        key=lambda e: interval(e.date)[0]):
        chains = threads.setdefault(_dyad(event), [])
        if chains and interval(event.date)[0] - max(interval(e.date)[1] for e in chains[-1]) <= GAP:
            chains[-1].append(event)
        else:
            chains.append([event])
    stories = []
    for dyad, chains in threads.items():
        for chain in chains:
            if len(chain) < 2:
                continue
            names = " – ".join(sorted(entities[a].name if a in entities else a for a in dyad))
            modes = ", ".join(dict.fromkeys(e.mode or e.type.lower() for e in chain))
            first, last = interval(chain[0].date)[0], max(interval(e.date)[1] for e in chain)
            when = first.strftime("%b %Y") if (first.year, first.month) == (last.year, last.month) \
                else f"{first:%b %Y}–{last:%b %Y}"
            story_id = "st-" + hashlib.sha1("|".join(e.id for e in chain).encode()).hexdigest()[:12]
            stories.append(Story(id=story_id, title=f"{names}: {modes} ({when})", events=[e.id for e in chain]))
    return stories
