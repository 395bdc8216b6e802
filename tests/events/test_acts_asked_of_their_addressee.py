"""The act an infinitive names under a verb of asking or urging is done by the one addressed, the verb's object or
the object of "on" after a verb of calling (events/roles/doers.py `addressee_of`, roles/data/addressees.yaml); not
under a verb whose subject does its infinitive's act, nor under a verb of ordering (the order is the act), nor
without an object, nor for a passive infinitive. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.events.roles.doers import addressee_of, stranded_finite, subject_tokens
from tests.events.conftest import names


def _verb(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, infinitive, doer", [
    ("Japan urged China to hold talks with Vietnam.", "hold", "China"),
    ("The senator urged the regulator to make a formal request for aid.", "make", "regulator"),
    ("France asked Germany to send troops to Mali.", "send", "Germany"),
    ("Kenya invited Uganda to join the talks.", "join", "Uganda"),
    ("The council called on Russia to withdraw its troops.", "withdraw", "Russia"),
])
def test_the_addressee_does_the_act_asked_of_it(nlp, text, infinitive, doer):
    doc = nlp(text)
    verb = _verb(doc, infinitive)
    assert verb.dep_ == "xcomp", [(t.text, t.dep_) for t in doc]
    assert [t.text for t in addressee_of(verb)] == [doer]
    assert [t.text for t in subject_tokens(verb)] == [doer]


@pytest.mark.parametrize("text, infinitive, doer", [
    ("Kenya promised Uganda to sign the treaty.", "sign", "Kenya"),  # the promiser signs
    ("Japan asked to meet Vietnam.", "meet", "Japan"),  # no one addressed: the asker meets
    ("Germany decided to expel the envoys.", "expel", "Germany"),  # no verb of asking
    # an order: the one who orders does the act the infinitive gives the kind of, to the object
    ("The government ordered the newspaper to suspend publication.", "suspend", "government"),
])
def test_the_subject_does_the_act_where_no_one_is_addressed(nlp, text, infinitive, doer):
    doc = nlp(text)
    verb = _verb(doc, infinitive)
    assert not addressee_of(verb)
    assert [t.text for t in subject_tokens(verb)] == [doer]


def test_a_passive_infinitive_is_not_done_by_the_object(nlp):
    doc = nlp("Germany urged the talks to be held in Geneva.")
    assert not addressee_of(_verb(doc, "held"))


def test_the_act_asked_of_a_state_has_it_for_its_source(code):
    events, actors = code("Japan urged China to hold talks with Vietnam.")
    talks = [e for e in events if e.type == "CONSULT"]
    assert talks and all(names(e.source, actors) == {"China"} and names(e.target, actors) == {"Vietnam"}
                         for e in talks)
    request = next(e for e in events if e.type == "REQUEST")
    assert names(request.source, actors) == {"Japan"} and names(request.target, actors) == {"China"}


@pytest.mark.parametrize("text, verb, doer", [
    # a finite verb the parser hung on the infinitive: the teller's, not the addressee's
    ("France asked Germany to send troops and pledged aid to Mali.", "pledged", "France"),
])
def test_a_finite_verb_joined_to_the_infinitive_has_the_outer_subject(nlp, text, verb, doer):
    doc = nlp(text)
    tok = _verb(doc, verb)
    assert stranded_finite(tok), [(t.text, t.dep_, t.head.text) for t in doc]
    assert [t.text for t in subject_tokens(tok)] == [doer]


def test_a_second_infinitive_has_the_addressee(nlp):
    doc = nlp("Japan urged China to cut tariffs and to hold talks with Vietnam.")
    hold = _verb(doc, "hold")
    assert not stranded_finite(hold)
    assert [t.text for t in subject_tokens(hold)] == ["China"]


def _asked_resolver(doc):
    from dossier.events.actors import Resolver
    from dossier.events.patterns import load_lexicon
    lex = load_lexicon()
    return Resolver(doc, pairs=lex.pairs, leader_titles=lex.leader_titles, reporting_verbs=lex.reporting_verbs)


@pytest.mark.parametrize("text, noun, doer, asker", [
    ("Senator Wilkins urged the Rural Lending Authority to make a formal request for federal help.", "request",
     "Authority", "Wilkins"),
    ("Japan urged China to make an offer to Vietnam.", "offer", "China", "Japan"),
])
def test_the_model_keeps_the_addressee_as_the_doer_of_a_noun_act_asked_of_it(nlp, text, noun, doer, asker):
    """A noun act whose light verb is asked of the addressee: the rules' source (the addressee) is the parse's
    reading of the verb of asking, which the role model's features do not hold (model.is_subject); the asker is
    not that source."""
    from dossier.events.roles.model import is_subject
    doc = nlp(text)
    resolver = _asked_resolver(doc)
    trigger = _verb(doc, noun)
    assert is_subject(trigger, resolver.many(_verb(doc, doer)), resolver)
    assert not is_subject(trigger, resolver.many(_verb(doc, asker)), resolver)


def test_a_noun_act_promised_is_not_guarded_for_the_one_promised_to(nlp):
    from dossier.events.roles.model import is_subject
    doc = nlp("Japan promised China to make an offer soon.")
    resolver = _asked_resolver(doc)
    assert not is_subject(_verb(doc, "offer"), resolver.many(_verb(doc, "China")), resolver)


def test_the_request_asked_of_a_regulator_keeps_the_regulator_as_its_doer(code):
    events, actors = code("Senator Wilkins urged the Rural Lending Authority (RLA), the lenders' overseer, "
                          "to make a formal request for federal help without delay.")
    request = next(e for e in events if e.trigger.endswith("request"))
    assert names(request.source, actors) == {"Rural Lending Authority"}
