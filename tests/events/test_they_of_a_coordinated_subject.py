"""A "they" opening the complement of a verb whose subject is coordinated stands for every conjunct ("A and B said
they would expel X": both expel), except in an agreement or talks, where "A and B said they agreed with that" is no
act of one towards the other (events/actors.py `Resolver.they_all`, roles/reading.py). Sentences written here."""

from __future__ import annotations


def _countries(ids, actors) -> set[str | None]:
    return {actors[i].country for i in ids}


def test_both_states_that_said_they_would_expel_expel(code):
    events, actors = code("Chile and Peru announced on Monday that they would expel Cuban diplomats.")
    event = next(e for e in events if e.type == "SANCTION")
    assert _countries(event.source, actors) == {"CHL", "PER"}
    assert _countries(event.target, actors) == {"CUB"}


def test_both_states_that_indicated_support_support(code):
    events, actors = code("Officials added that only Spain and Greece had indicated they would support the "
                          "Commission proposal on olive oil.")
    event = next(e for e in events if e.type == "SUPPORT")
    assert _countries(event.source, actors) == {"ESP", "GRC"}


def test_must_not_an_agreement_of_both_with_a_thing_becomes_one_s_with_the_other(code):
    events, actors = code("Both Kenya and Uganda said they agreed with the ruling.")
    for event in (e for e in events if e.type == "AGREE"):
        assert not (_countries(event.source, actors) & {"KEN"} and _countries(event.target, actors) & {"UGA"})
