"""An object "him" or "her" never stands for the subject of a verb that controls its own verb ("Okafor tried to
intimidate him": the one who tries is the one who intimidates, and "him" is someone else): the walk back passes over
that subject (`_controlling_verbs` in events/actors.py). With an object before the complement ("asked Lind to call
him") the object does the act, and the subject may be "him". Sentences written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, doer, threatened", [
    ("Paul Okafor owns the Harbour Gazette. Mark Dunmore, the Senator from Ohio, wrote the story anyway, and "
     "Dunmore tried to intimidate him with a lawsuit.", "Mark Dunmore", "Paul Okafor"),
    ("Paul Okafor owns the Harbour Gazette. Mark Dunmore, the Senator from Ohio, disliked the story, and Dunmore "
     "wanted to threaten him with a lawsuit.", "Mark Dunmore", "Paul Okafor"),
])
def test_the_subject_of_a_controlling_verb_is_not_the_object_pronoun(code, text, doer, threatened):
    events, actors = code(text)
    event = next(e for e in events if e.type == "THREATEN")
    assert names(event.source, actors) == {doer}
    assert names(event.target, actors) == {threatened}


def test_the_one_named_before_the_controlling_subject_stays_the_pronoun_s(code):
    # only the one who tries is passed over: the one named before him is still "him"
    events, actors = code("Mark Dunmore owns the Harbour Gazette. The Ohio governor tried to intimidate him with a "
                          "lawsuit.")
    event = next(e for e in events if e.type == "THREATEN")
    assert names(event.target, actors) == {"Mark Dunmore"}
