"""Figures across reports: one fact per figure, conflicts only where the ranges cannot meet."""

from dossier.merge.facts import bounds, merge_facts
from dossier.model import DateValue, Evidence, Fact


def _fact(doc, value, text, qualifier=None, year="2024", subject=("ghana", "togo"), unit="USD"):
    time = DateValue(start=year, end=year, precision="year") if year else None
    return Fact(id=f"{doc}:f0", subject=list(subject), measure="bilateral trade", value=value, unit=unit,
                qualifier=qualifier, text=text, time=time, evidence=[Evidence(doc=doc, text=f"Trade was {text}.")])


def test_a_rounded_figure_and_the_exact_one_are_one_fact():
    merged, conflicts = merge_facts([_fact("d1", 2.4e9, "$2.4 billion"), _fact("d2", 2_438_000_000, "$2,438 million")])
    assert conflicts == [] and len(merged) == 1
    assert merged[0].value == 2_438_000_000 and len(merged[0].evidence) == 2  # the more precise value stands


def test_a_range_and_a_value_inside_it_are_no_conflict():
    merged, conflicts = merge_facts([_fact("d1", 2e9, "more than $2 billion", "more than"),
                                     _fact("d2", 2.4e9, "$2.4 billion")])
    assert conflicts == [] and len(merged) == 1


def test_about_a_figure_admits_a_tenth_either_way():
    lo, hi = bounds(_fact("d1", 100, "about 100", "about", unit="people"))
    assert (lo, hi) == (90, 110)


def test_figures_that_cannot_both_be_right_are_a_conflict():
    merged, conflicts = merge_facts([_fact("d1", 2.4e9, "$2.4 billion"), _fact("d2", 3.1e9, "$3.1 billion")])
    assert len(merged) == 2
    (conflict,) = conflicts
    assert {v.doc for v in conflict.values} == {"d1", "d2"}


def test_figures_for_different_times_are_no_conflict():
    merged, conflicts = merge_facts([_fact("d1", 2.4e9, "$2.4 billion", year="2023"),
                                     _fact("d2", 3.1e9, "$3.1 billion", year="2024")])
    assert len(merged) == 2 and conflicts == []


def test_a_report_naming_fewer_subjects_joins_the_same_figure():
    merged, _ = merge_facts([_fact("d1", 2.4e9, "$2.4 billion"),
                             _fact("d2", 2.4e9, "$2.4 billion", subject=("ghana",))])
    assert len(merged) == 1 and set(merged[0].subject) == {"ghana", "togo"}


def test_a_figure_for_the_articles_day_is_no_conflict_with_the_figure_for_the_year():
    # "so far" in an article of 14 November against the total another report gives for the whole year
    so_far = _fact("d1", 2.1e9, "$2.1 billion", year=None).model_copy(
        update={"time": DateValue(start="2024-11-14", end="2024-11-14", precision="day")})
    merged, conflicts = merge_facts([so_far, _fact("d2", 2.4e9, "$2.4 billion")])
    assert len(merged) == 2 and conflicts == []
