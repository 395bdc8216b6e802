"""Words of support or praise (CAMEO 050-053) and telephone calls (CAMEO 041) are acts that sides do again and again,
like statements of intent: two articles' reports of one are one act only where both pin it to one week. A visit, a
meeting, a recognition are not bound so (`merge/data/said_again.yaml`)."""

from dossier.merge import coref
from dossier.merge.events import cluster_events
from dossier.merge.intervals import day
from dossier.merge.reports import Report

from tests.conftest import make_event

SIDES = (["aldovia"], ["brenmark"])


def _report(doc, published, type_="SUPPORT", mode="endorse", cameo="051", trigger="backed", start=None,
            sentence="Aldovia backed Brenmark's bid to host the regional games.", issue=None):
    event = make_event(doc, 0, type_, mode, *SIDES, start, status="occurred", trigger=trigger, sentence=sentence)
    return Report(event.model_copy(update={"cameo": cameo, "issue": issue}), day(published) if published else None)


def test_support_voiced_in_spring_and_in_autumn_is_two_acts():
    spring = _report("spring", "2025-04-03")
    autumn = _report("autumn", "2025-10-15")
    assert coref.said_again(spring.event)
    assert coref.incompatible(spring, autumn) == "occasion"
    assert len(cluster_events([spring, autumn])) == 2


def test_praise_told_by_two_articles_of_one_week_stays_one():
    sentence = "The Aldovian premier praised Brenmark for its handling of the flood."
    first = _report("wire-a", "2025-05-20", mode="praise", trigger="praised", sentence=sentence)
    second = _report("wire-b", "2025-05-22", mode="praise", trigger="praised", sentence=sentence)
    assert coref.occasions(first, second) == "one"
    assert coref.incompatible(first, second) is None
    assert len(cluster_events([first, second])) == 1


def test_a_defence_of_a_partner_and_a_rallying_of_support_recur_too():
    assert coref.said_again(_report("a", "2025-01-01", mode="defend", cameo="052").event)
    assert coref.said_again(_report("a", "2025-01-01", mode="rally", cameo="053").event)
    assert coref.said_again(_report("a", "2025-01-01", mode="boost", cameo="050").event)


def test_a_recognition_an_apology_and_a_pardon_are_given_once():
    for mode, cameo in (("recognize", "054"), ("apologize", "055"), ("forgive", "056")):
        first = _report("march", "2025-03-02", mode=mode, cameo=cameo)
        later = _report("august", "2025-08-19", mode=mode, cameo=cameo)
        assert not coref.said_again(first.event)
        assert coref.incompatible(first, later) != "occasion"


def test_without_a_code_the_mode_tells_what_recurs():
    praise = _report("a", "2025-01-01", mode="praise", cameo=None)
    recognition = _report("a", "2025-01-01", mode="recognize", cameo=None)
    call = _report("a", "2025-01-01", type_="CONSULT", mode="phone", cameo=None)
    assert coref.said_again(praise.event) and coref.said_again(call.event)
    assert not coref.said_again(recognition.event)


def test_phone_calls_months_apart_are_two_calls_and_one_call_told_twice_is_one():
    sentence = "The Aldovian president spoke by telephone with the Brenmark leader about the harvest."
    kwargs = dict(type_="CONSULT", mode="phone", cameo="041", trigger="spoke", sentence=sentence)
    january = _report("january", "2025-01-14", **kwargs)
    june = _report("june", "2025-06-09", **kwargs)
    next_day = _report("wire", "2025-01-15", **kwargs)
    assert coref.incompatible(january, june) == "occasion"
    assert coref.occasions(january, next_day) == "one"
    assert len(cluster_events([january, next_day])) == 1


def test_a_visit_reported_twice_a_day_apart_still_merges_and_is_not_bound():
    sentence = "The Aldovian president arrived in Brenmark for a three-day state visit."
    kwargs = dict(type_="CONSULT", mode="visit", cameo="042", trigger="arrived", sentence=sentence)
    first = _report("wire-a", "2025-09-01", **kwargs)
    second = _report("wire-b", "2025-09-02", **kwargs)
    assert not coref.said_again(first.event)
    assert coref.incompatible(first, second) is None
    assert len(cluster_events([first, second])) == 1
    # nor is a meeting told months apart walled off by the occasion rule (its dates decide)
    later = _report("review", "2025-12-01", type_="CONSULT", mode="meet", cameo="040", trigger="met")
    meeting = _report("wire-a", "2025-09-01", type_="CONSULT", mode="meet", cameo="040", trigger="met")
    assert coref.incompatible(meeting, later) != "occasion"


def test_support_statements_within_one_article_are_left_to_the_other_rules():
    first = _report("wire", "2025-06-12")
    again = Report(first.event.model_copy(update={"id": "wire:e1"}), day("2025-06-12"))
    assert coref.incompatible(first, again) is None


def test_support_pinned_to_no_week_is_left_to_the_score_and_an_agreement_is_not():
    # an undated report in an article of unknown date: nothing pins it to the other report's week
    dated = _report("wire", "2025-06-12")
    page = _report("page", None)
    assert coref.occasions(dated, page) is None
    assert coref.incompatible(dated, page) is None
    agreed = dict(type_="AGREE", mode="agree", cameo="030", trigger="agreed")
    assert coref.incompatible(_report("wire", "2025-06-12", **agreed), _report("page", None, **agreed)) == "unpinned"
