"""One event across many reports: cluster per-document events and merge each cluster into one Event.

Two reports are the same event when they have the same PLOVER type and mode, the same participants
(either way round), and dates that can be the same: overlapping intervals, or, for an undated report,
a time its article's date allows (an occurred event on or shortly before the article's date, a planned
one after it).
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from dossier.merge.intervals import day, interval, label, overlaps
from dossier.model import Conflict, ConflictValue, DateValue, Event

PAST_WINDOW = timedelta(days=45)     # an undated "occurred" report: the event lies this far before its article
FUTURE_WINDOW = timedelta(days=365)  # an undated "planned" report: the event lies this far after its article


@dataclass
class Report:
    """One per-document event with the date of the article that reported it."""

    event: Event
    published: date | None


MATCH_DAYS = 31  # a date vaguer than this (a year, "within a year") cannot tell two events apart


def _match_span(event: Event) -> tuple[date, date] | None:
    span = interval(event.date)
    return span if span and (span[1] - span[0]).days <= MATCH_DAYS else None


@dataclass
class Cluster:
    reports: list[Report] = field(default_factory=list)

    @property
    def span(self) -> tuple[date, date] | None:
        spans = [s for s in (_match_span(r.event) for r in self.reports) if s]
        return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None

    def accepts(self, report: Report) -> bool:
        # Any date, however vague, and an undated report's article date can rule a match out...
        theirs = _possible(report)
        if theirs and any(not overlaps(p, theirs, slack_days=1) for p in map(_possible, self.reports) if p):
            return False
        # ...but only a date precise to a month or better can confirm one.
        mine, other = self.span, _match_span(report.event)
        if mine and other:
            return overlaps(mine, other, slack_days=1)
        if mine or other:
            return True
        days = [r.published for r in self.reports + [report] if r.published]  # neither side dated: one news cycle
        return len(days) < 2 or max(days) - min(days) <= timedelta(days=14)


def _possible(report: Report) -> tuple[date, date] | None:
    """When the event a report speaks of can have taken place: its date, narrowed to the window its article's
    date allows when that date is vaguer than a month and the two overlap (an act that occurred lies shortly
    before the article, a plan within a year after it); for an undated report, that window alone."""
    span = interval(report.event.date)
    if report.published is None or (span and _match_span(report.event)):
        return span
    if report.event.status == "planned":
        window = report.published - timedelta(days=1), report.published + FUTURE_WINDOW
    else:
        window = report.published - PAST_WINDOW, report.published + timedelta(days=1)
    if span is None:
        return window
    return (max(span[0], window[0]), min(span[1], window[1])) if overlaps(span, window) else span


def _participants(event: Event) -> frozenset[str]:
    return frozenset(event.source) | frozenset(event.target)


def cluster_events(reports: list[Report], places: dict[str, str] | None = None) -> list[Cluster]:
    """Group reports of one event; a report without participants stays alone.

    A report joins a cluster of the same type and mode when the dates allow it and both name the same
    participants, or when one of them names only one side and that side takes part in the other
    ("Boluarte visited" joins "Boluarte visited China"; "Boluarte met Xi" and "Boluarte met Huawei's
    chairman" stay two events). `places` maps a place's id to its country's ("Lima" -> Peru), so that "Xi
    visited Lima" and "Xi visited Peru" on the same days are one visit.
    """
    places = places or {}
    by_kind: dict[tuple, list[Cluster]] = defaultdict(list)
    alone: list[Cluster] = []
    ordered = sorted(reports, key=lambda r: (_match_span(r.event) is None, -len(_participants(r.event)),
                                             r.published or date.max))
    for report in ordered:
        mine = _participants(report.event)
        if not mine:
            alone.append(Cluster([report]))
            continue
        kind = (report.event.type, report.event.mode or "")
        for cluster in by_kind[kind]:
            if _same_parties(report.event, cluster.reports[0].event, places) and cluster.accepts(report):
                cluster.reports.append(report)
                break
        else:
            by_kind[kind].append(Cluster([report]))
    return [c for clusters in by_kind.values() for c in clusters] + alone


def _one_sided(event: Event) -> bool:
    return not event.source or not event.target


def _same_parties(a: Event, b: Event, places: dict[str, str]) -> bool:
    pa, pb = ({places.get(i, i) for i in _participants(e)} for e in (a, b))
    if pa == pb:
        return True
    return (_one_sided(a) and pa <= pb) or (_one_sided(b) and pb <= pa)


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


def _best_date(reports: list[Report]) -> DateValue | None:
    """The most precise date; among equally precise ones, the one most reports give, then the one written
    after the event."""
    dated = [r for r in reports if r.event.date and r.event.date.start]
    if not dated:
        return None
    votes = Counter(label(r.event.date) for r in dated)
    rank = {"day": 0, "month": 1, "year": 2}

    def score(r: Report):
        return (rank.get(r.event.date.precision or "", 3), -votes[label(r.event.date)], r.event.status != "occurred")

    return min(dated, key=score).event.date


_ORDER = ("occurred", "planned", "hypothetical", "negated")


def _status(reports: list[Report], date: DateValue | None) -> str | None:
    """Occurred once an article written on or after the event's start says so; planned while every
    article predates it; otherwise what the most confident reports say (occurred before planned)."""
    span = interval(date)
    days = [r.published for r in reports if r.published]
    if span and days and len(days) == len(reports) and span[0] > max(days):
        return "planned"
    if span and any(r.event.status == "occurred" and r.published and r.published >= span[0] for r in reports):
        return "occurred"
    best = max((r.event.confidence or 0.0) for r in reports)
    statuses = {r.event.status for r in reports if (r.event.confidence or 0.0) >= best - 0.05}
    return next((s for s in _ORDER if s in statuses), None)


def merge_cluster(cluster: Cluster) -> tuple[Event, list[Conflict]]:
    events = [r.event for r in cluster.reports]
    first = max(events, key=lambda e: e.confidence or 0.0)
    ids = sorted(e.id for e in events)
    event_id = "ev-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:12]
    sources, targets = _roles(events, first)
    date = _best_date(cluster.reports)
    status = _status(cluster.reports, date)
    evidence, seen = [], set()
    for e in events:
        for ev in e.evidence:
            if (ev.doc, ev.text) not in seen:
                seen.add((ev.doc, ev.text))
                evidence.append(ev)
    miss = 1.0
    for e in events:
        miss *= 1.0 - (e.confidence if e.confidence is not None else 0.5)
    merged = first.model_copy(update={
        "id": event_id, "source": sources, "target": targets, "status": status,
        "date": date,
        "location": next((e.location for e in events if e.location), None),
        "attribution": next((e.attribution for e in events if e.attribution), None),
        "issue": next((e.issue for e in events if e.issue), None),
        "confidence": round(1.0 - miss, 3), "evidence": evidence,
    })
    return merged, _date_conflicts(event_id, cluster.reports)


def _date_conflicts(event_id: str, reports: list[Report]) -> list[Conflict]:
    """Sources that give different dates for one event (each document's value once)."""
    values: dict[str, list[str]] = defaultdict(list)
    for r in reports:
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
    if len(distinct) < 2:
        return []
    return [Conflict(about=event_id, field="date",
                     values=[ConflictValue(value=v, doc=d) for v in distinct for d in values[v]])]


def merge_events(reports: list[Report], places: dict[str, str] | None = None) -> tuple[list[Event], list[Conflict]]:
    events, conflicts = [], []
    for cluster in cluster_events(reports, places):
        event, found = merge_cluster(cluster)
        events.append(event)
        conflicts.extend(found)
    events.sort(key=lambda e: (day(e.date.start) if e.date and e.date.start else date.max, e.id))
    return events, conflicts
