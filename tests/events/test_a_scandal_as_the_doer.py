"""A scandal or a controversy that "caught" or "hit" officials is nobody's act (data/non_events.yaml, "strife or a
state of things as the doer"); the police who catch smugglers still arrest them. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The Ruritanian bank did not mention the bribery scandal that has caught several senior officials of the "
     "ministry.", "caught"),
    ("A scandal over arms sales hit the Fredonian government last year.", "hit"),
])
def test_a_scandal_does_nothing(typed, text, word):
    assert typed(text)[word][0] == "NONE", text


def test_the_police_catching_smugglers_still_arrest(typed):
    assert typed("The Ruritanian police caught several smugglers at the border.")["caught"] == ("COERCE", "173")
