"""Where no rule fired, the type model adds no event on what befell someone with nobody named doing it (unless it is
sure of the type), and none on a question (issue 10, coder round 9)."""

from __future__ import annotations

import pytest

from dossier.events import coder as coder_module
from dossier.events import no_event
from dossier.events.classifier import NONE
from dossier.events.component import coding_with


class _FairlySureOfAssault:
    """A type model that takes every sentence for an attack, a little below the point where it is sure of it."""

    margin = -0.3

    def scores_many(self, batch):
        return [{"ASSAULT": self.margin, "ACCUSE": -0.9, NONE: -1.0} for _ in batch]


@pytest.fixture
def fairly_sure(nlp, monkeypatch):
    monkeypatch.setattr(coder_module, "CREATE_AT", -0.6)
    model = _FairlySureOfAssault()
    with coding_with(nlp, types=model):
        yield model


def test_no_model_made_event_on_a_passive_without_an_agent(code, fairly_sure):
    events, _ = code("Thousands of Kenyan villagers have been uprooted from the border since March.", "2019-11-18")
    assert events == []


def test_a_model_sure_of_its_type_may_add_an_event_on_such_a_passive(code, fairly_sure):
    fairly_sure.margin = 0.2
    events, _ = code("Thousands of Kenyan villagers have been uprooted from the border since March.", "2019-11-18")
    assert [e.type for e in events] == ["ASSAULT"]


def test_a_question_reports_no_act(code, fairly_sure):
    events, _ = code("Will Kenya's senators outmanoeuvre the Ugandan delegation?", "2019-11-18")
    assert events == []


def test_the_model_still_adds_an_event_with_its_doer(code, fairly_sure):
    events, actors = code("Kenya's senators outmanoeuvred the Ugandan delegation.", "2019-11-18")
    assert [e.type for e in events] == ["ASSAULT"]
    assert events[0].source


@pytest.mark.parametrize("text, agentless", [("Villagers were displaced from the border.", True),
                                             ("The envoy was attacked by protesters.", False),
                                             ("Kenya will receive aid from its neighbours.", False)])
def test_an_agentless_passive_is_read_from_the_verbs_dependents(nlp, text, agentless):
    assert no_event.agentless_passive(next(nlp(text).sents).root) is agentless


@pytest.mark.parametrize("text, asks", [("Will Kenya tax the rich?", True), ("Kenya taxed the rich.", False),
                                        ('He asked: "Who sent the troops?"', True)])
def test_a_question_is_read_from_its_last_mark(nlp, text, asks):
    assert no_event.asks(list(nlp(text).sents)[-1]) is asks
