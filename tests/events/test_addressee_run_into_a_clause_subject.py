"""A name right after a verb of telling that the parser ran into the subject of the clause told ("told Reuters relief
convoys had been sent": Reuters as a modifier of "convoys") is the one told, not a name of that subject: the subject
takes no actor from it (events/actors.py `_misread_addressee`), and the news agency is no side of the act told. A
name inside the subject after another word ("told reporters that UN convoys…") still names it. Sentences written for
these tests."""

import pytest

from dossier.events.actors import Resolver
from tests.events.conftest import names


@pytest.mark.parametrize("text", [
    "A spokesman told Reuters food supplies had been delivered to the refugees.",
    "Officials told Reuters relief convoys had been sent to the stricken province with tents and blankets.",
    "Diplomats told Reuters rebel fighters had been attacked near the airport.",
])
def test_the_agency_told_is_no_side(code, text):
    events, actors = code(text)
    assert all("Reuters" not in names(e.source + e.target, actors) for e in events)


@pytest.mark.parametrize("text, noun, actor", [
    ("Health officials told Reuters medical teams had been sent to the flooded districts.", "teams", None),
    ("Officials told Reuters UN relief convoys had been sent to the stricken province.", "convoys",
     "org:united-nations"),
    ("Officials told reporters that UN relief convoys had been sent to the stricken province.", "convoys",
     "org:united-nations"),
])
def test_the_clause_subject_keeps_only_its_own_names(nlp, text, noun, actor):
    doc = nlp(text)
    assert Resolver(doc).one(next(t for t in doc if t.text == noun)) == actor
