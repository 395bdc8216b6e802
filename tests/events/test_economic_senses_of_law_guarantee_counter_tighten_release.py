"""Economic senses of words the converted dictionary codes as acts (patterns/none.yaml, patterns/coerce.yaml,
data/non_events.yaml): a bankruptcy law introduced restricts no freedom, a bond or a loan guaranteed is no promise
to a party, falling revenues countered are no words against anyone, quality controls or credit tightened are no
repression, and water or funds released set no one free. The political senses stay. Sentences written for these
tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("Ruritania introduced a bankruptcy law last year to shake out weak state firms.", "introduced"),
    ("The new issue is guaranteed by the state of Ruritania, the lead manager said.", "guaranteed"),
    ("The Ruritanian treasury will guarantee the loans to the state airline.", "guarantee"),
    ("To counter falling oil revenues, the Ruritanian government launched a series of measures to boost exports.",
     "counter"),
    ("The Ruritanian trade ministry tightened quality controls on tea exports last year.", "tightened"),
    ("Ruritanian engineers ordered a release of water from the upper reservoir on Friday.", "ordered"),
    ("Ruritanian engineers ordered a release of water from the upper reservoir on Friday.", "release"),
])
def test_the_economic_sense_names_no_event(typed, text, word):
    assert typed(text).get(word, ("NONE", "---"))[0] == "NONE", text


@pytest.mark.parametrize("text, word, coded", [
    ("The Ruritanian army declared martial law in the capital on Sunday.", "declared", ("COERCE", "172")),
    ("The police will enforce the emergency law in the border province.", "enforce", ("COERCE", "172")),
    ("Fredonia guaranteed the safety of the Ruritanian envoys.", "guaranteed", ("AGREE", "030")),
    ("The Fredonian minister countered the Ruritanian minister's claims on Monday.", "countered", ("ACCUSE", "110")),
    ("The Ruritanian junta tightened controls on the press after the coup.", "tightened", ("COERCE", "172")),
    ("Ruritania ordered the release of the Fredonian hostages on Monday.", "release", ("RETREAT", "0841")),
])
def test_the_political_sense_stays(typed, text, word, coded):
    assert typed(text)[word] == coded, text
