"""Stories: threads of events between the same two sides close in time (a visit's announcement, talks, signings).

The sides are countries when both actors have one (Peru's president meeting China's is a Peru–China thread),
else the actors themselves.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from dossier.merge.intervals import interval
from dossier.model import Entity, Event, Story

GAP = timedelta(days=60)


def _dyad(event: Event, entities: dict[str, Entity]) -> frozenset[str]:
    """The two sides: their countries when both are known and differ (a bilateral thread), else the actors."""
    pair = event.source[:1] + event.target[:1]
    countries = [entities[a].country if a in entities else None for a in pair]
    if len(pair) == 2 and all(countries) and countries[0] != countries[1]:
        return frozenset(countries)
    return frozenset(pair)


def _side_name(side: str, entities: dict[str, Entity]) -> str:
    if side in entities:
        return entities[side].name
    country = next((e for e in entities.values() if e.kind in ("government", "place") and e.country == side
                    and e.cameo == side), None)
    return country.name if country else side


def build_stories(events: list[Event], entities: dict[str, Entity]) -> list[Story]:
    """Chain events of one pair of sides, dated to a month or finer, that lie within GAP of each other."""
    threads: dict[frozenset, list[list[Event]]] = {}
    dated = [e for e in events if interval(e.date) and (interval(e.date)[1] - interval(e.date)[0]).days <= 31]
    for event in sorted((e for e in dated if len(_dyad(e, entities)) == 2),
                        key=lambda e: interval(e.date)[0]):
        chains = threads.setdefault(_dyad(event, entities), [])
        if chains and interval(event.date)[0] - max(interval(e.date)[1] for e in chains[-1]) <= GAP:
            chains[-1].append(event)
        else:
            chains.append([event])
    stories = []
    for dyad, chains in threads.items():
        for chain in chains:
            if len(chain) < 2:
                continue
            names = " – ".join(sorted(_side_name(a, entities) for a in dyad))
            modes = ", ".join(dict.fromkeys(e.mode or e.type.lower() for e in chain))
            first, last = interval(chain[0].date)[0], max(interval(e.date)[1] for e in chain)
            when = first.strftime("%b %Y") if (first.year, first.month) == (last.year, last.month) \
                else f"{first:%b %Y}–{last:%b %Y}"
            story_id = "st-" + hashlib.sha1("|".join(e.id for e in chain).encode()).hexdigest()[:12]
            stories.append(Story(id=story_id, title=f"{names}: {modes} ({when})", events=[e.id for e in chain]))
    return stories
