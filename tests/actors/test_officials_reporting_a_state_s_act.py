"""An official introduced by a title alone, who reports a clause whose subject is a state ("Chile will lend Peru
copper, Mining Minister X said"), is that state's official, even where the story names the other state more often.
Stories written for these tests."""

import pytest

STORY_END = (" Peru had to halt exports after floods shut two mines in the south of Peru last week. Peru will repay "
             "the copper from August, when the mines reopen.")


def person(result, name):
    found = [e for e in result.entities if e.name == name]
    assert len(found) == 1, [(e.id, e.name) for e in result.entities]
    return found[0].country, found[0].cameo


@pytest.mark.parametrize("lede", [
    "Chile will lend Peru 20,000 tonnes of copper over the coming months, Mining Minister Jorge Alba Torres said today.",
    "Mining Minister Jorge Alba Torres said today that Chile would lend Peru 20,000 tonnes of copper.",
])
def test_the_state_whose_act_the_official_reports(story, lede):
    assert person(story(lede + STORY_END), "Jorge Alba Torres") == ("CHL", "CHLGOV")


@pytest.mark.parametrize("lede", [
    # the reported clause's subject is no state: the country the story is most about, as before
    "Copper shipments will resume in April, Mining Minister Jorge Alba Torres said today.",
    # not reported by a speech verb
    "Chile will lend Peru copper after Mining Minister Jorge Alba Torres promised help.",
])
def test_no_reported_state_leaves_the_story_s_country(story, lede):
    assert person(story(lede + STORY_END), "Jorge Alba Torres") == ("PER", "PERGOV")
