"""The act a sentence reports is the one that governs the others (issue 10, coder round 9): a request, an offer, a
promise, a refusal or a threat whose complement is another act is coded as itself, not as the act asked for,
offered, promised, refused or threatened."""

from __future__ import annotations

import pytest

from dossier.events import coder as coder_module
from dossier.events.clauses import governs_act


@pytest.fixture
def eager_model(monkeypatch):
    """A type model that would retype any hand-written entry it disagrees with."""
    monkeypatch.setattr(coder_module, "HAND_MARGIN", -10.0)
    monkeypatch.setattr(coder_module, "RETYPE_AT", -10.0)


@pytest.mark.parametrize("text", ["Ghana asked Togo to withdraw its soldiers from the border villages.",
                                  "Ghana urged Togo to pull its troops back from the frontier.",
                                  "Ghana called on Togo to accept the mediators' plan."])
def test_a_request_for_an_act_stays_a_request(code, text):
    events, actors = code(text, "2019-11-18")
    assert [e.type for e in events] == ["REQUEST"]
    assert {actors[i].name for i in events[0].target} == {"Togo"}


@pytest.mark.parametrize("text, kept", [("Ghana asked Togo to withdraw its soldiers from the border villages.", "REQUEST"),
                                        ("Ghana refused to withdraw its soldiers from the border villages.", "REJECT")])
def test_the_model_does_not_retype_a_request_or_refusal_into_the_act_it_governs(code, eager_model, text, kept):
    events, _ = code(text, "2019-11-18")
    assert [e.type for e in events] == [kept]


def test_only_an_act_with_another_act_as_its_complement_governs(nlp):
    # the guard reads the grammar: an act with no other act as its complement stays the model's to decide
    assert not governs_act(next(nlp("Ghana asked Togo for money.").sents).root)
    assert governs_act(next(nlp("Ghana asked Togo to pay its debts.").sents).root)
    assert governs_act(next(nlp("Ghana demanded that Togo pay its debts.").sents).root)


@pytest.mark.parametrize("text", ["Ghana pledged that it would send doctors to Togo.",
                                  "Ghana threatened that it would expel Togolese diplomats."])
def test_the_content_of_a_pledge_or_a_threat_is_no_act_of_its_own(code, text):
    events, actors = code(text, "2019-11-18")
    assert len(events) == 1 and events[0].type in ("AGREE", "THREATEN")
    assert events[0].status == "occurred"


@pytest.mark.parametrize("text, kept", [("Ghana urged Togo to try to persuade Benin to open the border.", "REQUEST"),
                                        ("Ghana refused to try to negotiate with Togo.", "REJECT")])
def test_an_act_governs_its_complement_through_verbs_that_name_no_act(code, text, kept):
    events, _ = code(text, "2019-11-18")
    assert [e.type for e in events] == [kept]
