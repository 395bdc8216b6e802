"""A meeting, a session or an election "called" is convened or set, and the police or an ambulance "called" are
summoned: no telephone call between parties (none.yaml; consult.yaml's call to an actor is CAMEO 041). A leader
calling a leader stays a call. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The emergency meeting of the cocoa council was called to halt the slide in prices.", "called"),
    ("The chairman called a special session of the assembly for Friday.", "called"),
    ("The prime minister called early elections for June.", "called"),
    ("Police were called to the refinery after the brawl.", "called"),
    ("Workers called an ambulance for the injured driver.", "called"),
])
def test_a_thing_or_the_police_called_is_no_phone_call(typed, text, word):
    assert typed(text).get(word, ("NONE", None))[0] != "CONSULT", text


@pytest.mark.parametrize("text, word", [
    ("Ruritania's president called his Fredonian counterpart on Monday to discuss the border.", "called"),
    ("The foreign minister called the French ambassador late on Sunday.", "called"),
])
def test_a_party_called_is_a_phone_call(typed, text, word):
    assert typed(text)[word] == ("CONSULT", "041"), text


def test_a_meeting_called_is_still_a_meeting(code):
    events, _ = code("A meeting of the OPEC council was called for Tuesday to discuss output quotas.")
    assert [(e.type, e.cameo) for e in events if e.trigger == "meeting"] == [("CONSULT", "040")]
    assert "041" not in {e.cameo for e in events}
