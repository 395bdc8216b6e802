"""A sentence's main verb that the parser hung as a clausal complement on the verb of a relative clause before it,
taking the relative verb's object for its subject ("The decision that has angered the Ugandan government attracted
criticism": "the government attracted criticism"), has the sentence's noun for its subject
(doers.misread_main_subject), and the role model takes the relative verb's object for no party to the main act
(role_model.misread_object). Sentences written for these tests."""

import pytest

from dossier.events.roles import doers
from tests.events.conftest import names


def _verb(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, verb, subject", [
    ("The decision that has angered the Ugandan government attracted criticism from Kenya.", "attracted",
     "decision"),
    ("The minister whose ministry has angered the unions met the Kenyan president on Monday.", "met", "minister"),
])
def test_the_sentences_noun_is_the_subject_of_the_misread_main_verb(nlp, text, verb, subject):
    doc = nlp(text)
    assert [t.text for t in doers.subject_tokens(_verb(doc, verb))] == [subject]


@pytest.mark.parametrize("text, verb", [
    # a verb of saying or thinking does govern a clause
    ("The report that officials believe Kenya sent troops to the border.", "sent"),
    # a clause opened by "that"
    ("The envoy who feared that Kenya would attack the port.", "attack"),
    # a clause with a modal, as a verb of fearing governs
    ("The envoy who feared Kenya would attack the port.", "attack"),
    # an infinitive is no main verb
    ("The new Kenyan system, a device that allows clerks to merge old records into new files.", "merge"),
    # the parser found the main verb
    ("The plan that has divided the Nigerian cabinet won praise from the World Bank.", "won"),
])
def test_a_complement_or_a_main_verb_read_right_is_left_alone(nlp, text, verb):
    assert doers.misread_main_subject(_verb(nlp(text), verb)) is None


def test_the_relative_verbs_object_is_no_party_to_the_main_act(code):
    events, actors = code("The minister whose ministry has angered the unions met the Kenyan president on Monday.")
    meetings = [e for e in events if e.type == "CONSULT"]
    assert meetings and not any(actors[i].cameo and actors[i].cameo.endswith("LAB")
                                for m in meetings for i in m.source + m.target if i in actors)
