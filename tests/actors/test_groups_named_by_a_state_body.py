"""A group named by the state body it belongs to, a body's adjective or noun before a group's noun ("congressional
leaders", "government troops", "military sources", "cabinet members"), is that body's agent: of the state its own
words give, else of the story's (agents.yaml `bodies` and `groups`). A body's word the tagger took for a name of its
own ("Congressional") is released to the group. Sentences written for these tests."""

import pytest


def agents(result, words: str) -> list[tuple[str, str | None]]:
    """The agents the mentions ending on `words` stand for, with their countries."""
    names = {e.id: e for e in result.entities}
    return [(m.entity, names[m.entity].country) for m in result.mentions
            if m.text.lower().endswith(words) and m.entity.startswith("agent:")]


@pytest.mark.parametrize("text, dateline, words, agent", [
    # a capitalised adjective the tagger reads as a name of its own; the story's state by its dateline
    ("The Belgian trade minister met Congressional leaders on Monday and warned them that the tax would hurt "
     "exports.", "WASHINGTON", "congressional leaders", "agent:USA:LEG"),
    # the government's troops are its military, not its officials
    ("Government troops attacked rebel positions in northern Peru on Monday. Peru said the rebels lost forty men, "
     "and Peru has closed the roads.", None, "government troops", "agent:PER:MIL"),
    ("Military sources said the rebels had been driven from two towns. The Philippines has asked for aid.", "MANILA",
     "military sources", "agent:PHL:MIL"),
    # the body's own demonym gives the state, not the dateline
    ("Japanese parliamentary leaders met the president and asked him to ease the tariff.", "WASHINGTON",
     "parliamentary leaders", "agent:JPN:LEG"),
    ("Cabinet members approved the plan to cut tariffs. Japan will lower the duty on beef.", "TOKYO",
     "cabinet members", "agent:JPN:GOV"),
    # the House of a legislature, by its name alone
    ("The farm secretary spent Monday on Capitol Hill, where House members asked him about grain prices. Congress "
     "will vote on the farm bill in May.", "WASHINGTON", "house members", "agent:USA:LEG"),
])
def test_a_group_named_by_a_state_body_is_the_body_s_agent(story, text, dateline, words, agent):
    assert agents(story(text, dateline=dateline), words) == [(agent, agent.split(":")[1])]


@pytest.mark.parametrize("text, words, agent", [
    # the state's name or its leader's before the body's word gives the state, not the story's
    ("Japan's trade minister said the sale was a private matter in which U.S. Government officials had no say. "
     "Japan will not change its rules, and Japan has told the buyer so.", "government officials", "agent:USA:GOV"),
    ("Tokyo's bankers welcomed a remark by a senior Reagan administration official on the yen. Japan's exports "
     "rose, and Japan's imports fell.", "administration official", "agent:USA:GOV"),
])
def test_a_state_or_its_leader_before_the_body_s_word_gives_its_state(story, text, words, agent):
    assert agents(story(text, dateline="TOKYO"), words) == [(agent, agent.split(":")[1])]


def test_the_body_s_group_is_a_side_of_the_talks(story):
    result = story("The Belgian trade minister held talks with Congressional leaders on Monday about the tax on "
                   "oils.", dateline="WASHINGTON")
    names = {e.id: e for e in result.entities}
    talks = [e for e in result.events if e.type == "CONSULT"]
    assert any(names[i].id == "agent:USA:LEG" for e in talks for i in e.target if i in names)


@pytest.mark.parametrize("text, words", [
    # a firm's board is no state body
    ("The company's board members rejected the offer from Texaco.", "board members"),
    # one leader of a government is its head, named by a title, not a group
    ("Talks on a new government leader will start next week in Rome.", "government leader"),
    # "house": the White House's staff are the executive's, no legislature's
    ("White House staff said the president would veto the bill.", "house staff"),
    # a common noun before the body's word names another thing: a firm's
    ("A securities house official said trading volume fell by half.", "house official"),
    ("Futures commission house representatives said the rule would hurt trading.", "house representatives"),
])
def test_no_body_s_agent_for_other_groups(story, text, words):
    assert agents(story(text), words) == []


def test_a_body_s_word_in_a_name_stays_the_name_s(story):
    result = story("The Congressional Budget Office said the deficit would grow.", dateline="WASHINGTON")
    assert not any(m.entity.startswith("agent:") and "ongressional" in m.text for m in result.mentions)
