"""The type model makes no act done in deeds (CAMEO's material cooperation or conflict: an attack, aid, a release)
of a verb of saying that reports a clause: the teller's act is one of words, and the deed the clause tells
("two men died when their bus crashed", "a soldier was wounded in shelling") has its own doer or none
(`coder.DEEDS`). An act of words on the same verb, and a deed a verb of saying names as its object ("declared a
state of emergency"), stay the model's to add."""

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
    "Bolivia's interior ministry said that a fire at a customs depot had destroyed forty trucks.",
])
def test_no_attack_made_of_the_teller_of_a_death_or_a_crash(code, sure_of, text):
    with sure_of("ASSAULT"):
        events, _ = code(text, "2023-05-14")
    assert "ASSAULT" not in [e.type for e in events]


def test_no_aid_made_of_the_teller_of_aid_given_by_others(code, sure_of):
    with sure_of("AID"):
        events, _ = code("Ecuador's health ministry said that hospitals in the north were short of oxygen.",
                         "2023-05-14")
    assert "AID" not in [e.type for e in events]


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
    ("The junta declared a state of emergency.", False),
    ("The ministry announced new aid for the flooded provinces.", False),
])
def test_a_verb_of_saying_reports_a_clause_or_names_its_act(nlp, text, reports):
    doc = nlp(text)
    root = next(doc.sents).root
    assert coder_module._reports_clause(root) is reports
