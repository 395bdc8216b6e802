"""An act named by the object of a verb of getting is done by the noun's own doer to the verb's subject ("X has the
endorsement of Y": Y endorses X; receiving.received_act). Sentences written for these tests."""

from dossier.events.actors import Resolver
from dossier.events.roles.receiving import received_act
from tests.events.conftest import only


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_the_one_who_has_an_endorsement_is_its_target(code):
    events, actors = code("Ruto has the endorsement of the Kenyan ruling party.")
    event = only(events, "SUPPORT")
    assert [(actors[i].kind, actors[i].country) for i in event.target] == [("person", "KEN")]
    assert all(actors[i].country == "KEN" and actors[i].kind != "person" for i in event.source)


def test_talks_one_has_with_another_are_the_subjects_own(code):
    events, actors = code("Ruto had talks with Japan's prime minister on Monday.")
    event = only(events, "CONSULT")
    assert [actors[i].country for i in event.source] == ["KEN"]
    assert [actors[i].country for i in event.target] == ["JPN"]


def test_a_verb_of_getting_gives_the_nouns_doer_as_source(nlp):
    doc = nlp("Kenya won the backing of Uganda.")
    resolver = Resolver(doc)
    gov, noun = _token(doc, "won"), _token(doc, "Uganda")
    assert [t.text for t in received_act(gov, [noun], [_token(doc, "Kenya")], resolver)] == ["Uganda"]


def test_no_act_received_from_the_subject_itself_or_by_other_verbs(nlp):
    doc = nlp("Kenya won its own backing and praised the support of Uganda.")
    resolver = Resolver(doc)
    kenya = _token(doc, "Kenya")
    assert received_act(_token(doc, "won"), [_token(doc, "its")], [kenya], resolver) is None
    assert received_act(_token(doc, "praised"), [_token(doc, "Uganda")], [kenya], resolver) is None
