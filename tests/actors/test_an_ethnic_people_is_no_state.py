"""A demonym after "ethnic" names a people that lives in other states too ("ethnic Albanians" of Kosovo, "ethnic
Russians" of Ukraine, "ethnic Hungarians" in Romania): no state, nor that state's civilians, acts or is acted on.
The demonym without the word is still its state's."""

import pytest


@pytest.mark.parametrize("text, state", [
    ("Border guards fired on a group of ethnic Albanians near a village in Kosovo on Monday.", "ALB"),
    ("Ethnic Russians in an eastern town of Ukraine marched against the cabinet on Sunday.", "RUS"),
    ("Some 2,000 ethnic Hungarians rallied in a Romanian city to demand their own university.", "HUN"),
])
def test_the_people_s_kin_state_is_no_side(story, text, state):
    result = story(text, published="1998-03-08")
    events, actors = result.events, {e.id: e for e in result.entities}
    assert state not in {e.country for e in result.entities}
    for event in events:
        assert state not in {actors[i].country for i in event.source + event.target if i in actors}


def test_the_demonym_alone_is_still_the_state_s(story):
    result = story("Albanian police fired on smugglers near the border on Monday.", published="1998-03-08")
    actors = {e.id: e for e in result.entities}
    assert "ALB" in {actors[i].country for e in result.events for i in e.source if i in actors}
