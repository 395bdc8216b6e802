"""One figure across many reports, and the figures sources disagree on.

The same figure (measure, subjects, value and unit) reported twice becomes one Fact with both pieces of
evidence; a report that gives no time joins the one dated report of that figure when there is only one.
The same measure of the same subjects for the same time with another value is a conflict.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from dossier.merge.intervals import label
from dossier.model import Conflict, ConflictValue, Fact


def _what(fact: Fact) -> tuple | None:
    if not fact.measure or not fact.subject:
        return None
    return fact.measure.lower(), frozenset(fact.subject)


def _groups(facts: list[Fact]) -> list[list[Fact]]:
    """Reports of one figure: same measure, subjects, value and unit, and compatible times."""
    by_figure: dict[tuple, list[Fact]] = defaultdict(list)
    alone = []
    for fact in facts:
        what = _what(fact)
        if what is None:
            alone.append([fact])
        else:
            by_figure[(what, fact.value, fact.unit)].append(fact)
    groups = []
    for same in by_figure.values():
        by_time: dict[str | None, list[Fact]] = defaultdict(list)
        for fact in same:
            by_time[label(fact.time)].append(fact)
        timeless = by_time.pop(None, [])
        if len(by_time) == 1:
            (dated,) = by_time.values()
            dated.extend(timeless)
        elif timeless:
            by_time[None] = timeless
        groups.extend(by_time.values())
    return groups + alone


def merge_facts(facts: list[Fact]) -> tuple[list[Fact], list[Conflict]]:
    merged: list[Fact] = []
    by_about: dict[tuple, list[Fact]] = defaultdict(list)
    for members in _groups(facts):
        first = next((f for f in members if f.time), members[0])
        fact_id = "fa-" + hashlib.sha1("|".join(sorted(f.id for f in members)).encode()).hexdigest()[:12]
        evidence = list({(e.doc, e.text): e for f in members for e in f.evidence}.values())
        fact = first.model_copy(update={"id": fact_id, "evidence": evidence})
        merged.append(fact)
        what = _what(fact)
        if what is not None and label(fact.time):
            by_about[(what, label(fact.time))].append(fact)
    conflicts = []
    for same in by_about.values():
        if len({(f.value, f.unit) for f in same}) > 1:
            conflicts.append(Conflict(about=same[0].id, field="value", values=[
                ConflictValue(value=f"{f.value:g} {f.unit}", doc=e.doc) for f in same for e in f.evidence]))
    return merged, conflicts
