"""A call for sanctions against a party is disapproval of that party (accuse.yaml, CAMEO 111): it asks nothing of
it. A call on someone named to impose them stays a request of that one; a call for the lifting of sanctions or an
end to them (lexicon `undoing_nouns`: a `prep_object` reads the undoing, not its "of" noun) stays a request."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The Ruritanian premier called for sanctions against Fredonia after the pipeline was cancelled.", "called"),
    ("Several lawmakers have called for sanctions against the officials responsible for the abuses.", "called"),
    ("The minister called for tougher sanctions on Fredonia.", "called"),
    ("The unions pressed for an embargo on Fredonia.", "pressed"),
    ("The Ruritanian opposition urged sanctions against the Fredonian generals.", "urged"),
])
def test_a_call_for_sanctions_against_a_party_is_disapproval(typed, text, word):
    assert typed(text)[word] == ("ACCUSE", "111"), text


@pytest.mark.parametrize("text, word", [
    ("The minister called for the lifting of sanctions on Fredonia.", "called"),
    ("The president called for an end to the sanctions against Fredonia.", "called"),
    ("Several states called for a suspension of talks with Fredonia.", "called"),
    ("Ruritania urged the European Union to impose sanctions on Fredonia.", "urged"),
    ("The opposition called for new elections.", "called"),
])
def test_other_calls_stay_requests(typed, text, word):
    assert typed(text)[word] == ("REQUEST", "020"), text


def test_the_call_aims_at_the_party_to_be_sanctioned(nlp, rules_only):
    doc = nlp("The Ruritanian opposition urged sanctions against the Fredonian generals.")
    events = [e for e in doc._.events if e.trigger == "urged"]
    assert events and events[0].type == "ACCUSE" and events[0].target, [(e.type, e.target) for e in doc._.events]
