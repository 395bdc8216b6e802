"""The type model makes no act done in deeds (CAMEO's material cooperation or conflict: an attack, aid, a release)
of a verb of saying whose reported clause the rules judged no act ("police said two men died when their bus
crashed": what befell them, no deed of the police; `coder.DEEDS`, `no_event.reports_silenced`). An act of words on
the same verb, a deed a teller reports of its own side ("said its warplanes hit two ships") and a deed a verb of
saying names as its object ("declared war") stay the model's to add."""

from __future__ import annotations

import pytest

from dossier.events import coder as coder_module
from dossier.events.no_event import reports_silenced
from dossier.events.classifier import NONE
from dossier.events.component import coding_with


class _Sure:
    """A type model sure of one type for every sentence, far ahead of every other class."""

    def __init__(self, label: str):
        self.label = label

    def scores_many(self, batch):
        return [{"ASSAULT": -0.9, "ACCUSE": -0.9, "AID": -0.9, "REJECT": -0.9, NONE: -1.0, self.label: 0.6}
                for _ in batch]


@pytest.fixture
def sure_of(nlp, monkeypatch):
    monkeypatch.setattr(coder_module, "CREATE_AT", -0.6)

    def use(label):
        return coding_with(nlp, types=_Sure(label))
    return use


def _made(events, trigger: str) -> list[str]:
    return sorted(e.type for e in events if e.trigger == trigger)


@pytest.mark.parametrize("text", [
    "Police in Arequipa said two farmers died when their truck crashed into a ravine.",
    "Two farmers died when their truck plunged into a ravine, the regional police said on Sunday.",
    "Hospital officials in Quito said the former vice president died after a long illness.",
])
def test_no_attack_made_of_the_teller_of_a_death(code, sure_of, text):
    with sure_of("ASSAULT"):
        events, _ = code(text, "2023-05-14")
    assert "ASSAULT" not in [e.type for e in events]


def test_no_aid_made_of_the_teller_of_a_death(code, sure_of):
    with sure_of("AID"):
        events, _ = code("Ecuador's health ministry said that three nurses died of the fever in the northern province.",
                         "2023-05-14")
    assert "AID" not in [e.type for e in events]


def test_a_deed_a_teller_reports_of_its_own_side_is_still_made(code, sure_of):
    with sure_of("ASSAULT"):  # the rules leave "shelled" to the model here; the teller's forces are its doers
        events, _ = code("Armenia said its artillery units shelled the hills overnight.", "2023-05-14")
    assert "ASSAULT" in [e.type for e in events]


def test_an_act_of_words_on_a_verb_of_saying_is_still_made(code, sure_of):
    with sure_of("ACCUSE"):  # the teller blames: an act of words, the model's to add
        events, _ = code("Colombia's defence minister said the guerrillas were behind the pipeline blast.",
                         "2023-05-14")
    assert _made(events, "said") == ["ACCUSE"]


def test_a_deed_named_as_the_object_of_a_verb_of_saying_is_still_made(code, sure_of):
    with sure_of("ASSAULT"):  # "declared" names the act itself, no clause reported
        events, _ = code("The Chadian junta declared war on the northern rebels.", "2023-05-14")
    assert _made(events, "declared") == ["ASSAULT"]


@pytest.mark.parametrize("text, reports", [
    ("Police said two farmers died in the crash.", True),
    ("Two farmers died in the crash, police said.", True),
    ("Police said two farmers were hurt in the crash.", True),  # "hurt": no act here either (none.yaml)
    ("The minister said the government would pay the farmers' debts.", False),
    ("The minister said a first shipment of Peruvian copper will leave for Shanghai next week.", False),
    ("The junta declared a state of emergency.", False),
    ("Chilean authorities declared a curfew in the port to begin at dusk on Friday.", False),
])
def test_which_verbs_of_saying_report_a_clause_the_rules_silenced(nlp, text, reports):
    comp = nlp.get_pipe("dossier_events")
    doc = nlp(text)
    _, silent = comp.coder._triggers(doc)
    root = next(doc.sents).root
    assert reports_silenced(root, silent) is reports
