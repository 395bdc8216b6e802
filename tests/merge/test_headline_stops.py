"""The merge's headline test (`coref._headline`: a sentence without a final stop) reads the closing marks of a
page's prose line from events/data/relevance.yaml (`headings`), the one list both stages keep."""

from dossier.events.headings import _marks
from dossier.merge import coref
from dossier.merge.reports import Report

from tests.conftest import make_event


def _report(sentence: str) -> Report:
    return Report(make_event("page", 0, "COERCE", "arrest", ["agent:VAL:POL"], [], None, sentence=sentence,
                             trigger="held"), None)


def test_a_line_without_a_stop_is_a_headline():
    assert coref._headline(_report("Ferry captain held after harbour collision"))
    assert coref._headline(_report("Ferry captain held after harbour collision [VIDEO]"))


def test_every_closing_mark_and_an_ellipsis_end_prose():
    closing, ellipses = _marks()
    assert closing and ellipses
    for mark in closing:
        assert not coref._headline(_report("The ferry captain was held after the collision" + mark))
    for cut in ellipses:
        assert not coref._headline(_report("The ferry captain was held after the collision" + cut))
    assert not coref._headline(_report("The captain was held, the harbour master said [in a statement]"))
