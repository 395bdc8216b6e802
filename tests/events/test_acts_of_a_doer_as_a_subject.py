"""A noun of an act done to what its "of" phrase names ("the Soviet occupation of X") is the act of the doer named
before it, also as a subject: the resolver (events/actors.py `many`) no longer reads it as the "of" phrase's actor. A
noun of a body keeps its "of" owner ("the government of X"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.model import Document
from dossier.pipeline import process


@pytest.fixture(scope="module")
def coded(nlp):
    def run(text: str):
        result = next(process([Document(id="t", source="t", text=text, published="1985-05-02")], nlp=nlp))
        names = {e.id: e.name for e in result.entities}
        return [(e.type, [names.get(i) for i in e.source], [names.get(i) for i in e.target]) for e in result.events]
    return run


def test_an_occupation_as_a_subject_is_its_doer_s(coded):
    events = coded("The Soviet occupation of Mongolia threatens China, the minister said.")
    assert ("THREATEN", ["Soviet Union"], ["China"]) in events
    assert not any("Mongolia" in source for _, source, _ in events)


def test_a_body_of_a_state_keeps_its_of_owner(coded):
    events = coded("The government of Chad accused Libya of arming the rebels.")
    assert any(kind == "ACCUSE" and source == ["Chad"] and target == ["Libya"] for kind, source, target in events)
