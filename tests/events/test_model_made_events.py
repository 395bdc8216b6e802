"""Where no rule fired, the type model adds an event only on a verb that does something to someone or says
something, and never on a question (issue 10, coder round 9)."""

from __future__ import annotations

import pytest

from dossier.events import coder as coder_module
from dossier.events.classifier import NONE
from dossier.events.component import coding_with


class _SureOfAssault:
    """A type model that takes every sentence for an attack, a little below the point where it is sure of it."""

    def scores_many(self, batch):
        return [{"ASSAULT": -0.3, "ACCUSE": -0.9, NONE: -1.0} for _ in batch]


@pytest.fixture
def sure_model(nlp, monkeypatch):
    monkeypatch.setattr(coder_module, "CREATE_AT", -0.6)
    with coding_with(nlp, types=_SureOfAssault()):
        yield


def _sentence_root(nlp, text):
    return next(nlp(text).sents).root


@pytest.mark.parametrize("text", ["The senator turned to his followers in Nairobi.",
                                  "Kenyan farmers stand to lose most from the new levy.",
                                  "Clinics in Mombasa must scale down to emergency care."])
def test_no_model_made_event_on_a_verb_that_does_nothing_to_anyone(code, sure_model, text):
    events, _ = code(text, "2019-11-18")
    assert events == []


def test_a_question_reports_no_act(code, sure_model):
    events, _ = code("Will Kenya's senators outmanoeuvre the Ugandan delegation?", "2019-11-18")
    assert events == []


def test_the_model_still_adds_an_event_on_a_verb_with_an_object(code, sure_model):
    events, actors = code("Kenya's senators outmanoeuvred the Ugandan delegation.", "2019-11-18")
    assert [e.type for e in events] == ["ASSAULT"]


@pytest.mark.parametrize("text, done", [("Kenya summoned the Ugandan envoy.", True),
                                         ("Kenya said that Uganda had closed the border.", True),
                                         ("The minister was attacked by protesters.", True),
                                         ("The senator turned to his followers.", False),
                                         ("A million people have been displaced since December.", False)])
def test_a_verb_done_to_someone_has_an_object_a_clause_or_an_agent(nlp, text, done):
    assert coder_module._done_to(_sentence_root(nlp, text)) is done
