"""A place whose name a demonym begins ("British Columbia", "Spanish Town") is that place, of its own country, not
the demonym's state; the demonym alone stays the state's (`Places._place_begun`). Sentences written for these tests."""

import pytest


def actor_of(result, surface: str):
    names = {e.id: e for e in result.entities}
    return next(names[m.entity] for m in result.mentions if m.text == surface)


@pytest.mark.parametrize("text, surface, country", [
    ("Talks with the striking smelter workers in Trail, British Columbia, will resume on Monday, Acme Mining Ltd "
     "said.", "British Columbia", "CAN"),
    ("The lumber mills of British Columbia shipped 8 pct less timber in May, an industry group said.",
     "British Columbia", "CAN"),
    ("A fire closed the bauxite plant outside Spanish Town on Friday, the company said.", "Spanish Town", "JAM"),
])
def test_a_place_begun_by_a_demonym_is_that_place(story, text, surface, country):
    actor = actor_of(story(text), surface)
    assert actor.country == country and actor.kind == "place"


def test_a_firm_named_after_such_a_place_is_of_its_country(story):
    result = story("British Columbia Hydro and Power Authority will raise its rates by four pct, the utility said.")
    assert {e.country for e in result.entities if e.name.startswith("British Columbia")} == {"CAN"}


def test_the_demonym_alone_is_still_its_state(story):
    result = story("British officials in Columbia county said the report was late.")
    assert actor_of(result, "British").country == "GBR"
