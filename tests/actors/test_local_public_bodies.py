"""A local public body or its office-holders named by a common noun ("the county", "the city council", "county
commissioners", "the county judge") is the state's local government: an agent of sector GOV, of the story's state
(agents.yaml). Sentences written for these tests."""

import pytest

STORY = ("The United States reported 900 new cases on Monday, and U.S. health officials urged states to close "
         "schools. {} Washington said federal aid would follow.")


def agents(result, words: str) -> list[str]:
    """The agents the mentions ending on `words` stand for."""
    return [m.entity for m in result.mentions if m.text.lower().endswith(words) and m.entity.startswith("agent:")]


@pytest.mark.parametrize("sentence, words", [
    ("The county sued the state over its mask order.", "county"),
    ("The city council voted to fine shops that stay open.", "city council"),
    ("County commissioners rejected the governor's plan.", "county commissioners"),
    ("The county judge asked the governor to send troops.", "county judge"),
])
def test_a_local_body_is_the_story_s_government_agent(story, sentence, words):
    assert agents(story(STORY.format(sentence)), words) == ["agent:USA:GOV"]


def test_the_local_body_is_a_side_of_its_act(story):
    result = story(STORY.format("County commissioners rejected the governor's plan."))
    rejections = [e for e in result.events if e.type == "REJECT"]
    assert rejections and all("agent:USA:GOV" in e.source for e in rejections)


@pytest.mark.parametrize("sentence, words", [
    # a county's name is the name's, and a county as a modifier names a fair, not a body
    ("Orange County fans cheered the new coach.", "county"),
    ("The county fair opened on Friday with rides.", "county fair"),
    # "County" in a place's name the tagger does not read as one: the singular is a body only after "the"
    ("The new pipeline will run from Lakeview County, Ohio, to Marion, County, Pa.", "county"),
    # counties as places, and a sheriff inside the name of his department
    ("The state placed fire crews in some counties on Sunday.", "counties"),
    ("A Lakeview County Sheriff's Department dog was called to the scene.", "sheriff"),
])
def test_no_local_body_in_names_and_modifiers(story, sentence, words):
    assert agents(story(STORY.format(sentence)), words) == []
