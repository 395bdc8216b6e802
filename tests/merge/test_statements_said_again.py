"""A statement of intent that two sides make again and again ('agreed to deepen cooperation', 'pledged to widen
ties') is one act across two articles only where both tell one occasion, to a day or a week, or name one figure.
A formal agreement signed is a single act and is not bound so."""

from dossier.merge import coref
from dossier.merge.events import cluster_events
from dossier.merge.intervals import day
from dossier.merge.reports import Report

from tests.conftest import make_event

SIDES = (["aldovia"], ["brenmark"])


def _report(doc, published, issue="to deepen cooperation in farming", start=None, end=None, mode="agree",
            cameo="030", trigger="agreed", status="occurred", precision="day"):
    event = make_event(doc, 0, "AGREE", mode, *SIDES, start, end, status=status, trigger=trigger,
                       sentence=f"The two sides {trigger} {issue}.")
    update = {"issue": issue, "cameo": cameo}
    if event.date is not None:
        update["date"] = event.date.model_copy(update={"precision": precision})
    return Report(event.model_copy(update=update), day(published) if published else None)


def test_one_statement_told_months_apart_is_two_acts():
    june = _report("june", "2025-06-12")
    november = _report("november", "2025-11-20")
    assert coref.said_again(june.event) and coref.said_again(november.event)
    assert coref.incompatible(june, november) == "occasion"
    assert len(cluster_events([june, november])) == 2


def test_a_pledge_dated_to_the_month_meets_no_occasion():
    # 'in June the two leaders pledged …' told in a later article, and a June article's undated pledge
    recap = _report("recap", "2025-09-02", start="2025-06", end="2025-06", mode="pledge", trigger="pledged",
                    precision="month")
    june = _report("june", "2025-06-12", mode="pledge", trigger="pledged")
    assert coref.occasion(recap) is None
    assert coref.occasions(recap, june) is None
    assert coref.incompatible(recap, june) == "unpinned"


def test_one_statement_told_by_two_articles_of_one_week_stays_one():
    first = _report("wire-a", "2025-06-12")
    second = _report("wire-b", "2025-06-14", issue="to deepen their cooperation in farming")
    assert coref.occasions(first, second) == "one"
    assert coref.incompatible(first, second) is None
    assert len(cluster_events([first, second])) == 1


def test_a_statement_dated_to_its_day_meets_a_later_article_that_dates_it_so():
    told = _report("wire", "2025-06-12", start="2025-06-11")
    recap = _report("review", "2025-12-01", start="2025-06-11")
    assert coref.occasions(told, recap) == "one"
    assert coref.incompatible(told, recap) is None


def test_a_statement_dated_to_another_week_is_another_act():
    told = _report("wire", "2025-06-12", start="2025-06-11")
    other = _report("review", "2025-07-02", start="2025-06-30")
    assert coref.incompatible(told, other) in {"occasion", "time"}
    assert coref.occasions(told, other) == "two"


def test_a_shared_figure_names_one_act_whatever_the_occasion():
    first = _report("march", "2025-03-03", issue="to buy 15 freighters from Calder Yards")
    later = _report("april", "2025-04-21", issue="to purchase the 15 freighters")
    assert coref.incompatible(first, later) is None


def test_an_undated_report_in_an_article_of_unknown_date_is_pinned_to_no_occasion():
    dated = _report("wire", "2025-06-12")
    undated = _report("page", None)
    assert coref.occasion(undated) is None
    assert coref.incompatible(dated, undated) == "unpinned"
    # dated to its day, the report tells its occasion whatever its article's date
    pinned = _report("page", None, start="2025-11-03")
    assert coref.occasions(dated, pinned) == "two"


def test_an_article_whose_content_bounds_its_day_pins_a_statement_after_that_bound():
    june = _report("june", "2025-06-12")
    recap = _report("review", None)
    recap.written_after = day("2025-11-01")  # 'since the November summit': written in November or later
    assert coref.occasions(june, recap) == "two"
    later = _report("wire", "2025-11-20")
    assert coref.occasions(later, recap) == "one"


def test_a_statement_ruled_out_by_occasion_is_a_wall_and_one_not_pinned_only_scores_nothing():
    assert "occasion" in coref.VETOES and "unpinned" not in coref.VETOES


def test_a_signing_is_one_act_and_is_not_bound_to_an_occasion():
    # 'signed the fisheries accord' in a June article and a September one: the accord is signed once
    june = _report("june", "2025-06-12", issue="the fisheries accord", mode="sign", cameo="057", trigger="signed")
    later = _report("september", "2025-09-10", issue="the fisheries accord", mode="sign", cameo="057",
                    trigger="signed")
    assert not coref.said_again(june.event)
    # a signing is told by its mode where no CAMEO code comes with it
    assert not coref.said_again(june.event.model_copy(update={"cameo": None}))
    assert coref.incompatible(june, later) is None


def test_a_statement_and_a_signing_are_not_bound_by_the_rule():
    # 'agreed to train 2,000 nurses' and the signing of that accord a month later: the rule binds two statements
    agreed = _report("june", "2025-06-12", issue="to train nurses")
    signed = _report("july", "2025-07-15", issue="the training accord", mode="sign", cameo="057", trigger="signed")
    assert coref.incompatible(agreed, signed) is None


def test_two_statements_of_one_article_are_left_to_the_other_rules():
    first = _report("wire", "2025-06-12")
    again = Report(first.event.model_copy(update={"id": "wire:e1"}), day("2025-06-12"))
    assert coref.incompatible(first, again) is None
