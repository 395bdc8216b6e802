"""One figure across many reports, and the figures sources truly disagree on.

Each figure admits a range of values (`bounds`): the value as written, give or take half its last written digit
("$3.6 billion" is 3.55–3.65 billion; at most 5% of the value), widened by its qualifier ("about" ±10%, "more than" from the value up,
"up to" to the value). Reports of one figure (same measure and unit, subjects of one a part of the other's, times
that agree or are not given, ranges that meet) become one Fact with every piece of evidence; its value is the
most precise report's. A conflict is the same measure of the same subjects for the same time with ranges that
do not meet, told by different sources (one article giving two such figures tells two things): a rounded figure against the exact one, or a range against a value inside it, is no conflict,
and neither are figures given for different times (the article's own day against the year the figure is for).
"""

from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict

from dossier.merge.disagreement import sources_disagree
from dossier.merge.intervals import label
from dossier.model import Conflict, ConflictValue, Fact

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
ABOUT = 0.10  # "about", "some", "an estimated": this share either way
ROUND_SHARE = 0.05  # the most that rounding to the last written digit may hide
_AROUND = {"about", "around", "roughly", "approximately", "some", "close to", "an estimated", "estimated"}
_AT_LEAST = {"over", "more than", "at least", "just over"}
_AT_MOST = {"less than", "fewer than", "under", "at most", "up to", "as many as", "as much as", "just under"}
_NEARLY = {"nearly", "almost"}


def _half_step(fact: Fact) -> float:
    """Half the last written digit of the figure, in the fact's unit (0 for a figure written in words)."""
    match = _NUMBER.search(fact.text or "")
    if not match:
        return 0.0
    written = match.group().replace(",", "")
    try:
        number = float(written)
    except ValueError:
        return 0.0
    if number == 0:
        return 0.0
    if "." in written:
        step = 10.0 ** -len(written.split(".")[1])
    else:
        digits = written.lstrip("0")
        step = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits else 1.0
    # trailing zeros may be rounding or exact: they widen the range by at most ROUND_SHARE of the value
    return min(step / 2 * abs(fact.value / number), abs(fact.value) * ROUND_SHARE)


def bounds(fact: Fact) -> tuple[float, float]:
    """The values a reported figure admits."""
    value, q = fact.value, (fact.qualifier or "").lower()
    half = _half_step(fact)
    if q in _AROUND:
        half = max(half, abs(value) * ABOUT)
    lo, hi = value - half, value + half
    if q in _AT_LEAST:
        hi = math.inf
    elif q in _AT_MOST:
        lo = -math.inf if value < 0 else 0.0
    elif q in _NEARLY:
        lo = value * (1 - ABOUT)
    elif q == "vague":  # "thousands": at least the value, below ten times it
        hi = value * 10
    return lo, hi


def _meet(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _precision(fact: Fact) -> tuple:
    return _precision_of(fact, bounds(fact))


def _precision_of(fact: Fact, range_: tuple[float, float]) -> tuple:
    """`_precision` of a report whose `bounds` are known."""
    return (range_[1] - range_[0], fact.time is None)


def _same_figure(a: Fact, b: Fact, range_a: tuple[float, float] | None = None,
                 range_b: tuple[float, float] | None = None) -> bool:
    """Whether two reports can be one figure (`range_a`, `range_b`: their `bounds` when already known)."""
    if (a.measure or "").lower() != (b.measure or "").lower() or a.unit != b.unit or not a.measure:
        return False
    sa, sb = set(a.subject), set(b.subject)
    if sa and sb and not (sa <= sb or sb <= sa):
        return False
    ta, tb = label(a.time), label(b.time)
    if ta and tb and ta != tb:
        return False
    return _meet(range_a or bounds(a), range_b or bounds(b))


def _groups(facts: list[Fact], ranges: dict[int, tuple[float, float]] | None = None) -> list[list[Fact]]:
    """Reports of one figure; a report joins the first group every member of which it can be. A report that
    gives no time joins a group only when exactly one dated group of that figure would take it. `ranges`: each
    report's `bounds` by its id(), when already known."""
    groups: list[list[Fact]] = []
    common: list[tuple[float, float]] = []  # per group, the values every member admits: a report must meet them
    ranges = ranges if ranges is not None else {id(f): bounds(f) for f in facts}
    # groups by the low end of their first report's range: reports come narrowest first, so a group's first range
    # is no wider than the report's, and a group it can meet starts within one report's width below it
    starts: list[tuple[float, int]] = []
    # per group: its figure, its members' subject sets and time labels, and the labels of those that give a time
    kinds: list[tuple[tuple | None, set[frozenset], set[str], set]] = []
    for fact in sorted(facts, key=lambda f: _precision_of(f, ranges[id(f)])):
        mine = ranges[id(fact)]
        width = mine[1] - mine[0]
        low = mine[0] - width - 1e-9 * (abs(mine[0]) + width)  # a little lower: rounding never loses a group
        near = starts[bisect_left(starts, (low, -1)):bisect_right(starts, (mine[1], len(groups)))]
        figure, subject, time = _figure_of(fact), frozenset(fact.subject), label(fact.time)
        # `_same_figure` with every member, from what the members have in common: meeting `common` is meeting
        # each member's range (it lies inside them all); the members' figure, subject sets and time labels
        fits = [n for n in sorted(n for _, n in near) if common[n][0] <= mine[1] and mine[0] <= common[n][1]
                and figure is not None and kinds[n][0] == figure
                and (not subject or all(subject <= s or s <= subject for s in kinds[n][1]))
                and (not time or kinds[n][2] <= {time})]
        dated = {t for n in fits for t in kinds[n][3]}
        if fact.time is None and len(dated) > 1:
            fits = []
        if fits:
            n = fits[0]
            groups[n].append(fact)
            common[n] = (max(common[n][0], mine[0]), min(common[n][1], mine[1]))
        else:
            n = len(groups)
            insort(starts, (mine[0], n))
            groups.append([fact])
            common.append(mine)
            kinds.append((figure, set(), set(), set()))
        if subject:
            kinds[n][1].add(subject)
        if time:
            kinds[n][2].add(time)
        if fact.time:
            kinds[n][3].add(time)
    return groups


def _figure_of(fact: Fact) -> tuple[str, str] | None:
    """What `_same_figure` asks first: the measure (any case) and the unit; None for a report with no measure."""
    return ((fact.measure or "").lower(), fact.unit) if fact.measure else None


def figure_groups(facts: list[Fact]) -> list[list[Fact]]:
    """`_groups` figure by figure (measure and unit: a group never holds two), in the order `_groups` over all
    the facts makes them (by the rank of each group's first report): the same groups, and each report compared
    only with the groups of its own figure."""
    ranges = {id(f): bounds(f) for f in facts}
    rank = {id(f): n for n, f in enumerate(sorted(facts, key=lambda f: _precision_of(f, ranges[id(f)])))}
    figures: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        figures[(fact.measure.lower(), fact.unit) if fact.measure else (None, id(fact))].append(fact)
    groups = [group for members in figures.values() for group in _groups(members, ranges)]
    return sorted(groups, key=lambda g: rank[id(g[0])])


def merge_facts(facts: list[Fact]) -> tuple[list[Fact], list[Conflict]]:
    merged = [merged_fact(members) for members in figure_groups(facts)]
    return merged, fact_conflicts(merged, report_order(facts))


def report_order(facts: list[Fact]) -> dict[str, int]:
    """{document id: its position} among the documents of reported figures, in the order given (document order)."""
    return {doc: n for n, doc in enumerate(dict.fromkeys(f.evidence[0].doc for f in facts if f.evidence))}


def fact_id(members: list[Fact]) -> str:
    """The id of the merged figure of these reports."""
    return "fa-" + hashlib.sha1("|".join(sorted(f.id for f in members)).encode()).hexdigest()[:12]


def merged_fact(members: list[Fact]) -> Fact:
    """One figure from its reports, the most precise first."""
    first = members[0]
    evidence = list({(e.doc, e.text): e for f in members for e in f.evidence}.values())
    subject = list(dict.fromkeys(s for f in members for s in f.subject))
    time = next((f.time for f in members if f.time), None)
    return first.model_copy(update={"id": fact_id(members), "evidence": evidence, "subject": subject, "time": time})


def about(fact: Fact) -> tuple | None:
    """What a merged figure is about, for conflicts: measure, subjects, unit and time (None when one is missing)."""
    if fact.measure and fact.subject and label(fact.time):
        return (fact.measure.lower(), frozenset(fact.subject), fact.unit, label(fact.time))
    return None


def _documents(fact: Fact) -> set[str]:
    return {e.doc for e in fact.evidence}


def fact_conflicts(merged: list[Fact], order: dict[str, int] | None = None) -> list[Conflict]:
    """Merged figures about the same thing, two of whose ranges do not meet where sources disagree (each given by
    a document that does not give the other: `disagreement.sources_disagree`). Each conflict lists its figures in a
    canonical order, whatever the order given, so that a record merged in steps names and lists a disagreement as
    one merged at once: the most precise figure first (by the merged figure's own range and time), then the first
    reported (`order`: the position of each document, `report_order`, the order given when None; then the place of
    the figure's first report in its document), then by id. The conflict is about the first of them. Conflicts
    come in the order of those first figures."""
    if order is None:
        order = report_order(merged)
    last = len(order)

    def rank(fact: Fact) -> tuple:
        first = fact.evidence[0] if fact.evidence else None
        where = (order.get(first.doc, last), first.start is None, first.start or 0) if first else (last, True, 0)
        return _precision(fact), where, fact.id

    by_about: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in sorted(merged, key=rank):
        if (key := about(fact)) is not None:
            by_about[key].append(fact)
    conflicts = []
    for same in by_about.values():
        if any(not _meet(bounds(f), bounds(o)) and sources_disagree(_documents(f), _documents(o))
               for n, f in enumerate(same) for o in same[n + 1:]):
            conflicts.append(Conflict(about=same[0].id, field="value", values=[
                ConflictValue(value=f"{f.value:g} {f.unit}", doc=e.doc) for f in same for e in f.evidence]))
    return conflicts
