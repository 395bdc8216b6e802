"""An occasion already held ("at today's tender", "at yesterday's meeting") that the parser hangs on an infinitive
of the act's verb or of its object ("turned down all offers to ship barley at today's tender") is where the act was
done: its day dates the act. One still to come dates the infinitive's act only. Sentences written for these tests;
the article is of Thursday 5 March 1987."""

import pytest


@pytest.mark.parametrize("text, ptype, day", [
    ("The European Commission rejected every offer to ship Dutch barley at today's weekly tender, dealers said.", "REJECT",
     "1987-03-05"),
    ("Belgian traders have requested permits to ship 25,000 tonnes of oats at today's tender, dealers said.",
     "REQUEST", "1987-03-05"),
    ("Ministers agreed to trim sugar quotas at yesterday's meeting in Luxembourg.", "AGREE", "1987-03-04"),
])
def test_an_occasion_held_on_an_infinitive_dates_the_act(code, text, ptype, day):
    events, _ = code(text, "1987-03-05")
    acts = [e for e in events if e.type == ptype]
    assert acts and all(e.date is not None and e.date.start == day for e in acts)


def test_an_occasion_to_come_does_not_date_the_agreeing(code):
    events, _ = code("Ministers agreed yesterday to trim sugar quotas at next week's meeting in Luxembourg.",
                     "1987-03-05")
    acts = [e for e in events if e.type == "AGREE"]
    assert acts and all(e.date is not None and e.date.start == "1987-03-04" for e in acts)
