"""A story with no dateline (a web page, a wire record kept apart from its dateline) is told from the one country its
first sentence names, where it names a state there and its names give that country more often than any other: its
unnamed officials, state bodies, police and courts are that state's, as a dateline's state would make them
(`_lede_state`).
Sentences written for these tests."""

import pytest


def actor_of(result, surface: str):
    names = {e.id: e for e in result.entities}
    return next(names[m.entity] for m in result.mentions if m.text == surface)


@pytest.mark.parametrize("text, surface, country", [
    ("Heavy rain in the north of Kenya's Rift Valley has cut two main roads and left 300 families homeless, police "
     "said on Sunday. Army lorries took food to the area.", "police", "KEN"),
    ("Some 2,000 dock workers at Ghana's main port went back to work on Monday after the authorities promised to "
     "look again at their pay claim, port officials said. The strikers had stayed out for nine days.",
     "authorities", "GHA"),
    ("Peru will spend nine pct more on roads next year under a draft budget, the Finance Ministry said on Friday. "
     "A lower tax on diesel is also planned, officials added.", "officials", "PER"),
    ("Peru will spend nine pct more on roads next year under a draft budget, the Finance Ministry said on Friday. "
     "A lower tax on diesel is also planned, officials added.", "Finance Ministry", "PER"),
])
def test_the_lede_s_one_state_is_the_story_s_home(story, text, surface, country):
    assert actor_of(story(text), surface).country == country


@pytest.mark.parametrize("text, dateline, surface", [
    # the lede names two countries, as often as each other
    ("Chile's copper sales to Argentina rose 12 pct in May from a year before, the mining ministry said. The "
     "officials said prices would stay firm.", None, "officials"),
    # the state is named after the lede only
    ("Workers at a copper mine ended their strike on Tuesday, the company said. The mine lies in the south of "
     "Chile. The officials said output would resume.", None, "officials"),
    # a dateline of another state: the dateline's rules, not the lede's
    ("Some 2,000 dock workers at Ghana's main port went back to work on Monday after the authorities promised to "
     "look again at their pay claim, port officials said. The strikers had stayed out for nine days.", "SANTIAGO",
     "strikers"),
])
def test_no_home_where_the_lede_does_not_give_one(story, text, dateline, surface):
    assert actor_of(story(text, dateline=dateline), surface).country is None


@pytest.mark.parametrize("text", ["", "   "])
def test_a_text_with_no_sentence_has_no_lede(analyse, text):
    doc = analyse(text)  # an empty piece (a file with only a header) goes through the actors stage
    assert not doc._.actors
