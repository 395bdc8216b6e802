"""One event across many reports: cluster per-document events and merge each cluster into one Event.

Which reports are one event is decided by merge/coref.py (rules that rule a pair out, and a score learned
from gold); within an article, merge/within.py first gives a report told "during the visit" that visit's
place and date, joins a report that names nobody to the act it repeats, and joins a report whose act its sentence
tells only as the aim or content of another act of its type ("approved loans to X to assist X") to that act. Each
report keeps what it says (status, date, attribution, its article's date) on its evidence; the merged event's
status follows the reports.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from dossier.merge import coref, within
from dossier.merge.disagreement import sources_disagree
from dossier.merge.intervals import day, interval, label
from dossier.merge.reports import Actors, Report
from dossier.model import Conflict, ConflictValue, DateValue, Event

__all__ = ["Report", "Cluster", "cluster_events", "merge_cluster", "merge_events"]


@dataclass
class Cluster:
    reports: list[Report] = field(default_factory=list)


def _actors(places: dict[str, str] | Actors | None) -> Actors:
    if isinstance(places, Actors):
        return places
    return Actors(country_of=dict(places or {}))


def cluster_events(reports: list[Report], places: dict[str, str] | Actors | None = None) -> list[Cluster]:
    """Group reports of one event. `places` is an Actors (or a {place id: country id} map): "Xi visited Lima"
    and "Xi visited Peru" on the same days are one visit; a region or a bare title names nobody."""
    actors = _actors(places)
    anchored = within.anchor(reports, actors)
    repeats = within.antecedents(anchored, actors)
    for i, j in within.purposes(anchored, actors).items():
        if i not in repeats and not _leads_to(repeats, j, i):
            repeats[i] = j
    heads = [i for i in range(len(anchored)) if i not in repeats]
    groups = coref.cluster([anchored[i] for i in heads], actors)
    owner = {heads[k]: n for n, group in enumerate(groups) for k in group}
    members: list[list[int]] = [[heads[k] for k in group] for group in groups]
    for i in sorted(repeats):
        j = repeats[i]
        while j in repeats:
            j = repeats[j]
        members[owner[j]].append(i)
    return [Cluster([anchored[i] for i in sorted(group)]) for group in members]


def _leads_to(repeats: dict[int, int], start: int, goal: int) -> bool:
    """Whether following repeated mentions to what they repeat from `start` reaches `goal` (a join would loop)."""
    seen = set()
    while start in repeats and start not in seen:
        seen.add(start)
        start = repeats[start]
        if start == goal:
            return True
    return start == goal


def _roles(events: list[Event], first: Event) -> tuple[list[str], list[str]]:
    """Sources and targets of the merged event, each report turned to face the way the surest one does."""
    sources, targets = [], []
    for e in events:
        swapped = bool(set(e.source) & set(first.target) or set(e.target) & set(first.source))
        src, tgt = (e.target, e.source) if swapped and e is not first else (e.source, e.target)
        sources += src
        targets += tgt
    sources = list(dict.fromkeys(sources))
    return sources, [a for a in dict.fromkeys(targets) if a not in sources]


def _inferred(events: list[Event], first: Event, sides: dict[str, list[str]]) -> list[str]:
    """The merged event's sides that no report states in its own sentence, only taken from its story (each report
    turned to face the way the surest one does)."""
    stated = set()
    for e in events:
        swapped = e is not first and bool(set(e.source) & set(first.target) or set(e.target) & set(first.source))
        for side in ("source", "target"):
            if getattr(e, side) and side not in e.inferred:
                stated.add({"source": "target", "target": "source"}[side] if swapped else side)
    return [side for side in ("source", "target") if sides[side] and side not in stated]


def _best_date(reports: list[Report]) -> DateValue | None:
    """The most precise date; among equally precise ones, the one most reports give, then the one written
    after the event. A date with a first day wins over one that only bounds the act ("before the June vote")."""
    dated = [r for r in reports if r.event.date and (r.event.date.start or r.event.date.end)]
    if not dated:
        return None
    votes = Counter(label(r.event.date) for r in dated)
    rank = {"day": 0, "month": 1, "year": 2}

    def score(r: Report):
        return (not r.event.date.start, r.event.date.inferred, rank.get(r.event.date.precision or "", 3),
                -votes[label(r.event.date)], r.event.status != "occurred")

    return min(dated, key=score).event.date


_ORDER = ("occurred", "planned", "hypothetical", "negated")


def _status(reports: list[Report], date: DateValue | None) -> str | None:
    """Occurred once an article written on or after the event's start says so (also one whose date is only the
    lower bound its content implies: "her June visit, during which she met…", told in an article that cannot
    predate November, is a recap); planned while every article predates it, unless the most confident reports
    only tell it as a possibility ("could be signed in August": hypothetical; the coder has made a "would" dated to a
    later month planned); otherwise what the most confident reports say (occurred before planned)."""
    span = interval(date)
    days = [r.published for r in reports if r.published]
    best = max((r.event.confidence or 0.0) for r in reports)
    statuses = {r.event.status for r in reports if (r.event.confidence or 0.0) >= best - 0.05}
    if span and days and len(days) == len(reports) and span[0] > max(days):
        return "hypothetical" if statuses == {"hypothetical"} else "planned"
    if span and any(r.event.status == "occurred" and r.earliest and r.earliest >= span[0] for r in reports):
        return "occurred"
    return next((s for s in _ORDER if s in statuses), None)


def _evidence(reports: list[Report]) -> list:
    """Each report's sentences, each carrying what that report says: status, date, attribution, article date."""
    evidence, seen = [], set()
    for r in reports:
        for ev in r.event.evidence:
            if (ev.doc, ev.text) in seen:
                continue
            seen.add((ev.doc, ev.text))
            evidence.append(ev.model_copy(update={
                "status": r.event.status, "date": r.event.date, "attribution": r.event.attribution,
                "published": r.published.isoformat() if r.published else None}))
    return evidence


def merge_cluster(cluster: Cluster) -> tuple[Event, list[Conflict]]:
    """One Event from a cluster: the surest report's fields, participants and date from all, each report's
    own account on its evidence; the prominence of its most prominent report."""
    ordered = sorted(cluster.reports, key=lambda r: -(r.event.confidence or 0.0))
    events = [r.event for r in ordered]
    first = events[0]
    ids = sorted(e.id for e in events)
    event_id = "ev-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:12]
    sources, targets = _roles(events, first)
    date = _best_date(cluster.reports)
    status = _status(cluster.reports, date)
    miss = 1.0
    for e in events:
        miss *= 1.0 - (e.confidence if e.confidence is not None else 0.5)
    merged = first.model_copy(update={
        "id": event_id, "source": sources, "target": targets, "status": status,
        "inferred": _inferred(events, first, {"source": sources, "target": targets}),
        "date": date,
        "location": next((e.location for e in events if e.location), None),
        "attribution": first.attribution,  # each other report's own attribution stays on its evidence
        "issue": next((e.issue for e in events if coref.act_object(e)), None),  # not a time phrase or a pronoun
        "confidence": round(1.0 - miss, 3), "evidence": _evidence(cluster.reports),
        "prominence": max((e.prominence for e in events if e.prominence is not None), default=None),
    })
    return merged, _date_conflicts(event_id, cluster.reports)


def _date_conflicts(event_id: str, reports: list[Report]) -> list[Conflict]:
    """Sources that give different dates for one event (each document's value once), where two of the dates are
    each given by a document that does not give the other."""
    values: dict[str, list[str]] = defaultdict(list)
    for r in reports:
        if r.event.date and (r.event.date.inferred or not r.event.date.start):
            continue  # a date borrowed from the visit it happens during, or a bound ("before June"): no disagreement
        text = label(r.event.date)
        docs = {ev.doc for ev in r.event.evidence}
        for doc in docs:
            if text and doc not in values[text]:
                values[text].append(doc)
    if len(values) < 2:
        return []
    # Nested values (a month and a day inside it) are a difference of precision, not a disagreement.
    spans = {v: interval(next(r.event.date for r in reports if label(r.event.date) == v)) for v in values}
    distinct = [v for v in values if not any(
        o != v and spans[v][0] <= spans[o][0] and spans[o][1] <= spans[v][1] and spans[o] != spans[v] for o in values)]
    if not any(sources_disagree(values[v], values[w]) for n, v in enumerate(distinct) for w in distinct[n + 1:]):
        return []  # one document giving two dates (of two reports it holds) is no disagreement between sources
    return [Conflict(about=event_id, field="date",
                     values=[ConflictValue(value=v, doc=d) for v in distinct for d in values[v]])]


def merge_events(reports: list[Report], places: dict[str, str] | Actors | None = None) -> tuple[list[Event], list[Conflict]]:
    events, conflicts = [], []
    for cluster in cluster_events(reports, places):
        event, found = merge_cluster(cluster)
        events.append(event)
        conflicts.extend(found)
    events.sort(key=lambda e: (day(e.date.start) if e.date and e.date.start else date.max, e.id))
    return events, conflicts
