"""Figures grouped figure by figure, with the ranges pruned first, give the groups, in the order, that comparing
every report with every member of every group gives."""

import random

from dossier.merge.facts import _precision, _same_figure, figure_groups, merge_facts
from dossier.merge.intervals import label
from dossier.model import DateValue, Evidence, Fact


def _facts(n: int, seed: int) -> list[Fact]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        value = rnd.choice([12, 12.5, 13, 120, 1200, 3.6e9, 3.65e9, 40])
        year = rnd.choice([None, "2023", "2024"])
        out.append(Fact(id=f"d{i % 7}:f{i}", measure=rnd.choice([None, "trade", "Trade", "profit", "sales"]),
                        value=value, unit=rnd.choice(["USD", "percent"]), text=f"{value:g}",
                        subject=rnd.sample(["CHN", "PER", "USA"], rnd.randint(0, 2)),
                        qualifier=rnd.choice([None, None, "about", "more than", "up to", "vague"]),
                        time=DateValue(start=year, end=year, precision="year") if year else None,
                        evidence=[Evidence(doc=f"d{i % 7}", text=f"Figure {i}.")]))
    return out


def _plain_groups(facts):
    """The grouping as first written: every report against every member of every group."""
    groups = []
    for fact in sorted(facts, key=_precision):
        fits = [g for g in groups if all(_same_figure(fact, f) for f in g)]
        if fact.time is None and len({label(f.time) for g in fits for f in g if f.time}) > 1:
            fits = []
        if fits:
            fits[0].append(fact)
        else:
            groups.append([fact])
    return groups


def test_grouping_by_figure_changes_nothing():
    for seed in range(5):
        facts = _facts(300, seed)
        assert [[f.id for f in g] for g in figure_groups(facts)] == [[f.id for f in g] for g in _plain_groups(facts)]
        merged, conflicts = merge_facts(facts)
        assert len(merged) < len(facts) and conflicts


def test_grouping_with_the_range_index_changes_nothing_on_spread_values():
    """Values over many orders of magnitude, zero and negative ones, ranges touching at their ends."""
    for seed in range(5):
        rnd = random.Random(100 + seed)
        facts = _facts(400, seed)
        for i, fact in enumerate(facts):
            value = rnd.choice([0.0, -5.0, -4.5, 10 ** rnd.uniform(-2, 10), rnd.choice([100, 110, 90, 99.5, 1e6])])
            text = rnd.choice([f"{value:g}", "many", f"{value:.1f}"])
            facts[i] = fact.model_copy(update={"value": value, "text": text})
        assert [[f.id for f in g] for g in figure_groups(facts)] == [[f.id for f in g] for g in _plain_groups(facts)]
