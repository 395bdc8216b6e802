"""Economic senses of two words of force. Exports, spending or wages "restrained" are held down by an accord or a
policy, no one repressed; workers, savings or depositors "safeguarded" or "protected" keep an economic interest, no
armed protection (none.yaml). Police restraining protesters, troops guarding convoys or civilians keep their acts.
Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Taiwan agreed to voluntarily restrain exports of machine tools to Europe.", "restrain"),
    ("The cabinet vowed to restrain public spending next year.", "restrain"),
    ("The unions want clauses in the contracts to safeguard workers against rising prices.", "safeguard"),
    ("The new law will protect depositors of failed savings banks.", "protect"),
])
def test_economic_objects_are_no_coercion_or_protection(typed, text, word):
    assert typed(text).get(word, ("NONE", None))[0] == "NONE", text


@pytest.mark.parametrize("text, word, expected_type", [
    ("Riot police restrained the protesters outside the embassy.", "restrained", "COERCE"),
    ("UN troops will safeguard the aid convoys bound for the capital.", "safeguard", "AID"),
    ("Ruritanian soldiers will protect civilians in the buffer zone.", "protect", "AID"),
])
def test_people_restrained_or_guarded_keep_their_act(typed, text, word, expected_type):
    assert typed(text)[word][0] == expected_type, text
