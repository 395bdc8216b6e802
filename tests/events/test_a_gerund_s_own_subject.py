"""A gerund clause with a subject of its own after a preposition ("objected to Moscow opening an inquiry",
"would have objected to Pakistan launching an investigation"), which the parser hangs on the verb, is done by that
subject, not by the verb's (events/roles/doers.py `gerund_subject`, data/addressees.yaml `gerund_subjects`). A
participle after a place ("arrived in Kenya seeking refuge") and "accused X of arming" are not such clauses.
Sentences written here."""

from __future__ import annotations

import pytest

from dossier.events.roles.doers import gerund_subject
from tests.events.conftest import only


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


@pytest.mark.parametrize("text, doer, objector", [
    ("Paris said it would have objected to Moscow opening an inquiry into the French bank.", "RUS", "FRA"),
    ("The Indian minister later said he would have objected to Pakistan launching an investigation into the "
     "American contractor.", "PAK", "IND"),
])
def test_the_gerund_s_own_subject_does_it(code, text, doer, objector):
    events, actors = code(text)
    event = only(events, "ACCUSE")
    assert _countries(event.source, actors) == {doer}, (event.source, event.target)
    assert objector not in _countries(event.source, actors)


@pytest.mark.parametrize("text, verb", [
    ("Hundreds of families arrived in Kenya seeking refuge from the fighting.", "seeking"),
    ("The peacekeepers withdrew from Sinai allowing the army to move north.", "allowing"),
    ("Britain accused Iran of arming the rebels.", "arming"),
])
def test_no_own_subject_after_a_place_or_of(nlp, text, verb):
    doc = nlp(text)
    assert gerund_subject(next(t for t in doc if t.text == verb)) is None
