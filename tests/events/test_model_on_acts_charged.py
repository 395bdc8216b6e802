"""The type model makes no event, and retypes none, into an act the sentence tells as another's claim: the act a
person is charged with, pleads guilty to, is accused of or denies (the non-event contexts of data/non_events.yaml,
`coder._CLAIMED_ACT_CONTEXTS`). The rules code the charge, the plea or the denial and leave the act alleged; the
model, which reads the sentence's words, read "attacking" in "pleaded guilty to attacking" as the plea's type."""

from __future__ import annotations

import pytest

from dossier.events import coder as coder_module
from dossier.events.classifier import NONE
from dossier.events.component import coding_with


class _Sure:
    """A type model sure of one type for every sentence, far ahead of every other class."""

    def __init__(self, label: str):
        self.label = label

    def scores_many(self, batch):
        return [{"ASSAULT": -0.9, "ACCUSE": -0.9, "THREATEN": -0.9, "YIELD": -0.9, NONE: -1.0, self.label: 0.6}
                for _ in batch]


@pytest.fixture
def sure_of(nlp):
    def use(label):
        return coding_with(nlp, types=_Sure(label))
    return use


def _types(events):
    return sorted(e.type for e in events)


def test_no_attack_made_of_the_plea_to_an_attack(code, sure_of):
    with sure_of("ASSAULT"):
        events, _ = code("A Chadian gunman pleaded guilty to attacking a police post near the Sudanese border.",
                         "2023-03-09")
    assert "ASSAULT" not in _types(events)


def test_no_threat_made_of_the_plea_to_a_threat(code, sure_of):
    with sure_of("THREATEN"):
        events, _ = code("A Bolivian trucker pleaded guilty to threatening a Peruvian customs officer.", "2023-03-09")
    assert "THREATEN" not in _types(events)


def test_the_charge_is_not_retyped_into_the_act_charged(code, sure_of):
    with sure_of("ASSAULT"):
        events, _ = code("A Danish sailor was charged in Oslo with murdering two Swedish fishermen.", "2023-03-09")
    assert _types(events) == ["ACCUSE"]


def test_the_denial_is_not_retyped_into_the_act_denied(code, sure_of):
    with sure_of("ASSAULT"):
        events, _ = code("Ethiopia denied that its jets had bombed Eritrean villages along the border.", "2023-03-09")
    assert _types(events) == ["ACCUSE"]


def test_the_plea_itself_may_still_be_read_by_the_model(code, sure_of):
    with sure_of("YIELD"):  # a plea of guilty as a concession: not the act charged, so the model may add it
        events, _ = code("A Chadian gunman pleaded guilty to attacking a police post near the Sudanese border.",
                         "2023-03-09")
    assert _types(events) == ["CONCEDE"]


def test_an_attack_told_as_done_is_still_the_models_to_add(code, sure_of, monkeypatch):
    monkeypatch.setattr(coder_module, "CREATE_AT", -0.6)
    with sure_of("ASSAULT"):  # no claim in the sentence: the guard does not apply
        events, _ = code("Kenya's senators outmanoeuvred the Ugandan delegation.", "2019-11-18")
    assert _types(events) == ["ASSAULT"]


@pytest.mark.parametrize("text, claimed", [
    ("A Danish sailor was charged with murdering two Swedish fishermen.", True),
    ("Ethiopia denied that its jets had bombed Eritrean villages along the border.", True),
    ("A Chadian gunman pleaded guilty to attacking a police post near the Sudanese border.", True),
    ("A Danish sailor murdered two Swedish fishermen.", False),
    ("Ethiopian jets bombed Eritrean villages along the border.", False),
])
def test_acts_told_as_a_claim_are_found_by_the_non_event_contexts(nlp, text, claimed):
    coder = nlp.get_pipe("dossier_events").coder
    assert ("ASSAULT" in coder._claimed_acts(next(nlp(text).sents))) is claimed


def test_acts_claimed_are_those_of_each_sentence_of_a_longer_text(nlp):
    coder = nlp.get_pipe("dossier_events").coder
    doc = nlp("Chad closed its border with Sudan on Monday. A Chadian gunman pleaded guilty to attacking a police "
              "post near the Sudanese border.")
    first, second = list(doc.sents)
    assert coder._claimed_acts(first) == set()
    assert "ASSAULT" in coder._claimed_acts(second)


def test_no_attack_made_of_a_plea_told_after_another_sentence(code, sure_of):
    with sure_of("ASSAULT"):
        events, _ = code("Chad closed its border with Sudan on Monday. A Chadian gunman pleaded guilty to attacking "
                         "a police post near the Sudanese border.", "2023-03-09")
    assert not [e for e in events if e.type == "ASSAULT" and "pleaded" in (e.trigger or "")]


def test_the_claims_read_the_matches_the_triggers_were_found_by(code, sure_of, monkeypatch):
    """Asking which acts a doc tells as claims reuses the matcher's reading of that doc (its parse and actors are
    the same), rather than matching every word of it again; the plea's act stays unmade as before."""
    with sure_of("ASSAULT") as component:
        matcher = component.coder.matcher
        calls = []
        real = type(matcher).__call__
        monkeypatch.setattr(type(matcher), "__call__",
                            lambda self, span, *heeded: calls.append(bool(self.contexts)) or real(self, span, *heeded))
        events, _ = code("A Chadian gunman pleaded guilty to attacking a police post near the Sudanese border.",
                         "2023-03-09")
    assert "ASSAULT" not in _types(events)
    assert calls.count(True) == 1, calls  # with the non-event contexts: once, for the triggers
