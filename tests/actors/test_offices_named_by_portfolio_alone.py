"""A state's office named by portfolio and title alone ("the finance minister said") is the story's state only where
the story says so twice: its dateline's state is the one it is about (or the only one it names) and gives that
title; not where the story named that title before, nor in a story of another state. Sentences written for these
tests."""


def _agents(found, text):
    """The countries of the generic agents mentioned by that text."""
    named = {m.entity for m in found.mentions if m.text.lower() == text}
    return {e.country for e in found.entities if e.id in named}


def test_a_minister_named_by_portfolio_in_a_story_of_the_dateline_s_state(story):
    found = story("The finance minister urged the United States to help Japan. He said Japan would cut its tariffs "
                  "on farm goods to please Japan's partners.", dateline="TOKYO")
    assert _agents(found, "finance minister") == {"JPN"}


def test_a_secretary_named_by_portfolio_in_a_one_state_story(story):
    found = story("The agriculture secretary said the United States would buy less wheat.", dateline="WASHINGTON")
    assert _agents(found, "agriculture secretary") == {"USA"}


def test_a_title_the_story_named_before_is_left_to_its_holder(story):
    found = story("Japan's trade minister arrived for talks. Japan wants a deal. The trade minister met Commerce "
                  "officials on Tuesday.", dateline="WASHINGTON")
    assert not any(m.text.lower() == "the trade minister" for m in found.mentions)
    assert "USA" not in _agents(found, "trade minister")


def test_no_state_where_the_story_is_of_another(story):
    found = story("The oil minister said OPEC would cut output. OPEC meets in Vienna.", dateline="LONDON")
    assert _agents(found, "oil minister") == set()


def test_no_minister_for_a_state_that_gives_no_such_title(story):
    found = story("The agriculture minister said the United States would buy less wheat.", dateline="WASHINGTON")
    assert _agents(found, "agriculture minister") == set()
