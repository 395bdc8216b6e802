"""An undated report of an act told as done lies near its article's day (within `coref.NEAR_DAYS`), as `apart`
reads it across articles: it is not one event with a report of the same sides dated months before ("Iraq has
rejected its new quota" and, further on, "Last November, Iraq rejected its first quota"), whose date it would
otherwise take. A report dated within those days still meets it, and so does a plan's or a report with no article
date."""

from dossier.merge import coref
from dossier.merge.events import cluster_events, merge_events
from dossier.merge.intervals import day
from dossier.merge.reports import Report
from dossier.model import DateValue

from tests.conftest import make_event


def _report(event, published):
    return Report(event, day(published) if published else None)


def _rejection(doc, n, start=None, end=None, precision="day", status="occurred", sentence=""):
    event = make_event(doc, n, "REJECT", "reject", ["ruvia"], ["cartel"], None, status=status, trigger="rejected",
                       sentence=sentence or f"Ruvia rejected the quota ({doc}, {n}).")
    if start:
        event = event.model_copy(update={"date": DateValue(start=start, end=end or start, precision=precision)})
    return event


def test_an_undated_act_is_not_the_one_dated_months_before_in_its_article():
    now = _rejection("wire", 0, sentence="Ruvia has rejected its new output quota, the agency reported.")
    then = _rejection("wire", 1, "2025-11", "2025-11", "month",
                      sentence="Last November, Ruvia rejected its first quota and asked for more.")
    a, b = _report(now, "2026-05-11"), _report(then, "2026-05-11")
    assert coref.incompatible(a, b) == "background"  # within one article: the news and its background
    events, _ = merge_events([a, b])
    assert len(events) == 2
    undated = next(e for e in events if e.evidence[0].start == 0)
    assert undated.date is None


def test_nor_across_articles():
    now = _rejection("wire-a", 0)
    then = _rejection("wire-b", 0, "2025-11-20")
    assert coref.incompatible(_report(now, "2026-05-11"), _report(then, "2026-05-10")) == "background"


def test_a_report_dated_within_the_near_days_still_meets_it():
    now = _rejection("wire", 0)
    week = _rejection("wire", 1, "2026-05-04", "2026-05-10", "vague")
    month = _rejection("wire-b", 2, "2026-03", "2026-03", "month")  # another article: the month reaches into the near days
    for dated in (week, month):
        assert coref.incompatible(_report(now, "2026-05-11"), _report(dated, "2026-05-11")) not in {"time", "background"}
    assert len(cluster_events([_report(now, "2026-05-11"), _report(week, "2026-05-11")])) == 1


def test_a_plan_or_an_article_of_no_date_is_as_before():
    then = _rejection("wire", 1, "2025-11-20")
    plan = _rejection("wire", 0, status="planned")
    assert coref.incompatible(_report(plan, "2026-05-11"), _report(then, "2026-05-11")) == "time"  # a plan is after
    undated_article = _rejection("page", 0)
    assert coref.incompatible(_report(undated_article, None), _report(then, "2026-05-11")) not in {"time", "background"}


def test_one_reader_two_reaches():
    """`_background` reads both cases: two months back parts an article's news from its own background, but across
    articles only an act dated more than `NEAR_DAYS` back is another; a plan or a bounded report is not news."""
    now = _rejection("wire", 0, sentence="Ruvia has rejected its new output quota, the agency reported.")
    there = _rejection("wire", 1, "2026-03-10", sentence="In March, Ruvia rejected a quota as well.")
    assert coref.incompatible(_report(now, "2026-05-11"), _report(there, "2026-05-11")) == "background"
    elsewhere = _rejection("wire-b", 0, "2026-03-10")
    assert coref.incompatible(_report(now, "2026-05-11"), _report(elsewhere, "2026-05-10")) != "background"
    older = _rejection("wire-b", 0, "2025-11-20")
    assert coref.incompatible(_report(older, "2025-11-21"), _report(now, "2026-05-11")) == "background"  # either order
    bounded = now.model_copy(update={"date": DateValue(end="2026-05-01", precision="vague")})
    assert coref.incompatible(_report(bounded, "2026-05-11"), _report(older, "2025-11-21")) != "background"
