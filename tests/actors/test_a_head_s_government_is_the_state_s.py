"""A state's executive named by its head ("the Reagan administration", "the Thatcher government", "Sarney's
government") is that state's government, as "the U.S. administration" is, not the person who heads it (lexicon.yaml
`executive_heads`, agents.py `_country`). Sentences written for these tests."""

import pytest


def _sides(result, kind):
    actors = {e.id: e for e in result.entities}
    event = next(e for e in result.events if e.type == kind)
    return [actors[i] for i in event.source], [actors[i] for i in event.target]


@pytest.mark.parametrize("text, country", [
    ("President Reagan spoke on Friday. The Reagan administration turned down Tokyo's offer on chips.", "USA"),
    ("Prime Minister Thatcher left for Oslo. The Thatcher government turned down the Norwegian offer on fish.",
     "GBR"),
    ("President Sarney flew home. Sarney's government turned down the IMF's offer of a standby loan.", "BRA"),
])
def test_the_head_s_executive_acts_as_the_state(story, text, country):
    source, _ = _sides(story(text), "REJECT")
    assert [(a.country, a.type != "PERSON") for a in source] == [(country, True)]


def test_the_head_s_executive_urged_is_the_state(story):
    _, target = _sides(story("Canadian ministers urged the Reagan administration to cut emissions from power "
                             "plants."), "REQUEST")
    assert [(a.country, a.type != "PERSON") for a in target] == [("USA", True)]
