"""A chamber's plain name that the converted dictionaries file under one state ("Senate", an alias of the US
Congress) is another state's chamber where that state's demonym, possessive or "of" phrase qualifies it ("the
Philippine Senate", "Poland's Senate", "the Senate of Mexico"); with the known body's own state, or no state's word,
it stays the known body. Sentences written for these tests."""

import pytest


def actor_of(result, surface: str):
    names = {e.id: e for e in result.entities}
    return next(names[m.entity] for m in result.mentions if surface in m.text)


@pytest.mark.parametrize("text, surface, country", [
    ("The Philippine Senate voted late on Monday to ratify the new bases treaty.", "Senate", "PHL"),
    ("Poland's Senate rejected the draft law on church property by a wide margin.", "Senate", "POL"),
    ("The Senate of Mexico endorsed the oil agreement with Venezuela on Friday.", "Senate", "MEX"),
    ("The Australian Senate blocked the proposed tax on mining profits, Prime Minister Bob Hawke said.", "Senate",
     "AUS"),
    ("The Spanish Senate and the Italian parliament both approved the fishing accord.", "Spanish Senate", "ESP"),
])
def test_another_state_s_senate_is_that_state_s(story, text, surface, country):
    actor = actor_of(story(text), surface)
    assert actor.id != "usa:united-states-congress"
    assert actor.country == country


def test_a_senate_president_takes_his_own_state(by_name, story):
    found = by_name(story("Philippine Senate President Aurelio Dantes said the vote would be close."))
    assert found["Aurelio Dantes"].country == "PHL"


@pytest.mark.parametrize("text", [
    "The U.S. Senate approved the farm credit bill on Tuesday.",
    "The Senate approved the farm credit bill, President Reagan said on Tuesday.",
    "America's Senate approved the farm credit bill on Tuesday.",
])
def test_the_us_senate_stays_american(story, text):
    actor = actor_of(story(text), "Senate")
    assert actor.country == "USA"
    assert actor.cameo == "USALEG"
