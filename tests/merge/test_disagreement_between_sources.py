"""A conflict sets sources against each other: two values of one field, each given by a document that does not give
the other. One article that gives two values (a rate before and after a change, two dates it tells of one act) tells
two things; a second article repeating one of them agrees with it."""

from dossier.merge.disagreement import sources_disagree
from dossier.merge.events import Report, merge_events
from dossier.merge.facts import merge_facts
from dossier.merge.intervals import day
from dossier.model import DateValue, Evidence, Fact

from tests.conftest import make_event


def _rate(doc, value, n=0):
    return Fact(id=f"{doc}:f{n}", subject=["ruritania"], measure="import tariff", value=value, unit="percent",
                text=f"{value:g} percent", time=DateValue(start="2025", end="2025", precision="year"),
                evidence=[Evidence(doc=doc, text=f"The tariff stood at {value:g} percent.", start=n * 50)])


def test_two_documents_giving_each_its_own_value_disagree():
    assert sources_disagree({"a"}, {"b"})
    assert sources_disagree({"a", "c"}, {"b", "c"})


def test_one_document_giving_both_values_does_not_disagree_with_itself():
    assert not sources_disagree({"a"}, {"a"})
    assert not sources_disagree({"a"}, {"a", "b"})  # b repeats one of a's values: no source against another


def test_a_rate_raised_in_one_article_is_no_conflict():
    _, conflicts = merge_facts([_rate("d1", 10, 0), _rate("d1", 25, 1)])
    assert conflicts == []


def test_the_same_rates_from_two_articles_that_each_give_one_are_a_conflict():
    _, conflicts = merge_facts([_rate("d1", 10), _rate("d2", 25)])
    (conflict,) = conflicts
    assert {(v.value, v.doc) for v in conflict.values} == {("10 percent", "d1"), ("25 percent", "d2")}


def test_an_article_repeating_one_of_two_values_another_gives_is_no_conflict():
    _, conflicts = merge_facts([_rate("d1", 10, 0), _rate("d1", 25, 1), _rate("d2", 25)])
    assert conflicts == []


def _visit(doc, n, start, end):
    return make_event(doc, n, "CONSULT", "visit", ["per:envoy"], ["RUR"], start, end,
                      sentence=f"The envoy's visit to Ruritania, report {n} of {doc}.")


def test_dates_of_one_visit_from_two_articles_are_a_conflict():
    reports = [Report(_visit("d1", 0, "2025-03-02", "2025-03-06"), day("2025-03-07")),
               Report(_visit("d2", 0, "2025-03-01", "2025-03-05"), day("2025-03-07"))]
    events, conflicts = merge_events(reports)
    assert len(events) == 1
    (conflict,) = conflicts
    assert {v.doc for v in conflict.values} == {"d1", "d2"}


def test_dates_of_one_visit_told_twice_in_one_article_and_once_in_another_are_no_conflict():
    reports = [Report(_visit("d1", 0, "2025-03-02", "2025-03-06"), day("2025-03-07")),
               Report(_visit("d1", 1, "2025-03-01", "2025-03-05"), day("2025-03-07")),
               Report(_visit("d2", 0, "2025-03-01", "2025-03-05"), day("2025-03-07"))]
    events, conflicts = merge_events(reports)
    assert len(events) == 1 and conflicts == []
