"""The buyers, sellers and makers of a trade that a state's word describes ("Japanese buyers", "an American
promoter") are that state's business, not the state itself; with no such word they are no actor (market prose:
"buyers were scarce"). Sentences written for these tests."""

from __future__ import annotations


def test_a_demonym_gives_the_traders_their_state_as_business(story):
    result = story("Japanese buyers turned down the Australian offer of coal on Monday. An American promoter sued "
                   "the city of Osaka.", dateline="TOKYO")
    by_id = {e.id: e for e in result.entities}
    buyers = [by_id[m.entity] for m in result.mentions if m.text == "buyers"]
    promoter = [by_id[m.entity] for m in result.mentions if m.text == "promoter"]
    assert [(e.country, e.cameo) for e in buyers] == [("JPN", "JPNBUS")]
    assert [(e.country, e.cameo) for e in promoter] == [("USA", "USABUS")]


def test_traders_no_word_describes_are_no_actor(story):
    result = story("Buyers were scarce in the afternoon and dealers said prices would ease.", dateline="TOKYO")
    assert not [m for m in result.mentions if m.text.lower() in ("buyers", "dealers")]
