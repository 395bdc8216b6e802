"""Two clauses joined by "and": the subject of a verb of saying in the later clause, and what he says, are no party to
the first clause's act ("the county declared an emergency, and the mayor said he would do the same": the mayor is no
target of the declaration); the subject of a later clause's act may still be ("rebels attacked, and troops
retaliated") (events/roles/no_party.py `across_conjunct`). Sentences written here."""

from __future__ import annotations

import pytest

from tests.events.conftest import names


@pytest.mark.parametrize("text, trigger, speaker", [
    ("Lake County declared a state of emergency on Thursday, and the Kenosha County Executive Mary Dunn said in a "
     "radio interview that she plans to do the same.", "declared", "Mary Dunn"),
    ("Marin County imposed a curfew on Friday, and the Sonoma County sheriff, Tom Hale, said he would follow suit.",
     "imposed", "Tom Hale"),
])
def test_the_later_speaker_is_no_target(code, text, trigger, speaker):
    events, actors = code(text)
    event = next(e for e in events if e.trigger == trigger)
    assert speaker not in names(event.target, actors), names(event.target, actors)


def test_a_later_doer_may_answer(code):
    events, actors = code("Somali militants attacked a Kenyan border post on Monday, and Kenyan troops retaliated.")
    event = next(e for e in events if e.trigger == "retaliated")
    assert "KEN" in {actors[i].country for i in event.source}
