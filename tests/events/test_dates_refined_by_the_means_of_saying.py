"""An act made by saying it (a threat, an accusation) that the story dates only coarsely takes the finer time a later
sentence gives the means it was said by ("the March 21 call", "the March 21 statement"; events/story_dates
.refined_later, the lexicon's means_of_saying). Not a time outside the coarse one, not an act that is not
said, not where the noun's own sentence tells an act said of its own, nor another doer's statement. Sentences
written for these tests (article of Wednesday 2024-06-26)."""

import pytest

from tests.events.conftest import only

PUBLISHED = "2024-06-26"


@pytest.mark.parametrize("text, kind", [
    ("A Kenyan man pleaded guilty on Monday to threatening to kill a Ugandan senator in March, prosecutors said. Police "
     "detained him in April over the March 21 call he placed to the senator's aides.", "THREATEN"),
    ("Kenya accused Uganda in March of arming rebels near the border. The March 21 statement was read on state radio.",
     "ACCUSE"),
])
def test_a_coarse_date_of_an_act_said_takes_the_day_of_the_means_it_was_said_by(code, text, kind):
    events, _ = code(text, PUBLISHED)
    value = only(events, kind).date
    assert value is not None and value.start == "2024-03-21" and value.precision == "day"


@pytest.mark.parametrize("text, kind", [
    # a time outside the coarse one: another call
    ("A Kenyan man pleaded guilty on Monday to threatening to kill a Ugandan senator in March, prosecutors said. Police "
     "detained him in April over the April 2 call he placed to the senator's aides.", "THREATEN"),
    # an act that is not made by saying it
    ("Kenya signed a trade pact with Uganda in March. The March 21 statement was read on state radio.", "AGREE"),
    # the letter's own sentence tells what it said: a request, not the accusation
    ("Kenya accused Uganda in March of arming rebels near the border. In the March 21 letter, Kenya asked Uganda to "
     "close the camps.", "ACCUSE"),
    # another doer's statement
    ("Kenya accused Uganda in March of arming rebels near the border. Uganda's March 21 statement denied the charge.",
     "ACCUSE"),
])
def test_the_coarse_date_stays_for_another_means_act_or_doer(code, text, kind):
    events, _ = code(text, PUBLISHED)
    value = [e for e in events if e.type == kind and e.trigger != "denied"][0].date
    assert value is not None and value.start == "2024-03", value
