"""Across articles, two acts of the same sides and type that no dates tie together are two acts when each is done to
a different thing named by a common noun of its own ('vetoed the farm bill', 'vetoed the budget'). Not when the
objects share a word ('the farm bill', 'the bill'), when a head names a thing by its kind or an act told before ('the
measure', 'the accord'), when a head is a name (other articles shorten it), nor when both acts are dated and the
dates meet (then the score decides, as before)."""

from dossier.merge import coref
from dossier.merge.events import cluster_events
from dossier.merge.intervals import day
from dossier.merge.reports import Report

from tests.conftest import make_event


def _event(doc, issue, start=None, type_="REJECT", mode="veto", trigger="vetoed", source=("orlan",),
           target=("assembly",)):
    sentence = f"President Orlan {trigger} {issue}, his office said."
    event = make_event(doc, 0, type_, mode, list(source), list(target), start, trigger=trigger, sentence=sentence)
    return event.model_copy(update={"issue": issue})


def _report(event, published="2025-03-12"):
    return Report(event, day(published))


def _pair(first, second, start=None, **kw):
    return _report(_event("wire-a", first, start, **kw)), _report(_event("wire-b", second, start, **kw), "2025-03-13")


def test_two_undated_vetoes_of_two_things_in_two_articles_are_two_acts():
    bill, budget = _pair("the farm bill", "the budget")
    assert coref.things_differ(bill.event, budget.event)
    assert coref.incompatible(bill, budget) == "things"
    assert len(cluster_events([bill, budget])) == 2


def test_two_undated_seizures_of_two_things_are_two_acts():
    tanker, plane = _pair("a fuel tanker off the coast", "the cargo plane", type_="SEIZE", mode="seize",
                          trigger="seized", source=("navy",), target=("ruvia",))
    assert coref.incompatible(tanker, plane) == "things"
    assert len(cluster_events([tanker, plane])) == 2


def test_a_plan_is_told_by_the_noun_before_it():
    # 'plan' names a thing by its kind: 'the new spending plan' is a spending plan, not the farm bill
    bill, plan = _pair("a farm bill passed by the lower chamber", "the senate's new spending plan")
    assert coref.incompatible(bill, plan) == "things"
    assert len(cluster_events([bill, plan])) == 2
    # a bare one says nothing of which: it may be the bill
    bill, plan = _pair("a farm bill passed by the lower chamber", "the new plan")
    assert coref.incompatible(bill, plan) != "things"
    assert len(cluster_events([bill, plan])) == 1


def test_one_thing_named_two_ways_stays_one_act():
    for first, second in [("the farm bill", "the bill"),              # a word in common
                          ("the farm bill", "the measure"),           # a noun that names a thing by its kind
                          ("the fishing accord", "the treaty"),       # nouns that name an act told before
                          ("the Halvard Reservoir", "the dam"),       # a name, which other articles word otherwise
                          ("to cut the levy", "the budget"),          # a clause is no thing
                          ("the third time in a month", "the budget"),  # a time is no thing
                          ("six hours of talks", "the budget")]:
        a, b = _pair(first, second)
        assert not coref.things_differ(a.event, b.event), (first, second)
        assert coref.incompatible(a, b) != "things"


def test_within_one_article_or_with_dates_that_meet_the_rule_does_not_apply():
    # one article: `objects_differ` decides, as before
    bill = _report(_event("wire-a", "the farm bill"))
    budget = _report(_event("wire-a", "the budget").model_copy(update={"id": "wire-a:e1"}))
    assert coref.incompatible(bill, budget) != "things"
    # two articles that date both vetoes to one day: the dates tie them, the score decides
    bill, budget = _pair("the farm bill", "the budget", start="2025-03-11")
    assert coref.incompatible(bill, budget) != "things"
