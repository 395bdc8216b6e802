"""One figure across many reports, and the figures sources disagree on.

The same figure (measure, subjects, time, value and unit) reported twice becomes one Fact with both
pieces of evidence; the same measure of the same subjects for the same time with another value is a
conflict.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from dossier.merge.intervals import label
from dossier.model import Conflict, ConflictValue, Fact


def _about(fact: Fact) -> tuple | None:
    if not fact.measure or not fact.subject or not (fact.time and fact.time.start):
        return None
    return fact.measure.lower(), frozenset(fact.subject), label(fact.time)


def merge_facts(facts: list[Fact]) -> tuple[list[Fact], list[Conflict]]:
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        about = _about(fact)
        key = (about, fact.value, fact.unit) if about else ("alone", fact.id)
        groups[key].append(fact)
    merged: list[Fact] = []
    by_about: dict[tuple, list[Fact]] = defaultdict(list)
    for key, members in groups.items():
        first = members[0]
        fact_id = "fa-" + hashlib.sha1("|".join(sorted(f.id for f in members)).encode()).hexdigest()[:12]
        evidence = list({(e.doc, e.text): e for f in members for e in f.evidence}.values())
        fact = first.model_copy(update={"id": fact_id, "evidence": evidence})
        merged.append(fact)
        if key[0] != "alone":
            by_about[key[0]].append(fact)
    conflicts = []
    for same in by_about.values():
        if len({(f.value, f.unit) for f in same}) > 1:
            conflicts.append(Conflict(about=same[0].id, field="value", values=[
                ConflictValue(value=f"{f.value:g} {f.unit}", doc=e.doc) for f in same for e in f.evidence]))
    return merged, conflicts
