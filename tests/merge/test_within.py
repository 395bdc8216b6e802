"""Within one article: a report told during a visit borrows its place and date; repeated mentions join."""

from dossier.merge.events import cluster_events
from dossier.merge.intervals import day
from dossier.merge.reports import Actors, Report
from dossier.merge.within import anchor, antecedents

from tests.conftest import make_event

ACTORS = Actors(country_of={"accra": "ghana", "ghana": "ghana"})


def _visit(doc="d1", n=0, status="occurred"):
    event = make_event(doc, n, "CONSULT", "visit", ["mensah"], ["ghana"], "2025-05-06", "2025-05-08", status=status,
                       trigger="visit", sentence="Mensah paid a three-day visit to Ghana.")
    return event.model_copy(update={"location": "accra"})


def test_a_meeting_told_during_the_visit_takes_its_place_and_date():
    talks = make_event("d1", 1, "CONSULT", "meet", ["mensah"], ["owusu"], None, trigger="held … talks",
                       sentence="During the visit, Mensah held talks with Owusu.")
    reports = anchor([Report(_visit(), day("2025-05-09")), Report(talks, day("2025-05-09"))], ACTORS)
    assert reports[1].event.location == "accra"
    assert reports[1].event.date.start == "2025-05-06" and reports[1].event.date.inferred


def test_a_meeting_of_other_people_borrows_nothing():
    talks = make_event("d1", 1, "CONSULT", "meet", ["asante"], ["owusu"], None, trigger="held … talks",
                       sentence="During the visit, Asante held talks with Owusu.")
    reports = anchor([Report(_visit(), day("2025-05-09")), Report(talks, day("2025-05-09"))], ACTORS)
    assert reports[1].event.location is None and reports[1].event.date is None


def test_a_plan_in_an_article_announcing_the_visit_happens_there():
    plan = make_event("d1", 1, "CONSULT", "meet", ["mensah"], ["owusu"], None, status="planned", trigger="meet",
                      sentence="Mensah is expected to meet Owusu.")
    reports = anchor([Report(_visit(status="planned"), day("2025-05-01")), Report(plan, day("2025-05-01"))], ACTORS)
    assert reports[1].event.location == "accra"


def test_the_talks_that_name_nobody_join_the_first_full_mention():
    full = make_event("d1", 0, "CONSULT", "meet", ["mensah"], ["owusu"], "2025-05-07", trigger="held … talks")
    bare = make_event("d1", 1, "CONSULT", "meet", [], [], None, trigger="talks")
    other_article = make_event("d2", 0, "CONSULT", "meet", [], [], None, trigger="talks")
    reports = [Report(e, day("2025-05-08")) for e in (full, bare, other_article)]
    assert antecedents(reports) == {1: 0}
    clusters = cluster_events(reports)
    assert sorted(sorted(r.event.id for r in c.reports) for c in clusters) == [["d1:e0", "d1:e1"], ["d2:e0"]]


def test_a_later_mention_of_the_same_two_leaders_joins_but_a_meeting_with_someone_else_does_not():
    full = make_event("d1", 0, "CONSULT", "meet", ["mensah"], ["owusu"], None, status="planned", trigger="talks")
    again = make_event("d1", 1, "CONSULT", "meet", ["owusu"], ["mensah"], None, status="planned", trigger="meeting")
    another = make_event("d1", 2, "CONSULT", "meet", ["mensah"], ["asante"], None, status="planned", trigger="meet")
    reports = [Report(e, day("2025-05-01")) for e in (full, again, another)]
    assert antecedents(reports) == {1: 0}
