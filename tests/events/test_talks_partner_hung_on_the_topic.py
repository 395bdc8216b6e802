"""Talks whose partner the parser hangs on the topic ("discussed the plan with X": it reads "the plan with X") are
talks with X, coded by the rules alone; the topic and the one whose plan it is are no party. Sentences written for
these tests."""

import pytest

from tests.events.conftest import names, only


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text, target", [
    ("Brazil discussed farm subsidies with Argentina on Monday.", {"Argentina"}),
    ("Kenya will discuss the World Bank's plan with Uganda next week.", {"Uganda"}),
    ("The Indian minister discussed the border dispute with Nepal in Delhi.", {"Nepal"}),
])
def test_the_with_phrase_on_the_topic_is_the_partner(code, text, target):
    events, actors = code(text, "1987-03-04")
    event = only(events, "CONSULT")
    assert names(event.target, actors) == target


@pytest.mark.usefixtures("rules_only")
@pytest.mark.parametrize("text", [
    "Engineers discussed the trouble with the engine for an hour.",  # the phrase names no party
    "Japan discussed China's proposal on Monday.",  # no partner named: talks of nobody
])
def test_no_talks_without_a_named_partner(code, text):
    events, _ = code(text, "1987-03-04")
    assert not [e for e in events if e.type == "CONSULT"]


@pytest.mark.usefixtures("rules_only")
def test_a_delegation_met_is_still_the_target(code):
    events, actors = code("Brazil met the Argentine delegation on Monday.", "1987-03-04")
    assert names(only(events, "CONSULT").target, actors) == {"Argentina"}
