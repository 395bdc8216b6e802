"""A gathering of a legislature named by the body's adjective or name ("a congressional hearing", "a parliamentary
inquiry", "the House panel") is the legislature's agent: of the state its own words give, else of the story's
(agents.yaml), and a side of what it does. Sentences written for these tests."""

import pytest


def agents(result, words: str) -> list[tuple[str, str | None]]:
    """The agents the mentions ending on `words` stand for, with their countries."""
    names = {e.id: e for e in result.entities}
    return [(m.entity, names[m.entity].country) for m in result.mentions
            if m.text.lower().endswith(words) and m.entity.startswith("agent:")]


@pytest.mark.parametrize("text, dateline, words, agent", [
    ("A congressional hearing on Thursday accused the Peruvian navy of shielding the smugglers. Congress will vote "
     "on the aid bill in June.", "WASHINGTON", "congressional hearing", "agent:USA:LEG"),
    ("The House panel faulted Brazil over its handling of the loan. Congress wants the money back.", "WASHINGTON",
     "house panel", "agent:USA:LEG"),
    # the body's own demonym gives the state, not the dateline
    ("A Canadian parliamentary committee blamed Norway for the loss of the cod stocks.", "LONDON",
     "parliamentary committee", "agent:CAN:LEG"),
])
def test_a_legislature_s_gathering_is_the_legislature_s_agent(story, text, dateline, words, agent):
    assert agents(story(text, dateline=dateline), words) == [(agent, agent.split(":")[1])]


def test_the_gathering_is_the_source_of_its_act(story):
    result = story("A congressional hearing on Thursday accused the Peruvian navy of shielding the smugglers. "
                   "Congress will vote on the aid bill in June.", dateline="WASHINGTON")
    accusations = [e for e in result.events if e.type == "ACCUSE"]
    assert accusations and all("agent:USA:LEG" in e.source for e in accusations)


@pytest.mark.parametrize("text, words", [
    # a hearing or a committee no legislature's word names is no body's gathering
    ("A hearing on the appeal was set for May 4 by the judge.", "hearing"),
    ("The bank's audit committee rejected the bid from the Dutch insurer.", "audit committee"),
    # a common noun before "house": a firm's
    ("A brokerage house panel of analysts said the shares would rise.", "house panel"),
])
def test_no_legislature_for_other_gatherings(story, text, words):
    assert agents(story(text), words) == []
