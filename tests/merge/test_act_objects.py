"""What an act is done to, as the merge reads it (`coref.act_object`): the roles stage's `Event.issue`, unless that
phrase is a time phrase (it dates the act) or a pronoun (it points at a word told elsewhere)."""

from dossier.merge import coref
from dossier.merge.events import Cluster, merge_cluster
from dossier.merge.intervals import day
from dossier.merge.reports import Report

from tests.conftest import make_event


def _event(n, issue, doc="d1", mode="sign", trigger="signed"):
    event = make_event(doc, n, "AGREE", mode, ["velmora"], ["ostrava"], "2025-03-13", trigger=trigger)
    return event.model_copy(update={"issue": issue})


def test_a_time_phrase_is_no_object():
    for phrase in ("Thursday", "last week", "June 26", "Monday morning", "recent weeks", "the past few months",
                   "early next week", "the end of March"):
        assert coref.act_object(_event(0, phrase)) is None, phrase
        assert not coref.object_words(_event(0, phrase)) and not coref.figures(_event(0, phrase))


def test_a_pronoun_is_no_object():
    for word in ("that", "which", "it", "them"):
        assert coref.act_object(_event(0, word)) is None, word


def test_objects_that_name_a_thing_stay():
    for phrase in ("the end of the war", "its 1984 accounts", "a loan of 45 mln dlrs", "the accord",
                   "to widen cooperation in health care", "the fall of the coalition", "to end it"):
        assert coref.act_object(_event(0, phrase)) == phrase


def test_a_date_taken_for_an_object_parts_no_two_reports_of_one_signing():
    # 'signed the pact on Thursday morning' and, further on, 'the pact they signed to widen trade in farm goods':
    # the first phrase dates the signing; read as an object it would share no word with the second
    dated = _event(0, "Thursday morning")
    described = _event(1, "to widen trade in farm goods")
    assert not coref.objects_differ(dated, described)
    reports = [Report(e, day("2025-03-14")) for e in (dated, described)]
    assert coref.incompatible(*reports) is None


def test_the_merged_event_takes_an_object_that_names_a_thing():
    first = _event(0, "that", doc="d1")
    second = _event(0, "a protocol on farm exports", doc="d2")
    third = _event(0, "Thursday", doc="d3")
    reports = [Report(e, day("2025-03-14")) for e in (first, third, second)]
    merged, _ = merge_cluster(Cluster(reports))
    assert merged.issue == "a protocol on farm exports"


def test_the_merged_event_has_no_object_when_no_report_names_one():
    reports = [Report(_event(0, "that", doc="d1"), day("2025-03-14")),
               Report(_event(0, "on Friday", doc="d2"), day("2025-03-14"))]
    merged, _ = merge_cluster(Cluster(reports))
    assert merged.issue is None
