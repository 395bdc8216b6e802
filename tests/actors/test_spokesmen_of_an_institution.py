"""A spokesman named by the state institution he speaks for and by no name ("a military spokesman", "a government
spokesman") is that institution's agent: of the state his own words name; else of the one state his sentence cites
as speaking ("Damascus radio …, but an army spokesman …"); else, where his sentence names no state, of the story's
state (agents.yaml `speaks`, lexicon's `speech_nouns`)."""

import pytest

# Syria named three times, Jordan once: Syria stands out
SYRIA = ("Syria said on Tuesday that its border posts had come under fire. Syria has closed two crossings, and "
         "Jordan has asked for talks. ")


def spokesman(result):
    """The countries of the actors the text's spokesman mentions stand for (None: an agent of no country)."""
    countries = {e.id: e.country for e in result.entities}
    return {countries.get(m.entity) for m in result.mentions if "spokes" in m.text.lower()}


@pytest.mark.parametrize("text, dateline, country", [
    # his sentence cites one state's communiques, and he acts on the other state
    ("Damascus war communiques said nothing of new clashes, but an army spokesman warned of raids on Jordanian "
     "villages. Syria and Jordan have quarrelled for a year.", None, "SYR"),
    ("Jordanian radio gave no figures, but a military spokesman threatened to shell the camps across the river. "
     "Syria and Jordan have quarrelled for a year.", None, "JOR"),
    # his own words give it
    (SYRIA + "A Jordanian military spokesman denied that any shot had been fired.", None, "JOR"),
    # nothing in his sentence: the story's state
    (SYRIA + "A government spokesman accused the rebels of starting the fire.", None, "SYR"),
    # his sentence names two states, one of them the state whose capital heads the story
    ("Jordan protested on Monday. A government spokesman said Jordan's view was made plain to the Syrian envoy.",
     "AMMAN", "JOR"),
])
def test_a_spokesman_of_an_institution_takes_the_state_the_story_gives(story, text, dateline, country):
    assert spokesman(story(text, dateline=dateline)) == {country}


def test_the_spokesman_is_the_source_of_his_threat(story):
    result = story("Damascus war communiques said nothing of new clashes, but an army spokesman threatened to shell "
                   "Jordanian villages. Syria and Jordan have quarrelled for a year.")
    names = {e.id: e for e in result.entities}
    threats = [e for e in result.events if e.type == "THREATEN"]
    assert threats and any(names[i].country == "SYR" for e in threats for i in e.source if i in names)


@pytest.mark.parametrize("text", [
    # two states' voices cited: neither is his
    "Damascus radio and Amman newspapers gave rival accounts, but a military spokesman threatened raids on the camps.",
    # his sentence names the state he acts on, which is also the story's: not his by default
    "A military spokesman threatened a resumption of raids on Syrian villages. Syria and Jordan have quarrelled, and "
    "Syria has closed its border.",
    # a spokesman for a body that is not a state's
    "Rebels shelled two towns on Sunday, and a military spokesman for the United Nations force accused them of "
    "breaking the truce. Syria has closed its border with Jordan, Syria said.",
])
def test_no_state_where_the_sentence_gives_none(story, text):
    assert spokesman(story(text)) <= {None}


@pytest.mark.parametrize("text", [
    # a firm's spokesman, and a spokesman alone: a firm's as often as a state's
    SYRIA + "A company spokesman denied that its trucks had been hit.",
    SYRIA + "A spokesman denied that any trucks had been hit.",
])
def test_no_agent_for_a_firm_s_spokesman_or_a_spokesman_alone(story, text):
    assert not spokesman(story(text))


def test_no_state_from_a_dateline_s_capital_his_sentence_does_not_name(story):
    # his sentence names two states; the story comes from a third state's capital
    result = story("A government spokesman said the Syrian view was made plain to the Jordanian envoy. Syria and "
                   "Jordan have quarrelled, and Syria has closed its border.", dateline="CAIRO")
    assert spokesman(result) <= {None}
