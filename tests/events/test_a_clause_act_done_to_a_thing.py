"""An agreement or a meeting told in a relative or a reported clause whose object is a thing that names no actor
("the law, which X signed", "said X would sign the budget"): the role model fills its empty target only from inside
the clause (roles.model.thing_object), not with a mention the clause hangs on (the court that may strike the law
down). An act about a thing (praise) is not read so: the thing's owner may be told anywhere. Sentences written for
these tests."""

import pytest

from dossier.events.actors import Resolver
from dossier.events.roles.model import thing_object
from tests.events.conftest import names


def _verb(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, verb", [
    ("The senator hopes the Kenyan Supreme Court strikes down the law, which Ruto signed in 2015.", "signed"),
    ("Uganda's president said Kenya would sign the budget next week.", "sign"),
    ("Kenya welcomed the accord that Uganda signed on Monday.", "signed"),
])
def test_a_clause_act_on_a_thing_is_read_so(nlp, text, verb):
    doc = nlp(text)
    assert thing_object(_verb(doc, verb), "AGREE", Resolver(doc))


@pytest.mark.parametrize("text, verb", [
    # the main clause's act: its target may be anywhere in the sentence
    ("Kenya and Uganda signed the accord on Monday.", "signed"),
    # an infinitive shares the main verb's parties ("agreed with Uganda to sign")
    ("Kenya agreed with Uganda to sign the accord next week.", "sign"),
    # the object is an actor
    ("Uganda's president said Kenya would meet Tanzania next week.", "meet"),
    # a passive clause has no object of its own
    ("Kenya welcomed the accord that was signed by Uganda on Monday.", "signed"),
    # no object
    ("Uganda's president said Kenya would retaliate next week.", "retaliate"),
    # a meeting held or hosted: its parties may be told anywhere
    ("The Kenyan minister, who hosted the talks, said Uganda's proposals were useful.", "hosted"),
])
def test_other_acts_are_not(nlp, text, verb):
    doc = nlp(text)
    assert not thing_object(_verb(doc, verb), "AGREE", Resolver(doc))


def test_praise_of_a_thing_is_not(nlp):
    doc = nlp("The president toured Chinese car plants and rode a fast train, which she praised for its speed.")
    assert not thing_object(_verb(doc, "praised"), "SUPPORT", Resolver(doc))


def test_the_signer_of_a_treaty_signs_with_nobody_the_sentence_names_outside_the_clause(code):
    # (a treaty: a law signed is enacted at home, no agreement, since round 46: test_laws_signed.py)
    events, actors = code("The senator hopes the Kenyan Supreme Court strikes down the treaty, which Ruto signed in "
                          "2023.")
    signed = [e for e in events if e.trigger == "signed"]
    assert signed and all(not names(e.target, actors) & {"Supreme Court", "Kenyan Supreme Court"} for e in signed)
