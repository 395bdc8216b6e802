"""Men called up, enlisted or conscripted into the forces are armed forces increased (patterns/mobilize.yaml, CAMEO
154): reservists or recruits anywhere, men, youths or volunteers only in a sentence about forces or war. Neither a
phone call ("called up the minister") nor hiring staff is a mobilisation."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, word", [
    ("Ruritania called up forty thousand reservists on Sunday.", "called"),
    ("Thousands of reservists were called up by the Fredonian army.", "called"),
    ("The Ruritanian army enlisted five thousand new recruits this spring.", "enlisted"),
    ("The junta is conscripting young men for the war in the east.", "conscripting"),
])
def test_men_called_up_are_a_mobilisation(typed, text, word):
    assert typed(text)[word] == ("MOBILIZE", "154")


@pytest.mark.parametrize("text, word", [
    ("The food bank recruited volunteers to hand out parcels.", "recruited"),
    ("The firm has recruited a team of bond traders from its rival.", "recruited"),
    ("The minister called up his counterpart on Friday.", "called"),
])
def test_hiring_and_phoning_are_no_mobilisation(typed, text, word):
    assert typed(text).get(word, ("NONE",))[0] != "MOBILIZE"
