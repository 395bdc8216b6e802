"""A subject pronoun in a clause that opens the sentence stands for the main clause's subject ("After he met with
Kenyan officials, Ruto flew…": Ruto), but not where that subject is the one the pronoun's own verb is done to ("While
he did not meet with Jose Arbenz, Arbenz left a letter": he is someone else; events/actors.py `_fronted_subject`).
Sentences written for these tests."""

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, met", [
    ("While he did not meet with Jose Arbenz, head of the growers' union, Arbenz left a warm letter, Salcedo said.",
     "Jose Arbenz"),
    ("Although she had not met Maria Lopes before, Lopes welcomed the envoy warmly.", "Maria Lopes"),
])
def test_the_one_met_is_not_the_one_who_meets(code, text, met):
    events, actors = code(text)
    meeting = next(e for e in events if e.trigger == "met" or e.trigger == "meet")
    assert met not in names(meeting.source, actors)
    assert met in names(meeting.target, actors)


def test_the_main_subject_still_stands_for_the_pronoun(code):
    events, actors = code("After he met with Kenyan officials, Ruto flew to Nairobi.")
    meeting = next(e for e in events if e.trigger == "met")
    assert names(meeting.source, actors) == {"William Samoei Ruto"}
