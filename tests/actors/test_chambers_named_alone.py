"""A chamber or council of a state named alone, without its state ("the Diet", "the House", "the Cabinet"): in a
story that gives it a state, that state's legislature or government (lexicon `bodies_named_alone`); in a story of
no one state, the unknown name it was. Sentences written for these tests."""

import pytest


def actor_of(result, surface: str):
    names = {e.id: e for e in result.entities}
    return next(names[m.entity] for m in result.mentions if m.text == surface)


@pytest.mark.parametrize("text, dateline, surface, ident, cameo", [
    ("The Diet passed the rice subsidy bill late on Thursday, officials in Osaka said.", "TOKYO", "Diet",
     "agent:JPN:LEG", "JPNLEG"),
    ("The Assembly threw out the pension plan of the French government by 40 votes.", "PARIS", "Assembly",
     "agent:FRA:LEG", "FRALEG"),
    ("The Cabinet turned down the loan terms the World Bank had offered in May.", "NAIROBI", "Cabinet",
     "agent:KEN:GOV", "KENGOV"),
])
def test_a_chamber_named_alone_is_its_story_s_state_s_body(story, text, dateline, surface, ident, cameo):
    actor = actor_of(story(text, dateline=dateline), surface)
    assert (actor.id, actor.cameo) == (ident, cameo)


def test_the_house_of_a_us_story_is_the_congress(story):
    result = story("The House approved the farm credit bill and sent it on to President Reagan.",
                   dateline="WASHINGTON")
    assert actor_of(result, "House").id == actor_of(
        story("The Senate voted on the farm credit bill.", dateline="WASHINGTON"), "Senate").id
    assert actor_of(result, "House").cameo == "USALEG"


def test_the_chamber_is_a_side_of_its_act(story):
    result = story("The Diet rejected the plan to lift the rice quota on Friday, Japanese officials said.",
                   dateline="TOKYO")
    assert any(e.type == "REJECT" and e.source == ["agent:JPN:LEG"] for e in result.events)


@pytest.mark.parametrize("text, dateline, surface", [
    # a story of no one state: the name stays the unknown body it was
    ("The U.N. General Assembly opened its session on Tuesday. The Assembly voted to condemn Ruritania.",
     "UNITED NATIONS", "Assembly"),
    # another word in the name: another body
    ("The California Assembly passed the water bill on Monday.", "SACRAMENTO", "California Assembly"),
    # a body no state has as its chamber or council named alone
    ("The Board approved the merger of the two Osaka banks on Friday.", "TOKYO", "Board"),
])
def test_other_names_and_stories_keep_today_s_reading(story, text, dateline, surface):
    actor = actor_of(story(text, dateline=dateline), surface)
    assert actor.id.startswith("unk:") and not (actor.cameo or "").endswith(("LEG", "GOV"))
