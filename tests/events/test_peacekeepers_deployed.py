"""Peacekeepers who deploy, arrive or enter, and a deployment of troops on a peacekeeping mission, are military
protection given (aid.yaml, CAMEO 074), not a mobilisation; troops arriving and a deployment with no peacekeeping
phrase stay MOBILIZE, and peacekeepers going somewhere (perhaps home) name no aid."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Ruritania announced the deployment of 300 troops to Fredonia on a peacekeeping mission.", "deployment"),
    ("Ruritanian peacekeepers arrived in the Fredonian capital on Monday.", "arrived"),
    ("The first Ruritanian peacekeepers deployed in the border region on Tuesday.", "deployed"),
])
def test_peacekeepers_coming_are_protection_given(typed, text, word):
    assert typed(text)[word] == ("AID", "074"), text


@pytest.mark.parametrize("text, word", [
    ("Ruritania announced the deployment of 300 troops to the border.", "deployment"),
    ("Ruritania deployed two warships near the disputed islands.", "deployed"),
])
def test_forces_deployed_stay_a_mobilisation(typed, text, word):
    assert typed(text)[word] == ("MOBILIZE", "154"), text


@pytest.mark.parametrize("text, word", [
    ("The peacekeepers went home after the election.", "went"),
    ("Ruritanian troops arrived in the Fredonian capital on Monday.", "arrived"),
])
def test_others_coming_or_going_are_no_aid(typed, text, word):
    assert typed(text).get(word, ("NONE", None))[0] != "AID", text
