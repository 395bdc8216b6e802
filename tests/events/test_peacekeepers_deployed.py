"""Peacekeepers who deploy, arrive or enter, and a deployment of troops on a peacekeeping mission, are military
protection given (aid.yaml, CAMEO 074), not a mobilisation; troops arriving and a deployment with no peacekeeping
phrase stay MOBILIZE, and peacekeepers going somewhere (perhaps home) name no aid. Round 37: the peacekeepers may be
what a group or a number of the subject is of ("the first units of Ruritanian peacekeeping troops", "dozens of
peacekeepers"), the subject of a verb the deploying is the complement of ("began deploying"), and the peacekeeping
phrase of a deployment may hang on the verb the deployment is the object of (matching.subject_words, subjects,
_preps_on_verb)."""

import pytest

from dossier.events.matching import subject_words, subjects


@pytest.mark.parametrize("text, word", [
    ("Ruritania announced the deployment of 300 troops to Fredonia on a peacekeeping mission.", "deployment"),
    ("Ruritanian peacekeepers arrived in the Fredonian capital on Monday.", "arrived"),
    ("The first Ruritanian peacekeepers deployed in the border region on Tuesday.", "deployed"),
    ("The first units of Ruritanian peacekeeping troops arrived in Porto Lindo on Monday.", "arrived"),
    ("Scores of Ruritanian peacekeepers headed for the valley began deploying on Friday.", "deploying"),
    ("Fredonia on Sunday announced the deployment of 400 soldiers to Ruritania on a peacekeeping mission.",
     "deployment"),
])
def test_peacekeepers_coming_are_protection_given(typed, text, word):
    assert typed(text)[word] == ("AID", "074"), text


@pytest.mark.parametrize("text, word", [
    ("Ruritania announced the deployment of 300 troops to the border.", "deployment"),
    ("Ruritania deployed two warships near the disputed islands.", "deployed"),
    ("Fredonia on Sunday announced the deployment of 400 soldiers to Ruritania on Monday.", "deployment"),
    ("Fredonia announced the deployment of 400 soldiers to the border on a training mission.", "deployment"),
    ("Hundreds of Fredonian troops began deploying near the border on Friday.", "deploying"),
])
def test_forces_deployed_stay_a_mobilisation(typed, text, word):
    assert typed(text)[word] == ("MOBILIZE", "154"), text


@pytest.mark.parametrize("text, word", [
    ("The peacekeepers went home after the election.", "went"),
    ("Ruritanian troops arrived in the Fredonian capital on Monday.", "arrived"),
    ("The first units of Ruritanian troops arrived in the Fredonian capital on Monday.", "arrived"),
])
def test_others_coming_or_going_are_no_aid(typed, text, word):
    assert typed(text).get(word, ("NONE", None))[0] != "AID", text


def test_a_complement_has_its_governors_subject_and_a_group_the_words_of_what_it_is_of(nlp):
    doc = nlp("Dozens of Ruritanian peacekeeping troops began deploying on Friday.")
    deploying = next(t for t in doc if t.lower_ == "deploying")
    (subject,) = subjects(deploying)
    assert subject.lower_ == "dozens"
    assert {"troop", "peacekeeping"} <= subject_words(subject)


def test_a_complement_of_a_verb_with_an_object_reads_no_subject(nlp):
    doc = nlp("The president ordered the troops to attack the town.")
    attack = next(t for t in doc if t.lower_ == "attack")
    assert subjects(attack) == [], [(t.text, t.dep_) for t in doc]
